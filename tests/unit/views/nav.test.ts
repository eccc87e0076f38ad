import { describe, expect, it } from 'vitest';
import { navItems } from '../../../src/lib/views/nav.ts';

describe('navItems', () => {
	it('marks the section of the page, and home only on the home page', () => {
		const current = (path: string) => navItems(path).filter((i) => i.current).map((i) => i.label);
		expect(navItems('/').map((i) => i.href)).toEqual(['/', '/issues/', '/counties/', '/cities/', '/tags/']);
		expect(current('/')).toEqual(['首页']);
		expect(current('/counties/ziyang-xian/2/')).toEqual(['县区']);
		expect(current('/articles/2022/x/')).toEqual([]);
	});
});
