import { describe, expect, it } from 'vitest';
import { keepEntries } from '../../src/integrations/keep-entries.ts';

/** Astro's scoped store, as far as a loader sees it; counts what would mark the store changed. */
function fakeContext(initial: Record<string, { data: Record<string, unknown>; digest: string }>) {
	const entries = new Map(Object.entries(initial).map(([id, e]) => [id, { id, ...e }]));
	const changes: string[] = [];
	const store = {
		get: (id: string) => entries.get(id),
		keys: () => [...entries.keys()],
		set: (e: { id: string; data: Record<string, unknown>; digest?: string }) => {
			changes.push(`set ${e.id}`);
			entries.set(e.id, { id: e.id, data: e.data, digest: e.digest ?? '' });
			return true;
		},
		delete: (id: string) => {
			changes.push(`delete ${id}`);
			entries.delete(id);
		},
	};
	const context = {
		store,
		generateDigest: (data: Record<string, unknown> | string) => JSON.stringify(data),
		parseData: async ({ data }: { id: string; data: Record<string, unknown> }) => ({ ...data, parsed: true }),
	};
	return { context: context as unknown as Parameters<typeof keepEntries>[0], entries, changes };
}

describe('keepEntries', () => {
	it('touches nothing when nothing changed, so Astro does not write its store again', async () => {
		const { context, changes } = fakeContext({ a: { data: { name: '甲', parsed: true }, digest: JSON.stringify({ name: '甲' }) } });
		await keepEntries(context, [{ id: 'a', data: { name: '甲' } }], { parse: true });
		expect(changes).toEqual([]);
	});

	it('sets what is new or changed (parsed by the schema) and deletes what is gone', async () => {
		const { context, entries, changes } = fakeContext({
			a: { data: { name: '甲' }, digest: JSON.stringify({ name: '甲' }) },
			b: { data: { name: '乙' }, digest: JSON.stringify({ name: '乙' }) },
		});
		await keepEntries(context, [{ id: 'a', data: { name: '甲二' } }, { id: 'c', data: { name: '丙' } }], { parse: true });
		expect(changes).toEqual(['set a', 'set c', 'delete b']);
		expect(entries.get('c')?.data).toEqual({ name: '丙', parsed: true });
		await keepEntries(context, [{ id: 'c', data: { name: '丙' } }, { id: 'a', data: { name: '甲二' } }], { parse: false });
		expect(changes).toHaveLength(3);
	});
});
