import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { scanSection } from '../../../src/load/mdx';
import { pageIdPrefixes, pageIds } from '../../../src/model/build';
import { removeCopies } from '../fixture-copy';
import { testEdits } from './cases';

afterAll(removeCopies);

const first = 'content/sections/01-first.mdx';
const second = 'content/sections/02-second.mdx';
/** Line 19 of the first section, where each case writes its MDX. */
const line = 'Funds were set up.';
const at = (to: string, expected: string[]) => ({ file: first, from: line, to, expected });
const where = 'content/sections/01-first.mdx:19, entry "first"';
const tags = 'H2, H3, EdNote, Num, Figure, FigRef, Term, Zh, ReferenceList';

describe('which tag may stand inside which', () => {
	testEdits([
		{ name: 'an <H3> inside an <H2>', ...at('<H2 id="outer"><H3 id="inner">Inner</H3></H2>', [`${where}: <H3> must stand at the top level of the section, not inside <H2>`]) },
		{ name: 'a figure inside a list', ...at('- <Figure id="torch" />', [`${where}: <Figure> must stand at the top level of the section, not inside a list`]) },
		{ name: 'a heading inside a quote', ...at('> <H2 id="quoted">Quoted</H2>', [`${where}: <H2> must stand at the top level of the section, not inside a quote`]) },
		{ name: 'a citation in a heading', ...at('<H2 id="cited">Growth [@lin2010]</H2>', [`${where}: <H2> holds its text only: a citation belongs in the text below it, or the contents list would show "[@…]"`]) },
		{ name: 'a link in a heading', ...at('<H3 id="linked">See [the park](#park)</H3>', [`${where}: <H3> holds its text only (emphasis at most): a link belongs in the text below it (the heading links to itself)`]) },
		{ name: 'a term in a heading', ...at('<H3 id="termed"><Term id="spark-fund">Spark</Term></H3>', [`${where}: <H3> holds its text only (emphasis at most): <Term> belongs in the text below it, or the contents list would show the heading wrong`]) },
		{ name: 'a link inside a term', ...at('Funds <Term id="spark-fund">[set](https://example.org/)</Term> up.', [`${where}: a link inside <Term> would be a link inside a link; take one of them out`]) },
		{ name: 'a term inside a link', ...at('Funds [were <Term id="spark-fund">set</Term>](https://example.org/) up.', [`${where}: <Term> inside a link would be a link inside a link; take one of them out`]) },
		{ name: 'a figure reference inside a link', ...at('Funds [see <FigRef id="growth" />](https://example.org/) up.', [`${where}: <FigRef> inside a link would be a link inside a link; take one of them out`]) },
		{ name: 'a citation inside a link', ...at('Funds [were set up [@lin2010]](https://example.org/).', [`${where}: a citation inside a link would be a link inside a link; put the citation after it`]) },
		{ name: 'emphasis in a heading is accepted', ...at('<H3 id="stressed">A *stressed* word</H3>', []) },
		{ name: 'a number inside a link is accepted (it draws no link)', ...at('Funds [<Num id="facts.park-labs" />](https://example.org/) were set up.', []) },
	]);
});

describe('attributes, footnotes and task lists', () => {
	testEdits([
		{ name: 'an attribute written twice', ...at('Funds <Num id="facts.park-labs" id="facts.ningbo-buttons" /> were set up.', [`${where}: <Num> has the attribute id twice; write it once`]) },
		{ name: 'a heading id written twice', file: second, from: '<H2 id="park">', to: '<H2 id="park" id="the-park">', expected: ['content/sections/02-second.mdx:17, entry "second": <H2> has the attribute id twice; write it once'] },
		{ name: 'a footnote, reported once for the note and its text', ...at('Funds[^1] were set up.\n\n[^1]: A note.', [`${where}: footnotes ([^1]) are not part of the report’s style; write the note in the sentence, or mark a doubtful passage with <EdNote id="…" />`]) },
		{ name: 'a task list', ...at('- [ ] Funds were set up.', [`${where}: task lists (- [ ] …) are not part of the report’s style; write a plain list (- …)`]) },
		{ name: 'a plain list is accepted', ...at('- Funds were set up.\n- And spent.', []) },
	]);
});

