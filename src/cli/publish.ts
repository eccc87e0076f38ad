/**
 * Crash-safe publishing. The output folder (`dist/`) is a symbolic link to one complete build
 * in a versions folder beside it (`.dist.versions/<id>/`); a new build is finished in full in a
 * staging folder inside the checkout (Astro 7 writes its prerender chunks into the output
 * folder, and they import packages from node_modules, so they must run inside the checkout),
 * then moved into the versions folder and published with ONE rename of a new link over the old
 * one (rename(2) replaces a link atomically). `kill -9` at any instant leaves either the old
 * site or the new one at `dist/`; the next build removes what a killed one left behind. The
 * version replaced is deleted by a background process, so the command ends when the site is live.
 *
 * One build at a time per checkout (they share `.astro/` and the staging folder): a lock file
 * holds the builder's pid; a second build waits for it, a lock of a dead process is taken over.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { lockTimeout } from '../lib/messages.ts';
import { shardListPages } from '../lib/search/shards.ts';
import { renice } from './priority.ts';

/** Where builds are staged and the lock lives (ignored by git and tsconfig). */
export function workDir(root: string): string {
	return join(root, '.build-tmp');
}

/** Where caches that are thrown away wait for their background deletion (beside them: one file system). */
export function trashDir(root: string): string {
	return join(workDir(root), 'trash');
}

function alive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Takes the checkout's build lock, waiting while another live build holds it. Returns the
 * function that releases it (also released when the process exits).
 */
