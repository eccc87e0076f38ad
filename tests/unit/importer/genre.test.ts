import { describe, expect, it } from 'vitest';
import { guessGenre } from '../../../src/lib/importer/genre.ts';

const long = '职工服务'.repeat(400);

describe('genre guesses', () => {
	it('a photo caption (□某某 摄) is 图片新闻', () => {
		expect(guessGenre({ signed: false, photographers: ['王辉'], subheads: 0, text: '近日，宁陕县住建局工会开展慰问活动。' }).genre).toBe('图片新闻');
	});

	it('a long feature with subheads is 通讯', () => {
		expect(guessGenre({ signed: true, photographers: [], subheads: 3, text: long }).genre).toBe('通讯');
		expect(guessGenre({ signed: true, photographers: [], subheads: 1, text: long }).genre).toBe('通讯');
	});

	it('one subhead in a short story does not make a feature', () => {
		expect(guessGenre({ source: '本报讯', signed: false, photographers: [], subheads: 1, text: '短消息。' }).genre).toBe('消息');
	});

	it('a signed piece without a dateline that argues point by point is 评论', () => {
		const text = '其一，这是工会组织的法定义务。其二，这是工会组织的政治责任。';
		expect(guessGenre({ signed: true, photographers: [], subheads: 0, text })).toMatchObject({ genre: '评论' });
	});

	it('a signed piece that only reports is not 评论', () => {
		expect(guessGenre({ signed: true, photographers: [], subheads: 0, text: '近日，某县总工会开展慰问活动。' }).genre).toBe('消息');
	});

	it('an argument under a dateline (本报讯) is news, not comment', () => {
		expect(guessGenre({ source: '本报讯', signed: false, photographers: [], subheads: 0, text: '其一，其二。' }).genre).toBe('消息');
	});

	it('everything else is 消息', () => {
		expect(guessGenre({ source: '本报讯', signed: false, photographers: [], subheads: 0, text: '近日，紫阳县总工会开展慰问活动。' })).toEqual({ genre: '消息', reason: '有电头“本报讯”' });
	});
});
