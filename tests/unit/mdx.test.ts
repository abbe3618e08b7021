import { describe, expect, test } from 'vitest';
import { scanSection } from '../../src/load/mdx';

const scan = (body: string) => scanSection('sec', body);
const problems = (body: string) => scan(body).problems;

describe('scanSection', () => {
	test('returns each H2 and H3 with its written id, aliases and plain text, one line or three', () => {
		const { headings, problems } = scan('<H2 id="government-role">The *government*</H2>\n\n<H3 id="fund-support" aliases="funds money">\nFund support\n</H3>\n');
		expect(problems).toEqual([]);
		expect(headings).toEqual([
			{ depth: 2, id: 'government-role', aliases: [], text: 'The government', line: 1 },
			{ depth: 3, id: 'fund-support', aliases: ['funds', 'money'], text: 'Fund support', line: 3 },
		]);
	});
	test('reads attributes in single quotes as MDX does', () => {
		expect(scan("<H2 id='tax'>Tax</H2>").headings[0].id).toBe('tax');
		expect(scan("Profit <Num id='torch.ongoing-profit' />.").tags).toEqual([{ name: 'Num', attributes: { id: 'torch.ongoing-profit' }, line: 1 }]);
	});
	test('numbers citations per work in reading order and turns them into citation nodes', () => {
		const { citations } = scan('[@a2000] and [@b2001; @a2000]\n\nAs @a2000 says.');
		expect(citations.map(({ node, line }) => [node.mode, node.items.map((i) => i.anchor), line])).toEqual([
			['parenthetical', ['cite-a2000-sec-1'], 1],
			['parenthetical', ['cite-b2001-sec-1', 'cite-a2000-sec-2'], 1],
			['narrative', ['cite-a2000-sec-3'], 3],
		]);
	});
	test('leaves citation-like text in code alone', () => {
		expect(scan('Text `[@x]` and\n\n```\n[@shao2007]\n```\n').citations).toEqual([]);
	});
	test('refuses every Markdown heading form, ATX and setext, which would have no permanent id', () => {
		expect(problems('Intro\n\n## Tax policy\n')).toEqual([{ line: 3, message: expect.stringContaining('Markdown heading "Tax policy" has no permanent id') }]);
		expect(problems('Tax policy\n----------\n')).toEqual([{ line: 1, message: expect.stringContaining('Markdown heading "Tax policy" has no permanent id') }]);
	});
	test('refuses raw HTML headings and other HTML elements', () => {
		expect(problems('<h2 id="x">X</h2>')[0].message).toMatch(/^<h2> is HTML/);
		expect(problems('<script>alert(1)</script>')[0].message).toMatch(/^<script> is HTML/);
	});
	test('refuses imports, exports and expressions, which would run as code', () => {
		expect(problems('import fs from "node:fs"\n\nText')).toEqual([{ line: 1, message: expect.stringMatching(/an import or export is code/) }]);
		expect(problems('Text {fs.readFileSync("/etc/passwd", "utf8")} more')[0].message).toMatch(/is an expression, which would run as code/);
		expect(problems('<H2 id={"x"}>X</H2>')[0].message).toMatch(/attribute id is an expression/);
		expect(problems('<Num {...props} />')[0].message).toMatch(/\{…\} expression among its attributes/);
	});
	test('accepts MDX comments and drops them', () => {
		const { problems, tree } = scan('Text {/* a note to editors */} more');
		expect(problems).toEqual([]);
		expect(JSON.stringify(tree)).not.toContain('a note to editors');
	});
	test('refuses a heading without an id, an unknown attribute and content in a tag that takes none', () => {
		expect(problems('<H2>Tax</H2>')[0].message).toBe('<H2> needs id="…"');
		expect(problems('<Figure id="map" size="big" />')[0].message).toMatch(/<Figure> has no attribute "size"/);
		expect(problems('Text <EdNote id="x">note</EdNote>')[0].message).toMatch(/<EdNote> takes no content/);
	});
	test('refuses a block tag inside a sentence', () => {
		expect(problems('See <Figure id="map" /> here.')[0].message).toMatch(/<Figure> must stand on a line of its own/);
	});
	test('collects links with their lines and refuses images and reference-style links', () => {
		expect(scan('Text\n\n[site](https://example.org/) and [there](/typology/#x)').links).toEqual([
			{ url: 'https://example.org/', line: 3 },
			{ url: '/typology/#x', line: 3 },
		]);
		expect(problems('![a map](https://evil.example/x.png)')[0].message).toMatch(/images are not part of a section/);
		expect(problems('[text][ref]\n\n[ref]: https://example.org/')[0].message).toMatch(/reference-style links/);
	});
	test('reports MDX that does not parse, with its line', () => {
		expect(problems('Text\n\n<H2 id="x">Unclosed\n')).toEqual([{ line: expect.any(Number), message: expect.stringMatching(/^is not valid MDX: /) }]);
	});
});
