/**
 * A frontmatter mistake stops `npm run build` before Astro runs, names the file, the wrong
 * value and the fix, and leaves the previous output exactly as it was.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCommand } from '../helpers/cli.ts';

const root = join(import.meta.dirname, '../..');
const sample = '2022/0209-03-ziyang-kuaidi.md';

describe('npm run build with a broken article', () => {
	it('fails with the file, the typo and the suggestion, and leaves dist/ untouched', () => {
		const tmp = mkdtempSync(join(tmpdir(), 'build-errors-'));
		const articles = join(tmp, 'content/articles/2022');
		mkdirSync(articles, { recursive: true });
		const target = join(tmp, 'content/articles', sample);
		copyFileSync(join(root, 'content/articles', sample), target);
		const source = readFileSync(target, 'utf8');
		expect(source).toContain('counties: [紫阳县]');
		writeFileSync(target, source.replace('counties: [紫阳县]', 'counties: [紫杨县]'));

		const dist = join(tmp, 'dist');
		mkdirSync(dist);
		const published = '<!doctype html><title>已发布的网站</title>\n';
		writeFileSync(join(dist, 'index.html'), published);

		const started = Date.now();
		const run = spawnCommand('build', ['--content', join(tmp, 'content'), '--out', dist]);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('0209-03-ziyang-kuaidi.md:8');
		expect(run.stderr).toContain('紫杨县');
		expect(run.stderr).toMatch(/最接近的有：紫阳县/);
		expect(run.stderr).toContain('构建失败 (build failed)');
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(published);
		// The check runs before Astro: seconds, not a build.
		expect(Date.now() - started).toBeLessThan(30_000);
	});
});
