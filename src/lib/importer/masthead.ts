/**
 * Page furniture that is not an article: the page header (第5版：职工生活), the masthead a front page prints (报名, its Latin
 * transliteration, 2024年5月1日 星期三, 第1234期, 今日8版, 国内统一刊号) and the editors' credits
 * at the foot of a page (本版责任编辑 张华). Both forms of page text skip them.
 */

const PRINTED_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/** `2024年3月5日` → `2024-03-05`. */
export function printedDate(text: string): string | undefined {
	const d = PRINTED_DATE.exec(text);
	return d ? `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}` : undefined;
}

/** `第5版：职工生活`, `第05版 要闻`, `2024年3月5日 星期二 第5版：职工生活`. */
const PAGE_HEADER = /第\s*0?(\d{1,2})\s*版\s*[：:]?\s*([\p{Script=Han}]{2,10})/u;

/** The page header as a web edition or a PDF prints it, with the date if the same line has it. */
export function parseWebHeader(text: string): { page: number; column: string; date?: string } | undefined {
	const m = PAGE_HEADER.exec(text);
	if (!m) return undefined;
	const date = printedDate(text);
	return { page: Number(m[1]), column: m[2]!, ...(date ? { date } : {}) };
}

/** A masthead line: a dated line with the weekday, issue numbers, 刊号, or Latin letters only. */
export function isMastheadLine(text: string): boolean {
	const t = text.trim();
	if (!t || /[。，]/.test(t)) return false;
	if (PRINTED_DATE.test(t) && /星期|周[一二三四五六日天]|农历|报|第\s*\d+\s*期/.test(t)) return true;
	if (/今日\s*\d+\s*版|第\s*\d+\s*期|总第\s*\d+|国内统一刊号|CN\s*\d{2}-\d{4}|邮发代号/.test(t)) return true;
	return /^[A-Z][A-Z\s'.&-]{5,}$/.test(t);
}

/** The paper's name on a line of its own (关中工人报, 陕西工人报): only next to a masthead line. */
export function isPaperName(text: string): boolean {
	return /^[\p{Script=Han}]{2,8}(?:报|工运|周刊)$/u.test(text.trim());
}

/** 本版责任编辑 张华, 责任编辑：张华, 美术编辑 李四, 校对 王五: credits for the page, not a byline. */
export function isPageCredit(text: string): boolean {
	return /^(?:本版)?(?:责任编辑|责编|美术编辑|美编|校对|版式设计|组版)\s*[：:]?\s*\S/.test(text.trim());
}

/**
 * The masthead lines at the top of a page, as 0-based indexes into `lines`, and the date they
 * print. The paper's name counts only when a masthead line is right beside it.
 */
export function mastheadAt(lines: readonly string[]): { indexes: number[]; date?: string } {
	const indexes: number[] = [];
	let date: string | undefined;
	for (let i = 0; i < lines.length && i < 12; i++) {
		const t = lines[i]!.trim();
		if (!t) continue;
		const near = (k: number) => lines[k] !== undefined && isMastheadLine(lines[k]!);
		// 2024年3月5日 星期二 第3版 工运纵横: the page header, which the reader of each form takes.
		if (parseWebHeader(t) && !/[。，]/.test(t)) {
			date ??= printedDate(t);
			continue;
		}
		if (isMastheadLine(t) || (isPaperName(t) && (near(i + 1) || near(i - 1) || near(i + 2)))) {
			indexes.push(i);
			date ??= printedDate(t);
			continue;
		}
		break;
	}
	return { indexes, ...(date ? { date } : {}) };
}

/**
 * What a 数字报 web page puts around an article, copied along with it: 上一篇 下一篇 返回目录,
 * 【字体：大 中 小】 打印本页, 上一期 下一期, 分享到. Every word on the line must be such a word.
 */
export function isPageChrome(text: string): boolean {
	const words = text.trim().replace(/[【】\[\]|｜]/g, ' ').split(/[\s　]+/).filter(Boolean);
	const CHROME = /^(?:上一篇|下一篇|上一期|下一期|上一版|下一版|返回目录|返回首页|返回|打印本页|打印|关闭|关闭窗口|分享到[：:]?|字体[：:]?|字号[：:]?|大|中|小|放大|缩小|默认|字体[：:]大|浏览次数[：:]?\d*|PDF版|版面导航|本版标题导航)$/;
	return words.length > 0 && words.every((w) => CHROME.test(w));
}
