import { describe, expect, it } from 'vitest';
import { linkNames } from '../../src/lib/author-pages.ts';

const pages = new Map([
	['刘强', '/authors/liuqiang/'],
	['韩江', '/authors/hanjiang/'],
	['王小', '/authors/wangxiao/'],
	['王小明', '/authors/wangxiaoming/'],
]);
const hrefOf = (name: string) => pages.get(name);

describe('linkNames (a byline cut so each named person links to their page)', () => {
	it('links every name it finds, in order, and gives the text back when joined', () => {
		const text = '本报讯（记者 刘强 通讯员 韩江）';
		const parts = linkNames(text, hrefOf, ['韩江', '刘强']);
		expect(parts).toEqual([
			{ text: '本报讯（记者 ' },
			{ text: '刘强', href: '/authors/liuqiang/' },
			{ text: ' 通讯员 ' },
			{ text: '韩江', href: '/authors/hanjiang/' },
			{ text: '）' },
		]);
		expect(parts.map((p) => p.text).join('')).toBe(text);
	});

	it('takes the longest name at a place: 王小明 is not 王小 followed by 明', () => {
		expect(linkNames('王小明 摄', hrefOf, ['王小', '王小明'])).toEqual([{ text: '王小明', href: '/authors/wangxiaoming/' }, { text: ' 摄' }]);
		expect(linkNames('王小 王小明', hrefOf, ['王小明', '王小'])).toEqual([
			{ text: '王小', href: '/authors/wangxiao/' },
			{ text: ' ' },
			{ text: '王小明', href: '/authors/wangxiaoming/' },
		]);
	});

	it('links a name each time it appears, and leaves text without names whole', () => {
		expect(linkNames('刘强、刘强', hrefOf, ['刘强'])).toEqual([
			{ text: '刘强', href: '/authors/liuqiang/' },
			{ text: '、' },
			{ text: '刘强', href: '/authors/liuqiang/' },
		]);
		expect(linkNames('据《工人日报》', hrefOf, ['刘强'])).toEqual([{ text: '据《工人日报》' }]);
		expect(linkNames('据《工人日报》', hrefOf, [])).toEqual([{ text: '据《工人日报》' }]);
		expect(linkNames('刘强', hrefOf, ['', '刘强'])).toEqual([{ text: '刘强', href: '/authors/liuqiang/' }]);
	});
});
