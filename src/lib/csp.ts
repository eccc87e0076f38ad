/**
 * The Content-Security-Policy every page carries (Astro 7's `security.csp`: a `<meta
 * http-equiv>` in each page's head, with hashes of every script and style Astro emits). It is
 * the second wall behind the sanitiser: even markup that slipped through cannot run script,
 * load from other hosts, or frame anything but the configured embeds.
 *
 * No 'unsafe-inline' anywhere. Pagefind's search runs WebAssembly, which needs
 * 'wasm-unsafe-eval' (it allows compiling wasm only, not JavaScript eval). Images may come from
 * any https host, because articles may show pictures hosted elsewhere, and from `data:` URLs,
 * which Pagefind's stylesheet uses for its icons (an image cannot run script; the sanitiser
 * still removes `data:` from article bodies).
 */
import type { SiteConfig } from './schemas/site.ts';

/** The directives we set (Astro owns script-src and style-src and adds its hashes there). */
type DirectiveName = 'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'manifest-src' | 'media-src' | 'frame-src' | 'object-src' | 'base-uri' | 'form-action';
export type Directive = `${DirectiveName} ${string}`;

export interface CspConfig {
	directives: Directive[];
	scriptDirective: { resources: string[] };
	styleDirective: { resources: string[] };
}

export function contentSecurityPolicy(config: Pick<SiteConfig, 'embedHosts'>): CspConfig {
	const frames = config.embedHosts.length ? config.embedHosts.flatMap((host) => [`https://${host}`, `https://*.${host}`]).join(' ') : "'none'";
	return {
		directives: [
			"default-src 'self'",
			"img-src 'self' https: data:",
			"font-src 'self'",
			"connect-src 'self'",
			"worker-src 'self'",
			"manifest-src 'self'",
			"media-src 'self' https:",
			`frame-src ${frames}`,
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
		],
		scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		styleDirective: { resources: ["'self'"] },
	};
}
