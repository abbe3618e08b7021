import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { processShared } from './shared';

/**
 * Font files cut down to the characters of `text` (HarfBuzz's subsetter), written once to `cacheDir` under a
 * name drawn from the font's bytes and the text, and reused by later builds; resolves to the cut files' paths.
 * A smaller face is quicker for resvg to load for every picture. The cut fonts are a build-time cache, never
 * published: only the pictures drawn with them are.
 */
export async function subsetFontFiles(files: string[], text: string, cacheDir: string): Promise<string[]> {
	const outs = files.map((file) => join(cacheDir, `${createHash('sha256').update(readFileSync(file)).update('\0').update(text).digest('hex').slice(0, 16)}-${basename(file)}`));
	const missing = files.filter((_, i) => !existsSync(outs[i]!));
	if (missing.length) {
		const cuts = await cutFonts(missing.map((file) => ({ file, text, format: 'truetype' })));
		mkdirSync(cacheDir, { recursive: true });
		missing.forEach((file, i) => {
			const out = outs[files.indexOf(file)]!;
			// Written under a temporary name and renamed, so a concurrent build never reads half a file.
			const partial = `${out}.${process.pid}.partial`;
			writeFileSync(partial, cuts[i]!);
			renameSync(partial, out);
		});
	}
	return outs;
}

/**
 * A font file cut to the characters of `text` as WOFF2, for the browser to download: what a page declares
 * with @font-face. Same font and text, same bytes (HarfBuzz's subsetter and Brotli have no clock or seed).
 */
export async function webFontSubset(file: string, text: string): Promise<Uint8Array<ArrayBuffer>> {
	const [cut] = await cutFonts([{ file, text, format: 'woff2' }]);
	return cut!;
}

type Cut = { file: string; text: string; format: 'truetype' | 'woff2' };

// Cuts already asked for, by what decides their bytes: the build's check starts them early and the pages read them.
const started = processShared('font-cuts', () => new Map<string, Promise<Uint8Array<ArrayBuffer>[]>>());
// Read from the project root: this module may run from a bundled chunk elsewhere.
const worker = join(process.cwd(), 'src', 'load', 'font-worker.mjs');

/** Cuts fonts on a worker thread (src/load/font-worker.mjs), once per set of cuts a process asks for. */
function cutFonts(cuts: Cut[]): Promise<Uint8Array<ArrayBuffer>[]> {
	const key = JSON.stringify(cuts);
	let pending = started.get(key);
	if (!pending) {
		pending = new Promise((resolve, reject) => {
			const thread = new Worker(worker, { workerData: cuts });
			let result: Uint8Array<ArrayBuffer>[] | undefined;
			thread.once('message', (bytes: Uint8Array<ArrayBuffer>[]) => (result = bytes));
			thread.once('error', reject);
			thread.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the font worker stopped (exit ${code}) before it cut ${cuts.map((c) => basename(c.file)).join(', ')}`))));
		});
		started.set(key, pending);
		// A failed cut is not remembered: the next request (in \`astro dev\`, the next page) tries again.
		pending.catch(() => started.delete(key));
	}
	return pending;
}

// Packages are resolved from the project root: this module may run from a bundled chunk elsewhere.
const fromRoot = () => createRequire(join(process.cwd(), 'package.json'));

/** The folder of an installed package: the nearest folder above its entry point whose package.json names it. */
function packageFolder(pkg: string): string {
	for (let dir = dirname(fromRoot().resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
		const manifest = join(dir, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return dir;
	}
	throw new Error(`cannot find the folder of the package "${pkg}"`);
}

/** A font file of an npm font package (`@embedpdf/fonts-sc`, `NotoSansHans-Regular.otf`), from its fonts/ folder. */
export const packageFont = (pkg: string, file: string) => join(packageFolder(pkg), 'fonts', file);

/** "name@version" of an installed package: for a file name that must change when the package's output may. */
export const packageVersion = (pkg: string) => `${pkg}@${(JSON.parse(readFileSync(join(packageFolder(pkg), 'package.json'), 'utf8')) as { version: string }).version}`;
