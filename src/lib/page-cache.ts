/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned from
 * `getStaticPaths()` with a `cacheKey` is copied from the last build instead of rendered again
 * when its key and its code are unchanged. Astro hashes the code; the key must cover all the
 * data a page prints. The pages therefore key themselves on their view models (what
 * src/lib/views says they print) rather than on a list of inputs that could miss one.
 */
import { createHash } from 'node:crypto';

/** A content collection entry: keyed by its identity, its digest (frontmatter and body) and its parsed data. */
interface EntryLike {
	collection: string;
	id: string;
	digest?: string;
	body?: string;
	data: unknown;
}

function isEntry(value: object): value is EntryLike {
	const v = value as Partial<EntryLike>;
	return typeof v.collection === 'string' && typeof v.id === 'string' && typeof v.data === 'object' && ('digest' in v || 'body' in v);
}

/** The keys of parts keyed once (`keyedOnce`). */
const partKeys = new WeakMap<object, string>();

/**
 * `part`, keyed once: in every `cacheKey` after this it stands for its own key, so a card that
 * five listings print is serialized once, not once per listing page (0.6 s of a 10,000-piece
 * build's page generation). Only for data that is not changed afterwards, as views are not.
 */
export function keyedOnce<T extends object>(part: T): T {
	if (!partKeys.has(part)) partKeys.set(part, cacheKey(part));
	return part;
}

/** JSON with Maps, Sets and entries spelled out; a function is a mistake in a page's data, not something to skip. */
function replacer(this: unknown, key: string, value: unknown): unknown {
	if (value !== null && typeof value === 'object') {
		const known = partKeys.get(value);
		if (known !== undefined) return { $part: known };
	}
	if (typeof value === 'function') throw new TypeError(`cacheKey: page data holds a function at "${key}"; key pages on plain data only`);
	if (typeof value === 'bigint') return `${value}n`;
	if (value instanceof Map) return { $map: [...value] };
	if (value instanceof Set) return { $set: [...value] };
	// The rendered body is Astro's to track (and is in the digest); the data carries resolved
	// image URLs, whose hash changes when a picture is replaced under the same name.
	if (value && typeof value === 'object' && isEntry(value)) return { $entry: [value.collection, value.id], digest: value.digest ?? value.body ?? null, data: value.data };
	return value;
}

/** A stable digest of everything a page prints: the same data gives the same key in every build. */
export function cacheKey(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts, replacer)).digest('base64url');
}
