/**
 * What the generated config and the admin page (src/client/cms-admin.ts) agree on: the names of
 * the widget and file format the page registers, and the place-picker options. Kept apart from
 * the config generator so the browser bundle does not pull in the schema.
 */

/** The tag widget with suggestions. */
export const TAGS_WIDGET = 'gongyun-tags';

/** The file format (src/lib/cms/format.ts): our frontmatter reader and writer. */
export const CMS_FORMAT = 'gongyun-frontmatter';

export interface PlaceOption {
	/** What the picker shows and filters on: name, where it is, pinyin (紫阳县（陕西省安康市）ziyang). */
	label: string;
	/** What is written into the file: the shortest name the schema resolves to this place. */
	value: string;
}

export function placeLabel(name: string, where: string | undefined, pinyin: string): string {
	return where ? `${name}（${where}）${pinyin}` : `${name} ${pinyin}`;
}

/** The parts of a label: `紫阳县（陕西省安康市）ziyang` → 紫阳县, 陕西省安康市 (a municipality is its own where). */
export function parsePlaceLabel(label: string): { name: string; where: string } {
	const m = /^([^（\s]+)(?:（([^）]*)）)?/.exec(label);
	return { name: m?.[1] ?? label, where: m?.[2] ?? m?.[1] ?? '' };
}
