import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts the PNG renderer is given, from npm packages (resvg is told not to look for system fonts, so
 * every machine draws the same pixels): Noto Sans for Latin text in the weights the charts use, and
 * Noto Sans Hans (GB 2312, OpenType/CFF) for Chinese, loaded only for a picture that has Chinese text.
 */
function fontFiles(): { latin: string[]; chinese: string[] } {
	// Resolved from the project root: this module may run from a bundled chunk elsewhere.
	const require = createRequire(join(process.cwd(), 'package.json'));
	const folder = (pkg: string) => join(dirname(require.resolve(pkg)), '..', 'fonts');
	const latin = folder('@embedpdf/fonts-latin');
	return {
		latin: ['Regular', 'Italic', 'SemiBold', 'Bold'].map((w) => join(latin, `NotoSans-${w}.ttf`)),
		chinese: [join(folder('@embedpdf/fonts-sc'), 'NotoSansHans-Regular.otf')],
	};
}

let fonts: ReturnType<typeof fontFiles> | undefined;

/** Han characters and CJK punctuation: text that needs the Chinese font. */
export const hasChinese = (text: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(text);

/**
 * Draws an SVG document as a PNG `width` pixels wide. Deterministic: the same SVG and fonts give the
 * same bytes (resvg writes no time or software chunk).
 */
export function svgToPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
	fonts ??= fontFiles();
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		background: '#ffffff',
		font: {
			loadSystemFonts: false,
			fontFiles: hasChinese(svg) ? [...fonts.latin, ...fonts.chinese] : fonts.latin,
			defaultFontFamily: 'Noto Sans',
			sansSerifFamily: 'Noto Sans',
			serifFamily: 'Noto Sans',
		},
	});
	return new Uint8Array(resvg.render().asPng());
}

/** Width and height from a PNG's IHDR chunk, and whether the file starts with the PNG signature. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return undefined;
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return undefined;
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
