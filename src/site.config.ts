/**
 * The one place site settings live. Deployers may override `site` and `base` without editing
 * this file: `SITE_URL=https://news.example.cn SITE_BASE=/gongyun/ npm run build`.
 */
import { SiteConfigSchema, type SiteConfigInput } from './lib/schemas/site.ts';

const settings: SiteConfigInput = {
	title: '工运纵横',
	publication: '陕西工人报',
	homeProvince: '陕西省',
	defaultColumn: '工运纵横',
	pageSize: 20,
	houseStyle: 'newspaper',
};

const env = typeof process === 'undefined' ? {} : process.env;
export const siteConfig = SiteConfigSchema.parse({
	...settings,
	...(env.SITE_URL ? { site: env.SITE_URL } : {}),
	...(env.SITE_BASE ? { base: env.SITE_BASE } : {}),
});

/**
 * Folder holding `articles/`. Fixture sites in tests and `npm run build -- --content DIR` point
 * it elsewhere through GONGYUN_CONTENT_DIR; by default it is the repository's `content/`.
 */
export const contentDir: string = env.GONGYUN_CONTENT_DIR || `${process.cwd()}/content`;
