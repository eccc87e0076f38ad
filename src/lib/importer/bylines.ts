/**
 * Bylines and credits as union papers print them, wherever they appear in a piece:
 * - datelines at the start: 本报讯（王山功）, 本报西安讯（记者 刘强）, 新华社北京3月2日电（记者 X）,
 *   据新华社电, 据《工人日报》, 据中工网报道，…, 来源：工人日报;
 * - a byline line of its own under the headline: 本报记者 刘强 通讯员 贺婷, 文／刘强, ■本报记者 刘强;
 * - at the end: （本报记者 X 通讯员 Y）, （据《工人日报》）, （来源：中工网）, a unit （X县总工会）;
 * - signatures □X, □ X, ■X, 文／X, and photo credits □X 摄, 本报记者 X 摄, X／摄, （X 摄）.
 * People come out as `{ name, role }` (src/lib/authors.ts); sources as printed, without brackets.
 */
import { leadingRole, parsePeople, type Person } from '../authors.ts';

export { parsePeople } from '../authors.ts';

/** Signature marks: □ as most layout systems export it; ■ ◻ ◆ from others. */
const MARK = '[□■◻◆]';

export interface LeadByline {
	source?: string;
	authors: Person[];
	/** The text after the byline, the story itself. */
	rest: string;
}

export interface Credit {
	authors: Person[];
	photographers: Person[];
}

/**
 * A personal name: two or three Han characters, four when the surname is a double one (欧阳,
 * 司马…), or a name with a middle dot (阿卜杜·热合曼). Four plain characters are far more often
 * a phrase (聚焦一线, 工会论坛) than a name.
 */
const NAME = /^(?:\p{Script=Han}{2,3}|(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|长孙|宇文|夏侯|端木|公孙|申屠|司徒|轩辕|呼延|澹台|南宫)\p{Script=Han}{1,2}|\p{Script=Han}{1,8}[·•]\p{Script=Han}{1,8})$/u;

export function isName(text: string): boolean {
	return NAME.test(text);
}

/**
 * People in a credit, or `undefined` when the text is not one: every token must be a role or
 * a name, so that （2021年） or （下转第2版） is never read as people.
 */
export function peopleOf(text: string): Person[] | undefined {
	const inner = text.trim();
	if (!inner || /[。，！？：；“”《》0-9]/.test(inner)) return undefined;
	const people = parsePeople(inner);
	if (!people.length || !people.every((p) => isName(p.name))) return undefined;
	return people;
}

const OPEN = '[（(]';
const CLOSE = '[）)]';
/** 本报讯, 本报西安讯, 本报北京3月2日讯: the paper's own dateline. */
const BENBAO = new RegExp(`^(本报[^（()）\\s，。“”]{0,12}?讯)\\s*(?:${OPEN}([^（()）]*)${CLOSE})?[\\s　]*`, 'u');
/** 新华社北京3月2日电（记者 X）, 据新华社电, 中新社西安电. */
const AGENCY = new RegExp(`^((?:据)?(?:新华社|中新社|人民网|中工网|工人日报)[^（()）。，“”]{0,16}?电)\\s*(?:${OPEN}([^（()）]*)${CLOSE})?[\\s　]*`, 'u');
/** 据《工人日报》 as a dateline; 据《工人日报》报道， and 据中工网报道， likewise name the source. */
// A paper, not a law: 据《工会法》规定 is a sentence.
const REPRINT = /^(据\s*《[^《》]+(?:报|刊|网|志|周刊|新闻)》(?:报道|消息)?)[，,\s　]*/u;
const REPORTED = /^(据[^，。《》“”\s]{2,12}?(?:报道|消息))[，,\s　]*/u;
/** 来源：工人日报 at the start of a piece. */
const FROM = /^[（(]?(来源[：:]\s*[^）)\s，。]{2,20})[）)]?[\s　]*/u;

