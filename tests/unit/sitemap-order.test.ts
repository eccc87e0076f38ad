/** The sitemap's sort with one collator: the same order as localeCompare, and nothing else changed. */
import { afterEach, describe, expect, it } from 'vitest';
import { oneCollatorForSitemap } from '../../src/integrations/sitemap-order.ts';

const original = String.prototype.localeCompare;
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Addresses and names that a collator orders differently from code points: numbers, case, accents, CJK. */
const samples = [
	'https://news.example.cn/articles/2024/a10/',
	'https://news.example.cn/articles/2024/a9/',
	'https://news.example.cn/articles/2024/A9/',
	'https://news.example.cn/counties/ziyang-xian/page/10/',
	'https://news.example.cn/counties/ziyang-xian/page/2/',
	'https://news.example.cn/tags/%E6%8A%80%E8%83%BD/',
	'https://news.example.cn/authors/zhang-san/',
	'https://news.example.cn/authors/Zhang-san/',
	'https://news.example.cn/authors/zhāng/',
	'https://news.example.cn/作者/张三/',
	'https://news.example.cn/作者/李四/',
	'https://news.example.cn/',
	'https://news.example.cn/a-b/',
	'https://news.example.cn/a_b/',
	'https://news.example.cn/ab/',
];

describe('oneCollatorForSitemap', () => {
	it('orders as localeCompare(…, "en", { numeric: true }) does, pair by pair and sorted', () => {
		const expected = samples.map((a) => samples.map((b) => Math.sign(original.call(a, b, 'en', { numeric: true }))));
		const sortedBefore = [...samples].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		stops.push(oneCollatorForSitemap());
		expect(String.prototype.localeCompare).not.toBe(original);
		expect(samples.map((a) => samples.map((b) => Math.sign(a.localeCompare(b, 'en', { numeric: true }))))).toEqual(expected);
		expect([...samples].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(sortedBefore);
	});

	it('leaves every other call as it was: other locales, other options, no arguments', () => {
		stops.push(oneCollatorForSitemap());
		expect('a10'.localeCompare('a9')).toBe(original.call('a10', 'a9'));
		expect('a10'.localeCompare('a9', 'en')).toBe(original.call('a10', 'a9', 'en'));
		expect('a'.localeCompare('A', 'en', { numeric: true, caseFirst: 'upper' })).toBe(original.call('a', 'A', 'en', { numeric: true, caseFirst: 'upper' }));
		expect('张'.localeCompare('李', 'zh-CN', { numeric: true })).toBe(original.call('张', '李', 'zh-CN', { numeric: true }));
	});

	it('puts localeCompare back when stopped, and is not enumerable meanwhile', () => {
		const stop = oneCollatorForSitemap();
		expect(Object.keys(String.prototype)).not.toContain('localeCompare');
		stop();
		expect(String.prototype.localeCompare).toBe(original);
	});
});
