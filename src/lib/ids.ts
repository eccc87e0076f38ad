/** Article ids, which are also their URLs: shared by the content collection and the checker. */

/**
 * The entry id, and so the URL: the path without extension, lower-cased, spaces as hyphens.
 * Also the glob loader's `generateId`, so both agree on which files collide.
 */
export function articleIdFromEntry(entry: string): string {
	return entry
		.replace(/\\/g, '/')
		.replace(/\.(md|mdx)$/i, '')
		.split('/')
		.map((segment) =>
			segment
				.normalize('NFKC')
				.toLowerCase()
				.replace(/\s+/g, '-')
				.replace(/[^\p{L}\p{N}_-]/gu, ''),
		)
		.join('/');
}
