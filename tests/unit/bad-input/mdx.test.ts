import { afterAll, describe } from 'vitest';
import { removeCopies } from '../fixture-copy';
import { testEdits, testRenders } from './cases';

afterAll(removeCopies);

const first = 'content/sections/01-first.mdx';
/** Line 19 of the first section, where each case writes its MDX. */
const line = 'Funds were set up.';
const at = (to: string, expected: string[]) => ({ file: first, from: line, to, expected });

describe('MDX that would run code', () => {
	testEdits([
		{ name: 'an import', ...at("import fs from 'node:fs'", ['content/sections/01-first.mdx:19, entry "first": an import or export is code; sections hold Markdown and the report’s own tags only']) },
		{ name: 'an export', ...at('export const secret = 1', ['content/sections/01-first.mdx:19, entry "first": an import or export is code; sections hold Markdown and the report’s own tags only']) },
		{ name: 'an expression that reads a file of the build machine', ...at("Funds {require('node:fs').readFileSync('/etc/passwd', 'utf8')} were set up.", ['content/sections/01-first.mdx:19, entry "first": {require(\'node:fs\').readFileSync(\'/etc/pa…} is an expression, which would run as code; write the text itself (a number from the data is <Num id="…" />)']) },
		{ name: 'an expression inside a heading', ...at('<H2 id="home">{process.env.HOME}</H2>', ['content/sections/01-first.mdx:19, entry "first": {process.env.HOME} is an expression, which would run as code; write the text itself (a number from the data is <Num id="…" />)']) },
		{ name: 'an expression as an attribute value', ...at("Funds <Num id={'facts.park-labs'} /> were set up.", ['content/sections/01-first.mdx:19, entry "first": <Num> attribute id is an expression; write it as plain text in quotes: id="…"']) },
		{ name: 'a spread of attributes', ...at('<Figure {...props} />', ['content/sections/01-first.mdx:19, entry "first": <Figure> has a {…} expression among its attributes; write each attribute as name="value"']) },
	]);
});

describe('headings without a permanent id', () => {
	testEdits([
		{ name: 'a setext heading (Title + ====)', ...at('Funds\n=====', ['content/sections/01-first.mdx:19, entry "first": Markdown heading "Funds" has no permanent id; write <H2 id="a-permanent-id">Funds</H2> instead']) },
		{ name: 'a setext heading (Title + ----)', ...at('Funds\n-----', ['content/sections/01-first.mdx:19, entry "first": Markdown heading "Funds" has no permanent id; write <H2 id="a-permanent-id">Funds</H2> instead']) },
		{ name: 'an ATX heading ##', ...at('## Funds', ['content/sections/01-first.mdx:19, entry "first": Markdown heading "Funds" has no permanent id; write <H2 id="a-permanent-id">Funds</H2> instead']) },
		{ name: 'an ATX heading #', ...at('# Funds', ['content/sections/01-first.mdx:19, entry "first": Markdown heading "Funds" has no permanent id; write <H2 id="a-permanent-id">Funds</H2> instead']) },
		{ name: 'a raw <h2>', ...at('<h2 id="funds-raw">Funds</h2>', ['content/sections/01-first.mdx:19, entry "first": <h2> is HTML; sections are Markdown and the report’s own tags (H2, H3, EdNote, Num, Figure, FigRef, Term, Zh, ReferenceList)']) },
	]);
});

