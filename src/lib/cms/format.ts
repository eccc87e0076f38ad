/**
 * How the web editor reads and writes an article file: with the project's own frontmatter reader
 * and writer (src/lib/frontmatter.ts) rather than Decap's, so a file it saves looks like one an
 * editor typed, and what it reads matches what the pickers offer. Runs in the editor's browser
 * (registered by src/client/cms-admin.ts) and is unit-tested here in Node.
 */
import { parsePerson } from '../authors.ts';
import { dateToChinaDay } from '../dates.ts';
import { unreadableForEditor } from '../messages.ts';
import { parseArticleFile, stringifyFrontmatter, writeArticleFile } from '../frontmatter.ts';
import { parsePlaceLabel, type PlaceOption } from './widgets.ts';

export interface PlacePickers {
	counties: PlaceOption[];
	cities: PlaceOption[];
}

/** Province-level suffixes, to match a prefix written with the short name (陕西安康市). */
const PROVINCE_SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省)/;

/**
 * The picker value for a name an editor wrote in another accepted form (盐城市滨海县 → 滨海县):
 * a picker shows only its own values, and an unmatched one would look empty and could be lost
 * on the next change. Names that match no option, or more than one, are kept as written.
 */
export function canonicalPlace(written: string, options: PlaceOption[]): string {
	const name = written.normalize('NFKC').replace(/\s+/g, '');
	if (options.some((o) => o.value === name)) return name;
	const matches = options.filter((option) => {
		const parts = parsePlaceLabel(option.label);
		if (!name.endsWith(parts.name) || name === parts.name) return false;
		const prefix = name.slice(0, -parts.name.length);
		return [parts.where, parts.where.replace(PROVINCE_SUFFIX, '')].some((where) => where === prefix || where.startsWith(prefix) || where.endsWith(prefix));
	});
	return matches.length === 1 ? matches[0]!.value : written;
}

const toList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** A file's text → the editor's form data (frontmatter fields plus `body`). */
export function fromFile(content: string, pickers: PlacePickers): Record<string, unknown> {
	const parsed = parseArticleFile(content);
	if (parsed.errors.length) {
		// An unreadable frontmatter must not open as an empty form: saving it would overwrite the file.
		throw new Error(unreadableForEditor(parsed.errors[0]!.line, parsed.errors[0]!.message));
	}
	const data: Record<string, unknown> = { ...parsed.data };
	if (data.date instanceof Date) data.date = dateToChinaDay(data.date);
	// A two-line headline is edited as two lines of one box.
	if (Array.isArray(data.title) && data.title.every((line) => typeof line === 'string')) data.title = data.title.join('\n');
	// The picker's preview resolves `photo.jpg`, not `./photo.jpg`; both mean the file beside the article.
	if (typeof data.image === 'string') data.image = data.image.replace(/^\.\//, '');
	if (data.counties !== undefined) data.counties = toList(data.counties).map((n) => (typeof n === 'string' ? canonicalPlace(n, pickers.counties) : n));
	if (data.cities !== undefined) data.cities = toList(data.cities).map((n) => (typeof n === 'string' ? canonicalPlace(n, pickers.cities) : n));
	if (typeof data.tags === 'string') data.tags = [data.tags];
	// The form edits a person as name + role; `记者 刘强` in the file is that person too (src/lib/authors.ts).
	for (const key of PEOPLE) if (data[key] !== undefined) data[key] = toList(data[key]).map((p) => (typeof p === 'string' ? (parsePerson(p) ?? { name: p }) : p));
	data.body = parsed.body.replace(/^\r?\n/, '');
	return data;
}

const PEOPLE = ['authors', 'photographers'] as const;

function personForFile(person: unknown): unknown {
	if (!person || typeof person !== 'object') return person;
	const { name, role } = person as { name?: unknown; role?: unknown };
	return role ? { name, role } : name;
}

const isRelativeFile = (path: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/|\.{1,2}\/)/i.test(path);

/** The editor's form data → the file's text: frontmatter in field order, a blank line, the body. */
export function toFile(data: Record<string, unknown>, fieldOrder: string[] = []): string {
	const { body, ...unordered } = data;
	// The form's field order (Decap passes it), then any key the form does not know, as it was.
	const fields: Record<string, unknown> = {};
	for (const key of [...fieldOrder, ...Object.keys(unordered)]) if (key in unordered && !(key in fields)) fields[key] = unordered[key];
	for (const [key, value] of Object.entries(fields)) {
		// A box left empty is no field at all (the checker refuses `kicker: ''`).
		if (value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) delete fields[key];
	}
	// A person without a role is written as the bare name, as editors write it by hand.
	for (const key of PEOPLE) {
		if (Array.isArray(fields[key])) fields[key] = (fields[key] as unknown[]).map(personForFile);
	}
	if (typeof fields.image === 'string' && isRelativeFile(fields.image)) fields.image = `./${fields.image}`;
	if (typeof fields.title === 'string') {
		const lines = fields.title.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
		fields.title = lines.length > 1 ? lines : (lines[0] ?? fields.title);
	}
	const text = typeof body === 'string' ? body.replace(/^\s*\n/, '').replace(/\s+$/, '') : '';
	return text ? writeArticleFile(fields, text) : `---\n${stringifyFrontmatter(fields)}---\n`;
}