/** The dateline a story opens with, or `undefined` when it opens with its own words. */
export function extractLeadByline(text: string): LeadByline | undefined {
	const trimmed = text.trim();
	let m = BENBAO.exec(trimmed) ?? AGENCY.exec(trimmed);
	if (m) {
		// （记者 刘强 报道）: the 报道 says what they did, it is no name.
		const inner = m[2]?.replace(/\s*报道$/, '');
		const people = inner ? peopleOf(inner) : [];
		// 本报讯（2月7日） or brackets that are no byline: leave them in the text.
		if (m[2] && !people) return { source: m[1]!, authors: [], rest: trimmed.slice(m[1]!.length).trim() };
		const rest = trimmed.slice(m[0].length);
		// 本报讯 记者刘强报道：… — the byline without brackets, closed by 报道.
		const reported = !m[2] ? /^([^，。：:“”（()）]{2,30}?)\s*报道[：:，,]\s*/u.exec(rest) : null;
		const reporters = reported ? peopleOf(reported[1]!) : undefined;
		if (reported && reporters?.some((p) => p.role)) return { source: m[1]!.replace(/\s+/g, ''), authors: reporters, rest: rest.slice(reported[0].length) };
		return { source: m[1]!.replace(/\s+/g, ''), authors: people ?? [], rest };
	}
	m = REPRINT.exec(trimmed) ?? REPORTED.exec(trimmed);
	if (m) return { source: m[1]!.replace(/\s+/g, ''), authors: [], rest: trimmed.slice(m[0].length) };
	m = FROM.exec(trimmed);
	if (m && m[0].length < trimmed.length) return { source: m[1]!.replace(/\s+/g, '').replace(':', '：'), authors: [], rest: trimmed.slice(m[0].length) };
	return undefined;
}

/** Whether a line opens a story with a dateline: it always starts a new paragraph (and piece). */
export function startsWithByline(text: string): boolean {
	const lead = extractLeadByline(text);
	return lead !== undefined && lead.rest !== '';
}

/** `王辉 摄`, `王辉／摄`, `本报记者 王辉 摄影`: the photographers, or `undefined`. */
function photoCredit(body: string): Person[] | undefined {
	const m = /^(.*?)\s*[／/]?\s*摄(?:影)?$/u.exec(body.trim());
	return m ? peopleOf(m[1]!) : undefined;
}

/**
 * A credit line on its own: `□韩江 曹文琦`, `■王辉`, `文／刘强`, `文/刘强 图/王辉`,
 * `本报记者 刘强 通讯员 贺婷`, `□王辉 摄`, `王辉／摄`. `undefined` when the line is not one.
 */
export function parseCreditLine(line: string): Credit | undefined {
	let body = line.trim().replace(/[　]/g, ' ');
	const marked = new RegExp(`^${MARK}\\s*`, 'u').exec(body);
	if (marked) body = body.slice(marked[0].length);
	if (!body || body.length > 40) return undefined;
	// 文／刘强 图／王辉, 文·图／刘强, 文：刘强 摄影：王辉, 作者：刘强.
	const parts = /^(?:文|撰文|作者)\s*[·•]?\s*(图)?\s*[／/：:]\s*(.+?)(?:\s+(?:图|摄影)\s*[／/：:]\s*(.+))?$/u.exec(body);
	if (parts) {
		const authors = peopleOf(parts[2]!);
		const photos = parts[3] ? peopleOf(parts[3]) : parts[1] ? authors : [];
		if (authors && photos) return { authors, photographers: photos };
		return undefined;
	}
	const photographers = photoCredit(body);
	if (photographers) return { authors: [], photographers };
	const authors = peopleOf(body);
	if (!authors) return undefined;
	// Without a mark, a bare line is a byline only when it says who by a role (本报记者 刘强):
	// a lone short line with no role is more likely a headline or a subhead.
	if (!marked && !authors.some((p) => p.role)) return undefined;
	return { authors, photographers: [] };
}

/** Backwards-compatible name: a signature line (□韩江 曹文琦, □王辉 摄). */
export const parseSignature = parseCreditLine;

/** Whether a line is a credit line that closes a piece: it must carry a mark (□■) or 文／. */
export function isSignatureLine(line: string): boolean {
	const t = line.trim();
	return new RegExp(`^(${MARK}|(?:文|撰文|作者)\\s*[·•]?\\s*图?\\s*[／/：:])`, 'u').test(t) && parseCreditLine(t) !== undefined;
}

/** Organisation names end like this: a unit attribution or label. */
export const UNIT_SUFFIX = /(总工会|工会|工委|委员会|联合会|协会|有限责任公司|有限公司|分公司|公司|集团|研究院|设计院|医院|学校|大学|学院|中心|管理局|局|厂|矿|站|队|所|处|办|部|院|行|社)$/;

