/**
 * Word → one piece: a correspondent's `.docx`, converted with mammoth (which reads the
 * document's structure, not its looks) and read like a manuscript:
 * - the paragraphs before the first body paragraph are the headline (a Heading/Title paragraph
 *   is the 主题; lines above it the 引题, below it or opening with —— the 副题);
 * - a byline paragraph under it (本报记者 刘强 通讯员 贺婷, 文／刘强) or a dateline in the lead;
 * - a short paragraph that is all bold, or a heading, between body paragraphs is a subhead;
 * - images are returned to be written beside the draft; the caption paragraph after an image
 *   (图为…, …摄) becomes its alt text and its credit the photographers;
 * - tables are kept as tables; signatures and attributions at the end as in the other forms.
 */
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { formatPeople } from '../authors.ts';
import { extractTrailingCredit, isCaptionText, isSignatureLine, parseCreditLine, startsWithByline } from './bylines.ts';
import { cleanHeadlineText, displayWidth, endsSentence } from './lines.ts';
import type { DraftBlock, PieceDraft } from './types.ts';
import { parseHeadBlock } from './web.ts';

export interface DocxImage {
	/** Name relative to the draft's stem: `1.png` is written as `<stem>-1.png`. */
	file: string;
	contentType: string;
	data: Uint8Array;
}

export interface DocxRead {
	piece: PieceDraft;
	images: DocxImage[];
	/** What mammoth could not carry over (unknown styles, unsupported content). */
	warnings: string[];
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg' };

interface Para {
	tag: string;
	text: string;
	bold: boolean;
	image?: { src: string; alt?: string };
	rows?: string[][];
}

const isShort = (text: string) => displayWidth(text) <= 36 && !/[。；！？]./u.test(text) && !endsSentence(text) && !/[。，；：]$/.test(text);

export async function readDocx(buffer: Uint8Array): Promise<DocxRead> {
	const images: DocxImage[] = [];
	const result = await mammoth.convertToHtml(
		{ buffer: Buffer.from(buffer) },
		{
			convertImage: mammoth.images.imgElement(async (image) => {
				const data = new Uint8Array(await image.readAsArrayBuffer());
				const file = `${images.length + 1}.${EXTENSIONS[image.contentType] ?? 'bin'}`;
				images.push({ file, contentType: image.contentType, data });
				return { src: file };
			}),
		},
	);
	const $ = cheerio.load(result.value);
	const paras: Para[] = [];
	$('body')
		.children()
		.each((_, el) => {
			const node = $(el);
			const tag = el.tagName.toLowerCase();
			if (tag === 'table') {
				const rows = node
					.find('tr')
					.toArray()
					.map((tr) =>
						$(tr)
							.children('td,th')
							.toArray()
							.map((td) => $(td).text().replace(/\s+/g, ' ').trim()),
					);
				paras.push({ tag, text: '', bold: false, rows });
				return;
			}
			const items = tag === 'ul' || tag === 'ol' ? node.children('li').toArray().map((li) => $(li)) : [node];
			for (const item of items) {
				item.find('img').each((_, img) => {
					paras.push({ tag: 'img', text: '', bold: false, image: { src: $(img).attr('src') ?? '', ...($(img).attr('alt') ? { alt: $(img).attr('alt')! } : {}) } });
				});
				const text = item.text().replace(/[\s\u3000]+/g, ' ').trim();
				if (!text) continue;
				const strong = item.find('strong').text().replace(/[\s\u3000]+/g, ' ').trim();
				paras.push({ tag, text, bold: strong === text });
			}
		});

	// The headline: paragraphs before the first body paragraph, byline, or dateline.
	let i = 0;
	const head: Para[] = [];
	let credit: string | undefined;
	while (i < paras.length) {
		const p = paras[i]!;
		if (p.image || p.rows) break;
		if (head.length && !credit && parseCreditLine(p.text) && !startsWithByline(p.text)) {
			credit = p.text;
			i++;
			continue;
		}
		if (credit || startsWithByline(p.text) || !(isShort(p.text) || /^h\d$/.test(p.tag))) break;
		head.push(p);
		i++;
	}
	const headingAt = head.findIndex((p) => /^h1$/.test(p.tag));
	let parsed = parseHeadBlock(head.map((p) => p.text));
	if (headingAt >= 0 && head.length > 1) {
		const kicker = head.slice(0, headingAt).map((p) => p.text).join(' ');
		const subtitle = head.slice(headingAt + 1).map((p) => p.text.replace(/^\s*(?:——|—|--)\s*/, '')).join(' ');
		parsed = {
			headline: {
				...(kicker ? { kicker: cleanHeadlineText(kicker) } : {}),
				title: [cleanHeadlineText(head[headingAt]!.text)],
				...(subtitle ? { subtitle: cleanHeadlineText(subtitle) } : {}),
				score: 1,
				how: 'printed',
				items: [],
			},
		};
	}

	const blocks: DraftBlock[] = [];
	let signature: string | undefined;
	for (; i < paras.length; i++) {
		const p = paras[i]!;
		const line = i + 1;
		if (p.rows) {
			blocks.push({ kind: 'table', rows: p.rows, line });
			continue;
		}
		if (p.image) {
			// The caption printed under the picture, if there is one, becomes its alt text.
			const next = paras[i + 1];
			let alt = p.image.alt;
			if (next && !next.image && !next.rows && isCaptionText(next.text)) {
				const taken = extractTrailingCredit(next.text);
				alt = taken ? taken.rest : next.text;
				if (taken?.credit.photographers.length) signature = [signature, `□${formatPeople(taken.credit.photographers)} 摄`].filter(Boolean).join('\n');
				i++;
			}
			blocks.push({ kind: 'image', file: p.image.src, ...(alt ? { alt } : {}), line });
			continue;
		}
		const hasBody = blocks.some((b) => b.kind === 'paragraph');
		if (hasBody && parseCreditLine(p.text) && isSignatureLine(p.text)) {
			signature = [signature, p.text].filter(Boolean).join('\n');
			continue;
		}
		if (hasBody && ((p.bold && isShort(p.text)) || /^h[2-6]$/.test(p.tag)) && i < paras.length - 1) {
			blocks.push({ kind: 'subhead', lines: [cleanHeadlineText(p.text)], line });
			continue;
		}
		blocks.push({ kind: 'paragraph', text: p.text, line });
	}
	const { headline, label } = parsed;
	const piece: PieceDraft = {
		blocks,
		...(signature ? { signature } : {}),
		...(credit ? { credit } : {}),
		photo: false,
		start: 'file',
		firstLine: 1,
		lastLine: paras.length,
		...(headline ? { headline } : {}),
		...(label ? { label } : {}),
	};
	return { piece, images, warnings: result.messages.map((m) => m.message) };
}
