/**
 * Headlines: recognising the short lines that are headlines, subheads and unit labels, and
 * giving each headline to its story.
 *
 * The layout system exports every text frame in turn, and headline frames usually come after
 * the story they belong to: right after it (紫阳县总工会 / 走访慰问 为快递小哥送上关爱, then the
 * next story), or several together in a block near the end of the page. So a headline is
 * matched by content first and by position second:
 * - words: the headline's character pairs found in the story, each pair weighted by how rare it
 *   is among the page's stories (工会 and 职工 are everywhere and count for little; 晒台, 政工联建
 *   are in one story and decide);
 * - the unit label printed above a headline (紫阳县总工会) found in the story, and places the
 *   headline names (江苏滨海县…) that the story names;
 * - a small bonus for the story printed just before the headline (just after, less).
 * Each story takes at most one headline; the best pairs are settled first, and lines next to
 * an already matched headline of the same story join it as its kicker or subtitle. A lone
 * headline that matches nothing by words goes to the story just before it if that one has
 * none, unless it is as short as a column title. Lines that fit no story are reported (a column
 * title, a photo title), never forced.
 */
import { UNIT_SUFFIX } from './bylines.ts';
import { cleanHeadlineText, displayWidth } from './lines.ts';


/** A subtitle (副题) line opens with a dash. */
const SUBTITLE_DASH = /^\s*(?:——|—|－－|--)/;

/** Sentence punctuation a headline does not contain (！ and ？ may end a headline line). */
const NOT_IN_HEADLINE = /[。；：;:]/;
/** Text that continues a sentence: a line starting so cannot start a headline. */
const CONTINUATION_START = /^[，。、；：！？”’）》」』,.;:!?)]/;

/**
 * Whether a run of lines (between blank lines) has the shape of a headline, subhead, kicker or
 * unit label: at most three lines, no sentence punctuation inside, none longer than a wide
 * headline. Whether it *is* one also depends on its neighbours (see split.ts).
 */
