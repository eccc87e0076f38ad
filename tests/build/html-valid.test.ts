import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

describe('sample site HTML', () => {
	it('passes the Nu Html Checker on every page', () => {
		const dist = inject('sampleDist');
		const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
			.map((f) => join(dist, f));
		expect(pages.length).toBeGreaterThan(20);
		const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'text', ...pages], { encoding: 'utf8' });
		if (run.error) throw new Error(`cannot run java for vnu.jar (apt-get install default-jre-headless): ${run.error.message}`);
		const report = `${run.stderr}${run.stdout}`.trim();
		// vnu exits 1 and lists `file:…: error: …` lines when a page is invalid.
		expect(report).toBe('Document checking completed. No errors found.');
		expect(run.status).toBe(0);
	});
});
