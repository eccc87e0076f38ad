/**
 * The sample site (built once by tests/global-setup.ts) served on loopback with a browser, for a
 * browser test file: `const site = useSampleSite();` then `site.browser`, `site.origin`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch, serve } from './browser.ts';

export interface SampleSite {
	browser: Browser;
	/** `http://127.0.0.1:<port>` */
	origin: string;
}

export function useSampleSite(): SampleSite {
	const site = {} as SampleSite;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		site.browser = await launch();
		const server = await serve(inject('sampleDist'));
		site.origin = server.origin;
		close = server.close;
	});
	afterAll(async () => {
		await close?.();
		await site.browser?.close();
	});
	return site;
}