export function looksLikeHeadline(lines: readonly string[]): boolean {
	if (lines.length === 0 || lines.length > 3) return false;
	return lines.every(
		(line) =>
			!NOT_IN_HEADLINE.test(line) &&
			// ！ and ？ only at the end: mid-line they end a sentence that goes on.
			!/[！？!?][”’」』"']*[^”’」』"'！？!?]/.test(line) &&
			!CONTINUATION_START.test(line) &&
			displayWidth(line) <= 40 &&
			displayWidth(line) >= 2,
	);
}

/**
 * A unit label: one short line naming an organisation (紫阳县总工会, 西安昆仑公司), without
 * quotes or spaces. `known(text)` says whether a story on the page contains it, which keeps a
 * short headline that happens to end in 工会 from being taken for a label.
 */
export function isUnitLabel(line: string, known: (text: string) => boolean): boolean {
	const text = line.trim();
	if (/[\s“”"‘’《》，、！？]/.test(text)) return false;
	if ([...text].length > 14 || !UNIT_SUFFIX.test(text)) return false;
	return known(text);
}

/** The unit without its organisation suffix, to find 紫阳县 in a story that says 该县总工会. */
export function unitStem(unit: string): string {
	return unit.replace(UNIT_SUFFIX, '');
}

/** A headline candidate: one block of lines from a headline run, with a unit label if printed above. */
export interface HeadlineItem {
	/** Index of the run on the page and position of the item in it; adjacent items may group. */
	run: number;
	position: number;
	/** 1-based line of the first line in the export. */
	line: number;
	lines: string[];
	unit?: string;
}

/** A run of headline lines between stories, with the stories printed before and after it. */
export interface HeadlineRun {
	blocks: { line: number; lines: string[] }[];
	/** Index of the story printed just before the run / just after it. */
	before?: number;
	after?: number;
}

/**
 * Splits a run into items: each block is one, a unit label attaches to the item below it, and
 * a three-line block whose first line is a kicker (it has a comma, or is much longer than the
 * rest) is split into kicker and headline.
 */
export function runItems(run: HeadlineRun, runIndex: number, known: (text: string) => boolean): HeadlineItem[] {
	const items: HeadlineItem[] = [];
	let unit: string | undefined;
	let position = 0;
	const push = (line: number, lines: string[]) => {
		items.push({ run: runIndex, position: position++, line, lines: lines.map(cleanHeadlineText), ...(unit ? { unit } : {}) });
		unit = undefined;
	};
	run.blocks.forEach((block, b) => {
		let lines = [...block.lines];
		let line = block.line;
		const hasMore = lines.length > 1 || b < run.blocks.length - 1;
		if (hasMore && !unit && isUnitLabel(lines[0]!, known)) {
			unit = cleanHeadlineText(lines[0]!);
			lines = lines.slice(1);
			line++;
			if (!lines.length) return;
		}
		// A line opening with —— is the subtitle: an item of its own, below the rest.
		const dash = lines.findIndex((l, k) => k > 0 && SUBTITLE_DASH.test(l));
		const subtitle = dash > 0 ? lines.slice(dash) : [];
		if (dash > 0) lines = lines.slice(0, dash);
		if (lines.length === 3 || (lines.length === 2 && subtitle.length)) {
			const [first, ...rest] = lines as [string, ...string[]];
			const longest = Math.max(...rest.map(displayWidth));
			if (/[，,]/.test(first) || displayWidth(first) > longest * 1.3) {
				push(line, [first]);
				lines = rest;
				line++;
			}
		}
		push(line, lines);
		if (subtitle.length) push(line + lines.length, subtitle);
	});
	// A unit label with nothing under it is a headline after all.
	if (unit) push(run.blocks.at(-1)!.line, [unit]);
	return items;
}

/** Character pairs of the Chinese text (Latin and digits dropped): the units of comparison. */
export function bigrams(text: string): Set<string> {
	const han = [...text.replace(/[^\p{Script=Han}]+/gu, '|')];
	const pairs = new Set<string>();
	for (let i = 0; i + 1 < han.length; i++) {
		if (han[i] !== '|' && han[i + 1] !== '|') pairs.add(han[i]! + han[i + 1]!);
	}
	return pairs;
}

/** What the matcher needs to know of a story. */
export interface StoryProfile {
	/** Clean text of the story (body, signature excluded). */
	text: string;
	/** Names of counties and cities the story names (紫阳县, 延安市). */
	places: string[];
}

export interface ScoreOptions {
	/** Place names in a piece of headline text. */
	placesIn(text: string): string[];
}

export interface Scored {
	item: HeadlineItem;
	story: number;
	score: number;
}

/** Lines shorter than this (in columns) that match no story by words are column titles. */
const COLUMN_TITLE_MAX = 7;

/** Weights of the score's parts; see the file comment. */
export const WEIGHTS = { unitExact: 1, unitStem: 0.5, place: 0.5, before: 0.15, after: 0.05, threshold: 0.35 } as const;

/**
 * Scores every item against every story. The word part is the share of the headline's
 * evidence that this story holds: the rarity-weighted pairs it shares with the story, over
 * those it shares with any story (pairs no story has say nothing about which story it is),
 * scaled down when the shared evidence is thin (a headline sharing only 工会 proves nothing).
 */
export function scoreItems(items: HeadlineItem[], runs: HeadlineRun[], stories: StoryProfile[], options: ScoreOptions): Scored[] {
	const storyPairs = stories.map((s) => bigrams(s.text));
	const df = new Map<string, number>();
	for (const pairs of storyPairs) for (const p of pairs) df.set(p, (df.get(p) ?? 0) + 1);
	const idf = (p: string) => Math.log((stories.length + 1) / ((df.get(p) ?? 0) + 0.5));
	// Full weight takes about two pairs that only one story has.
	const enough = 2 * Math.log((stories.length + 1) / 1.5);
	const placeDf = new Map<string, number>();
	for (const story of stories) for (const place of new Set(story.places)) placeDf.set(place, (placeDf.get(place) ?? 0) + 1);

	const scored: Scored[] = [];
	for (const item of items) {
		const text = item.lines.join('');
		const pairs = [...bigrams(text)].filter((p) => df.has(p));
		const seen = pairs.reduce((sum, p) => sum + idf(p), 0);
		const places = new Set(options.placesIn(`${item.unit ?? ''}|${text}`));
		const run = runs[item.run];
		stories.forEach((story, s) => {
			const shared = pairs.filter((p) => storyPairs[s]!.has(p)).reduce((sum, p) => sum + idf(p), 0);
			let score = seen > 0 ? (shared / seen) * Math.min(1, shared / enough) : 0;
			if (item.unit) {
				if (story.text.includes(item.unit)) score += WEIGHTS.unitExact;
				else if (unitStem(item.unit).length >= 2 && story.text.includes(unitStem(item.unit))) score += WEIGHTS.unitStem;
			}
			// A place counts as much as it is particular to this story (西安市 is in several).
			for (const place of places) if (story.places.includes(place)) score += WEIGHTS.place / placeDf.get(place)!;
			if (run?.before === s) score += WEIGHTS.before;
			if (run?.after === s) score += WEIGHTS.after;
			scored.push({ item, story: s, score });
		});
	}
	return scored;
}

/** A story's headline as printed: kicker above, title (one line or several), subtitle below. */
export interface Headline {
	kicker?: string;
	title: string[];
	subtitle?: string;
	unit?: string;
	/** The weakest score among its items; low means "check this". */
	score: number;
	/** How it was matched, for the report: `printed` above its story (web, Word), else matched. */
	how: 'content' | 'position' | 'printed';
	items: HeadlineItem[];
}

/**
 * Kicker, title and subtitle of a group of items that belong to one story. The title is the
 * item with most lines (a two-line headline), else the shortest (a kicker is the longer
 * explanatory line); items above it are the kicker, below it the subtitle (—— dropped).
 */
export function headlineOf(items: HeadlineItem[], score: number, how: Headline['how']): Headline {
	const sorted = [...items].sort((a, b) => a.run - b.run || a.position - b.position);
	let main = 0;
	sorted.forEach((item, i) => {
		const best = sorted[main]!;
		const width = (it: HeadlineItem) => it.lines.reduce((w, l) => w + displayWidth(l), 0);
		if (SUBTITLE_DASH.test(item.lines[0]!)) return;
		if (SUBTITLE_DASH.test(best.lines[0]!) || item.lines.length > best.lines.length || (item.lines.length === best.lines.length && width(item) < width(best))) main = i;
	});
	const above = sorted.slice(0, main).map((i) => i.lines.join(' '));
	const below = sorted.slice(main + 1).map((i) => i.lines.join(' ').replace(/^[—-]+\s*/, ''));
	const unit = sorted.find((i) => i.unit)?.unit;
	return {
		...(above.length ? { kicker: above.join(' ') } : {}),
		title: sorted[main]!.lines,
		...(below.length ? { subtitle: below.join(' ') } : {}),
		...(unit ? { unit } : {}),
		score,
		how,
		items: sorted,
	};
}

export interface Assignment {
	/** Story index → its headline. */
	headlines: Map<number, Headline>;
	/** Items that fit no story. */
	unassigned: HeadlineItem[];
}

/** Gives headlines to stories; see the file comment for the rules. */
export function assignHeadlines(runs: HeadlineRun[], stories: StoryProfile[], options: ScoreOptions & { known(text: string): boolean }): Assignment {
	const items = runs.flatMap((run, r) => runItems(run, r, options.known));
	const scored = scoreItems(items, runs, stories, options).sort((a, b) => b.score - a.score || a.item.line - b.item.line);
	const groups = new Map<number, { items: HeadlineItem[]; score: number; how: Headline['how'] }>();
	const taken = new Set<HeadlineItem>();
	const adjacent = (a: HeadlineItem, group: HeadlineItem[]) => group.some((g) => g.run === a.run && Math.abs(g.position - a.position) === 1);

	// Best pairs first. An item joins a story that already has a headline only next to it (it
	// is then a kicker or subtitle); starting over after each step lets a line become adjacent
	// once its neighbour has joined.
	let changed = true;
	while (changed) {
		changed = false;
		for (const { item, story, score } of scored) {
			if (taken.has(item) || score < WEIGHTS.threshold) continue;
			const group = groups.get(story);
			if (group && !adjacent(item, group.items)) continue;
			if (group) {
				group.items.push(item);
				group.score = Math.min(group.score, score);
			} else groups.set(story, { items: [item], score, how: 'content' });
			taken.add(item);
			changed = true;
			break;
		}
	}

	// By position: a run that is one headline (one item) and matched nothing goes to the story
	// printed just before it (or, at the top of the page, just after it) if that has none.
	// A very short line is a column title (基层动态, 工会论坛), not a headline: never by position.
	runs.forEach((run, r) => {
		const own = items.filter((i) => i.run === r);
		if (own.length !== 1 || taken.has(own[0]!)) return;
		if (!own[0]!.unit && displayWidth(own[0]!.lines.join('')) < COLUMN_TITLE_MAX) return;
		const story = run.before ?? run.after;
		if (story === undefined || groups.has(story)) return;
		groups.set(story, { items: own, score: 0, how: 'position' });
		taken.add(own[0]!);
	});

	const headlines = new Map<number, Headline>();
	for (const [story, group] of groups) headlines.set(story, headlineOf(group.items, group.score, group.how));
	return { headlines, unassigned: items.filter((i) => !taken.has(i)) };
}
