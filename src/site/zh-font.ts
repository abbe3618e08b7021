import { createHash } from 'node:crypto';
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

/** The font file's bytes: Noto Sans Hans Regular cut to the font's characters, as WOFF2. */
export function chineseWebFontBytes(font: ChineseWebFont): Promise<Uint8Array<ArrayBuffer>> {
	return webFontSubset(sourceFont().file, String.fromCodePoint(...font.codePoints));
}

/**
 * The font's address, to preload on a page that shows Chinese, and whether a page's HTML does. With
 * `font-display: optional` the preloaded font is used when it arrives within the first paint and never
 * swapped in later: a swap rewraps the lines that hold Chinese and moves the text below them (a layout
 * shift). A page that missed it (a slow first visit) shows the system's Chinese font, or none, and the
 * next page has the font from the cache.
 */
export function chineseFontPreload(model: ReportModel, urls: SiteUrls): { href: string; usedIn(html: string): boolean } | undefined {
	const font = chineseWebFont(model);
	if (!font) return undefined;
	const points = new Set(font.codePoints);
	return { href: urls.page(font.path), usedIn: (html) => chineseCodePoints(html).some((cp) => points.has(cp)) };
}

/**
 * A CSS string literal: quotes and backslashes escaped; control characters, and `<`, `>` and `&` (the CSS sits in a
 * <style> element: a title holding "</style>" must not end it), as hex escapes.
 */
export const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/[\u0000-\u001f\u007f<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * The rules no static stylesheet can hold, written from the model for every page's <head>: the Chinese
 * font's @font-face (its hashed file under the base path, scoped by unicode-range to the characters it has,
 * so a page without Chinese never downloads it), and the running head of printed pages, the report's
 * title (CSS can put only a literal string or a counter in a page margin, not a custom property).
 */
export function generatedStyle(model: ReportModel, urls: SiteUrls): { css: string; hash: string } {
	const font = chineseWebFont(model);
	const rules = [
		...(font ? [`@font-face{font-family:${cssString(font.family)};src:url(${cssString(urls.page(font.path))}) format("woff2");unicode-range:${unicodeRange(font.codePoints)};font-display:optional}`] : []),
		`@page{@top-center{content:${cssString(model.meta.title)}}}`,
	];
	const css = rules.join('\n');
	return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}
