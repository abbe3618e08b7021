import { afterAll, describe, expect, test } from 'vitest';
import { editedCopy, messages, modelOf, removeCopies, renderedSection, replaceOnce } from '../fixture-copy';
import { toCsv } from '../../../src/site/downloads';
import { pageFrame } from '../../../src/site/page-frame';
import { createUrls } from '../../../src/site/urls';
import { testEdits } from './cases';

afterAll(removeCopies);

/** A payload that breaks out of an attribute, as a reference title or address. */
const attributeBreak = 'https://x.org/"onfocus="alert(10)"autofocus="';
const references = 'content/references.yaml';

/** The HTML of a section after one edit of the small report. */
const drawn = (file: string, from: string, to: string, section: string) => renderedSection(editedCopy(file, replaceOnce(from, to)), section);

describe('text from the data is escaped where it is drawn', () => {
	test('a reference title holding an attribute break stays text in the reference list: no link, no attribute', async () => {
		const html = await drawn(references, 'title: Small firms in port towns', `title: '${attributeBreak}'`, 'second');
		expect(html).toContain(`<li id="ref-lin2010" data-permalink><p class="reference">Lin, Q. (2010). <i>${attributeBreak.replace(/"/g, '&quot;')}</i>. Harbour Press.</p>`);
		expect(html).not.toMatch(/<a [^>]*onfocus/);
		expect(html).not.toMatch(/<a [^>]*autofocus/);
	});
	test('a reference address holding an attribute break is a link whose quotes are escaped inside its href', async () => {
		const html = await drawn(references, 'url: https://spark.example.org/', `url: '${attributeBreak}'`, 'second');
		expect(html).toContain('<a class="reference-url" href="https://x.org/&quot;onfocus=&quot;alert(10)&quot;autofocus=&quot;">https://x.org/&quot;onfocus=&quot;alert(10)&quot;autofocus=&quot;</a>');
	});
	test('an erratum reason holding a script and an image stays text in the note’s card', async () => {
		// The card stands after the section (src/components/SectionCards.astro), drawn from the model.
		const root = editedCopy('content/errata.yaml', replaceOnce('reason: Xiamen lies', 'reason: >-\n    "><script>window.__pwned=1</script><img src=x onerror=alert(1)> Xiamen lies'));
		const { renderComponent } = await import('../../components/render');
		const { default: SectionCards } = await import('../../../src/components/SectionCards.astro');
		const { sectionCards } = await import('../../../src/site/section-notes');
		const html = await renderComponent(SectionCards, { cards: sectionCards(modelOf(root), 'second') });
		expect(html).toContain('<span class="cite-card ednote-card" role="tooltip" id="ednote-port-delta-card">&quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Xiamen lies south of the Min River’s mouth.</span>');
	});
	test('a figure caption holding an image stays text in the caption', async () => {
		const html = await drawn('content/data/figures.yaml', 'caption: Yearly growth of the two port towns', `caption: '<img src=x onerror=alert(1)> "growth"'`, 'first');
		expect(html).toContain('<figcaption><span class="figure-label">Figure E1.</span> &lt;img src=x onerror=alert(1)&gt; &quot;growth&quot; <span class="figure-series">');
	});
	test('a place name holding a script stays text in the map and its table', async () => {
		const html = await drawn('content/data/places.yaml', 'name: Xiamen,', `name: '<script>alert(1)</script>',`, 'first');
		// The map's words stand once, for both its drawings (src/components/FigureCharts.astro).
		expect(html).toMatch(/<text id="[a-z0-9-]+">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/text>/);
		expect(html).toContain('<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th>');
		// Only inside a quoted attribute value (the point's aria-label) may the name keep its "<".
		expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script');
	});
	test('a citation locator holding quotes stays text inside its link', async () => {
		const html = await drawn('content/sections/01-first.mdx', 'Funds were set up.', 'Funds were set up [@lin2010, p. 3" onmouseover="alert(1)].', 'first');
		expect(html).toContain('aria-describedby="cite-lin2010-first-card">Lin, 2010, p. 3&quot; onmouseover=&quot;alert(1)</a>');
	});
});

