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
	pageEditors: { '3': '李华' },
	footer: {
		sponsor: '陕西省总工会',
		copyright: '本站刊登的新闻、图片和专栏内容，版权归陕西工人报社所有；转载请注明来源。',
		icp: '陕ICP备00000000号-1',
		police: '陕公网安备 61010302000000号',
		phone: '029-00000000',
		email: 'contact@gongyun.example.cn',
		submissionEmail: 'tougao@gongyun.example.cn',
		address: '陕西省西安市',
	},
};

const env = typeof process === 'undefined' ? {} : process.env;
export const siteConfig = SiteConfigSchema.parse({
	...settings,
	...(env.SITE_URL ? { site: env.SITE_URL } : {}),
	...(env.SITE_BASE ? { base: env.SITE_BASE } : {}),
});

/** Where a command tells Astro which content folder to build; read by {@link contentDir}. */
export const CONTENT_DIR_ENV = 'GONGYUN_CONTENT_DIR';

/**
 * Folder holding `articles/`: the project's `content/`, unless a command pointed Astro at
 * another one (`npm run build -- --content DIR`, the fixture sites of the tests).
 */
export function contentDir(root: string = process.cwd()): string {
	return env[CONTENT_DIR_ENV] || `${root.replace(/\/+$/, '')}/content`;
}

/**
 * Points the content collection at `dir` for an Astro build started in this process. Why the
 * environment: Astro evaluates `src/content.config.ts` (and this file) again in its own Vite
 * module runner, so a variable set in the command's copy of a module is not seen there, and
 * an Astro inline config has no field for user data that the content config can read.
 */
export function setContentDirForAstro(dir: string): void {
	process.env[CONTENT_DIR_ENV] = dir;
}
