/**
 * `npm run import` on the real sample page: runs the CLI as an editor would, into a temporary
 * folder, and checks every piece against what the page says.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnCommand } from '../helpers/cli.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateToChinaDay } from '../../src/lib/dates.ts';
import { parseArticleFile } from '../../src/lib/frontmatter.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { articleSchema, type ArticleData } from '../../src/lib/schemas/article.ts';

// The sample page as the layout system exported it (a copy kept in the repository).
const seed = fileURLToPath(new URL('../fixtures/seed/000_e16fe78381912fb6.txt', import.meta.url));
const schema = articleSchema({ gazetteer: getGazetteer('陕西省'), defaultColumn: '工运纵横' });

function runImport(out: string) {
	const run = spawnCommand('import', [seed, '--out', out, '--date', '2022-02-09', '--page', '3']);
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Imported {
	file: string;
	text: string;
	/** Frontmatter as written (YAML). */
	raw: Record<string, unknown>;
	/** After the schema: place slugs, lists always lists. */
	data: ArticleData;
	body: string;
}

let out: string;
let first: ReturnType<typeof runImport>;
let files: Imported[];

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'import-seed-'));
	first = runImport(out);
	files = readdirSync(out)
		.sort()
		.map((file) => {
			const text = readFileSync(join(out, file), 'utf8');
			const parsed = parseArticleFile(text);
			const result = schema.safeParse(parsed.data);
			if (!result.success) throw new Error(`${file}: ${JSON.stringify(result.error.issues)}`);
			return { file, text, raw: parsed.data, data: result.data, body: parsed.body };
		});
});

afterAll(() => {
	rmSync(out, { recursive: true, force: true });
});

const byOrder = (n: number) => files.find((f) => f.data.order === n)!;