describe('JSON-LD', () => {
	test('an abstract holding </script> cannot close the JSON-LD script element', () => {
		const model = modelOf(editedCopy('content/report.yaml', replaceOnce('abstract: Two port towns,', 'abstract: >-\n  </script><script>window.__pwned=1</script> Two port towns,')));
		const frame = pageFrame(model, createUrls('/x/', 'https://example.org'), { title: model.meta.title, description: model.abstract, path: '', cite: { kind: 'report' } });
		expect(frame.jsonLd).toContain('"description":"\\u003c/script>\\u003cscript>window.__pwned=1\\u003c/script> Two port towns,');
		expect(frame.jsonLd).not.toContain('<');
		expect(JSON.parse(frame.jsonLd!).description).toMatch(/^<\/script><script>window.__pwned=1<\/script> Two port towns,/);
	});
});

describe('downloads are safe to open in a spreadsheet', () => {
	const csv = (name: string) => toCsv(modelOf(editedCopy('content/data/growth.yaml', replaceOnce('name: Ningbo,', `name: '${name}',`))).figure('growth').table);
	test('a =HYPERLINK formula in a data field becomes text: its cell starts with an apostrophe', () => {
		expect(csv('=HYPERLINK("http://evil.example","x")')).toBe('City,Province,Yearly output growth (%)\r\n"\'=HYPERLINK(""http://evil.example"",""x"")",Zhejiang,14.5\r\nXiamen,Fujian,12\r\n');
	});
	test.each([
		['+', '+1+cmd|calc'],
		['-', '-2+3'],
		['@', '@SUM(A1:A2)'],
	])('a cell starting with %s is made text', (_, name) => {
		expect(csv(name).split('\r\n')[1]).toBe(`'${name},Zhejiang,14.5`);
	});
	test('a number of zero stays a number, without an apostrophe', () => {
		const table = modelOf(editedCopy('content/data/torch.yaml', replaceOnce('value: 300,', 'value: 0,'))).figure('torch').table;
		expect(toCsv(table).split('\r\n')[2]).toBe('Ongoing projects,0,projects');
	});
});

describe('addresses in the data are limited to http(s) and mailto', () => {
	testEdits([
		{
			name: 'a reference address with javascript: is refused with file, line, entry and field',
			file: references,
			from: 'url: https://spark.example.org/',
			to: 'url: javascript:alert(1)',
			expected: ['content/references.yaml:20, entry "sparkfund", field "url": must be a web address starting with http:// or https://, such as "https://example.org/", but is the text "javascript:alert(1)"'],
		},
		{
			name: 'a reference address with data: is refused',
			file: references,
			from: 'url: https://spark.example.org/',
			to: 'url: "data:text/html,<script>alert(1)</script>"',
			expected: ['content/references.yaml:20, entry "sparkfund", field "url": must be a web address starting with http:// or https://, such as "https://example.org/", but is the text "data:text/html,<script>alert(1)</script>"'],
		},
		{
			name: 'a licence address with javascript: is refused with file, line and field',
			file: 'content/report.yaml',
			from: 'url: "https://creativecommons.org/licenses/by/4.0/"',
			to: 'url: "javascript:alert(1)"',
			expected: ['content/report.yaml:11, field "licence.url": must be a web address starting with http:// or https://, such as "https://example.org/", but is the text "javascript:alert(1)"'],
		},
	]);
	test('a reference address with a quote inside is accepted and drawn escaped (see above); the fixture itself has no unsafe address', () => {
		expect(messages(editedCopy(references, replaceOnce('url: https://spark.example.org/', `url: '${attributeBreak}'`)))).toEqual([]);
	});
});
