import type { AstroIntegration } from 'astro';

/** Placeholder: the Pagefind integration lands with the search issue. */
export default function gongyunSearch(): AstroIntegration {
	return { name: 'gongyun-search', hooks: {} };
}
