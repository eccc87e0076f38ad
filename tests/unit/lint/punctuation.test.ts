import { describe, expect, it } from 'vitest';
import { fixed, lint, where } from './helpers.ts';

describe('half-width punctuation in Chinese sentences', () => {
	it('flags , ; : ? ! after Chinese and makes them full-width', () => {
		for (const style of ['newspaper', 'spaced'] as const) {
			expect(where('他说,我们;好吗?好!', style)).toEqual([
				'half-width-punctuation@1:3',
				'half-width-punctuation@1:6',
				'half-width-punctuation@1:9',
				'half-width-punctuation@1:11',
			]);
			expect(fixed('他说,我们;好吗?好!', style)).toBe('他说，我们；好吗？好！');
		}
	});

	it('belongs to the sentence it ends: after Chinese even before digits, not after English', () => {
		expect(fixed('截至2021年,100多名职工:')).toBe('截至2021年，100多名职工：');
		expect(fixed('他说:“好的。”')).toBe('他说：“好的。”');
		expect(lint('Hello, world! 下午3:00，比分2:1。')).toEqual([]);
	});

	it('turns parentheses in Chinese text full-width, in pairs', () => {
		expect(where('工会(筹)成立')).toEqual(['half-width-punctuation@1:3', 'half-width-punctuation@1:5']);
		expect(fixed('工会(筹)成立，(1)第一条，工会(ACFTU)。')).toBe('工会（筹）成立，（1）第一条，工会（ACFTU）。');
		expect(lint('Astro (v7) is fast.')).toEqual([]);
	});

	it('is one report even when AutoCorrect sees the same mark', () => {
		expect(lint('工会,组织').map((p) => p.rule)).toEqual(['half-width-punctuation']);
		expect(lint('工会(筹)成立', 'spaced').map((p) => p.rule)).toEqual(['half-width-punctuation', 'half-width-punctuation']);
	});

	it('also applies to frontmatter values, with their file lines', () => {
		const problems = lint('---\ntitle: 标题\nsummary: 他说,好\n---\n\n正文。\n');
		expect(problems.map((p) => `${p.rule}@${p.line}:${p.column}`)).toEqual(['half-width-punctuation@3:12']);
	});
});

describe('straight quotes in Chinese text', () => {
	it('double quotes in obvious pairs are fixed to “ ”; single quotes are reported, never fixed', () => {
		const text = '他说"好的"，这是\'晒台\'。';
		expect(where(text)).toEqual(['straight-quote@1:3', 'straight-quote@1:6', 'straight-quote@1:10', 'straight-quote@1:13']);
		expect(lint(text).map((p) => p.fix)).toEqual(['“', '”', undefined, undefined]);
		expect(fixed(text)).toBe('他说“好的”，这是\'晒台\'。');
		expect(lint(text)[0]!.message).toContain('“他说"好的"”改为“他说“好的"”（前引号）');
		expect(lint(text)[2]!.message).toContain('请手工修改');
	});

	it('several pairs in a line, and pairs in the frontmatter, are fixed too', () => {
		expect(fixed('"冬送温暖""夏送清凉"活动，"娘家人"。')).toBe('“冬送温暖”“夏送清凉”活动，“娘家人”。');
		expect(fixed('---\ntitle: 开展"冬送温暖"活动\n---\n\n正文。\n')).toContain('title: 开展“冬送温暖”活动');
	});

	it('unclear cases are left for a person: an odd count, a blank inside the marks, quotes around no Chinese', () => {
		for (const text of ['他说"好，你说"行"。', '他说" 好"。', '型号"ABC"的设备。']) {
			expect(fixed(text), text).toBe(text);
		}
		expect(lint('型号"ABC"的设备。').every((p) => p.fix === undefined)).toBe(true);
	});

	it('leave English quotes and apostrophes alone', () => {
		expect(lint('He said "yes". It\'s fine.')).toEqual([]);
	});
});

describe('duplicated punctuation', () => {
	it('collapses doubled marks', () => {
		expect(where('工会，，组织。。')).toEqual(['duplicate-punctuation@1:3', 'duplicate-punctuation@1:7']);
		expect(fixed('工会，，组织、、职工；；好。。')).toBe('工会，组织、职工；好。');
	});

	it('accepts …… and ——, and repeated ！ ？ for emphasis (GB/T 15834)', () => {
		expect(lint('开通直达班车……——工会！！真的吗？？')).toEqual([]);
	});

	it('reports 。。。 without fixing it: it is probably an ellipsis', () => {
		const [problem] = lint('工会。。。');
		expect(problem?.rule).toBe('duplicate-punctuation');
		expect(problem?.fix).toBeUndefined();
		expect(problem?.message).toContain('……');
	});
});

describe('unbalanced brackets and quotes', () => {
	it('reports an unclosed opener and an unmatched closer at their columns', () => {
		expect(where('工会（筹成立。')).toEqual(['unbalanced@1:3']);
		expect(where('工会筹）成立。')).toEqual(['unbalanced@1:4']);
		expect(where('《工会法》和《劳动法')).toEqual(['unbalanced@1:7']);
		expect(where('他说“好的。')).toEqual(['unbalanced@1:3']);
		expect(where('【通知】与〔2022〕1号')).toEqual([]);
	});

	it('reports a bracket crossed by another pair', () => {
		expect(where('（“工会）”')).toEqual(['unbalanced@1:2', 'unbalanced@1:6']);
	});

	it('pairs nested quotes', () => {
		expect(lint('“我们利用工企互助绩效‘晒台’，开展了活动。”')).toEqual([]);
	});

	it('accepts a quotation over several paragraphs, each opening with “', () => {
		expect(lint('“第一段引文，\n\n“第二段引文，\n\n“第三段引文。”\n')).toEqual([]);
		// Without the opening “ of the next paragraph, the first one is unclosed.
		expect(where('“第一段引文，\n\n第二段。\n')).toEqual(['unbalanced@1:1']);
	});

	it('does not carry a quote from one frontmatter value to the next', () => {
		expect(where('---\nkicker: “引题\nsummary: “摘要”\n---\n')).toEqual(['unbalanced@2:9']);
	});

	it('accepts list numbers written 1） and 一）, and apostrophes in names', () => {
		expect(lint('1）建会；2）入会。\n\n一）第一条。\n\nO’Brien先生')).toEqual([]);
	});

	it('is never fixed automatically', () => {
		expect(fixed('工会（筹成立。')).toBe('工会（筹成立。');
	});
});

describe('AutoCorrect’s other checks', () => {
	it('turns full-width letters and digits half-width', () => {
		const [problem] = lint('ＡＢＣ１２３工会');
		expect(problem?.rule).toBe('autocorrect');
		expect(problem?.message).toContain('full-width letters/digits');
		expect(fixed('ＡＢＣ１２３工会')).toBe('ABC123工会');
	});
});
