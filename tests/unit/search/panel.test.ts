import { describe, expect, it } from 'vitest';
import { fill, filterOptions, statusLine, toggleFilter, type PanelStrings } from '../../../src/lib/search/panel.ts';
import { strings } from '../../../src/lib/strings.ts';

const t: PanelStrings = { ...strings.search };

describe('fill', () => {
	it('fills the placeholders it is given and leaves the others', () => {
		expect(fill('找到 [COUNT] 篇与“[TERM]”相关的文章', { COUNT: 3, TERM: '工会' })).toBe('找到 3 篇与“工会”相关的文章');
		expect(fill('[YEARS]的稿件 [X]', { YEARS: '2026 年' })).toBe('2026 年的稿件 [X]');
		// A query that looks like a placeholder is text, not a placeholder.
		expect(fill('“[TERM]”', { TERM: '[COUNT]' })).toBe('“[COUNT]”');
	});
});

describe('statusLine', () => {
	it('says what is searched, how many were found, or that none were', () => {
		expect(statusLine(t, { kind: 'idle' })).toBe('');
		expect(statusLine(t, { kind: 'searching', term: '工会' })).toBe('正在搜索“工会”……');
		expect(statusLine(t, { kind: 'done', term: '工会', count: 12 })).toBe('找到 12 篇与“工会”相关的文章');
		expect(statusLine(t, { kind: 'done', term: '长安区', count: 0 })).toBe('没有找到与“长安区”相关的文章');
		expect(statusLine(t, { kind: 'error' })).toBe(strings.search.error);
	});
});

describe('filterOptions', () => {
	const totals = { 紫阳县: 5, 碑林区: 9, 宁陕县: 5 };

	it('lists values by how many pieces carry them, then by value, with the totals before a query', () => {
		expect(filterOptions('county', totals, undefined, [])).toEqual([
			{ value: '碑林区', count: 9, selected: false, hidden: false },
			{ value: '宁陕县', count: 5, selected: false, hidden: false },
			{ value: '紫阳县', count: 5, selected: false, hidden: false },
		]);
	});

	it('keeps the order of the totals during a search and hides values the search cannot find', () => {
		const options = filterOptions('county', totals, { 紫阳县: 2, 碑林区: 0 }, ['碑林区']);
		expect(options.map((o) => o.value)).toEqual(['碑林区', '宁陕县', '紫阳县']);
		expect(options).toEqual([
			// Selected: shown even at 0, so it can be unticked.
			{ value: '碑林区', count: 0, selected: true, hidden: false },
			{ value: '宁陕县', count: 0, selected: false, hidden: true },
			{ value: '紫阳县', count: 2, selected: false, hidden: false },
		]);
	});

	it('lists years newest first, and offers years not searched yet without a count', () => {
		const years = { '2024': 800, '2026': 830, '2025': 810 };
		const options = filterOptions('year', years, { '2026': 7 }, [], [{ id: '2026', year: '2026', pages: 830, from: '2026-01-01' }]);
		expect(options).toEqual([
			{ value: '2026', count: 7, selected: false, hidden: false },
			{ value: '2025', count: undefined, selected: false, hidden: false },
			{ value: '2024', count: undefined, selected: false, hidden: false },
		]);
	});

	it('keeps a selected value the totals do not know (a shared link)', () => {
		expect(filterOptions('county', {}, undefined, ['长安区'])).toEqual([{ value: '长安区', count: undefined, selected: true, hidden: false }]);
	});
});

describe('toggleFilter', () => {
	it('adds and removes a value without touching the input, and drops an empty filter', () => {
		const filters = { county: ['紫阳县'] };
		expect(toggleFilter(filters, 'county', '宁陕县', true)).toEqual({ county: ['紫阳县', '宁陕县'] });
		expect(toggleFilter(filters, 'county', '紫阳县', true)).toEqual({ county: ['紫阳县'] });
		expect(toggleFilter(filters, 'county', '紫阳县', false)).toEqual({});
		expect(toggleFilter(filters, 'year', '2026', true)).toEqual({ county: ['紫阳县'], year: ['2026'] });
		expect(filters).toEqual({ county: ['紫阳县'] });
	});
});
