import { z } from 'zod';
import { readText } from './files';
import { ContentError, type ContentProblem } from './problems';

/**
 * The permalink contract: every page URL and anchor once published keeps resolving.
 * Paths are relative to the base path (`zhongguancun/`), so one lock file serves every deployment.
 */
export interface PermalinkLock {
	pages: Record<string, string[]>;
}

export const lockFile = 'permalinks.lock.json';

/** The command that starts a new lock on purpose, as every message about a lost lock says. */
export const newLockCommand = 'npm run permalinks:lock -- --new';

const howToRecreate = `restore it from version control (git checkout -- ${lockFile}); only to start a new lock on purpose, forgetting every address published so far, run \`${newLockCommand}\``;

const lockSchema = z.object({ pages: z.record(z.string(), z.array(z.string())) }).strict();

/** A merge-conflict marker at the start of a line. */
const conflictMarker = /^(?:<{7}|={7}|>{7}|\|{7})(?: |$)/m;

/**
 * The permalink lock of the project at `root`. A lock that is missing, unreadable, left with merge-conflict
 * markers or not in the lock's shape stops the build with one problem that says how to get it back: without
 * it, the build cannot tell a published address that disappears from one that never was.
 */
export function readLock(root: string): PermalinkLock {
	return readLockFile(root).lock;
}

/** The lock of `readLock` with the line of each page in the file, for messages about a page that disappears. */
export function readLockFile(root: string): { lock: PermalinkLock; lineOf(path: string): number | undefined } {
	const refuse = (problem: Omit<ContentProblem, 'file'>): never => {
		throw new ContentError([{ file: lockFile, ...problem }]);
	};
	let text: string;
	try {
		text = readText(root, lockFile);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		const p = error.problems[0]!;
		const missing = /cannot be read/.test(p.message);
		return refuse({ ...(p.line ? { line: p.line } : {}), message: `${missing ? 'is missing, so the build cannot tell which published addresses would break' : p.message}; ${howToRecreate}` });
	}
	const conflict = conflictMarker.exec(text);
	if (conflict) {
		const line = text.slice(0, conflict.index).split('\n').length;
		return refuse({ line, message: `holds merge-conflict markers (${conflict[0].trim()}); keep every address from both sides (a lock only grows), remove the markers, and build again; or ${howToRecreate}` });
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		// The parser says where when it knows (`Expected ',' … in JSON at position 13 (line 4 column 1)`).
		const at = /^(.*?) in JSON at position (\d+)/.exec((error as Error).message);
		const line = at ? text.slice(0, Number(at[2])).split('\n').length : undefined;
		return refuse({ ...(line ? { line } : {}), message: `is not valid JSON${at ? ` (${at[1]})` : ''}; ${howToRecreate}` });
	}
	const result = lockSchema.safeParse(parsed);
	if (!result.success) return refuse({ message: `must hold {"pages": {"path/": ["anchor", …]}}; ${howToRecreate}` });
	const lines = text.split('\n');
	return {
		lock: result.data,
		lineOf: (path) => {
			const at = lines.findIndex((l) => l.includes(`${JSON.stringify(path)}:`));
			return at < 0 ? undefined : at + 1;
		},
	};
}
