/**
 * Bylines as the paper prints them: a dateline at the start of a story (本报讯（王山功）,
 * 本报讯（记者 刘强）, 据《工人日报》) and a signature at its end (□何应洋, □韩江 曹文琦,
 * □王辉 摄). Values come out the way the schema stores them and `byline()` prints them back:
 * `source` 本报讯 or 据《工人日报》, authors with their role (记者 刘强).
 */

/** Roles printed before a name; the longest first so 本报记者 is not read as 本报 + 记者. */
export const ROLES = ['特约通讯员', '本报记者', '实习记者', '特约记者', '见习记者', '通讯员', '记者'] as const;

/** The signature mark. The export keeps it as U+25A1; ■ and ◻ turn up from other systems. */
const MARK = '[□■◻]';

export interface LeadByline {
	source: string;
	authors: string[];
	/** The text after the byline, the story itself. */
	rest: string;
}

export interface Credit {
	authors: string[];
	photographers: string[];
}

/**
 * Names inside a byline, each with the role printed before it: `记者 刘强 王五` →
 * [记者 刘强, 王五] (the role is printed once and kept once, so the byline reads as printed);
 * `通讯员 张三 记者 李四` → [通讯员 张三, 记者 李四]; `记者刘强` → [记者 刘强].
 */
export function splitNames(inner: string): string[] {
	const names: string[] = [];
	let role = '';
	for (const token of inner.split(/[\s、，,；;]+/).filter(Boolean)) {
		const prefix = ROLES.find((r) => token.startsWith(r));
		if (prefix && token === prefix) {
			role = prefix;
			continue;
		}
		const [ownRole, name] = prefix ? [prefix, token.slice(prefix.length)] : [role, token];
		names.push(ownRole ? `${ownRole} ${name}` : name);
		role = '';
	}
	return names;
}

const BENBAO = /^本报讯\s*(?:[（(]([^（()）]*)[）)])?\s*/;
// 据《工人日报》 as a dateline, not the start of a sentence (据《工人日报》报道，…).
const REPRINT = /^据\s*《([^《》]+)》\s*(?!报道|消息|称|介绍|刊文|披露)/;
const AGENCY = /^((?:新华社|中新社)[^（()）。，]{0,16}?电)\s*(?:[（(]([^（()）]*)[）)])?\s*/;

/** The dateline a story opens with, or `undefined` when it opens with its own words. */
export function extractLeadByline(text: string): LeadByline | undefined {
	const trimmed = text.trim();
	let m = BENBAO.exec(trimmed);
	if (m) return { source: '本报讯', authors: m[1] ? splitNames(m[1]) : [], rest: trimmed.slice(m[0].length) };
	m = REPRINT.exec(trimmed);
	if (m) return { source: `据《${m[1]!.trim()}》`, authors: [], rest: trimmed.slice(m[0].length) };
	m = AGENCY.exec(trimmed);
	if (m) return { source: m[1]!.replace(/\s+/g, ''), authors: m[2] ? splitNames(m[2]) : [], rest: trimmed.slice(m[0].length) };
	return undefined;
}

/** Whether a line opens a story with a dateline: it always starts a new paragraph (and piece). */
export function startsWithByline(text: string): boolean {
	return extractLeadByline(text) !== undefined;
}

/**
 * A signature line on its own: `□韩江 曹文琦` (authors), `□王辉 摄` (photographers).
 * `undefined` when the line is not one.
 */
export function parseSignature(line: string): Credit | undefined {
	const m = new RegExp(`^${MARK}\\s*(\\S.{0,30}?)\\s*$`, 'u').exec(line.trim());
	if (!m) return undefined;
	const body = m[1]!;
	// A signature is names, not a sentence.
	if (/[。，！？：；“”]/.test(body)) return undefined;
	const photo = /^(.*?)\s*摄(?:影)?$/.exec(body);
	if (photo) return { authors: [], photographers: splitNames(photo[1]!) };
	return { authors: splitNames(body), photographers: [] };
}

export function isSignatureLine(line: string): boolean {
	return parseSignature(line) !== undefined;
}

/**
 * A credit run into the last paragraph, as photo captions print it: `…慰问品。 □王辉 摄`.
 * Also a trailing `（据《工人日报》）`. Returns the credit and the text without it.
 */
export function extractTrailingCredit(text: string): { credit: Credit; source?: string; rest: string } | undefined {
	const trimmed = text.trim();
	const mark = new RegExp(`\\s*${MARK}\\s*([^□■◻。，！？]{1,30})$`, 'u').exec(trimmed);
	if (mark && mark.index > 0) {
		const credit = parseSignature(`□${mark[1]}`);
		if (credit) return { credit, rest: trimmed.slice(0, mark.index).trim() };
	}
	const reprint = /\s*[（(]据\s*《([^《》]+)》[）)]$/.exec(trimmed);
	if (reprint) return { credit: { authors: [], photographers: [] }, source: `据《${reprint[1]!.trim()}》`, rest: trimmed.slice(0, reprint.index).trim() };
	return undefined;
}
