/**
 * The web editor's configuration (Decap CMS), generated from the article schema so the form
 * and the checker cannot drift apart: labels and hints come from the schema module, a field is
 * required exactly when the schema rejects it missing, genres are the schema's enum, and places
 * are pickers over the same gazetteer the schema resolves names with.
 *
 * Pure data in, plain object out: the integration (src/integrations/cms.ts) serialises it to
 * `admin/config.yml` and adds the parts that depend on the request (the local backend's address).
 */
import type { z } from 'zod';
import { ROLES } from '../authors.ts';
import type { Gazetteer } from '../gazetteer.ts';
import { FIELD_HINTS, FIELD_LABELS, unsupportedGitHost } from '../messages.ts';
import { GENRES, articleSchema } from '../schemas/article.ts';
import { CMS_FORMAT, TAGS_WIDGET, placeLabel, type PlaceOption } from './widgets.ts';

export { CMS_FORMAT, TAGS_WIDGET, type PlaceOption };

/** A Decap CMS field: the keys we use (https://decapcms.org/docs/widgets/). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	hint?: string;
	required?: boolean;
	default?: unknown;
	pattern?: [string, string];
	[option: string]: unknown;
}

export interface CmsBackend {
	name: 'github' | 'gitlab' | 'gitea' | 'forgejo';
	repo?: string;
	branch?: string;
	base_url?: string;
	api_root?: string;
	auth_type?: 'pkce' | 'implicit';
	app_id?: string;
	auth_endpoint?: string;
}

export interface CmsConfig {
	locale: string;
	backend: CmsBackend;
	local_backend?: { url: string; allowed_hosts?: string[] };
	publish_mode: 'simple';
	site_url: string;
	display_url: string;
	media_folder: string;
	public_folder: string;
	slug: { encoding: 'unicode' | 'ascii'; clean_accents: boolean; sanitize_replacement: string };
	collections: Record<string, unknown>[];
}

export interface CmsConfigOptions {
	gazetteer: Gazetteer;
	defaultColumn: string;
	/** Site origin plus base, for the editor's “view site” link. */
	siteUrl: string;
	/** Articles folder relative to the repository root (Decap paths are repository paths). */
	articlesFolder: string;
	/** Tags already used in the archive, offered while typing. */
	existingTags: string[];
	backend: CmsBackend;
}

/**
 * The tags of an archive, most used first (ties in Chinese order), from each article's `tags`
 * (a list, or one tag as a string, as an editor may type it): what the tag field suggests.
 */
