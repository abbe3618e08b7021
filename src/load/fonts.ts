import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * Font files cut down to the characters of `text` (HarfBuzz's subsetter), written once to `cacheDir` under a
 * name drawn from the font's bytes and the text, and reused by later builds; resolves to the cut files' paths.
 * A smaller face is quicker for resvg to load for every picture. The cut fonts are a build-time cache, never
 * published: only the pictures drawn with them are.
 */
export async function subsetFontFiles(files: string[], text: string, cacheDir: string): Promise<string[]> {
	return Promise.all(
		files.map(async (file) => {
			const source = readFileSync(file);
			const key = createHash('sha256').update(source).update('\0').update(text).digest('hex').slice(0, 16);
			const out = join(cacheDir, `${key}-${basename(file)}`);
			if (existsSync(out)) return out;
			const cut = await subsetFont(source, text, { targetFormat: 'truetype' });
			mkdirSync(cacheDir, { recursive: true });
			// Written under a temporary name and renamed, so a concurrent build never reads half a file.
			const partial = `${out}.${process.pid}.partial`;
			writeFileSync(partial, cut);
			renameSync(partial, out);
			return out;
		}),
	);
}

/**
 * A font file cut to the characters of `text` as WOFF2, for the browser to download: what a page declares
 * with @font-face. Same font and text, same bytes (HarfBuzz's subsetter and Brotli have no clock or seed).
 */
export async function webFontSubset(file: string, text: string): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await subsetFont(readFileSync(file), text, { targetFormat: 'woff2' }));
}
