import { createHash } from 'node:crypto';
import { cachedBytes } from '../cache/disk';
import { packageFont, packageVersion, webFontSubset } from '../load/fonts';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from './urls';

/**
 * Han characters (the URO, its extensions and the compatibility ideographs), CJK radicals and symbols,
 * CJK punctuation and fullwidth forms: what a reader's system may have no glyph for, and the web font draws.
 */
export function isChinese(codePoint: number): boolean {
	return (codePoint >= 0x2e80 && codePoint <= 0x9fff) || (codePoint >= 0xf900 && codePoint <= 0xfaff) || (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || (codePoint >= 0xff00 && codePoint <= 0xffef) || (codePoint >= 0x20000 && codePoint <= 0x3ffff);
}

/** The Chinese code points of a text, in order and without repeats. */
export function chineseCodePoints(text: string): number[] {
	const found = new Set<number>();
	for (const c of text) {
		const cp = c.codePointAt(0)!;
		if (isChinese(cp)) found.add(cp);
	}
	return [...found].sort((a, b) => a - b);
}

/**
 * Every Chinese character the site prints, read from the report model, which every page is drawn from:
 * every string it holds (section texts, titles, captions, tables, chart labels such as the map's names,
 * references, errata, the glossary), and the Chinese name of each place a section's <Zh> tag names.
 * Walking all of it, rather than a list of fields, means a new field with Chinese in it cannot be missed.
 * The raw data sets are left out: what a page shows of them is already in the figures and the glossary,
 * and the gazetteer also lists organisations no page names in Chinese.
 */
export function modelChineseCodePoints(model: ReportModel): number[] {
	const found = new Set<number>();
	const seen = new WeakSet<object>();
	const add = (text: string) => chineseCodePoints(text).forEach((cp) => found.add(cp));
	const walk = (value: unknown): void => {
		if (typeof value === 'string') return add(value);
		if (value === null || typeof value !== 'object' || seen.has(value)) return;
		seen.add(value);
		if (value instanceof Map) for (const [k, v] of value) (walk(k), walk(v));
		else if (value instanceof Set || Array.isArray(value)) for (const v of value) walk(v);
		else {
			const tag = value as { name?: unknown; attributes?: { id?: unknown } };
			if (tag.name === 'Zh' && typeof tag.attributes?.id === 'string') add(model.place(tag.attributes.id).chinese);
			for (const [key, v] of Object.entries(value)) if (!(value === model && key === 'data')) walk(v);
		}
	};
	walk(model);
	return [...found].sort((a, b) => a - b);
}

/** Code points as a CSS unicode-range: runs of consecutive points joined (U+6237,U+4E61-4E62). */
export function unicodeRange(codePoints: number[]): string {
	const hex = (cp: number) => cp.toString(16).toUpperCase();
	const runs: string[] = [];
	for (let i = 0; i < codePoints.length; ) {
		let j = i;
		while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j] + 1) j++;
		runs.push(i === j ? `U+${hex(codePoints[i])}` : `U+${hex(codePoints[i])}-${hex(codePoints[j])}`);
		i = j + 1;
	}
	return runs.join(',');
}

/** The web font for Chinese names: Noto Sans Hans (the face the figure pictures draw Chinese with), cut to the site's characters. */
export interface ChineseWebFont {
	/** The family name pages declare and ask for. */
	family: string;
	/** The file's path under the base: `fonts/noto-sans-hans-<hash>.woff2`. */
	path: string;
	codePoints: number[];
}

export const chineseFamily = 'Report Noto Sans Hans';

/** The font file in its npm package and the versions that decide the cut's bytes. */
function sourceFont(): { file: string; versions: string } {
	return {
		file: packageFont('@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'),
		versions: ['@embedpdf/fonts-sc', 'subset-font', 'harfbuzzjs'].map(packageVersion).join(' '),
	};
}

/**
 * The report's Chinese web font: which characters, and the file's name. The name is a hash of what decides
 * the bytes (the characters, the font package and the subsetter's versions), so pages can name the file
 * before it is cut, and a reader's cached copy is never stale. None when the report has no Chinese.
 */
export function chineseWebFont(model: ReportModel): ChineseWebFont | undefined {
	if (!fonts.has(model)) fonts.set(model, cut(model));
	return fonts.get(model);
}

const fonts = new WeakMap<ReportModel, ChineseWebFont | undefined>();

function cut(model: ReportModel): ChineseWebFont | undefined {
	const codePoints = modelChineseCodePoints(model);
	if (codePoints.length === 0) return undefined;
	const hash = createHash('sha256').update(sourceFont().versions).update('\0').update(String.fromCodePoint(...codePoints)).digest('hex').slice(0, 12);
	return { family: chineseFamily, path: `fonts/noto-sans-hans-${hash}.woff2`, codePoints };
}

/**
 * The font file's bytes: Noto Sans Hans Regular cut to the font's characters, as WOFF2. Kept on disk between
 * builds (the cut takes HarfBuzz and Brotli about a second): the file's name already digests what decides its
 * bytes, and the cache's key adds the code version.
 */
export function chineseWebFontBytes(font: ChineseWebFont): Promise<Uint8Array<ArrayBuffer>> {
	return cachedBytes('zh-font', font.path, () => webFontSubset(sourceFont().file, String.fromCodePoint(...font.codePoints)));
}

/**
 * The Chinese web font on one page, given the HTML the page draws. A page that shows Chinese carries the font
 * itself (a data: URL: the cut holds only the report's few dozen characters, about 10 KB) in its @font-face, and
 * preloads that same URL: the browser then holds the first paint the moment it takes to decode it (a preloaded
 * font), so the page's Chinese is drawn in it from the first paint, on a machine with no CJK font too, however
 * slow the network, and nothing is swapped in later to move a line (a layout shift). (Without the preload
 * Chromium decodes the data: URL after the first layout and rewraps the lines: a shift of 0.12 on a phone.
 * The repeated URL costs next to nothing compressed: it stands within gzip's and Brotli's window.) Any other
 * page names the font's file, which the browser fetches only if Chinese appears on it later (a search result):
 * with `font-display: block` that text stays invisible while the font arrives (up to three seconds) rather
 * than showing boxes, and is then drawn in it. None when the report has no Chinese.
 */
export async function chineseFontFace(model: ReportModel, urls: SiteUrls, html: string): Promise<{ face: string; preload?: string } | undefined> {
	const font = chineseWebFont(model);
	if (!font) return undefined;
	const points = new Set(font.codePoints);
	const shows = chineseCodePoints(html).some((cp) => points.has(cp));
	const url = shows ? `data:font/woff2;base64,${await inlined(font)}` : urls.page(font.path);
	const face = `@font-face{font-family:${cssString(font.family)};src:url(${cssString(url)}) format("woff2");unicode-range:${unicodeRange(font.codePoints)};font-display:block}`;
	return shows ? { face, preload: url } : { face };
}

/** The font's bytes as base64, once per cut. */
const base64 = new Map<string, Promise<string>>();
const inlined = (font: ChineseWebFont) => {
	if (!base64.has(font.path)) base64.set(font.path, chineseWebFontBytes(font).then((bytes) => Buffer.from(bytes).toString('base64')));
	return base64.get(font.path)!;
};

/**
 * A CSS string literal: quotes and backslashes escaped; control characters, and `<`, `>` and `&` (the CSS sits in a
 * <style> element: a title holding "</style>" must not end it), as hex escapes.
 */
export const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/[\u0000-\u001f\u007f<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
