import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { promises } from 'node:fs';
import { readFile as importedReadFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentSync } from '../../src/integrations/sync-reads.ts';

const root = mkdtempSync(join(tmpdir(), 'gongyun-sync-reads-'));
const content = join(root, 'content');
const article = join(content, 'articles', '2024', 'a.md');
const outside = join(root, 'outside.txt');
mkdirSync(join(content, 'articles', '2024'), { recursive: true });
writeFileSync(article, '---\ntitle: 紫阳县\n---\n正文');
writeFileSync(outside, 'outside');

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

describe('readContentSync (a build reads its content files at once)', () => {
	it('answers a read of a content file at once, by path or file URL, with the same text or bytes', async () => {
		const node = promises.readFile;
		stops.push(readContentSync(content));
		expect(promises.readFile).not.toBe(node);
		expect(await promises.readFile(pathToFileURL(article), 'utf-8')).toBe('---\ntitle: 紫阳县\n---\n正文');
		expect(await promises.readFile(article, { encoding: 'utf8' })).toBe('---\ntitle: 紫阳县\n---\n正文');
		expect(Buffer.isBuffer(await promises.readFile(article))).toBe(true);
		// Read when asked, not on a later turn: a write right after the call does not change what it gives.
		const pending = promises.readFile(article, 'utf8');
		writeFileSync(article, 'changed');
		try {
			expect(await pending).toBe('---\ntitle: 紫阳县\n---\n正文');
		} finally {
			writeFileSync(article, '---\ntitle: 紫阳县\n---\n正文');
		}
	});

	it('rejects as Node does: a missing file is ENOENT, a folder EISDIR', async () => {
		stops.push(readContentSync(content));
		await expect(promises.readFile(join(content, 'articles', 'gone.md'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
		await expect(promises.readFile(join(content, 'articles'), 'utf8')).rejects.toMatchObject({ code: 'EISDIR' });
	});

	it('leaves every other read to Node: outside the folder, with an AbortSignal', async () => {
		stops.push(readContentSync(content));
		expect(await promises.readFile(outside, 'utf8')).toBe('outside');
		const aborted = AbortSignal.abort();
		await expect(promises.readFile(article, { encoding: 'utf8', signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
		// A sibling whose name starts like the folder is not inside it.
		writeFileSync(`${content}-other.txt`, 'x');
		expect(await promises.readFile(`${content}-other.txt`, 'utf8')).toBe('x');
	});

	it('puts Node’s readFile back when stopped', () => {
		const node = promises.readFile;
		const stop = readContentSync(content);
		stop();
		expect(promises.readFile).toBe(node);
		expect(importedReadFile).toBe(node);
	});
});
