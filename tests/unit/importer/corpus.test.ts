/**
 * The corpus (tests/fixtures/import, the sample page, generated Word manuscripts) at 100%:
 * every piece in its own draft and every field as its answer key says. `npm run import:report`
 * prints the same scores as a table.
 */
import { describe, expect, it } from 'vitest';
import { corpus, scorePage } from '../../import/corpus.ts';

const pages = corpus();

describe('import corpus', () => {
	it('has at least eight page texts of different papers and forms, plus Word manuscripts', () => {
		const texts = pages.filter((p) => p.key.form !== 'docx' && p.name !== 'seed');
		expect(texts.length).toBeGreaterThanOrEqual(8);
		expect(new Set(texts.map((p) => p.key.paper)).size).toBe(texts.length);
		expect(new Set(texts.map((p) => p.key.form))).toEqual(new Set(['layout', 'web']));
		expect(pages.filter((p) => p.key.form === 'docx').length).toBeGreaterThanOrEqual(2);
	});

	for (const page of pages) {
		it(`${page.name}: form detected, every piece split exactly, every field right`, async () => {
			const score = scorePage(page, await page.run());
			expect(score.detected).toBe(page.key.form);
			expect(score.pageRight).toBe(true);
			expect(score.extra).toBe(0);
			expect(score.pieces.flatMap((p, i) => p.misses.map((m) => `#${i + 1} ${m}`))).toEqual([]);
		});
	}
});
