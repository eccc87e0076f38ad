/**
 * Builds the sample site (the repository's own content/) once for all build and browser tests,
 * into a temp folder: tests read it with `inject('sampleDist')`.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, repoRoot } from './helpers/site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		sampleDist: string;
	}
}

export default function setup(project: TestProject) {
	const build = buildSite({ content: join(repoRoot, 'content') });
	if (build.status !== 0) throw new Error(`sample site build failed:\n${build.stderr}\n${build.stdout}`);
	project.provide('sampleDist', build.outDir);
	return () => rmSync(dirname(build.outDir), { recursive: true, force: true });
}
