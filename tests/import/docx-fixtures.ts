/**
 * Word manuscripts as correspondents send them, built in memory with the `docx` package (no
 * binary fixtures in the repository), each with its answer key. The structures differ on
 * purpose: a Heading-styled title or a bold first line, a byline line or a dateline, bold
 * subheads, an image with its caption, a table, a signature or a unit attribution at the end.
 */
import { crc32, deflateSync } from 'node:zlib';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Key } from './corpus.ts';

/** A small valid PNG (solid colour), so that the image survives mammoth and Astro's image pipeline. */
export function png(width = 16, height = 12): Uint8Array {
	const chunk = (type: string, data: Buffer) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([len, body, crc]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.writeUInt8(8, 8); // bit depth
	ihdr.writeUInt8(2, 9); // RGB
	const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xc0)]);
	const raw = Buffer.concat(Array.from({ length: height }, () => row));
	return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

const p = (text: string, options: { bold?: boolean; indent?: boolean } = {}) =>
	new Paragraph({ children: [new TextRun({ text: (options.indent === false ? '' : '\u3000\u3000') + text, bold: options.bold ?? false })] });
const plain = (text: string) => p(text, { indent: false });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });

function table(rows: string[][]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })),
	});
}

export interface DocxFixture {
	name: string;
	key: Key;
	build(): Promise<Uint8Array>;
}

const pack = async (children: (Paragraph | Table)[]) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));

export function docxFixtures(): DocxFixture[] {
	return [
		{
			// The done criterion of issue 7: headline, byline, two subheads, an image and a table.
			name: 'word-feature.docx',
			key: {
				paper: '通讯员来稿（Word，Heading 样式标题）',
				form: 'docx',
				pieces: [
					{
						first: '开春以来，渭南市富平县总工会',
						last: '让技能人才有奔头。',
						kicker: '富平县总工会“技能强县”行动见实效',
						title: ['千名农民工拿到技能等级证书'],
						subtitle: '培训进村、考核到厂，一年新增持证人员1260人',
						source: '本报讯',
						authors: [
							{ name: '孙悦', role: '本报记者' },
							{ name: '贺婷', role: '通讯员' },
						],
						photographers: [{ name: '孙悦' }],
						unit: '富平县总工会',
						subheads: ['培训办到家门口', '证书变成“金饭碗”'],
						counties: ['富平县'],
						cities: [],
						genre: '通讯',
					},
				],
			},
			build: () =>
				pack([
					plain('富平县总工会“技能强县”行动见实效'),
					new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun('千名农民工拿到技能等级证书')] }),
					plain('——培训进村、考核到厂，一年新增持证人员1260人'),
					plain('本报记者 孙悦 通讯员 贺婷'),
					p('本报讯 开春以来，渭南市富平县总工会联合人社部门开展“技能强县”行动，把技能培训办到村口、把等级考核搬进厂房。'),
					bold('培训办到家门口'),
					p('在庄里镇的培训点，32名返乡农民工正在学习电工实操。“离家近，学完就能考。”学员张建军说。'),
					new Paragraph({ children: [new ImageRun({ type: 'png', data: png(), transformation: { width: 160, height: 120 } })] }),
					plain('图为农民工在培训点学习电工实操。孙悦 摄'),
					bold('证书变成“金饭碗”'),
					p('一年来，全县新增持证人员1260人，其中高级工以上186人。各工种持证情况如下：'),
					table([
						['工种', '持证人数', '其中高级工'],
						['电工', '420', '64'],
						['焊工', '380', '71'],
						['家政服务员', '460', '51'],
					]),
					p('县总工会负责人表示，下一步将推动企业落实技能人才待遇，让技能人才有奔头。'),
					plain('（富平县总工会）'),
				]),
		},
		{
			// No heading styles: the title is a bold first line; the dateline carries the byline.
			name: 'word-brief.docx',
			key: {
				paper: '通讯员来稿（Word，加粗标题）',
				form: 'docx',
				pieces: [
					{
						first: '3月8日，汉中市勉县总工会',
						last: '发放慰问金4.2万元。',
						title: ['勉县女职工健康关爱行动启动'],
						source: '本报讯',
						authors: [{ name: '马骏', role: '特约通讯员' }],
						photographers: [],
						subheads: [],
						counties: ['勉县'],
						cities: [],
						genre: '消息',
					},
				],
			},
			build: () =>
				pack([
					bold('勉县女职工健康关爱行动启动'),
					p('本报讯（特约通讯员 马骏）3月8日，汉中市勉县总工会启动女职工健康关爱行动，为全县1200名一线女职工提供免费“两癌”筛查。'),
					p('活动现场，县总工会还为32名困难女职工发放慰问金4.2万元。'),
				]),
		},
		{
			// 文·图／X: one person wrote it and took the picture; （X 摄） under the image; unit at the end.
			name: 'word-photo.docx',
			key: {
				paper: '通讯员来稿（Word，文·图／署名，图下只有摄影署名）',
				form: 'docx',
				pieces: [
					{
						first: '7月15日一早，汉滨区总工会',
						last: '藿香正气水等物资。',
						title: ['安康汉滨区：“娘家人”上门送清凉'],
						subtitle: '高温下的关爱行动',
						authors: [{ name: '陈岚' }],
						photographers: [{ name: '陈岚' }],
						unit: '汉滨区总工会',
						subheads: [],
						counties: ['汉滨区'],
						cities: [],
						genre: '消息',
					},
				],
			},
			build: () =>
				pack([
					bold('安康汉滨区：“娘家人”上门送清凉'),
					plain('——高温下的关爱行动'),
					plain('文·图／陈岚'),
					p('7月15日一早，汉滨区总工会的送清凉小分队就出发了。'),
					new Paragraph({ children: [new ImageRun({ type: 'png', data: png(), transformation: { width: 100, height: 80 } })] }),
					plain('（陈岚 摄）'),
					p('小分队走访了12个建筑工地，送去绿豆、藿香正气水等物资。'),
					plain('（汉滨区总工会）'),
				]),
		},
		{
			// A commentary: title, argument point by point, signature at the end.
			name: 'word-comment.docx',
			key: {
				paper: '评论员来稿（Word）',
				form: 'docx',
				pieces: [
					{
						first: '一些地方把职工书屋建得很漂亮',
						last: '书屋才有生命力。',
						title: ['职工书屋不能只当“摆设”'],
						authors: [{ name: '高岩' }],
						photographers: [],
						subheads: [],
						counties: [],
						cities: [],
						genre: '评论',
					},
				],
			},
			build: () =>
				pack([
					new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('职工书屋不能只当“摆设”')] }),
					p('一些地方把职工书屋建得很漂亮，却常年铁将军把门。书屋建起来容易，用起来难。'),
					p('其一，书要对路。职工需要的是技术书、法律书，而不是一摆了之的精装套书。其二，时间要对路。书屋应当在职工下班后开放。'),
					p('书屋是为职工建的，必须让职工说了算。只有职工愿意来、经常来，书屋才有生命力。'),
					plain('□高岩'),
				]),
		},
	];
}
