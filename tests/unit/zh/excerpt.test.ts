import { describe, expect, it } from 'vitest';
import { cutExcerpt, ELLIPSIS, polishExcerpt, stripLeadFurniture } from '../../../src/lib/zh/excerpt.ts';
import { OPENING } from '../../../src/lib/zh/linebreak.ts';

const lead =
	'以“工会需要企业什么支持、企业需要工会什么服务”为出发点，滨海县总工会于2021年6月出台《关于建立工企互助绩效“晒台”的意见》，通过召开职工座谈会、工会与企业圆桌会，发放调查问卷，利用“互联网+晒台”等形式，把工会和企业的需求确定为重点。';
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

describe('cutExcerpt', () => {
	it('returns short text whole', () => {
		expect(cutExcerpt('近日，工会送温暖。', 90)).toBe('近日，工会送温暖。');
	});
	it('prefers a sentence end, then a clause end turned into ……', () => {
		expect(cutExcerpt('工会为职工办实事。企业晒出对工会支持有多强，职工得到实惠，大家都很满意。', 20)).toBe('工会为职工办实事。');
		expect(cutExcerpt(lead, 60)).toBe('以“工会需要企业什么支持、企业需要工会什么服务”为出发点，滨海县总工会于2021年6月出台……');
	});
	it('never ends inside a word or right after an opening mark, at every length', () => {
		for (let max = 8; max < [...lead].length; max++) {
			const cut = cutExcerpt(lead, max);
			expect(cut.endsWith(ELLIPSIS) || cut.endsWith('。'), cut).toBe(true);
			const body = cut.replace(/……$/, '');
			expect([...body].length, cut).toBeLessThanOrEqual(max);
			expect(OPENING.has(body.at(-1)!), cut).toBe(false);
			// The cut is a word boundary of the whole text.
			const bounds = new Set([...segmenter.segment(lead)].map((s) => s.index));
			expect(bounds.has(body.length) || /[。，、：]/.test(lead[body.length] ?? ''), `${max}: ${cut}`).toBe(true);
		}
	});
	it('does not leave a short quotation open when there is room before it', () => {
		const cut = cutExcerpt('近年来各地工会积极开展工作，有效利用“工会驿站”平台服务职工群众', 21);
		expect(cut).not.toMatch(/“[^”]*$/);
	});
});

describe('stripLeadFurniture', () => {
	it('takes datelines and bylines off the lead', () => {
		expect(stripLeadFurniture('本报讯（通讯员 李功） 春节前夕，紫阳县总工会开展活动')).toBe('春节前夕，紫阳县总工会开展活动');
		expect(stripLeadFurniture('□韩江 曹文琦 5个月内建了16间爱心洗衣房')).toBe('5个月内建了16间爱心洗衣房');
		expect(stripLeadFurniture('据《工人日报》报道 近日，滨海县总工会')).toBe('近日，滨海县总工会');
		expect(stripLeadFurniture('记者 刘强 近日，滨海县总工会')).toBe('近日，滨海县总工会');
	});
	it('leaves an ordinary lead alone', () => {
		expect(stripLeadFurniture('（一）加强组织建设')).toBe('（一）加强组织建设');
		expect(stripLeadFurniture('春节前夕，安康市紫阳县总工会开展')).toBe('春节前夕，安康市紫阳县总工会开展');
	});
});

describe('polishExcerpt', () => {
	it('drops byline scraps and dangling marks and marks the cut with ……', () => {
		expect(polishExcerpt('功） 春节前夕，<mark>紫阳</mark>县总工会开展“', false, false)).toBe('……春节前夕，<mark>紫阳</mark>县总工会开展……');
		expect(polishExcerpt('春节前夕，<mark>紫阳</mark>县总工会开展活动。', true, false)).toBe('春节前夕，<mark>紫阳</mark>县总工会开展活动。');
	});
});
