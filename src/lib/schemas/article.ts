/**
 * Article frontmatter: the editors' interface. English keys, Chinese values; every message
 * is Chinese first with the English term beside it, and says how to fix the mistake.
 */
import { z } from 'zod';
import { isRole, parsePeople, parsePerson, ROLES, type Person } from '../authors.ts';
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
	expectedPeople,
	expectedPerson,
	expectedPositive,
	expectedText,
	expectedWholeNumber,
	invalidDate,
	personKeys,
	placeholderTitle,
	roleWithoutName,
	severalNames,
	severalPlaces,
	unknownField,
	unknownGenre,
	unknownPlace,
	unknownRole,
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

/**
 * People: `刘强`, `记者 刘强` (role + name as printed) or `{ name: 刘强, role: 记者 }`, one or a
 * list; out comes `{ name, role? }[]` (see src/lib/authors.ts).
 */
const people = (field: 'authors' | 'photographers') => {
	const roleError = (input: unknown) => unknownRole(field, String(input), ROLES);
	const person = z.union(
		[
			text(field),
			z.strictObject(
				{
					/** The name only, as printed (刘强). */
					name: text(field),
					/** The role printed before the name (记者), one of ROLES. */
					role: z.string({ error: (issue) => roleError(issue.input) }).trim().refine(isRole, { error: (issue) => roleError(issue.input) }).optional(),
				},
				{
					error: (issue) =>
						issue.code === 'unrecognized_keys' ? personKeys(field, issue.keys) : undefined,
				},
			),
		],
		{
			error: (issue) =>
				issue.input === null ? emptyField(field) : expectedPerson(field),
		},
	);
	return z
		.union([person, z.array(person)], {
			error: (issue) =>
				issue.input === null ? emptyField(field) : expectedPeople(field),
		})
		.optional()
		.transform((value, ctx): Person[] => {
			const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
			const out: Person[] = [];
			list.forEach((entry, index) => {
				const typed = typeof entry === 'string' ? entry : entry.name;
				const parsed = typeof entry === 'string' ? parsePerson(entry) : parsePerson(entry.name);
				if (!parsed) {
					ctx.addIssue({ code: 'custom', path: [index], message: roleWithoutName(field, typed) });
					return;
				}
				const role = typeof entry === 'string' ? parsed.role : ((entry.role as Person['role']) ?? parsed.role);
				// 韩江 曹文琦 in one value: two people, or a role we do not know.
				if (/\s/.test(parsed.name)) {
					const split = parsePeople(parsed.name).map((p) => p.name);
					ctx.addIssue({ code: 'custom', path: [index], message: severalNames(field, typed, split, ROLES) });
					return;
				}
				out.push(role ? { name: parsed.name, role } : { name: parsed.name });
			});
			return out;
		});
};

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

/** Title of a piece the importer found no headline for: clearly not a headline, easy to search for. */
export const PLACEHOLDER_TITLE = '待定（无标题）';

/** 待定（无标题）, 待定, 待定(标题): a title that says it is not decided yet. */
export function isPlaceholderTitle(title: readonly string[]): boolean {
	return /^待定\s*(?:[（(][^）)]*[）)])?$/.test(title.join('').trim());
}

export interface ArticleSchemaOptions<I extends z.ZodType> {
	gazetteer: Gazetteer;
	/** Column used when an article names none (site setting `defaultColumn`). */
	defaultColumn: string;
	/** Astro's `image()` helper inside the content config; a plain path elsewhere. */
	image?: I;
}

/**
 * The article schema. Astro calls the content config's schema function once per entry (its
 * `image()` is bound to the entry's file), and building every field's schema costs far more than
 * parsing with it: the fields are built once per gazetteer and column (`articleFields`), only the
 * object around them, with this entry's `image`, per call.
 */
export function articleSchema<I extends z.ZodType = z.ZodString>({ gazetteer, defaultColumn, image }: ArticleSchemaOptions<I>) {
	const imageSchema = (image ?? z.string()) as I;
	const { imageAlt, draft, ...head } = articleFields(gazetteer, defaultColumn);
	return z
		.strictObject(
			{
				...head,
				/** 图片: path to an image next to the article, relative to the file. */
				image: imageSchema.optional(),
				imageAlt,
				draft,
			},
			{
				error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map(unknownField).join('；') : undefined),
			},
		)
		.superRefine((data, ctx) => {
			if (!data.draft && isPlaceholderTitle(data.title)) {
				ctx.addIssue({ code: 'custom', path: ['title'], message: placeholderTitle(data.title.join('')) });
			}
			if (data.image !== undefined && !data.imageAlt) {
				ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: IMAGE_ALT_REQUIRED });
			}
		});
}

const fieldCache = new WeakMap<Gazetteer, Map<string, ReturnType<typeof buildArticleFields>>>();

/** The field schemas of an article but its image, built once per gazetteer and default column. */
function articleFields(gazetteer: Gazetteer, defaultColumn: string) {
	let byColumn = fieldCache.get(gazetteer);
	if (!byColumn) fieldCache.set(gazetteer, (byColumn = new Map()));
	let fields = byColumn.get(defaultColumn);
	if (!fields) byColumn.set(defaultColumn, (fields = buildArticleFields(gazetteer, defaultColumn)));
	return fields;
}

function buildArticleFields(gazetteer: Gazetteer, defaultColumn: string) {
	return {
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
		/** 原标题: a reprint's headline in the paper it comes from, when the column retitled it. */
		originalTitle: text('originalTitle').optional(),
		/** 责任编辑: the editor responsible for the piece; defaults to its page's editor (site config `pageEditors`). */
		editor: text('editor').optional(),
		/**
		 * 作者: names; a role printed before a name is kept as its `role` (记者 刘强, or
		 * `{ name: 刘强, role: 记者 }`), so the byline prints as on paper and the name stays bare.
		 */
		authors: people('authors'),
		/** 摄影: photographers, printed as □王辉 摄; roles as for authors (本报记者 王辉). */
		photographers: people('photographers'),
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
		/** 图片说明: what the image shows, for readers who cannot see it. */
		imageAlt: text('imageAlt').optional(),
		/** 草稿: drafts are built by `npm run dev` only, never published. */
		draft: z.boolean({ error: BAD_DRAFT }).default(false),
	};
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
