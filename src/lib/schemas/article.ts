/**
 * Article frontmatter: the editors' interface. English keys, Chinese values; every message
 * is Chinese first with the English term beside it, and says how to fix the mistake.
 */
import { z } from 'zod';
import { dateToChinaDay, parseIsoDate } from '../dates.ts';
import type { Gazetteer } from '../places.ts';
import { nearestStrings } from '../text.ts';

export const GENRES = ['消息', '通讯', '评论', '图片新闻', '人物', '其他'] as const;
export type Genre = (typeof GENRES)[number];

/** What each key is called in the editor guide; used by error messages. */
export const FIELD_LABELS: Record<string, string> = {
	title: '主题',
	kicker: '引题',
	subtitle: '副题',
	date: '见报日期',
	genre: '体裁',
	source: '稿源',
	authors: '作者',
	photographers: '摄影',
	unit: '供稿单位',
	counties: '县区',
	cities: '市',
	tags: '专题',
	page: '版次',
	order: '版内顺序',
	column: '版名',
	summary: '摘要',
	image: '图片',
	imageAlt: '图片说明',
	draft: '草稿',
};

/** `kicker:` with nothing after it: YAML reads null, which an editor knows as “empty”. */
const emptyMessage = (field: string) =>
	`${FIELD_LABELS[field]}（${field}）不能为空 (must not be empty)：在 ${field}: 后面填写内容，或删掉这一行。`;

const text = (field: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === null ? emptyMessage(field) : `${FIELD_LABELS[field]}（${field}）应是一段文字 (expected text)：例如 ${field}: 文字内容。`,
		})
		.trim()
		.min(1, { error: emptyMessage(field) });

/** A list editors may also write as a single value: `authors: 王山功` means `[王山功]`. */
const list = (field: string) =>
	z
		.union([text(field), z.array(text(field))], {
			error: (issue) =>
				issue.input === null
					? emptyMessage(field)
					: `${FIELD_LABELS[field]}（${field}）应是一个或几个名称，例如 ${field}: [甲, 乙] (expected a list of names)。`,
		})
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const positiveInt = (field: string) =>
	z
		.number({ error: `${FIELD_LABELS[field]}（${field}）应是正整数，例如 ${field}: 3 (expected a whole number)。` })
		.int({ error: `${FIELD_LABELS[field]}（${field}）应是正整数 (expected a whole number)。` })
		.positive({ error: `${FIELD_LABELS[field]}（${field}）应大于 0 (must be positive)。` })
		.optional();

/** `YYYY-MM-DD` as text or as the Date YAML makes of it; always a China calendar day out. */
const chinaDate = z.unknown().transform((value, ctx) => {
	if (value instanceof Date && !Number.isNaN(value.valueOf())) return dateToChinaDay(value);
	const day = typeof value === 'string' ? parseIsoDate(value) : undefined;
	if (day) return day;
	ctx.addIssue({
		code: 'custom',
		message:
			value === undefined
				? '缺少见报日期 date (required)：加一行 date: 2022-02-09（年-月-日）。'
				: `见报日期 date “${String(value)}”不是有效日期 (invalid date)：写成 年-月-日，例如 2022-02-09。`,
	});
	return z.NEVER;
});

/** `紫阳县，靖边县` typed as one name: the list brackets were forgotten. */
const LIST_SEPARATOR = /[,，、;；\s]/;

/** Place names → slugs, failing with the nearest valid names (Astro itself only logs a bad reference). */
function placeList(field: 'counties' | 'cities', gazetteer: Gazetteer) {
	const kind = field === 'counties' ? '县级行政区' : '地级市';
	const resolve = field === 'counties' ? gazetteer.resolveCounty : gazetteer.resolveCity;
	return list(field).transform((names, ctx) => {
		const ids: string[] = [];
		names.forEach((name, index) => {
			const result = resolve(name);
			if (result.ok) {
				if (!ids.includes(result.place.id)) ids.push(result.place.id);
				return;
			}
			const label = `${FIELD_LABELS[field]}（${field}）“${name}”`;
			// The other kind of place: a county typed under cities, or a city under counties.
			const other = field === 'cities' ? gazetteer.resolveCounty(name) : gazetteer.resolveCity(name);
			const message = LIST_SEPARATOR.test(name.trim())
				? `${label}像是几个地名写在了一起 (several places in one value)：请写成列表，例如 ${field}: [${name
						.split(LIST_SEPARATOR)
						.filter(Boolean)
						.join(', ')}]（方括号，英文逗号分隔）。`
				: other.ok
					? field === 'cities'
						? `${label}是县级行政区，不是地级市 (a county, not a city)：请写在 counties 中，例如 counties: [${name}]。`
						: `${label}是地级市，不是县区 (a city, not a county)：请写在 cities 中，例如 cities: [${name}]。`
					: result.reason === 'ambiguous'
						? `${label}在全国有 ${result.candidates.length} 处，本省（${gazetteer.homeProvince}）没有 (ambiguous place name)：请写明所属地区，例如 ${result.suggestions.join('、')}。`
						: `${label}不是已知的${kind} (unknown place)。` +
							(result.suggestions.length ? `最接近的有：${result.suggestions.join('、')}。` : '请检查名称是否写全，例如 紫阳县、西安市。');
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

/** A key the schema does not know, most often a typo: name the key it was probably meant to be. */
export function unknownFieldMessage(key: string): string {
	const near = nearestStrings(key, Object.keys(FIELD_LABELS), 1)[0];
	return (
		`未知字段 (unknown field) “${key}”：` +
		(near ? `是不是要写 ${near}（${FIELD_LABELS[near]}）？请改正拼写。` : '请删掉这一行，可用字段见编辑指南 docs/editing.md。')
	);
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
								? '缺少主题 title (required)：加一行 title: 文章标题。'
								: issue.input === null || (Array.isArray(issue.input) && issue.input.length === 0)
									? '主题 title 不能为空 (must not be empty)：在 title: 后面写上文章标题。'
									: '主题 title 应是一行文字，或几行组成的列表 (expected text or a list of lines)：例如 title: 文章标题。',
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
							issue.input === null
								? `体裁 genre 不能为空 (must not be empty)：可选 ${GENRES.join('、')}；不写这一行时默认为“消息”。`
								: `体裁 genre “${String(issue.input)}”不在可选范围内 (unknown genre)：可选 ${GENRES.join('、')}。`,
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
				draft: z.boolean({ error: '草稿 draft 应写 true 或 false (expected true or false)。' }).default(false),
			},
			{
				error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map(unknownFieldMessage).join('；') : undefined),
			},
		)
		.superRefine((data, ctx) => {
			if (data.image !== undefined && !data.imageAlt) {
				ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: '有图片 image 时必须填写图片说明 imageAlt (required with image)：用一句话说明图片内容，供读屏软件朗读。' });
			}
		});
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
