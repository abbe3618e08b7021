import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { reportTitle } from '../../src/citation';
import { figurePicture, figurePictureSvg, figureSvg, shareImagePng, shareImageSvg } from '../../src/components/pictures/draw';
import { reportModelAt } from '../../src/model/index';
import type { Report } from '../../src/schemas/report';
import { htmlRuns } from '../../src/citation/rich-text';
import { citationOf } from '../../src/site/cite';
import { figureCiteBlock, figureInText, figureToCsl } from '../../src/site/figure-citation';
import { figurePaths, pngWidth } from '../../src/site/figure-paths';
import { sourceText } from '../../src/site/figure-views';
import { chartStyles } from '../../src/site/picture-layouts';
import { encodePng, fontsFor, hasChinese, latinCoverage, pictureFonts, pngSize, svgToPng, type PictureFonts } from '../../src/site/pictures';
import { shareCards, shareImagePath, shareTags } from '../../src/site/share-images';
import { createUrls } from '../../src/site/urls';

const model = reportModelAt(new URL('../../', import.meta.url).href);
const urls = createUrls('/reports/china-clusters/', 'https://clusters.example.org');
let fonts: PictureFonts;
beforeAll(async () => {
	fonts = await pictureFonts();
});

/** A report as the citation rules see it: title, date and authors chosen by each test. */
const report = (authors: Report['authors'] = []): Report => ({ ...model.meta, title: 'Clusters and Innovation in China', subtitle: 'The Formation and Development of SME Clusters in China', dates: { published: '2026-11-28', modified: '2026-11-28' }, authors });

/** Decodes a PNG far enough to prove it whole: signature, IHDR, and IDAT data that inflates to every row. */
function decodePng(png: Uint8Array): { width: number; height: number; rowsOk: boolean } {
	const size = pngSize(png);
	if (!size) throw new Error('not a PNG');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const idat: Uint8Array[] = [];
	let colourType = 0;
	for (let at = 8; at < png.length; ) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		if (type === 'IHDR') colourType = png[at + 8 + 9];
		if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : colourType === 4 ? 2 : 1;
	const raw = inflateSync(Buffer.concat(idat));
	return { ...size, rowsOk: raw.length === size.height * (1 + size.width * channels) };
}

describe('figureInText', () => {
	const e1 = { label: 'Figure E1' };
	test('while the report has no author, each style leads with its short title in italics, and names the figure as its manual does', () => {
		expect(figureInText(report(), e1).map((c) => c.text)).toEqual([
			'(Clusters and Innovation in China, 2026, Figure E1)',
			'(Clusters and Innovation in China 2026, fig. E1)',
			'(Clusters and Innovation in China, fig. E1)',
			'(Clusters and Innovation in China, 2026, fig. E1)',
		]);
		expect(figureInText(report(), e1, true)[0].text).toBe('(<i>Clusters and Innovation in China</i>, 2026, Figure E1)');
	});
	test("APA 7 writes one author's family name, two joined by an ampersand, and three or more as the first et al.", () => {
		const apa = (authors: Report['authors']) => figureInText(report(authors), { label: 'Figure 1' })[0].text;
		expect(apa([{ family: 'Kuchiki', given: 'Akifumi' }])).toBe('(Kuchiki, 2026, Figure 1)');
		expect(apa([{ family: 'Kuchiki' }, { family: 'Tsuji' }])).toBe('(Kuchiki & Tsuji, 2026, Figure 1)');
		expect(apa([{ family: 'Kuchiki' }, { family: 'Tsuji' }, { family: 'Shao' }])).toBe('(Kuchiki et al., 2026, Figure 1)');
	});
	test('Chicago names up to three authors with no comma before the year; MLA shortens three to et al.; names are escaped in HTML', () => {
		const three: Report['authors'] = [{ family: 'Kuchiki' }, { family: 'Tsuji' }, { family: 'Shao' }];
		const [, chicago, mla] = figureInText(report(three), e1);
		expect(chicago.text).toBe('(Kuchiki, Tsuji, and Shao 2026, fig. E1)');
		expect(mla.text).toBe('(Kuchiki et al., fig. E1)');
		expect(figureInText(report([{ literal: 'R&D <Group>' }]), e1, true)[0].text).toBe('(R&amp;D &lt;Group&gt;, 2026, Figure E1)');
	});
});

describe('figureToCsl', () => {
	test('describes a figure as a part of the report: its label and caption, the report as container, its own page', () => {
		const item = figureToCsl(report(), { id: 'map', label: 'Figure E1', caption: 'The places this report names' }, 'https://clusters.example.org/reports/china-clusters/figures/map/');
		// CSL has no type for a part of a report: `chapter`, the type reference managers file as a part of a larger work.
		expect(item).toMatchObject({
			type: 'chapter',
			title: 'Figure E1. The places this report names',
			'container-title': 'Clusters and innovation in China: The formation and development of SME clusters in China',
			publisher: 'SMU',
			URL: 'https://clusters.example.org/reports/china-clusters/figures/map/',
			issued: { 'date-parts': [[2026, 11, 28]] },
		});
		expect(item.author).toBeUndefined();
		expect(item.note).toBeUndefined();
		expect(item.accessed).toBeUndefined();
	});
});