/** `（紫阳县总工会）`, `（长庆油田第五采油厂工会）`: a trailing unit attribution's unit, or `undefined`. */
export function unitOf(text: string): string | undefined {
	// （宝鸡市总工会供稿）: the unit that sent it in.
	const t = text.trim().replace(/\s*(?:供稿|提供|供图)$/, '');
	if (t.length < 3 || t.length > 24 || /[\s，。、“”《》：:]/.test(t)) return undefined;
	return UNIT_SUFFIX.test(t) ? t : undefined;
}

export interface TrailingCredit {
	credit: Credit;
	source?: string;
	unit?: string;
	rest: string;
}

/**
 * What a piece's last paragraph ends with, taken off: `…慰问品。 □王辉 摄`, `…。（本报记者 X
 * 通讯员 Y）`, `…。（据《工人日报》）`, `（来源：中工网）`, `（X县总工会）`, `（王辉 摄）`. Several may
 * follow each other (`…。（通讯员 贺婷）（来源：中工网）`); `undefined` when there is none.
 */
export function extractTrailingCredit(text: string): TrailingCredit | undefined {
	let rest = text.trim();
	const credit: Credit = { authors: [], photographers: [] };
	let source: string | undefined;
	let unit: string | undefined;
	let found = false;
	for (let guard = 0; guard < 4; guard++) {
		const mark = new RegExp(`\\s*${MARK}\\s*([^□■◻◆。，！？]{1,30})$`, 'u').exec(rest);
		if (mark && mark.index > 0) {
			const c = parseCreditLine(`□${mark[1]}`);
			if (c) {
				credit.authors.unshift(...c.authors);
				credit.photographers.unshift(...c.photographers);
				rest = rest.slice(0, mark.index).trim();
				found = true;
				continue;
			}
		}
		// …慰问品。 本报记者 王辉 摄 / 王辉／摄: a photo credit after the last sentence, no mark.
		const bare = /(?<=[。！？”…])[\s　]*([^。！？”…（()）]{2,20}?)\s*[／/]?\s*摄(?:影)?$/u.exec(rest);
		const barePeople = bare ? photoCredit(`${bare[1]} 摄`) : undefined;
		if (bare && barePeople) {
			credit.photographers.unshift(...barePeople);
			rest = rest.slice(0, bare.index).trim();
			found = true;
			continue;
		}
		const bracket = new RegExp(`\\s*${OPEN}([^（()）]{1,40})${CLOSE}$`, 'u').exec(rest);
		// A bracket after the sentence end, or a whole line that is one: not a bracket inside a sentence.
		if (!bracket || !(bracket.index === 0 || /[。！？”…）)]$/.test(rest.slice(0, bracket.index).trim()))) break;
		const inner = bracket[1]!.trim();
		const reprint = /^(?:据\s*)?《([^《》]+)》$|^据\s*(.+)$/.exec(inner);
		const from = /^(?:来源|稿源|转自)[：:]\s*(.+)$/.exec(inner);
		const photo = photoCredit(inner);
		const people = peopleOf(inner);
		const asUnit = unitOf(inner);
		if (from) source ??= `来源：${from[1]!.trim()}`;
		else if (reprint) source ??= reprint[1] ? `据《${reprint[1].trim()}》` : `据${reprint[2]!.trim()}`;
		else if (photo) credit.photographers.unshift(...photo);
		else if (asUnit) unit ??= asUnit;
		else if (people) credit.authors.unshift(...people);
		else break;
		rest = rest.slice(0, bracket.index).trim();
		found = true;
	}
	if (!found) return undefined;
	return { credit, ...(source ? { source } : {}), ...(unit ? { unit } : {}), rest };
}

/** A photo caption opens with 图为 or ends with a photo credit. */
export function isCaptionText(text: string): boolean {
	return /^(?:上|下|左|右|左上|右上|左下|右下)?图为/.test(text.trim()) || (extractTrailingCredit(text)?.credit.photographers.length ?? 0) > 0;
}

/** Back-compat helper for the layout form: role-aware split of a byline's inside. */
export function splitNames(inner: string): Person[] {
	return parsePeople(inner);
}

export { leadingRole };
