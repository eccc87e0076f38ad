/**
 * Process priority, for work that must not slow the build down: the search index begun during
 * page generation (src/integrations/search/warmer.ts) and the deletion of old folders
 * (src/cli/publish.ts). Where the system does not allow it, the process keeps its priority.
 */
import { setPriority } from 'node:os';

/** Sets a process's nice value (0 normal, 19 lowest) where this user may (raising it back needs privileges): else leaves it. */
export function renice(pid: number, nice: number): void {
	try {
		setPriority(pid, nice);
	} catch {
		// Not allowed here: it keeps the priority it has.
	}
}