describe('figureCiteBlock', () => {
	test('gives, for each style, the in-text form with the figure and the report as the reference-list entry; the exports describe the figure', () => {
		const map = model.figure('map');
		const block = figureCiteBlock(model, urls, 'map');
		const reportApa = citationOf(model, urls, 'report').styles.find((s) => s.id === 'apa')!;
		expect(block.styles.map((s) => s.id)).toEqual(['apa-in-text', 'apa', 'chicago-author-date-in-text', 'chicago-author-date', 'modern-language-association-in-text', 'modern-language-association', 'harvard-cite-them-right-in-text', 'harvard-cite-them-right']);
		expect(block.styles[0].runs).toEqual([{ text: '(' }, { text: model.meta.title, italic: true }, { text: `, ${model.meta.dates.published.slice(0, 4)}, ${map.label})` }]);
		expect(block.styles[1].runs).toEqual(htmlRuns(reportApa.html));
		expect(block.exports[0].text).toMatch(/^@incollection\{/);
		expect(block.exports[1].text).toMatch(new RegExp(`^TY {2}- CHAP\nTI {2}- ${map.label}\\. `));
		expect(block.exports[1].text).toContain(`T2  - ${reportTitle(model.meta)}\n`);
		expect(block.exports[2].text).toContain(`"URL": "https://clusters.example.org/reports/china-clusters/figures/map/"`);
		expect(block.downloads.map((d) => d.href)).toEqual(['bib', 'ris', 'json'].map((ext) => `/reports/china-clusters/cite/figures/map.${ext}`));
	});
});

describe('figure pictures', () => {
	for (const figure of model.figures) {
		test(`${figure.id}.svg is a standalone SVG document: well-formed XML, the SVG namespace, styles inside, caption and source drawn in`, async () => {
			const svg = await figureSvg(model, urls, figure.id);
			expect(XMLValidator.validate(svg)).toBe(true);
			const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as { svg: Record<string, unknown> };
			expect(doc.svg.xmlns).toBe('http://www.w3.org/2000/svg');
			expect(Number(doc.svg.width)).toBeGreaterThan(0);
			expect(svg).not.toMatch(/var\(--|currentColor|\bhref="\/|data-astro-cid/);
			expect(svg).toContain('<style>');
			expect(svg).toContain(`>${figure.label}.</tspan>`);
			// The source line may wrap onto several lines of text: read the drawn words in order.
			expect(svg.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ')).toContain(sourceText(figure));
			for (const t of figure.chart.texts) expect(svg).toContain(t.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
		});
	}
	test('each PNG is drawn from the SVG at print width, whole, and the same bytes every time', async () => {
		for (const figure of model.figures) {
			const png = (await figurePicture(model, urls, figure.id, 'png')).body as Uint8Array;
			const decoded = decodePng(png);
			expect(decoded.width).toBe(pngWidth);
			expect(decoded.rowsOk).toBe(true);
			const drawn = await figureSvg(model, urls, figure.id);
			const svgWidth = Number(/width="(\d+)"/.exec(drawn)![1]);
			const svgHeight = Number(/height="(\d+)"/.exec(drawn)![1]);
			expect(Math.abs(decoded.height - Math.round((svgHeight * pngWidth) / svgWidth))).toBeLessThanOrEqual(1);
		}
		const svg = await figureSvg(model, urls, 'growth');
		expect(Buffer.from(await svgToPng(svg, pngWidth, fonts)).equals(Buffer.from(await svgToPng(svg, pngWidth, fonts)))).toBe(true);
	});
	test('the picture styles cover every chart rule of the site stylesheet (charts.css), with literal colours', () => {
		const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
		const pageRules = new Set([...css.matchAll(/^\.chart \.([a-z-]+) \{/gm)].map((m) => m[1]));
		const pictureRules = new Set([...chartStyles().matchAll(/\.chart \.([a-z-]+) \{/g)].map((m) => m[1]));
		expect(pageRules.size, 'chart rules read from charts.css').toBeGreaterThan(5);
		expect([...pageRules].filter((c) => !pictureRules.has(c))).toEqual([]);
		for (let i = 0; i < 8; i++) expect(chartStyles()).toContain(`.tone-${i} {`);
	});
	test('the cut Latin faces cover every character the pictures draw that is not Chinese', async () => {
		const svgs = await Promise.all([...model.figures.map((f) => figureSvg(model, urls, f.id)), ...[...shareCards(model).values()].map((c) => shareImageSvg(c.card))]);
		const text = svgs.map((svg) => svg.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ')).join(' ');
		const covered = new Set(latinCoverage);
		const missing = [...new Set(text.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!))].filter((c) => !covered.has(c) && !hasChinese(c) && !/\s/.test(c));
		expect(missing, 'characters to add to latinCoverage in src/site/pictures.ts').toEqual([]);
	});
	test('Chinese text is drawn with the bundled Chinese font: real, distinct glyphs, not missing-glyph boxes', async () => {
		const glyph = async (text: string) => {
			const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><text x="6" y="46" font-size="44" font-family="sans-serif">${text}</text></svg>`;
			expect(hasChinese(svg)).toBe(true);
			return Buffer.from(await svgToPng(svg, 60, fonts));
		};
		const wen = await glyph('温');
		const zhou = await glyph('州');
		expect(wen.equals(zhou)).toBe(false);
		// Without fonts both come out blank and identical: the difference above is the bundled font's glyphs.
		const bare = (text: string) => Buffer.from(new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><text x="6" y="46" font-size="44">${text}</text></svg>`, { font: { loadSystemFonts: false, fontFiles: [] } }).render().asPng());
		expect(bare('温').equals(bare('州'))).toBe(true);
	});
	test('a figure drawn from the mixed Latin and Chinese data renders (the map’s table has 汉字)', async () => {
		const svg = await figurePictureSvg({ ...model.figure('map'), caption: 'The places this report names (温州, 北京)' }, { work: 'Test', licence: 'CC BY 4.0', url: 'https://example.org/' });
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(decodePng(await svgToPng(svg, pngWidth, fonts)).rowsOk).toBe(true);
	});
});

describe('fontsFor', () => {
	const names = (svg: string) => fontsFor(svg, fonts).map((f) => f.split('/').at(-1)!.replace(/^[0-9a-f]{16}-/, ''));
	test('gives a page card the regular and bold faces only, a chart every Latin face it may use, and Chinese text the Chinese face', async () => {
		expect(names(await shareImageSvg(shareCards(model).get('zhongguancun/')!.card))).toEqual(['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf']);
		expect(names(await figureSvg(model, urls, 'typology'))).toEqual(['NotoSans-Regular.ttf', 'NotoSans-Italic.ttf', 'NotoSans-SemiBold.ttf', 'NotoSans-Bold.ttf']);
		expect(names('<svg><text>温州</text></svg>')).toEqual(['NotoSans-Regular.ttf', 'NotoSansHans-Regular.otf']);
	});
});

describe('encodePng', () => {
	test('writes an image as RGBA rows, each led by filter type 0, that inflate back to its pixels', async () => {
		const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 128, 10, 20, 30, 0]);
		const png = await encodePng(2, 2, rgba);
		expect(pngSize(png)).toEqual({ width: 2, height: 2 });
		expect(decodePng(png).rowsOk).toBe(true);
		const idatLength = new DataView(png.buffer).getUint32(8 + 25);
		expect([...inflateSync(png.subarray(8 + 25 + 8, 8 + 25 + 8 + idatLength))]).toEqual([0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 255, 128, 10, 20, 30, 0]);
	});
});

describe('share images', () => {
	test('every page with an address has a card: home, the whole report, glossary, notes, editions, each section and each figure', () => {
		const pages = [...shareCards(model).keys()];
		expect(pages).toEqual(expect.arrayContaining(['', 'report/', 'glossary/', 'editorial-notes/', 'changes/', ...model.sections.map((s) => `${s.id}/`), ...model.figures.map((f) => figurePaths.page(f.id))]));
		expect(shareImagePath('')).toBe('og/index.png');
		expect(shareImagePath('figures/map/')).toBe('og/figures/map.png');
	});
	test('each card is a 1200 × 630 PNG, small, from well-formed SVG', async () => {
		for (const card of shareCards(model).values()) {
			expect(XMLValidator.validate(await shareImageSvg(card.card))).toBe(true);
			const png = await shareImagePng(model, card.page);
			const decoded = decodePng(png);
			expect([decoded.width, decoded.height, decoded.rowsOk]).toEqual([1200, 630, true]);
			expect(png.length, card.page).toBeLessThan(60_000);
		}
	});
	test('the tags point at the card with absolute URLs under the base, as a large Twitter card', () => {
		const tags = shareTags(model, urls, { path: 'figures/map/', title: 'Figure E1', description: 'Map.' }, [{ name: 'twitter:card', content: 'summary' }]);
		const get = (key: string) => tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);
		expect(get('og:image')).toEqual(['https://clusters.example.org/reports/china-clusters/og/figures/map.png']);
		expect(get('twitter:image')).toEqual(get('og:image'));
		expect(get('twitter:card')).toEqual(['summary_large_image']);
		expect(get('og:image:width')).toEqual(['1200']);
		expect(get('og:image:height')).toEqual(['630']);
		expect(get('og:image:alt')[0]).toMatch(/^Figure E1\. /);
		expect(get('og:title')).toEqual(['Figure E1']);
		expect(shareTags(model, urls, { path: 'no-such-page/', title: 'x', description: 'y' }, [])).toEqual([]);
	});
});
