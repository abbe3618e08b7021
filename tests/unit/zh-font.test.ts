import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { reportModelAt } from '../../src/model/index';
import { sameAddress } from '../../src/site/tag-views';
import { renderSection } from '../components/render';
import { createUrls } from '../../src/site/urls';
import { chineseCodePoints, chineseFamily, chineseWebFont, chineseWebFontBytes, cssString, generatedStyle, modelChineseCodePoints, unicodeRange } from '../../src/site/zh-font';

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

describe('generatedStyle', () => {
	test('declares the font under the base path, scoped to its characters, and hashes the rules for the CSP', () => {
		const font = chineseWebFont(model)!;
		for (const base of ['/', '/reports/china-clusters/']) {
			const { css, hash } = generatedStyle(model, createUrls(base, 'https://example.org'));
			expect(css).toContain(`font-family:"${chineseFamily}";src:url("${base}${font.path}") format("woff2");unicode-range:${unicodeRange(font.codePoints)};font-display:optional`);
			expect(hash).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
		}
	});
	test('writes the report’s title as the running head of printed pages', () => {
		expect(generatedStyle(model, urls).css).toContain(`@page{@top-center{content:${cssString(model.meta.title)}}}`);
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
