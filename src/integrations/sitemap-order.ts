/**
 * @astrojs/sitemap sorts the site's URLs with `a.localeCompare(b, 'en', { numeric: true })`,
 * which makes V8 set up an ICU collator for every comparison: 0.7–1.1 s of the main thread for
 * the 16,700 pages of a 10,000-piece archive, in a full build and in a one-article rebuild
 * alike, against 0.03 s with one `Intl.Collator` (measured on 16,700 URLs, same order). ECMA-402
 * defines that call as `new Intl.Collator('en', { numeric: true }).compare(a, b)`, so while the
 * sitemap is written exactly those calls go to one such collator; every other call is
 * `localeCompare` as it was.
 *
 * Installed after the pages are generated (`astro:build:generated`) and taken out at
 * `astro:build:done`, which runs after the sitemap's because this integration comes after it.
 */
import type { AstroIntegration } from 'astro';

const original = String.prototype.localeCompare;

/** Whether `options` is exactly `{ numeric: true }`. */
const numericOnly = (options: unknown) => typeof options === 'object' && options !== null && Object.keys(options).length === 1 && (options as { numeric?: unknown }).numeric === true;

/** Puts the one-collator `localeCompare` in place; returns the function that takes it out. */
export function oneCollatorForSitemap(): () => void {
	const collator = new Intl.Collator('en', { numeric: true });
	const localeCompare = function (this: unknown, that: unknown, locales?: unknown, options?: unknown): number {
		if (typeof this === 'string' && typeof that === 'string' && locales === 'en' && numericOnly(options)) return collator.compare(this, that);
		return Reflect.apply(original, this, arguments);
	};
	Object.defineProperty(String.prototype, 'localeCompare', { value: localeCompare, writable: true, configurable: true, enumerable: false });
	return () => {
		if (String.prototype.localeCompare === localeCompare) Object.defineProperty(String.prototype, 'localeCompare', { value: original, writable: true, configurable: true, enumerable: false });
	};
}

/** The integration: after `sitemap()` in the list. */
export default function gongyunSitemapOrder(): AstroIntegration {
	let restore: (() => void) | undefined;
	return {
		name: 'gongyun-sitemap-order',
		hooks: {
			'astro:build:generated': () => {
				restore = oneCollatorForSitemap();
			},
			'astro:build:done': () => {
				restore?.();
				restore = undefined;
			},
		},
	};
}
