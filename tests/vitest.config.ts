import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		environment: 'node',
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				// Fixture builds and the browser run one at a time: they share .astro/ and two cores.
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					fileParallelism: false,
					globalSetup: ['tests/global-setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
					// expect.poll gives up after 1 s by default: on a loaded two-core machine a search in
					// Chromium took longer (a CI run failed so). Polls end as soon as they pass.
					expect: { poll: { timeout: 15_000 } },
				},
			},
		],
	},
});