export function tagsByUse(tagLists: Iterable<unknown>): string[] {
	const counts = new Map<string, number>();
	for (const tags of tagLists) {
		for (const tag of Array.isArray(tags) ? tags : typeof tags === 'string' ? [tags] : []) {
			if (typeof tag === 'string' && tag.trim()) counts.set(tag.trim(), (counts.get(tag.trim()) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([tag]) => tag);
}

/** Decap's date storage format (moment/dayjs tokens): the China calendar day our schema reads. */
export const CMS_DATE_FORMAT = 'YYYY-MM-DD';



/** Every county, home province first: the name an editor would write, and where it lies. */
export function countyOptions(gazetteer: Gazetteer): PlaceOption[] {
	const home = (province: string) => (province === gazetteer.homeProvince ? 0 : 1);
	return [...gazetteer.counties]
		.sort((a, b) => home(a.province) - home(b.province) || a.code.localeCompare(b.code))
		.map((county) => {
			const where = county.city && county.city !== county.province ? county.province + county.city : county.province;
			return { label: placeLabel(county.name, where, county.pinyin), value: gazetteer.countyLabel(county) };
		});
}

export function cityOptions(gazetteer: Gazetteer): PlaceOption[] {
	const home = (province: string) => (province === gazetteer.homeProvince ? 0 : 1);
	return [...gazetteer.cities]
		.sort((a, b) => home(a.province) - home(b.province) || a.code.localeCompare(b.code))
		.map((city) => {
			const resolved = gazetteer.resolveCity(city.name);
			const value = resolved.ok && resolved.place === city ? city.name : city.province + city.name;
			return { label: placeLabel(city.name, city.name === city.province ? undefined : city.province, city.pinyin), value };
		});
}

type FieldBuilder = (base: Pick<CmsField, 'name' | 'label' | 'hint' | 'required'>, options: CmsConfigOptions) => CmsField;

const text: FieldBuilder = (base) => ({ ...base, widget: 'string' });
/** People as the schema holds them: a name, and the role printed before it (记者 刘强) chosen from ROLES. */
const people =
	(singular: string): FieldBuilder =>
	(base) => ({
		...base,
		widget: 'list',
		summary: '{{fields.role}} {{fields.name}}',
		fields: [
			{ name: 'name', label: singular, widget: 'string', hint: '只写姓名，如 刘强' },
			{ name: 'role', label: '身份', widget: 'select', options: [...ROLES], required: false, hint: '见报时印在姓名前的身份，如 记者、通讯员；没有就不选' },
		],
	});
const positive: FieldBuilder = (base) => ({ ...base, widget: 'number', value_type: 'int', min: 1, step: 1 });

/**
 * How each schema field is edited. Every key of the schema must appear here: the generator
 * throws on a field it does not know, so a new schema field cannot be forgotten in the form.
 */
const FIELD_WIDGETS: Record<string, FieldBuilder> = {
	// A box with one headline line per line: a two-line headline is a YAML list in the file (format.ts).
	title: (base) => ({ ...base, widget: 'text', hint: `${base.hint ?? ''}两行的标题分两行写。` }),
	kicker: text,
	subtitle: text,
	date: (base) => ({ ...base, hint: `${base.hint ?? ''}填了不存在的日期（如2月30日）时，日期框会提示必填。`, widget: 'datetime', format: CMS_DATE_FORMAT, date_format: CMS_DATE_FORMAT, time_format: false, picker_utc: false }),
	genre: (base) => ({ ...base, widget: 'select', options: [...GENRES], default: '消息' }),
	source: text,
	originalTitle: text,
	editor: text,
	authors: people('作者'),
	photographers: people('摄影'),
	unit: text,
	counties: (base, { gazetteer }) => ({ ...base, widget: 'select', multiple: true, options: countyOptions(gazetteer) }),
	cities: (base, { gazetteer }) => ({ ...base, widget: 'select', multiple: true, options: cityOptions(gazetteer) }),
	tags: (base, { existingTags }) => ({ ...base, widget: TAGS_WIDGET, suggestions: existingTags }),
	page: positive,
	order: positive,
	column: (base, { defaultColumn }) => ({ ...base, widget: 'string', default: defaultColumn }),
	summary: (base) => ({ ...base, widget: 'text' }),
	// media_library / folders are set on the collection: the image lands beside the article.
	image: (base) => ({ ...base, widget: 'image', choose_url: false, allow_multiple: false }),
	imageAlt: (base) => ({ ...base, widget: 'string' }),
	draft: (base) => ({ ...base, widget: 'boolean', default: false }),
};

/** Required exactly when the schema rejects the field left out (a default makes it optional). */
function isRequired(field: z.ZodType): boolean {
	return !field.safeParse(undefined).success;
}

/** The article fields in schema order, then the Markdown body. */
export function articleFields(options: CmsConfigOptions): CmsField[] {
	const schema = articleSchema({ gazetteer: options.gazetteer, defaultColumn: options.defaultColumn });
	const shape = schema.shape as Record<string, z.ZodType>;
	const fields = Object.entries(shape).map(([name, field]) => {
		const build = FIELD_WIDGETS[name];
		if (!build) throw new Error(`src/lib/cms/config.ts: the article schema has a field “${name}” the web editor does not know; add it to FIELD_WIDGETS.`);
		const label = FIELD_LABELS[name] ?? name;
		return build({ name, label, hint: FIELD_HINTS[name], required: isRequired(field) }, options);
	});
	fields.push({
		name: 'body',
		label: '正文',
		hint: '小标题用“标题二”（在文件里是以 ## 开头的一行）；图片用“图片”按钮插入，并写上说明。',
		widget: 'markdown',
		required: false,
		buttons: ['bold', 'italic', 'heading-two', 'quote', 'bulleted-list', 'numbered-list', 'link'],
		editor_components: ['image'],
		modes: ['rich_text', 'raw'],
	});
	return fields;
}

export function cmsConfig(options: CmsConfigOptions): CmsConfig {
	return {
		// Decap's own Simplified Chinese interface (decap-cms-locales), bundled: no network needed.
		locale: 'zh_Hans',
		backend: options.backend,
		publish_mode: 'simple',
		site_url: options.siteUrl,
		display_url: options.siteUrl,
		// Required globally by Decap; the collection below overrides both so images sit beside the article.
		media_folder: `${options.articlesFolder}/media`,
		public_folder: './',
		// Chinese titles stay readable in file names (2026/1201-紫阳县总工会….md) instead of vanishing.
		slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
		collections: [
			{
				name: 'articles',
				label: '稿件',
				label_singular: '稿件',
				description: '专栏的全部稿件。保存后，预览网站会立即显示改动；有错误时保存会被拒绝，并说明怎样改。',
				folder: options.articlesFolder,
				extension: 'md',
				format: CMS_FORMAT,
				create: true,
				// Removing a piece stays a deliberate act in the files (or `draft: true`), never one click away.
				delete: false,
				// The year folder, then month-day and the title, like the files the import command writes.
				path: '{{year}}/{{month}}{{day}}-{{slug}}',
				// '' = the entry's own folder: images are saved next to the article and linked as ./name.jpg.
				media_folder: '',
				public_folder: '',
				summary: '{{date}}　{{title}}',
				sortable_fields: ['date', 'title', 'page'],
				view_filters: [{ label: '草稿', field: 'draft', pattern: true }],
				fields: articleFields(options),
			},
		],
	};
}

/** The backend written into a production build, from site settings (docs/cms-deploy.md). */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

export interface BackendSettings {
	backend?: string;
	repo?: string;
	branch?: string;
	baseUrl?: string;
	apiRoot?: string;
	authEndpoint?: string;
	appId?: string;
}

export function backendFromSettings(settings: BackendSettings): CmsBackend | undefined {
	if (!settings.repo) return undefined;
	const name = (settings.backend || 'github') as CmsBackend['name'];
	if (!CMS_BACKENDS.includes(name)) {
		throw new Error(unsupportedGitHost(settings.backend ?? '', CMS_BACKENDS));
	}
	const backend: CmsBackend = { name, repo: settings.repo, branch: settings.branch ?? 'main' };
	if (settings.baseUrl) backend.base_url = settings.baseUrl;
	if (settings.apiRoot) backend.api_root = settings.apiRoot;
	if (settings.authEndpoint) backend.auth_endpoint = settings.authEndpoint;
	if (settings.appId) {
		backend.app_id = settings.appId;
		backend.auth_type = 'pkce';
	}
	return backend;
}
