/** File-system helpers shared by the editor commands (the pure logic lives in src/lib). */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../lib/validate.ts';

/** Every article under `<contentDir>/articles`, sorted, with paths an editor recognises. */
export function collectArticleSources(contentDir: string, displayRoot: string): SourceFile[] {
	const base = join(contentDir, 'articles');
	return globSync('**/*.{md,mdx}', { cwd: base })
		.sort()
		.map((entry) => {
			const abs = join(base, entry);
			return { file: relative(displayRoot, abs), entry, source: readFileSync(abs, 'utf8') };
		});
}