describe('HTML and tags that are not the report’s', () => {
	testEdits([
		{ name: 'a <script> element', ...at('<script>alert(1)</script>', ['content/sections/01-first.mdx:19, entry "first": <script> is HTML; sections are Markdown and the report’s own tags (H2, H3, EdNote, Num, Figure, FigRef, Term, Zh, ReferenceList)']) },
		{ name: 'an <a href> element with a javascript: address', ...at('Funds <a href="javascript:alert(1)">were</a> set up.', ['content/sections/01-first.mdx:19, entry "first": <a> is HTML; sections are Markdown and the report’s own tags (H2, H3, EdNote, Num, Figure, FigRef, Term, Zh, ReferenceList)']) },
		{ name: 'an <img> with an onerror handler', ...at('<img src="x" onerror="alert(1)" />', ['content/sections/01-first.mdx:19, entry "first": <img> is HTML; sections are Markdown and the report’s own tags (H2, H3, EdNote, Num, Figure, FigRef, Term, Zh, ReferenceList)']) },
		{ name: 'an <iframe>', ...at('<iframe src="https://evil.example/"></iframe>', ['content/sections/01-first.mdx:19, entry "first": <iframe> is HTML; sections are Markdown and the report’s own tags (H2, H3, EdNote, Num, Figure, FigRef, Term, Zh, ReferenceList)']) },
		{ name: 'an HTML comment, which MDX does not read', ...at('<!-- hidden -->', ['content/sections/01-first.mdx:19, entry "first": is not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)']) },
		{ name: 'a component that is not one of the report’s tags', ...at('<Chart id="growth" />', ['content/sections/01-first.mdx:19, entry "first": <Chart> is not one of the report’s tags (H2, H3, EdNote, Num, Figure, FigRef, Term, Zh, ReferenceList)']) },
		{ name: 'a fragment', ...at('<>Funds</>', ['content/sections/01-first.mdx:19, entry "first": a fragment (<>…</>) is not one of the report’s tags']) },
		{ name: 'an event-handler attribute on a report tag', ...at('Funds <Num id="facts.park-labs" onclick="alert(1)" /> were set up.', ['content/sections/01-first.mdx:19, entry "first": <Num> has no attribute "onclick"; it takes id, bare']) },
		{ name: 'content inside a tag that takes none', ...at('Funds <EdNote id="port-delta">see</EdNote> were set up.', ['content/sections/01-first.mdx:19, entry "first": <EdNote> takes no content; write <EdNote id="…" />']) },
		{ name: 'a block tag inside a sentence', ...at('Funds <Figure id="torch" /> were set up.', ['content/sections/01-first.mdx:19, entry "first": <Figure> must stand on a line of its own, with a blank line before and after it']) },
		{ name: 'an image', ...at('![a chart](https://evil.example/x.png)', ['content/sections/01-first.mdx:19, entry "first": images are not part of a section; figures are drawn from data with <Figure id="…" />']) },
		{ name: 'a reference-style link', ...at('[Funds][f] were set up.\n\n[f]: https://example.org/', ['content/sections/01-first.mdx:19, entry "first": reference-style links ([text][label]) are not supported; write the link in place: [text](https://…) or [text](/typology/)']) },
		{ name: 'a citation key in capitals', ...at('Funds were set up [@Lin2010].', ['content/sections/01-first.mdx:19, entry "first": "@Lin2010" is not a citation; write [@key] or [@key, p. 12] with a lowercase key']) },
		{ name: 'a tag left open', ...at('<H2 id="open">Funds', ['content/sections/01-first.mdx:19, entry "first": is not valid MDX: Expected a closing tag for `<H2>` (19:1-19:15) before the end of `paragraph`']) },
		{ name: 'a frontmatter YAML error is reported at its line in the file', file: first, from: 'title: The first section', to: 'title: "The first section', expected: ['content/sections/01-first.mdx:3: is not valid YAML: a quote is opened but not closed (Missing closing "quote)'] },
		{ name: 'a frontmatter field that is not a section field', file: first, from: 'short: First', to: 'short: First\nauthor: Me', expected: ['content/sections/01-first.mdx:1, entry "first": has unknown field(s) "author" (misspelt?)'] },
		{ name: 'a short label longer than 24 characters', file: first, from: 'short: First', to: 'short: A label far too long for the navigation', expected: ['content/sections/01-first.mdx:4, entry "first", field "short": must be at most 24 characters long (it has 39)'] },
		{ name: 'a summary longer than 220 characters once its numbers are filled in', file: first, from: 'summary: Ningbo grew', to: `summary: ${'Long words '.repeat(20)}Ningbo grew`, expected: ['content/sections/01-first.mdx:6, entry "first", field "summary": must be at most 220 characters as readers see it (it has 303)'] },
		{ name: 'a section without frontmatter', file: first, from: '---\nid: first', to: 'id: first', expected: ['content/sections/01-first.mdx:1: must start with frontmatter between two "---" lines (id, title, order, summary)'] },
	]);
});

describe('MDX that is accepted, drawn safely', () => {
	testRenders([
		{ name: 'a section saved with Windows line ends', file: first, from: 'Funds were set up.\n', to: 'Funds were set up.\r\n', section: 'first', contains: ['<p>Funds were set up.</p>'] },
		{ name: 'a byte-order mark at the start of a section is ignored', file: first, from: '---\nid: first', to: '\uFEFF---\nid: first', section: 'first', contains: ['<h2 id="growth" data-permalink>Growth</h2>'] },
		{ name: '[@x] inside a code span is code, not a citation', file: first, from: line, to: 'Write `[@x]` to cite.', section: 'first', contains: ['<p>Write <code>[@x]</code> to cite.</p>'] },
		{ name: '[@x] inside a fenced code block is code', file: first, from: line, to: '```\n[@x] <script>\n```', section: 'first', contains: ['<pre><code>[@x] &lt;script&gt;\n</code></pre>'] },
		{ name: '<Num> with its id in single quotes', file: first, from: line, to: "Funds <Num id='facts.park-labs' /> were set up.", section: 'first', contains: ['<p>Funds <span class="num" data-fact="facts.park-labs">12</span> were set up.</p>'] },
		{ name: 'an MDX comment is dropped', file: first, from: line, to: 'Funds {/* secret note */} were set up.', section: 'first', contains: ['<p>Funds  were set up.</p>'], excludes: ['secret note'] },
		{ name: 'escaped markup in the text stays text', file: first, from: line, to: 'Funds &lt;script&gt;alert(1)&lt;/script&gt; were set up.', section: 'first', contains: ['<p>Funds &lt;script&gt;alert(1)&lt;/script&gt; were set up.</p>'] },
		{ name: 'quotes and ampersands in a heading are escaped in its permalink label', file: first, from: line, to: '<H2 id="quotes">Tom & "Jerry" \'s</H2>', section: 'first', contains: ['<h2 id="quotes" data-permalink>Tom &amp; &quot;Jerry&quot; &#39;s</h2>', 'aria-label="Permalink to “Tom &amp; &quot;Jerry&quot; \'s”"'] },
	]);
});
