import { describe, expect, it } from 'vitest';
import { fixText } from '../../../src/lib/lint/index.ts';
import { lint } from './helpers.ts';

const messy = `---
title: 为 46名职工解决住房
summary: 工会,组织
---

工 会组织职工，，开展活动(筹)。他说"好"，'晒台'。

建2幢职工
宿舍楼。（未完
`;

describe('--fix', () => {
	it('changes only the safe things and reports each change at its original line', () => {
		const { text, applied } = fixText(messy, { houseStyle: 'newspaper' });
		expect(text).toBe(`---
title: 为46名职工解决住房
summary: 工会，组织
---

工会组织职工，开展活动（筹）。他说“好”，'晒台'。

建2幢职工宿舍楼。（未完
`);
		expect(applied.map((a) => `${a.line}:${a.column} ${a.rule}`)).toEqual([
			'2:9 no-space',
			'3:12 half-width-punctuation',
			'6:2 stray-space',
			'6:8 duplicate-punctuation',
			'6:14 half-width-punctuation',
			'6:16 half-width-punctuation',
			'6:20 straight-quote',
			'6:22 straight-quote',
			'8:6 line-break',
		]);
		expect(applied[0]).toMatchObject({ before: ': 为 46名', after: ': 为46名' });
	});

	it('leaves single quotes and brackets for a person, and nothing fixable behind', () => {
		const { text } = fixText(messy, { houseStyle: 'newspaper' });
		const left = lint(text);
		expect(left.map((p) => p.rule).sort()).toEqual(['straight-quote', 'straight-quote', 'unbalanced']);
		expect(left.every((p) => p.fix === undefined)).toBe(true);
	});

	it('repeats until one fix no longer uncovers another, and maps later passes to original lines', () => {
		const { text, applied } = fixText('第一行\n第二行\n\n工会 (筹)成立\n', { houseStyle: 'newspaper' });
		expect(text).toBe('第一行第二行\n\n工会（筹）成立\n');
		// The space before （ only shows up after the first pass; it is still reported on line 4.
		expect(applied.find((a) => a.rule === 'stray-space')?.line).toBe(4);
	});

	it('is idempotent and leaves clean text untouched', () => {
		const once = fixText(messy, { houseStyle: 'spaced' }).text;
		expect(fixText(once, { houseStyle: 'spaced' }).applied).toEqual([]);
		const clean = '---\ntitle: 标题\n---\n\n公司投入3000万元。\n';
		expect(fixText(clean, { houseStyle: 'newspaper' })).toEqual({ text: clean, applied: [] });
	});

	it('follows the house style', () => {
		expect(fixText('为 46名', { houseStyle: 'newspaper' }).text).toBe('为46名');
		expect(fixText('为 46名', { houseStyle: 'spaced' }).text).toBe('为 46 名');
	});
});
