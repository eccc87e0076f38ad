/**
 * Chinese word segmentation with the runtime's own dictionary (ICU via `Intl.Segmenter`), the
 * same segmenter Pagefind uses for queries: one instance per process, created once.
 */
const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Every segment of the text, words and the punctuation and spaces between them. */
export function segments(text: string): Intl.SegmentData[] {
	return [...wordSegmenter.segment(text)];
}

/** All pieces of the text in order (joined, they give the text back). */
export function words(text: string): string[] {
	return segments(text).map((s) => s.segment);
}

/** Only the word-like pieces (no punctuation or spaces). */
export function wordLike(text: string): string[] {
	return segments(text)
		.filter((s) => s.isWordLike)
		.map((s) => s.segment);
}