describe('heading ids the page itself uses', () => {
	const heading = '<H2 id="park">The park</H2>';
	testEdits([
		{ name: 'a heading id "main", the page’s own', file: second, from: heading, to: '<H2 id="main">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" id": "main" is an id the page itself uses; choose another id'] },
		{ name: 'a heading id that looks like a figure’s anchor', file: second, from: heading, to: '<H2 id="figure-park">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" id": "figure-park" is an id the page itself uses (ids starting "figure-" are the site\'s own); choose another id'] },
		{ name: 'a heading alias that is the search box’s id', file: second, from: heading, to: '<H2 id="park" aliases="site-search-input">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" aliases": "site-search-input" is an id the page itself uses; choose another id'] },
	]);
	test('every id the layouts, components and pages write is one a heading may not take', () => {
		const src = fileURLToPath(new URL('../../../src/', import.meta.url));
		const written = new Set<string>();
		const prefixes = new Set<string>();
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const full = join(dir, entry.name);
				if (entry.isDirectory()) walk(full);
				else if (entry.name.endsWith('.astro') && !full.includes('/pictures/')) {
					const text = readFileSync(full, 'utf8').replace(/^---[\s\S]*?\n---/, '');
					for (const m of text.matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) written.add(m[1]!);
					for (const m of text.matchAll(/\bid=\{`([a-z][a-z0-9-]*-)\$\{/g)) prefixes.add(m[1]!);
				}
			}
		};
		walk(join(src, 'layouts'));
		walk(join(src, 'components'));
		walk(join(src, 'pages'));
		const reserved = (id: string) => (pageIds as readonly string[]).includes(id) || pageIdPrefixes.some((p) => id.startsWith(p));
		expect([...written].filter((id) => !reserved(id))).toEqual([]);
		expect([...prefixes].filter((p) => !reserved(p))).toEqual([]);
	});
});

describe('ids that look right and are not', () => {
	testEdits([
		{ name: 'a heading id with a Cyrillic "о"', file: second, from: '<H2 id="park">', to: '<H2 id="p\u043Erk">', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" id": "p\u043Erk" must be lowercase words joined by hyphens; "\u043E" (U+043E) is not a plain ASCII letter, digit or hyphen'] },
		{ name: 'a heading id with a zero-width joiner', file: second, from: '<H2 id="park">', to: '<H2 id="pa\u200Drk">', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" id": "pa\u200Drk" must be lowercase words joined by hyphens; "\u200D" (U+200D) is not a plain ASCII letter, digit or hyphen'] },
		{ name: 'a reference key with a Ukrainian "і"', file: 'content/references.yaml', from: '- id: lin2010', to: '- id: l\u0456n2010', expected: ['content/references.yaml:1, entry "l\u0456n2010", field "id": must be lowercase letters and digits, such as "shao2007", but is the text "l\u0456n2010"; "\u0456" (U+0456) is not a plain ASCII letter, digit or hyphen'] },
		{ name: 'a section id with a Cyrillic "е"', file: second, from: 'id: second', to: 'id: s\u0435cond', expected: ['content/sections/02-second.mdx:2, entry "s\u0435cond", field "id": must be lowercase words joined by hyphens, such as "fund-support", but is the text "s\u0435cond"; "\u0435" (U+0435) is not a plain ASCII letter, digit or hyphen'] },
	]);
});

describe('links the browser could not follow', () => {
	testEdits([
		{ name: 'an anchor with a % not followed by two hex digits', ...at('Funds were [set up](#figure-growth%).', [`${where}: a link "#figure-growth%" has a % that is not followed by two hexadecimal digits (write %25 for a % itself); anchors are ids such as #fund-support`]) },
		{ name: 'a page of the site with a malformed % in its anchor', ...at('Funds were [set up](/second/#p%zz).', [`${where}: a link "/second/#p%zz" has a % that is not followed by two hexadecimal digits (write %25 for a % itself); anchors are ids such as #fund-support`]) },
	]);
});

describe('what the MDX parser cannot read, in the author’s words at the right line', () => {
	testEdits([
		{ name: 'a <style> element with CSS in it', ...at('<style>\nbody { color: red }\n</style>', [`${where}: <style> is HTML; sections are Markdown and the report’s own tags (${tags})`]) },
		{ name: 'an autolink to javascript:', ...at('Funds were <javascript:alert(1)> set up.', [`${where}: an address in angle brackets (<https://…>) is not a link in MDX; write [the link’s text](https://…) (http, https or mailto)`]) },
		{ name: 'an autolink to a web page', ...at('Funds were <https://example.org/> set up.', [`${where}: an address in angle brackets (<https://…>) is not a link in MDX; write [the link’s text](https://…) (http, https or mailto)`]) },
		{ name: 'a brace that JavaScript cannot read', ...at('Funds {were set up.', [`${where}: a { starts an expression in MDX, which would run as code; write the text without braces, or \\{ for a brace itself`]) },
		{ name: '10,000 nested quotes do not exhaust the stack', ...at(`${'>'.repeat(10000)} deep`, [`${where}: nests quotes, lists or tags too deeply; a section needs at most 16 levels (this line opens 10000)`]) },
		{ name: 'lists nested 3,000 deep', ...at(`${'- '.repeat(3000)}deep`, [`${where}: nests quotes, lists or tags too deeply; a section needs at most 16 levels (this line opens 3000)`]) },
		{ name: 'tags nested 5,000 deep', ...at(`${'<Term id="cluster">'.repeat(5000)}x${'</Term>'.repeat(5000)}`, [`${where}: nests quotes, lists or tags too deeply; a section needs at most 16 levels (tags inside tags 17 deep)`]) },
		{ name: 'a quote in a list in a quote is accepted', ...at('> - > Funds were set up.', []) },
	]);
	test('the parser’s failure and the walk give the same message without the loader', () => {
		expect(scanSection('x', `${'>'.repeat(10000)} deep`).problems).toEqual([{ line: 1, message: 'nests quotes, lists or tags too deeply; a section needs at most 16 levels (this line opens 10000)' }]);
	});
});
