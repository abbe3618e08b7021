import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { reportModelAt } from '../../src/model/index';
import { sameAddress } from '../../src/site/tag-views';
import { renderSection } from '../components/render';
import { createUrls } from '../../src/site/urls';
import { chineseCodePoints, chineseFamily, chineseFontFace, chineseWebFont, chineseWebFontBytes, modelChineseCodePoints, unicodeRange } from '../../src/site/zh-font';
import { cssString, generatedStyle } from '../../src/site/generated-style';

const root = new URL('../../', import.meta.url).href;
const model = reportModelAt(root);
const urls = createUrls('/reports/china-clusters/', 'https://example.org');
const han = (text: string) => chineseCodePoints(text).map((cp) => String.fromCodePoint(cp)).join('');

describe('modelChineseCodePoints', () => {
	const found = new Set(modelChineseCodePoints(model));
	test('holds every Chinese name a page prints: the glossary, the places the text names, the map’s labels', () => {
		const named = model.sections.flatMap((s) => [...s.body.matchAll(/<Zh id="([^"]+)"/g)].map((m) => model.place(m[1]!).chinese));
		expect(named.length).toBeGreaterThan(5);
		const map = model.figures.flatMap((f) => JSON.stringify(f.chart));
		for (const text of [...model.glossary.map((g) => g.chinese ?? ''), ...named, ...map, ...model.errata.map((e) => JSON.stringify(e))]) {
			expect(chineseCodePoints(text).filter((cp) => !found.has(cp)).map((cp) => String.fromCodePoint(cp)), text.slice(0, 40)).toEqual([]);
		}
	});
	test('is sorted and without repeats, and holds only Chinese', () => {
		const list = modelChineseCodePoints(model);
		expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
		expect(han(String.fromCodePoint(...list))).toBe(String.fromCodePoint(...list));
	});
});

describe('unicodeRange', () => {
	test('joins runs of consecutive code points', () => {
		expect(unicodeRange([0x4e09, 0x4e0a, 0x4e1a, 0x5733, 0x5734, 0x5735])).toBe('U+4E09-4E0A,U+4E1A,U+5733-5735');
		expect(unicodeRange([])).toBe('');
	});
});

describe('chineseWebFont', () => {
	const font = chineseWebFont(model)!;
	test('names its file by a hash, under fonts/', () => {
		expect(font.path).toMatch(/^fonts\/noto-sans-hans-[0-9a-f]{12}\.woff2$/);
		expect(font.codePoints).toEqual(modelChineseCodePoints(model));
	});
	test('cuts a WOFF2 of a few KB whose character map is exactly the report’s Chinese characters, the same bytes every time', async () => {
		const [a, b] = await Promise.all([chineseWebFontBytes(font), chineseWebFontBytes(font)]);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
		expect(a.length).toBeLessThan(30_000);
		const face = create(Buffer.from(a)) as Font;
		expect(face.type).toBe('WOFF2');
		expect(chineseCodePoints(String.fromCodePoint(...face.characterSet))).toEqual(font.codePoints);
		for (const cp of font.codePoints) expect(face.glyphForCodePoint(cp).path.commands.length, String.fromCodePoint(cp)).toBeGreaterThan(0);
	}, 60_000);
});

describe('chineseFontFace', () => {
	const font = chineseWebFont(model)!;
	const chinese = String.fromCodePoint(font.codePoints[0]!);
	test('carries the font itself on a page that shows Chinese, so it is there at the first paint, scoped to its characters', async () => {
		const { face, preload } = (await chineseFontFace(model, urls, `<p>Huizhou (<span lang="zh-Hans">${chinese}</span>)</p>`))!;
		const url = `data:font/woff2;base64,${Buffer.from(await chineseWebFontBytes(font)).toString('base64')}`;
		expect(face).toBe(`@font-face{font-family:"${chineseFamily}";src:url("${url}") format("woff2");unicode-range:${unicodeRange(font.codePoints)};font-display:block}`);
		// Preloaded, so the first paint waits the moment the browser takes to decode it.
		expect(preload).toBe(url);
	}, 60_000);
	test('names the file under the base path on a page without Chinese, for Chinese that appears later (blocked, never boxes, until it arrives)', async () => {
		for (const base of ['/', '/reports/china-clusters/']) {
			const { face, preload } = (await chineseFontFace(model, createUrls(base, 'https://example.org'), '<p>No Chinese here.</p>'))!;
			expect(preload).toBeUndefined();
			expect(face).toBe(`@font-face{font-family:"${chineseFamily}";src:url("${base}${font.path}") format("woff2");unicode-range:${unicodeRange(font.codePoints)};font-display:block}`);
		}
	});
});

describe('generatedStyle', () => {
	test('holds the font face it is given and hashes the rules for the CSP', () => {
		const { css, hash } = generatedStyle(model, [], '@font-face{font-family:"X"}');
		expect(css.startsWith('@font-face{font-family:"X"}')).toBe(true);
		expect(hash).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
	});
	test('writes the report’s title as the running head of printed pages', () => {
		expect(generatedStyle(model).css).toContain(`@page{@top-center{content:${cssString(model.meta.title)}}}`);
	});
	test('shows each card while its link is hovered or focused', () => {
		const css = generatedStyle(model, [{ link: 'cite-a-s-1', card: 'cite-a-s-card' }]).css;
		expect(css).toContain(':root:has(#cite-a-s-1:focus-visible) #cite-a-s-card{display:block}');
		expect(css).toContain('@media (hover:hover){:root:has(#cite-a-s-1:hover) #cite-a-s-card{display:block}}');
	});
	test('escapes a title so it stays one CSS string', () => {
		expect(cssString('A "quoted" \\ title\n')).toBe('"A \\"quoted\\" \\\\ title\\a "');
		// In a <style> element: no title can close it and write markup into every page's head.
		expect(cssString('Clusters </style><script>alert(1)</script> & more')).toBe('"Clusters \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e  \\26  more"');
	});
	test('the stylesheet asks for the family the page declares, for text marked zh-Hans and at the end of its font stacks', () => {
		const css = readFileSync(new URL('../../src/styles/report.css', import.meta.url), 'utf8');
		expect(css).toMatch(new RegExp(`:lang\\(zh-Hans\\) \\{ font-family: '${chineseFamily}',`));
		for (const stack of ['--font-text', '--font-ui']) expect(css).toMatch(new RegExp(`${stack}: [^;]*'${chineseFamily}', (serif|sans-serif);`));
	});
});

describe('links on paper', () => {
	test('an address that is its own link text is not printed again', () => {
		expect(sameAddress('http://www.chinatorch.gov.cn/', 'http://www.chinatorch.gov.cn/')).toBe(true);
		expect(sameAddress('www.chinatorch.gov.cn', 'http://www.chinatorch.gov.cn/')).toBe(true);
		expect(sameAddress('the Torch Program’s site', 'http://www.chinatorch.gov.cn/')).toBe(false);
	});
	test('the renderer marks only external links whose text is not their address', async () => {
		const html = (await Promise.all(model.sections.map((s) => renderSection(root, model, s.id)))).join('');
		const links = [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)];
		const external = links.filter((m) => /href="https?:/.test(m[1]) && !/class=/.test(m[1]));
		expect(external.length).toBeGreaterThan(0);
		for (const [, attrs, text] of external) expect(attrs.includes('data-print-url'), text).toBe(!sameAddress(text.replace(/<[^>]+>/g, ''), /href="([^"]+)"/.exec(attrs)![1]));
		expect(links.filter((m) => !/href="https?:/.test(m[1]) && m[1].includes('data-print-url'))).toEqual([]);
	});
});
