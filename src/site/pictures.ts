import { renderAsync } from '@resvg/resvg-js';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import { cachedBytes } from '../cache/disk';
import { packageFont, subsetFontFiles } from '../load/fonts';
import { pngWidth } from './figure-paths';
import { chineseCodePoints } from './zh-font';

/**
 * Every character a Latin face must draw: ASCII, Latin-1 and Latin Extended-A/B (pinyin's tone marks), combining
 * accents, general punctuation (dashes, quotes, ellipsis, bullets), the euro sign, arrows, minus and ≤ ≥.
 * A picture with a character outside it and outside Chinese fails the build's unit test (tests/unit).
 */
export const latinCoverage = [
	[0x20, 0x7e],
	[0xa0, 0x24f],
	[0x300, 0x36f],
	[0x2000, 0x206f],
	[0x20ac, 0x20ac],
	[0x2190, 0x2199],
	[0x2212, 0x2212],
	[0x2264, 0x2265],
]
	.map(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join(''))
	.join('');

const latinStyles = ['Regular', 'Italic', 'SemiBold', 'Bold'] as const;

/** The faces the PNG renderer is given: Latin faces cut to latinCoverage, and the whole Chinese face. */
export interface PictureFonts {
	latin: Record<(typeof latinStyles)[number], string>;
	chinese: string[];
}

let fonts: Promise<PictureFonts> | undefined;

/**
 * The fonts of every picture, from npm packages (resvg is told not to look for system fonts, so every machine
 * draws the same pixels): Noto Sans for Latin text in the four faces the charts use, cut once to latinCoverage
 * into node_modules/.cache (a cut face loads in a fraction of the time), and Noto Sans Hans (GB 2312,
 * OpenType/CFF) for Chinese, loaded only for a picture that has Chinese text.
 */
export function pictureFonts(): Promise<PictureFonts> {
	fonts ??= (async () => {
		const latin = await subsetFontFiles(
			latinStyles.map((w) => packageFont('@embedpdf/fonts-latin', `NotoSans-${w}.ttf`)),
			latinCoverage,
			join(process.cwd(), 'node_modules', '.cache', 'report-site-fonts'),
		);
		return {
			latin: Object.fromEntries(latinStyles.map((w, i) => [w, latin[i]])) as PictureFonts['latin'],
			chinese: [packageFont('@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf')],
		};
	})();
	return fonts;
}

/** Han characters and CJK punctuation: text that needs the Chinese font. */
export const hasChinese = (text: string) => chineseCodePoints(text).length > 0;

/**
 * The font files a picture needs: loading a font costs resvg several milliseconds a picture, so the italic,
 * semibold, bold and Chinese faces are given only to an SVG that may use them (a stray match only loads
 * a face that goes unused; the same SVG always gets the same fonts, so the same pixels).
 */
export function fontsFor(svg: string, files: PictureFonts): string[] {
	return [
		files.latin.Regular,
		...(/italic/.test(svg) ? [files.latin.Italic] : []),
		...(/\b600\b/.test(svg) ? [files.latin.SemiBold] : []),
		...(/\b(700|bold)\b/.test(svg) ? [files.latin.Bold] : []),
		...(hasChinese(svg) ? files.chinese : []),
	];
}

const deflateAsync = promisify(deflate);

/**
 * Draws an SVG document as a PNG `width` pixels wide. Deterministic: the same SVG, fonts and Node (its
 * zlib) give the same bytes; no time or software chunk is written. Drawing and compressing run on libuv's
 * threads, so the build renders other pages meanwhile (astro.config's build.concurrency).
 */
export async function svgToPng(svg: string, width: number, fonts: PictureFonts): Promise<Uint8Array<ArrayBuffer>> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'width', value: width },
		background: '#ffffff',
		font: {
			loadSystemFonts: false,
			fontFiles: fontsFor(svg, fonts),
			defaultFontFamily: 'Noto Sans',
			sansSerifFamily: 'Noto Sans',
			serifFamily: 'Noto Sans',
		},
	});
	return encodePng(image.width, image.height, image.pixels);
}

/**
 * An RGBA image as a PNG, rows unfiltered, compressed on libuv's threads. Each row is copied whole: no
 * per-pixel work on the main thread (dropping the alpha channel of an opaque picture saves about 1% of the
 * bytes, and cost 6 ms of the main thread a share image).
 */
export async function encodePng(width: number, height: number, rgba: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
	const row = width * 4;
	const raw = new Uint8Array(height * (1 + row));
	for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * row, (y + 1) * row), y * (1 + row) + 1); // each row led by filter type 0
	const header = new Uint8Array(13);
	const view = new DataView(header.buffer);
	view.setUint32(0, width);
	view.setUint32(4, height);
	header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace
	const chunks = [chunk('IHDR', header), chunk('IDAT', await deflateAsync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))];
	const out = new Uint8Array(8 + chunks.reduce((n, c) => n + c.length, 0));
	out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	let at = 8;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** Width and height from a PNG's IHDR chunk, and whether the file starts with the PNG signature. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return undefined;
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return undefined;
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A figure's PNG, drawn from its standalone SVG at print width; drawn again only when the SVG changes (the fonts and
 * the renderer are part of every key: src/cache/disk.ts). The figure route and the editions kept in the repository
 * (src/integration/editions.ts) draw theirs here, so an edition's PNG drawn once is found again.
 */
export async function figurePng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
	return cachedBytes('figure-png', [svg, pngWidth], async () => svgToPng(svg, pngWidth, await pictureFonts()));
}
