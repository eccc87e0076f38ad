import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promises } from 'node:fs';
import { mkdir as importedMkdir, readFile as importedReadFile, writeFile as importedWriteFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentSync, writeOutputSync } from '../../src/integrations/sync-fs.ts';

const root = mkdtempSync(join(tmpdir(), 'gongyun-sync-fs-'));
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

describe('writeOutputSync (a build writes its pages at once)', () => {
	const out = join(root, 'dist');
	mkdirSync(out, { recursive: true });

	it('makes a page\'s folder and file under the output folder when called, as Node would', async () => {
		stops.push(writeOutputSync(out));
		const folder = join(out, 'articles', '2024', 'a');
		const made = promises.mkdir(folder, { recursive: true });
		// Done when asked, not on a later turn.
		expect(existsSync(folder)).toBe(true);
		expect(await made).toBe(join(out, 'articles'));
		expect(await promises.mkdir(pathToFileURL(folder), { recursive: true })).toBeUndefined();
		const written = promises.writeFile(join(folder, 'index.html'), new TextEncoder().encode('<p>紫阳县</p>'));
		expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe('<p>紫阳县</p>');
		expect(await written).toBeUndefined();
		await promises.writeFile(pathToFileURL(join(folder, 'a.txt')), '文字', 'utf8');
		expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe('文字');
	});

	it('rejects as Node does: a file where a folder should be is EEXIST or ENOTDIR, a missing folder ENOENT', async () => {
		stops.push(writeOutputSync(out));
		writeFileSync(join(out, 'file'), 'x');
		await expect(promises.mkdir(join(out, 'file'))).rejects.toMatchObject({ code: 'EEXIST' });
		await expect(promises.mkdir(join(out, 'file', 'sub'), { recursive: true })).rejects.toMatchObject({ code: 'ENOTDIR' });
		await expect(promises.writeFile(join(out, 'missing', 'index.html'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
	});

	it('leaves every other call to Node: outside the folder, with an AbortSignal, data that is not bytes or text', async () => {
		stops.push(writeOutputSync(out));
		const sibling = `${out}-other`;
		await promises.mkdir(sibling, { recursive: true });
		expect(existsSync(sibling)).toBe(true);
		const aborted = AbortSignal.abort();
		await expect(promises.writeFile(join(out, 'aborted.txt'), 'x', { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
		async function* parts() {
			yield '一';
			yield '二';
		}
		await promises.writeFile(join(out, 'parts.txt'), parts());
		expect(readFileSync(join(out, 'parts.txt'), 'utf8')).toBe('一二');
	});

	it('puts Node\'s mkdir and writeFile back when stopped', () => {
		const node = { mkdir: promises.mkdir, writeFile: promises.writeFile };
		writeOutputSync(out)();
		expect(promises.mkdir).toBe(node.mkdir);
		expect(promises.writeFile).toBe(node.writeFile);
		expect(importedMkdir).toBe(node.mkdir);
		expect(importedWriteFile).toBe(node.writeFile);
	});
});
