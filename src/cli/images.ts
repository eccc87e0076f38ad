/** The build's image inspection: the file must exist inside the content folder and be a real image. */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { sniffImage } from '../lib/hygiene/image.ts';
import type { ImageProblem } from '../lib/validate.ts';

export function imageInspector(contentDir: string): (entry: string, relative: string) => ImageProblem | undefined {
	let realContent: string;
	try {
		realContent = realpathSync(contentDir);
	} catch {
		realContent = resolve(contentDir);
	}
	return (entry, relativePath) => {
		const bare = relativePath.split(/[?#]/)[0]!;
		let decoded = bare;
		try {
			decoded = decodeURI(bare);
		} catch {
			// A stray % is part of the name.
		}
		const path = resolve(contentDir, 'articles', dirname(entry), decoded);
		let real: string;
		try {
			real = realpathSync(path);
		} catch {
			return 'missing';
		}
		if (!real.startsWith(realContent + sep)) return 'outside';
		const stat = statSync(real);
		if (!stat.isFile()) return 'missing';
		if (stat.size === 0) return 'empty';
		const head = Buffer.alloc(1024);
		const fd = openSync(real, 'r');
		try {
			readSync(fd, head, 0, head.length, 0);
		} finally {
			closeSync(fd);
		}
		return sniffImage(head.subarray(0, Math.min(stat.size, head.length))) ? undefined : 'not-image';
	};
}
