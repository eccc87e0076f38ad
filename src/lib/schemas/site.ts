import { z } from 'zod';

/** Site setting `houseStyle` for the copy lint (see the field below). */
export const HOUSE_STYLES = ['newspaper', 'spaced'] as const;
export type HouseStyle = (typeof HOUSE_STYLES)[number];

/** Site settings: one object, validated once, read by pages, the integration and the editor commands. */
export const SiteConfigSchema = z.object({
	/** Site title shown in the header and in `<title>`: the column's name. */
	title: z.string().min(1).default('工运纵横'),
	/** The newspaper the column belongs to, shown beside the title and in the footer. */
	publication: z.string().min(1).default('陕西工人报'),
	/** One line under the title on the home page. */
	description: z.string().default('陕西工人报第3版“工运纵横”专栏：各地工会动态、通讯与评论。'),
	/** Province whose place names editors may write unqualified (长安区 means 西安市长安区). */
	homeProvince: z.string().min(2).default('陕西省'),
	/** Column (版名) an article belongs to when its frontmatter names none. */
	defaultColumn: z.string().min(1).default('工运纵横'),
	/** Absolute origin of the deployed site, used for canonical URLs, RSS and the sitemap. */
	site: z.url().default('https://gongyun.example.cn'),
	/** Sub-path the site is served under, e.g. `/gongyun/`; `/` for the host's root. */
	base: z
		.string()
		.default('/')
		.transform((base) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')),
	/** Articles per page on county, city and tag listings. */
	pageSize: z.number().int().min(1).default(20),
	/** How many of the newest articles the home page lists below the latest issue. */
	homeLatest: z.number().int().min(0).default(10),
	/**
	 * House style for the copy lint. `newspaper`: as printed, no space between Chinese and
	 * digits or Latin letters (the page adds visual spacing with CSS `text-autospace`).
	 * `spaced`: a space between Chinese and Latin/digits, as many web style guides ask.
	 */
	houseStyle: z.enum(HOUSE_STYLES).default('newspaper'),
	/**
	 * Hosts whose pages an article may embed with `<iframe src="https://…">` (a listed host or
	 * its sub-domains, https only). Every other iframe is removed from the page, and the
	 * Content-Security-Policy allows frames from these hosts only. Empty: no embeds.
	 */
	embedHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/i)).default([]),
	/**
	 * How many days after today (China time) a 见报日期 may lie: a story dated further ahead is
	 * refused, so a typo such as 2099 does not sit at the top of the home page for decades.
	 */
	maxFutureDays: z.number().int().min(0).default(3),
	/**
	 * Share cards (`og:image`, a headline picture for WeChat and the like) are drawn for the
	 * pieces of the last this-many days, counted back from the newest piece; older pieces are
	 * shared without a picture. Pieces are shared when they are news, and a card takes about
	 * 35 ms to draw: a decade's archive would spend minutes on cards nobody shares.
	 */
	shareCardDays: z.number().int().min(0).default(90),
	/**
	 * A build with fewer than this share of the published site's articles is refused (unless
	 * `--allow-empty`): an emptied or half-copied content folder must not replace the live site.
	 */
	minShareOfPublished: z.number().min(0).max(1).default(0.5),
	/** 责任编辑 of each printed page (版次 → name), shown under its articles unless an article names its own `editor`. */
	pageEditors: z.record(z.string().regex(/^\d+$/), z.string().min(1)).default({}),
	/** The site footer: who runs the site, how to reach it, its filings. Every field is optional. */
	footer: z
		.object({
			/** 主办单位, e.g. 陕西省总工会. */
			sponsor: z.string().min(1).optional(),
			/** 版权声明, one sentence. */
			copyright: z.string().min(1).optional(),
			/** ICP备案号 as issued, e.g. 陕ICP备12345678号-1; links to the MIIT lookup. */
			icp: z.string().regex(/ICP/, 'ICP 备案号应含“ICP”，如 陕ICP备12345678号-1').optional(),
			/** 公安机关备案号, e.g. 陕公网安备 61010302000123号; links to the MPS lookup by its digits. */
			police: z.string().regex(/\d{6,}/, '公安备案号应含备案编号数字，如 陕公网安备 61010302000123号').optional(),
			/** 联系电话. */
			phone: z.string().min(1).optional(),
			/** 联系邮箱. */
			email: z.email().optional(),
			/** 投稿邮箱. */
			submissionEmail: z.email().optional(),
			/** 通讯地址. */
			address: z.string().min(1).optional(),
		})
		.default({}),
});

export type SiteConfig = z.output<typeof SiteConfigSchema>;
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
