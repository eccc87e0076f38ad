import { describe, expect, it } from 'vitest';
import { heapFlag } from '../../src/cli/bin.ts';

const GiB = 2 ** 30;

describe('heap for Astro commands', () => {
	it('gives a big archive three quarters of the memory when the default heap is smaller', () => {
		expect(heapFlag({ execArgv: [], env: {}, totalBytes: 24 * GiB, limitBytes: 4.19 * GiB })).toBe('--max-old-space-size=18432');
	});
	it('leaves a heap the user set, the child it started, and a small machine alone', () => {
		expect(heapFlag({ execArgv: ['--max-old-space-size=2048'], env: {}, totalBytes: 24 * GiB, limitBytes: 2 * GiB })).toBeUndefined();
		expect(heapFlag({ execArgv: [], env: { NODE_OPTIONS: '--max-old-space-size=8000' }, totalBytes: 24 * GiB, limitBytes: 8 * GiB })).toBeUndefined();
		expect(heapFlag({ execArgv: [], env: { GONGYUN_HEAP_SET: '1' }, totalBytes: 24 * GiB, limitBytes: 4 * GiB })).toBeUndefined();
		expect(heapFlag({ execArgv: [], env: {}, totalBytes: 2.5 * GiB, limitBytes: 2.1 * GiB })).toBeUndefined();
	});
});
