/**
 * 体裁 guessed from what the page shows; the editor confirms it. The order matters: a photo
 * credit decides first, then subheads (a feature), then the signs of an opinion piece.
 */
import type { Genre } from '../schemas/article.ts';

export interface GenreFacts {
	/** Printed source (本报讯, 据《…》), if any. */
	source?: string;
	/** Whether the authors came from a □ signature rather than a dateline. */
	signed: boolean;
	photographers: readonly unknown[];
	/** Number of subheads inside the story. */
	subheads: number;
	/** Body text, clean. */
	text: string;
	/** The headline, when there is one: an opinion piece often says its point there (不能重建轻管). */
	headline?: string;
	/** Images in the piece (Word): their captions credit photographers without making it a caption. */
	images?: number;
	/** The reader found it to be a photo caption (图为…, or a caption frame). */
	photo?: boolean;
}

export interface GenreGuess {
	genre: Genre;
	/** Why, in a few Chinese words, for the report. */
	reason: string;
}

/** Markers of an argument laid out point by point, or of the writer's own opinion. */
const ARGUMENT = /其一|其二|其三|首先[^。]*其次|笔者(认为|以为)|我们(要|应|必须)|试想|试问|岂能|何尝/g;
/** Modal words an opinion piece leans on. */
const MODAL = /应当|必须|需要|要始终|不能|理应|务必/g;

/** A headline that argues: 要, 不能, 莫让, 别让, 应… */
const HEADLINE_OPINION = /要|不能|不可|莫让|别让|应当|应该|须|岂能|何妨|莫把|莫当|不是|不只|更要/g;

/** Long enough to be a feature when it also has subheads (a short story with one subhead is not). */
const FEATURE_LENGTH = 1200;
/** A photo caption is a few sentences. */
const CAPTION_LENGTH = 300;

/**
 * The genre a column label declares: 短评, 时评, 工会论坛, 言论 → 评论; 图片新闻, 图说, 镜头 →
 * 图片新闻; 人物, 身边榜样, 劳模风采 → 人物. A label that says nothing of the genre (聚焦一线) → undefined.
 */
export function genreOfLabel(label: string): Genre | undefined {
	if (/评|论坛|言论|观点|声音|杂谈|漫谈|随笔|热议|观察/.test(label)) return '评论';
	if (/图片|图说|图闻|镜头|影像|摄影/.test(label)) return '图片新闻';
	if (/人物|榜样|风采|劳模|工匠|身边人|先锋/.test(label)) return '人物';
	return undefined;
}

export function guessGenre(facts: GenreFacts): GenreGuess {
	const length = [...facts.text].length;
	// A caption has no subheads: a short story with pictures and subheads is still a feature.
	const captionOnly = facts.photo || (facts.photographers.length > 0 && !facts.images);
	if (captionOnly && length <= CAPTION_LENGTH && facts.subheads === 0) return { genre: '图片新闻', reason: '图片说明（图为…／某某 摄）' };
	if (facts.subheads >= 2 || (facts.subheads === 1 && length >= FEATURE_LENGTH)) return { genre: '通讯', reason: `长文，有 ${facts.subheads} 个小标题` };
	if (facts.signed && !facts.source) {
		const argument = facts.text.match(ARGUMENT)?.length ?? 0;
		const modal = facts.text.match(MODAL)?.length ?? 0;
		const headModal = facts.headline?.match(HEADLINE_OPINION)?.length ?? 0;
		if (argument >= 1 || modal >= 3 || (headModal >= 1 && modal >= 1)) return { genre: '评论', reason: '□署名、无电头、议论文字（其一/其二、应当/必须…）' };
		// 我 outside quotes: the writer speaks of themself, as in an essay (副刊 prose), not a report.
		const own = facts.text.replace(/“[^”]*”/g, '').match(/我(?!们)/g)?.length ?? 0;
		if (own >= 2) return { genre: '其他', reason: '署名、无电头、第一人称（散文、随笔）' };
	}
	return { genre: '消息', reason: facts.source ? `有电头“${facts.source}”` : '默认' };
}