export async function acquireBuildLock(root: string, options: { timeoutMs?: number; onWait?: (pid: number) => void } = {}): Promise<() => void> {
	const dir = workDir(root);
	mkdirSync(dir, { recursive: true });
	const lock = join(dir, 'build.lock');
	const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
	let told = false;
	for (;;) {
		try {
			writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let holder = NaN;
		try {
			holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
		} catch {
			// Released between our two calls: try again.
			continue;
		}
		if (!alive(holder) || holder === process.pid) {
			rmSync(lock, { force: true });
			continue;
		}
		if (!told) options.onWait?.(holder);
		told = true;
		if (Date.now() > deadline) throw new LockTimeout(holder);
		await sleep(250);
	}
	const release = () => {
		try {
			if (Number.parseInt(readFileSync(lock, 'utf8'), 10) === process.pid) rmSync(lock, { force: true });
		} catch {
			// Already gone.
		}
	};
	process.once('exit', release);
	return release;
}

export class LockTimeout extends Error {
	readonly holder: number;
	constructor(holder: number) {
		super(lockTimeout(holder));
		this.holder = holder;
	}
}

/** Folder holding the complete builds behind `out` (a sibling, so the final rename stays on one file system). */
export function versionsDir(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}.versions`);
}

/**
 * The staging folder inside the checkout, emptied of whatever a killed build left. Its path is
 * the same for every build (the lock allows one build per checkout): Astro hashes its whole
 * config, `outDir` included, and clears its content cache when that hash changes, so a path
 * that changed per build made every build a cold one. Call with the lock held.
 */
export function freshStaging(root: string): string {
	const dir = workDir(root);
	resumeDiscards(trashDir(root));
	// `stage` now; `stage-<pid>` is what builds before the fixed path left behind.
	discard(
		(existsSync(dir) ? readdirSync(dir) : []).filter((name) => name === 'stage' || name.startsWith('stage-')).map((name) => join(dir, name)),
		join(trashDir(root), trashName()),
	);
	const staging = join(dir, 'stage');
	mkdirSync(staging, { recursive: true });
	return join(staging, 'dist');
}

/** Moves a folder, copying when it has to cross file systems. */
function move(from: string, to: string) {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true, verbatimSymlinks: true });
		rmSync(from, { recursive: true, force: true });
	}
}

/** The version folder `out` points at now, if it is one of ours. */
function currentVersion(outDir: string): string | undefined {
	try {
		if (!lstatSync(outDir).isSymbolicLink()) return undefined;
		return resolve(dirname(outDir), readlinkSync(outDir));
	} catch {
		return undefined;
	}
}

/**
 * Publishes a finished build: moves it into the versions folder, points `out` at it with one
 * atomic rename, then has older versions and leftovers deleted. Call with the lock held.
 */
export function publish(finished: string, outDir: string): void {
	const versions = versionsDir(outDir);
	mkdirSync(versions, { recursive: true });
	const id = `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${process.pid}`;
	const target = join(versions, id);
	move(finished, target);

	// A plain folder from before this scheme (or copied there by hand): keep it as a version, so
	// that the link can replace it. This one-time step has a gap of one rename.
	let legacy: string | undefined;
	if (existsSync(outDir) && !lstatSync(outDir).isSymbolicLink()) {
		legacy = join(versions, `${id}-previous`);
		renameSync(outDir, legacy);
	}
	const link = `${outDir}.link-${process.pid}`;
	rmSync(link, { force: true });
	symlinkSync(relative(dirname(outDir), target), link, 'dir');
	renameSync(link, outDir);
	cleanLeftovers(outDir, target);
}

/** Where versions wait to be deleted: inside the versions folder (one file system, one rename each). */
const TRASH = '.trash-';

/** The versions kept in the versions folder (not the ones waiting to be deleted). */
export function listVersions(outDir: string): string[] {
	const versions = versionsDir(outDir);
	return existsSync(versions) ? readdirSync(versions).filter((name) => !name.startsWith(TRASH)) : [];
}

/**
 * Deletes a trash folder in a detached process: a version is a whole site (tens of thousands
 * of files for a big archive, seconds to delete), and nothing waits for it once the new one is
 * live. Should the process not start, or die, the next build's cleanup tries again.
 */
function deleteInBackground(trash: string) {
	try {
		const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', trash], { detached: true, stdio: 'ignore' });
		child.on('error', () => rmSync(trash, { recursive: true, force: true }));
		// At the lowest priority: a full build empties its cache as it starts (2.5 s of CPU for a
		// 10,000-piece archive), and the build needs both cores more than the disk needs the space.
		if (child.pid) renice(child.pid, 19);
		child.unref();
	} catch {
		rmSync(trash, { recursive: true, force: true });
	}
}

/**
 * Removes every version but `keep`, and the temporary folders and links of killed builds: moved
 * into a trash folder at once (a rename each), deleted in the background.
 */
export function cleanLeftovers(outDir: string, keep = currentVersion(outDir)): void {
	const versions = versionsDir(outDir);
	const parent = dirname(outDir);
	const base = basename(outDir);
	const doomed: string[] = [];
	resumeDiscards(versions);
	for (const name of existsSync(versions) ? readdirSync(versions) : []) {
		const path = join(versions, name);
		if (!name.startsWith(TRASH) && path !== keep) doomed.push(path);
	}
	for (const name of existsSync(parent) ? readdirSync(parent) : []) {
		// Our own temporary links, and the folders the old two-rename swap left behind.
		if (name.startsWith(`${base}.link-`) || name.startsWith(`${base}.building-`) || name.startsWith(`${base}.previous-`)) doomed.push(join(parent, name));
	}
	discard(doomed, join(versions, trashName()));
}

/** A new trash folder's name: unique per process and moment. */
export const trashName = () => `${TRASH}${process.pid}-${Date.now()}`;

/**
 * Deletes folders without waiting for it: each is moved (one rename, so it must be on the same
 * file system as `trash`) into the new folder `trash`, which a background process deletes.
 */
export function discard(paths: readonly string[], trash: string): void {
	const present = paths.filter((path) => existsSync(path));
	if (!present.length) return;
	mkdirSync(trash, { recursive: true });
	present.forEach((path, i) => {
		try {
			renameSync(path, join(trash, `${i}-${basename(path)}`));
		} catch {
			rmSync(path, { recursive: true, force: true });
		}
	});
	deleteInBackground(trash);
}

/** Trash folders under `dir` that an earlier background deletion did not finish: deleted again. */
export function resumeDiscards(dir: string): void {
	for (const name of existsSync(dir) ? readdirSync(dir) : []) if (name.startsWith(TRASH)) deleteInBackground(join(dir, name));
}

/**
 * How many article pages the published site has (0 when there is none). Its search index's
 * shard list counts them; only a site without a readable one has its folders walked (10,000
 * pieces: 0.9 s of a rebuild, 11,000 folders read one by one).
 */
export function publishedArticleCount(outDir: string): number {
	let pages: number | undefined;
	try {
		pages = shardListPages(readFileSync(join(outDir, 'pagefind', 'shards.json'), 'utf8'));
	} catch {
		// No index: count the pages.
	}
	if (pages !== undefined) return pages;
	const dir = join(outDir, 'articles');
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => basename(f) === 'index.html').length;
}
