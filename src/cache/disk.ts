import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Work kept on disk between builds, keyed by a digest of everything it is computed from: its inputs, and the
 * code and packages that compute it. A warm build reads the pictures, the citations and the chart layouts it
 * drew last time instead of drawing them again; a changed input, a changed line of code or an upgraded package
 * gives another key, so a stale result is never read. The folder sits in Astro's cache folder
 * (node_modules/.astro), so a clean build, which drops that, drops ours too.
 */
interface CacheState {
	/** Where the entries are, a folder a kind. */
	dir: string;
	/** The project root: whose code and lock file are part of every key. */
	root: string;
	code?: string;
	/** Entries read or written since the build started, by path: the ones a finished build keeps. */
	used: Set<string>;
}

const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('report-site.disk-cache')] ??= {
	dir: join(process.cwd(), 'node_modules', '.astro', 'report-cache'),
	root: process.cwd(),
	used: new Set<string>(),
}) as CacheState;

/** Where the cache lives: `<Astro's cacheDir>/report-cache`, for the project at `root`. */
export function useCacheDir(dir: string, root: string): void {
	if (state.dir !== dir || state.root !== root) {
		state.dir = dir;
		state.root = root;
		state.code = undefined;
	}
}

/** Files whose every byte is part of every key: all of src/ and the configuration and lock files. */
function codeFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.push(path);
		}
	};
	walk(join(root, 'src'));
	for (const name of ['package-lock.json', 'astro.config.mjs']) if (existsSync(join(root, name))) out.push(join(root, name));
	return out;
}

/**
 * The version of the code: a digest of the project's sources, its configuration and its lock file (which names
 * every package, font and tool version). Coarse on purpose: any change of code gives every key anew, and only
 * content edits leave work to reuse.
 */
export function codeVersion(): string {
	if (!state.code) {
		const hash = createHash('sha256');
		for (const file of codeFiles(state.root)) hash.update(relative(state.root, file)).update('\0').update(readFileSync(file)).update('\0');
		state.code = hash.digest('base64url').slice(0, 16);
	}
	return state.code;
}

/** The path of an entry: its kind's folder, then the digest of its inputs and of the code. */
function entryPath(kind: string, inputs: unknown, ext: string): string {
	const key = createHash('sha256').update(codeVersion()).update('\0').update(JSON.stringify(inputs)).digest('base64url').slice(0, 32);
	return join(state.dir, kind, `${key}.${ext}`);
}

/** Writes under a temporary name and renames, so a concurrent reader never sees half a file. */
function writeEntry(path: string, body: string | Uint8Array): void {
	mkdirSync(join(path, '..'), { recursive: true });
	const partial = `${path}.${process.pid}.partial`;
	writeFileSync(partial, body);
	renameSync(partial, path);
}

function readEntry(path: string): Buffer | undefined {
	try {
		return readFileSync(path);
	} catch {
		return undefined;
	}
}

/** A JSON-serialisable result of `compute` for these inputs, from the disk when an earlier build computed it. */
export function cachedJson<T>(kind: string, inputs: unknown, compute: () => T): T {
	const path = entryPath(kind, inputs, 'json');
	state.used.add(path);
	const kept = readEntry(path);
	if (kept) return JSON.parse(kept.toString('utf8')) as T;
	const value = compute();
	writeEntry(path, JSON.stringify(value));
	return value;
}

/** Bytes (a picture, a font) made by `compute` for these inputs, from the disk when an earlier build made them. */
export async function cachedBytes(kind: string, inputs: unknown, compute: () => Promise<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
	const path = entryPath(kind, inputs, 'bin');
	state.used.add(path);
	const kept = readEntry(path);
	if (kept) return Uint8Array.from(kept);
	const value = await compute();
	writeEntry(path, value);
	return Uint8Array.from(value);
}

/** Starts a build's record of the entries it uses. */
export function startCacheUse(): void {
	state.used.clear();
}

/**
 * Removes the entries the build that just finished did not use, so the cache holds one build's work, not every
 * version ever drawn. Only the kinds this build used are swept: a kind it did not reach is left alone.
 */
export function pruneUnused(): { kept: number; removed: number } {
	let kept = 0;
	let removed = 0;
	const kinds = new Set([...state.used].map((path) => relative(state.dir, join(path, '..'))));
	for (const kind of kinds) {
		const dir = join(state.dir, kind);
		for (const name of existsSync(dir) ? readdirSync(dir) : []) {
			const path = join(dir, name);
			if (state.used.has(path)) kept++;
			else {
				rmSync(path, { force: true });
				removed++;
			}
		}
	}
	return { kept, removed };
}
