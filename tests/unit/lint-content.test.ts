import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, lintText } from '../../src/lib/lint/index.ts';
import { siteConfig } from '../../src/site.config.ts';

const articles = join(import.meta.dirname, '../../content/articles');
const files = globSync('**/*.{md,mdx}', { cwd: articles }).sort();

describe('npm run lint:content over content/', () => {
	it('has articles to check', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it('finds no copy problems in the repository’s articles', () => {
		const report = files.flatMap((entry) =>
			lintText(readFileSync(join(articles, entry), 'utf8'), { houseStyle: siteConfig.houseStyle, mdx: entry.endsWith('.mdx') }).map((p) =>
				formatProblem(`content/articles/${entry}`, p),
			),
		);
		// The report itself is the failure message: file:line:col and what to change.
		expect(report).toEqual([]);
	});
});