describe('npm run import on the sample page', () => {
	it('succeeds and writes ten drafts named <MMDD>-<NN>-<place or unit>.md', () => {
		expect(first.status, first.stderr).toBe(0);
		expect(files.map((f) => f.file)).toEqual([
			'0209-01-binhai.md',
			'0209-02-weiyang.md',
			'0209-03-ziyang.md',
			'0209-04-xian.md',
			'0209-05-beilin.md',
			'0209-06-jingbian.md',
			'0209-07-chencang.md',
			'0209-08-heyingyang.md',
			'0209-09-ningshan.md',
			'0209-10-xian.md',
		]);
		for (const f of files) {
			expect(f.data).toMatchObject({ draft: true, date: '2022-02-09', page: 3, column: '工运纵横' });
			expect(f.data.tags).toEqual([]);
		}
	});

	it('puts each piece in exactly one file', () => {
		const sentences = [
			'这是近日苏盐阀门机械公司和工会在工企“晒台”晒出的一组数据',
			'累计为一线职工增加工资4600余万元',
			'长庆油田公司第五采油厂工会在“大众所需、工会所能”上寻突破',
			'该厂累计发送车辆2100班次、接送职工8600余人次',
			'为46名快递小哥、外卖骑手送去粮油等慰问品',
			'“135”工作计划：锚定“全面实现年度经营任务”一个目标',
			'西安市碑林区总工会迅速行动',
			'形成企业关爱职工、职工关心企业的良好氛围',
			'笔者从榆林市靖边县总工会了解到',
			'逐步在工会规范化建设方面探索出了“陈仓模式”',
			'构建和谐劳动关系提供了坚实保障',
			'这是工会组织应当去干而且必须要干好的分内事',
			'工会干部是最可信赖的“娘家人”',
			'安康市宁陕县住建局工会联合部分企业开展爱心驿站冬送温暖活动',
			'西安市总工会追授西安国际陆港投资发展集团有限责任公司原党委委员',
			'一步都没有离开自己的工作岗位',
		];
		for (const sentence of sentences) {
			expect(files.filter((f) => f.body.includes(sentence)).map((f) => f.file), sentence).toHaveLength(1);
		}
		// Sentences split by column breaks and stray spaces come out whole.
		expect(byOrder(1).body).toContain('滨海县总工会于2021年6月出台《关于建立工企互助绩效“晒台”的意见》');
		expect(byOrder(1).body).toContain('公司对每位职工全年体检4次，每次检查未发现有涉铅疾病的');
		expect(byOrder(8).body).toContain('扩展为“维护职工合法权益、竭诚服务职工群众”');
	});

	it('keeps bylines, signatures, headlines and the page header out of the text', () => {
		for (const f of files) {
			expect(f.body).not.toMatch(/本报讯|据《工人日报》|□|工运纵横/);
		}
		const allBodies = files.map((f) => f.body).join('\n');
		for (const headline of ['走访慰问 为快递小哥送上关爱', '工会要始终主动对接职工诉求', '企业晒出对工会支持有多强', '李钊赵毅被追授西安市五一劳动奖章']) {
			expect(allBodies).not.toContain(headline);
		}
	});

	it('1: reprint from 工人日报 about 滨海县, with kicker and two-line headline from the end of the page', () => {
		expect(byOrder(1).raw).toMatchObject({
			kicker: '江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助',
			title: ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'],
			source: '据《工人日报》',
			counties: ['滨海县'],
			genre: '消息',
		});
		expect(byOrder(1).raw.authors).toBeUndefined();
		expect(byOrder(1).raw.cities).toBeUndefined();
	});

	it('2: the feature signed □韩江 曹文琦 has no headline, three subheads, and is 通讯', () => {
		const f = byOrder(2);
		expect(f.raw).toMatchObject({ title: '待定（无标题）', authors: ['韩江', '曹文琦'], genre: '通讯', counties: ['未央区'], cities: ['延安市'] });
		expect(f.raw.source).toBeUndefined();
		expect(f.text).toMatch(/# 版面上没有找到这篇的标题/);
		expect(f.body.match(/^## /gm)).toHaveLength(3);
		expect(f.body).toContain('## 免费洗衣送舒心<br>让职工享受贴身服务');
		expect(f.body).toContain('## 互帮互助送爱心<br>解决职工后顾之忧');
		expect(f.body).toContain('## 直达班车送安心<br>让回家路不再遥远');
	});

	it('3, 4, 6, 7: 本报讯 stories with the unit label above their headline', () => {
		expect(byOrder(3).raw).toMatchObject({ source: '本报讯', authors: ['王山功'], unit: '紫阳县总工会', title: '走访慰问 为快递小哥送上关爱', counties: ['紫阳县'], genre: '消息' });
		expect(byOrder(4).raw).toMatchObject({ source: '本报讯', authors: ['王美萍'], unit: '西安昆仑公司', title: '群策群力 确保企业增产增效', genre: '消息' });
		expect(byOrder(4).raw.counties).toBeUndefined();
		expect(byOrder(6).raw).toMatchObject({ source: '本报讯', authors: ['雪迎风'], unit: '靖边县总工会', title: '围绕“六有”打造规范化基层工会', counties: ['靖边县'] });
		expect(byOrder(7).raw).toMatchObject({ source: '本报讯', authors: ['李宁'], unit: '陈仓区总工会', title: '培育工会服务模式 打造政工联建品牌', counties: ['陈仓区'] });
		// 宝鸡市 is named, but the story is about its district.
		expect(byOrder(7).raw.cities).toBeUndefined();
	});

	it('5: the 碑林区 story has no headline on the page and gets none', () => {
		expect(byOrder(5).raw).toMatchObject({ title: '待定（无标题）', source: '本报讯', authors: ['侯晓兰'], counties: ['碑林区'] });
		expect(byOrder(5).raw.unit).toBeUndefined();
	});

	it('8: the commentary signed □何应洋 is 评论', () => {
		expect(byOrder(8).raw).toMatchObject({ title: '工会要始终主动对接职工诉求', authors: ['何应洋'], genre: '评论' });
		expect(byOrder(8).raw.source).toBeUndefined();
	});

	it('9: the photo caption is 图片新闻 by □王辉 摄 about 宁陕县', () => {
		const f = byOrder(9);
		expect(f.raw).toMatchObject({ genre: '图片新闻', photographers: ['王辉'], counties: ['宁陕县'], title: '待定（无标题）' });
		expect(f.raw.authors).toBeUndefined();
		expect(f.text).toMatch(/# 图片新闻，版面上无标题属正常/);
	});

	it('10: 本报讯（记者 刘强） keeps the role beside the name', () => {
		expect(byOrder(10).raw).toMatchObject({ source: '本报讯', authors: [{ name: '刘强', role: '记者' }], title: '李钊赵毅被追授西安市五一劳动奖章', cities: ['西安市'] });
	});

	it('reports the page, the headline-less pieces, the photo and the undecided tags', () => {
		expect(first.stdout).toContain('第 3 版 · 工运纵横');
		const row = (file: string) => first.stdout.split('\n').find((line) => line.includes(file) && line.includes('（无标题）')) ?? '';
		expect(row('0209-02-weiyang.md')).toContain('通讯');
		expect(row('0209-05-beilin.md')).toContain('本报讯（侯晓兰）');
		expect(row('0209-09-ningshan.md')).toContain('图片新闻');
		expect(first.stdout.match(/版面上没有它的标题/g)).toHaveLength(2);
		expect(first.stdout).toContain('图片新闻无标题，属正常');
		expect(first.stdout).toContain('专题未定');
		expect(first.stdout).toContain('通过格式自检');
	});

	it('a second run overwrites nothing: it writes -2 files beside the first and says so', () => {
		const before = new Map(files.map((f) => [f.file, f.text]));
		const second = runImport(out);
		expect(second.status, second.stderr).toBe(0);
		const names = readdirSync(out).sort();
		expect(names).toHaveLength(20);
		for (const [file, text] of before) {
			expect(readFileSync(join(out, file), 'utf8')).toBe(text);
			const twin = file.replace(/\.md$/, '-2.md');
			expect(names).toContain(twin);
			expect(second.stdout).toContain(`${file} 已存在 → 写入 ${twin}`);
		}
		expect(second.stdout).toContain('未覆盖已有文件');
	});
});

describe('npm run import without --date', () => {
	it('uses today in China time, and says so', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-today-'));
		try {
			const run = spawnCommand('import', [seed, '--out', dir]);
			const today = dateToChinaDay(new Date());
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toContain(`未给 --date，见报日期按今天（北京时间）${today}`);
			expect(readdirSync(dir)[0]).toMatch(new RegExp(`^${today.slice(5, 7)}${today.slice(8, 10)}-01-binhai\\.md$`));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('npm run import: mistakes', () => {
	const fail = (...args: string[]) => spawnCommand('import', args);

	it('a missing file is a clear Chinese error, exit code 1', () => {
		const r = fail('no-such-page.txt', '--date', '2022-02-09');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('找不到文件 (file not found)：no-such-page.txt');
	});

	it('a bad date is a clear Chinese error, exit code 1', () => {
		const r = fail(seed, '--date', '2022-02-30');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('见报日期“2022-02-30”无效');
	});

	it('a bad page number, a missing file name and an unknown option too', () => {
		expect(fail(seed, '--page', '0').stderr).toContain('版次“0”无效');
		expect(fail().stderr).toContain('缺少要导入的文件');
		expect(fail(seed, '--bogus').stderr).toContain('未知选项 (unknown option)：--bogus');
	});
});
