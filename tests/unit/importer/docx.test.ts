/** The Word reader (mammoth underneath), on manuscripts built in memory. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/lib/importer/docx.ts';
import { docxFixtures } from '../../import/docx-fixtures.ts';

const build = async (children: Paragraph[]) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const feature = docxFixtures().find((d) => d.name === 'word-feature.docx')!;

describe('Word manuscripts', () => {
	it('a Heading paragraph is the title, the line above the kicker, the —— line below the subtitle', async () => {
		const { piece } = await readDocx(await feature.build());
		expect(piece.headline).toMatchObject({ kicker: '富平县总工会“技能强县”行动见实效', title: ['千名农民工拿到技能等级证书'], subtitle: '培训进村、考核到厂，一年新增持证人员1260人' });
		expect(piece.credit).toBe('本报记者 孙悦 通讯员 贺婷');
	});

	it('bold short paragraphs are subheads; an image takes the caption under it; a table keeps its rows', async () => {
		const { piece, images } = await readDocx(await feature.build());
		expect(piece.blocks.filter((b) => b.kind === 'subhead').map((b) => b.kind === 'subhead' && b.lines[0])).toEqual(['培训办到家门口', '证书变成“金饭碗”']);
		expect(piece.blocks.find((b) => b.kind === 'image')).toMatchObject({ file: '1.png', alt: '图为农民工在培训点学习电工实操。' });
		expect(piece.signature).toBe('□孙悦 摄');
		expect(images).toHaveLength(1);
		expect(images[0]!.contentType).toBe('image/png');
		const table = piece.blocks.find((b) => b.kind === 'table');
		expect(table?.kind === 'table' && table.rows[0]).toEqual(['工种', '持证人数', '其中高级工']);
	});

	it('without heading styles, a bold first line is the title; a bold line inside the text stays a subhead only between paragraphs', async () => {
		const { piece } = await readDocx(await build([para('标题在第一行', true), para('本报讯（记者 刘强）近日，某县总工会开展活动。'), para('结尾一段。')]));
		expect(piece.headline?.title).toEqual(['标题在第一行']);
		expect(piece.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
	});

	it('a manuscript without any headline line has none', async () => {
		const { piece } = await readDocx(await build([para('本报讯（记者 刘强）近日，某县总工会开展活动，为职工送去慰问品。')]));
		expect(piece.headline).toBeUndefined();
	});

	it('a Title-styled paragraph is the title too', async () => {
		const doc = new Document({ sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('书屋不能当摆设')] }), para('正文第一段，说明情况。')] }] });
		const { piece } = await readDocx(new Uint8Array(await Packer.toBuffer(doc)));
		expect(piece.headline?.title).toEqual(['书屋不能当摆设']);
	});
});
