import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/importer/detect.ts';

describe('form detection', () => {
	it('lines cut at a narrow column are a layout export', () => {
		const page = [' 3工运纵横', '', '本报讯（王山功）春节前夕，安康市紫阳县', '总工会开展新就业形态劳动者“冬送温暖”', '慰问活动，为46名快递小哥、外卖骑手送', '去粮油等慰问品。'].join('\n');
		expect(detectFormat(page).format).toBe('layout');
	});

	it('paragraphs on one line indented with 　　 are a web copy', () => {
		const page = ['第5版：职工生活', '标题', '　　本报讯 近日，某县总工会开展活动，为一线职工送去慰问品，受到职工欢迎。', '　　下一步，该县总工会将继续开展送温暖活动，把关怀送到职工心坎上。'].join('\n');
		expect(detectFormat(page)).toMatchObject({ format: 'web' });
	});

	it('long unindented lines (pdftotext without indents) are web/PDF text too', () => {
		const long = '近日，某县总工会开展活动，为一线职工送去慰问品，受到职工欢迎，职工纷纷表示感谢并将以更饱满的热情投入工作。';
		expect(detectFormat(['标题', long, long, long].join('\n')).format).toBe('web');
	});
});

describe('form detection without indents', () => {
	it('short unindented paragraphs that end their sentences are a web copy, not a narrow layout', () => {
		const page = ['第7版：文化周刊', '职工书画展开幕', '展览将持续至10月10日，免费向市民开放。', '那年冬天，我去工地看他，他朝我挥手。', '现在我也成了一名建筑工人，终于懂得了他。', '他的手上全是老茧，可他写给我的信总是一笔一画。'].join('\n');
		expect(detectFormat(page).format).toBe('web');
	});
});
