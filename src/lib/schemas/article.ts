/**
 * Article frontmatter: the editors' interface. English keys, Chinese values; every message
 * is Chinese first with the English term beside it, and says how to fix the mistake.
 */
import { z } from 'zod';
import { dateToChinaDay, parseIsoDate } from '../dates.ts';
import type { Gazetteer } from '../gazetteer.ts';
import {
	BAD_DRAFT,
	BAD_TITLE,
	EMPTY_TITLE,
	IMAGE_ALT_REQUIRED,
	MISSING_DATE,
	MISSING_TITLE,
	ambiguousPlace,
	emptyField,
	emptyGenre,
	lookalikePlace,
	expectedInteger,
	expectedList,
	expectedPositive,
	expectedText,
	expectedWholeNumber,
	invalidDate,
	severalPlaces,
	unknownField,
	unknownGenre,
	unknownPlace,
	wrongPlaceKind,
} from '../messages.ts';

export const GENRES = ['消息', '通讯', '评论', '图片新闻', '人物', '其他'] as const;
export type Genre = (typeof GENRES)[number];

const text = (field: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === null ? emptyField(field) : expectedText(field),
		})
		.trim()
		.min(1, { error: emptyField(field) });

/** A list editors may also write as a single value: `authors: 王山功` means `[王山功]`. */
const list = (field: string) =>
	z
		.union([text(field), z.array(text(field))], {
			error: (issue) =>
				issue.input === null ? emptyField(field) : expectedList(field),
		})
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const positiveInt = (field: string) =>
	z
		.number({ error: expectedWholeNumber(field) })
		.int({ error: expectedInteger(field) })
		.positive({ error: expectedPositive(field) })
		.optional();

/** `YYYY-MM-DD` as text or as the Date YAML makes of it; always a China calendar day out. */
const chinaDate = z.unknown().transform((value, ctx) => {
	if (value instanceof Date && !Number.isNaN(value.valueOf())) return dateToChinaDay(value);
	const day = typeof value === 'string' ? parseIsoDate(value) : undefined;
	if (day) return day;
	ctx.addIssue({
		code: 'custom',
		message: value === undefined ? MISSING_DATE : invalidDate(String(value)),
	});
	return z.NEVER;
});

/** `紫阳县，靖边县` typed as one name: the list brackets were forgotten. */
const LIST_SEPARATOR = /[,，、;；\s]/;

/** Place names → slugs, failing with the nearest valid names (Astro itself only logs a bad reference). */
function placeList(field: 'counties' | 'cities', gazetteer: Gazetteer) {
	const resolve = field === 'counties' ? gazetteer.resolveCounty : gazetteer.resolveCity;
	return list(field).transform((names, ctx) => {
		const ids: string[] = [];
		names.forEach((name, index) => {
			const result = resolve(name);
			if (result.ok) {
				if (!ids.includes(result.place.id)) ids.push(result.place.id);
				return;
			}
			// The other kind of place: a county typed under cities, or a city under counties.
			const other = field === 'cities' ? gazetteer.resolveCounty(name) : gazetteer.resolveCity(name);
			const message = LIST_SEPARATOR.test(name.trim())
				? severalPlaces(field, name, name.split(LIST_SEPARATOR).filter(Boolean))
				: other.ok
					? wrongPlaceKind(field, name)
					: result.reason === 'lookalike'
						? lookalikePlace(name, result.suggestions.at(-1)!, gazetteer.homeProvince, result.lookalikes.map((c) => c.name))
						: result.reason === 'ambiguous'
						? ambiguousPlace(field, name, result.candidates.length, gazetteer.homeProvince, result.suggestions)
						: unknownPlace(field, name, result.suggestions);
			ctx.addIssue({ code: 'custom', message, path: [index] });
		});
		return ids;
	});
}

export interface ArticleSchemaOptions<I extends z.ZodType> {
	gazetteer: Gazetteer;
	/** Column used when an article names none (site setting `defaultColumn`). */
	defaultColumn: string;
	/** Astro's `image()` helper inside the content config; a plain path elsewhere. */
	image?: I;
}

export function articleSchema<I extends z.ZodType = z.ZodString>({ gazetteer, defaultColumn, image }: ArticleSchemaOptions<I>) {
	const imageSchema = (image ?? z.string()) as I;
	return z
		.strictObject(
			{
				/** 主题: the headline; a list of lines for a two-line headline. */
				title: z
					.union([text('title'), z.array(text('title')).min(1).max(3)], {
						error: (issue) =>
							issue.input === undefined
								? MISSING_TITLE
								: issue.input === null || (Array.isArray(issue.input) && issue.input.length === 0)
									? EMPTY_TITLE
									: BAD_TITLE,
					})
					.transform((value) => (Array.isArray(value) ? value : [value])),
				/** 引题: the line printed above the headline. */
				kicker: text('kicker').optional(),
				/** 副题: the line printed below the headline. */
				subtitle: text('subtitle').optional(),
				/** 见报日期: publication date, `YYYY-MM-DD`, a calendar day in China time. */
				date: chinaDate,
				/** 体裁: kind of piece; drives labels and search filters. */
				genre: z
					.enum(GENRES, {
						error: (issue) =>
							issue.input === null ? emptyGenre(GENRES) : unknownGenre(String(issue.input), GENRES),
					})
					.default('消息'),
				/** 稿源: 本报讯, or the paper a piece is reprinted from (据《工人日报》). */
				source: text('source').optional(),
				/** 作者: as printed; a role may precede the name (记者 刘强). */
				authors: list('authors'),
				/** 摄影: photographers, printed as □王辉 摄. */
				photographers: list('photographers'),
				/** 供稿单位: unit label printed above the headline (紫阳县总工会). */
				unit: text('unit').optional(),
				/** 县区: county-level divisions the story is about, as plain or qualified names. */
				counties: placeList('counties', gazetteer),
				/** 市: prefecture-level cities, for stories about a whole city. */
				cities: placeList('cities', gazetteer),
				/** 专题: topic tags. */
				tags: list('tags'),
				/** 版次: page number in the printed issue. */
				page: positiveInt('page'),
				/** 版内顺序: the piece's place on its page, top to bottom. */
				order: positiveInt('order'),
				/** 版名: column name; defaults to the site's column. */
				column: text('column').default(defaultColumn),
				/** 摘要: one or two sentences; derived from the first paragraph when absent. */
				summary: text('summary').optional(),
				/** 图片: path to an image next to the article, relative to the file. */
				image: imageSchema.optional(),
				/** 图片说明: what the image shows, for readers who cannot see it. */
				imageAlt: text('imageAlt').optional(),
				/** 草稿: drafts are built by `npm run dev` only, never published. */
				draft: z.boolean({ error: BAD_DRAFT }).default(false),
			},
			{
				error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map(unknownField).join('；') : undefined),
			},
		)
		.superRefine((data, ctx) => {
			if (data.image !== undefined && !data.imageAlt) {
				ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: IMAGE_ALT_REQUIRED });
			}
		});
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
