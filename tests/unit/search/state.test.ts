import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/lib/search/state.ts';

describe('search page URL', () => {
	it('round-trips the query, repeated filters and the sort', () => {
		const url = writeState({ q: '快递小哥', filters: { county: ['紫阳县', '宁陕县'], year: ['2022'] }, sort: 'newest' });
		expect(readState(url)).toEqual({ q: '快递小哥', filters: { county: ['紫阳县', '宁陕县'], year: ['2022'] }, sort: 'newest' });
	});

	it('omits defaults and ignores unknown parameters', () => {
		expect(writeState({ q: '', filters: {}, sort: 'relevance' })).toBe('');
		expect(readState('?q=ziyang&utm_source=x&sort=bogus')).toEqual({ q: 'ziyang', filters: {}, sort: 'relevance' });
	});
});
