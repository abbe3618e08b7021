import { symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { copyWithout, copyWriting, messages, removeCopies } from '../fixture-copy';
import { testEdits } from './cases';

afterAll(removeCopies);

const lock = 'permalinks.lock.json';
const recreate = 'restore it from version control (git checkout -- permalinks.lock.json); only to start a new lock on purpose, forgetting every address published so far, run `npm run permalinks:lock -- --new`';
const lostPage = (id: string, line: number) => `permalinks.lock.json:${line}: the page /${id}/ was published, and no section has the id or an alias "${id}" any more; to keep the address, add "aliases: [${id}]" to the frontmatter of the section that now holds its text`;
const lostAnchor = (page: string, anchor: string, line: number, what: string) => `permalinks.lock.json:${line}: the anchor /${page}/#${anchor} was published, and ${what}`;

describe('the permalink lock, read and checked before anything is drawn', () => {
	test('a lock that is missing stops the build with one message saying how to get it back', () => {
		expect(messages(copyWithout(lock))).toEqual([`permalinks.lock.json: is missing, so the build cannot tell which published addresses would break; ${recreate}`]);
	});
	test('a lock that is a link out of the project is refused without reading it', () => {
		expect(messages(copyWriting(lock, (path) => symlinkSync('/etc/passwd', path)))).toEqual([`permalinks.lock.json: is a link to a file outside the project, which the site never reads or publishes; put the file itself here instead of the link; ${recreate}`]);
	});
	test('a lock that is not UTF-8 is refused as such', () => {
		expect(messages(copyWriting(lock, (path) => writeFileSync(path, Buffer.from([0x7b, 0x0a, 0xff, 0xfe, 0x7d]))))).toEqual([`permalinks.lock.json:2: is not UTF-8 text (this line holds bytes that are not); save the file as UTF-8; ${recreate}`]);
	});
	testEdits([
		{ name: 'a lock left with merge-conflict markers', file: lock, from: '\t\t"first/": [', to: '<<<<<<< HEAD\n\t\t"first/": [', expected: [`permalinks.lock.json:7: holds merge-conflict markers (<<<<<<<); keep every address from both sides (a lock only grows), remove the markers, and build again; or ${recreate}`] },
		{ name: 'a lock with a comma missing is refused at its line', file: lock, from: '"abstract",', to: '"abstract"', expected: [`permalinks.lock.json:5: is not valid JSON (Expected ',' or ']' after array element); ${recreate}`] },
		{ name: 'a lock with a comma too many is refused as not JSON', file: lock, from: '"contents"\n', to: '"contents",\n', expected: [`permalinks.lock.json: is not valid JSON; ${recreate}`] },
		{ name: 'a lock that is not in the lock’s shape', file: lock, from: '"pages"', to: '"page"', expected: [`permalinks.lock.json: must hold {"pages": {"path/": ["anchor", …]}}; ${recreate}`] },
		{ name: 'a lock whose page lists a number', file: lock, from: '"cluster"', to: '12', expected: [`permalinks.lock.json: must hold {"pages": {"path/": ["anchor", …]}}; ${recreate}`] },
		{ name: 'a published heading renamed is reported as its anchor, with how to keep it', file: second, from: '<H2 id="park">', to: '<H2 id="the-park">', expected: [lostAnchor('second', 'park', 18, 'no heading of content/sections/02-second.mdx has that id any more; to keep the address, add aliases="park" to the heading that now holds its text')] },
		{ name: 'a published heading renamed with its old id kept as an alias is accepted', file: second, from: '<H2 id="park">', to: '<H2 id="the-park" aliases="park">', expected: [] },
		{ name: 'a heading alias that was published, dropped, is reported', file: first, from: '<H3 id="fund-support" aliases="funds">', to: '<H3 id="fund-support">', expected: [lostAnchor('first', 'funds', 7, 'no heading of content/sections/01-first.mdx has that id any more; to keep the address, add aliases="funds" to the heading that now holds its text')] },
		{ name: 'a published figure taken out of its section is reported as its anchor', file: first, from: '\n<Figure id="map" />', to: '', expected: [lostAnchor('first', 'figure-map', 7, '<Figure id="map" /> is no longer placed in content/sections/01-first.mdx; place it there again')] },
		{ name: 'a published reference taken out of the bibliography is reported as its anchor', file: 'content/references.yaml', from: '- id: ma2012', to: '- id: ma2013', expected: [lostAnchor('second', 'ref-ma2012', 18, 'content/references.yaml no longer has the entry "ma2012"; put the entry back')] },
	]);
	test('a section deleted is reported once, as the page that disappears, without what followed from it', () => {
		expect(messages(copyWithout(first))).toEqual([lostPage('first', 7)]);
	});
});

const first = 'content/sections/01-first.mdx';
const second = 'content/sections/02-second.mdx';
const heading = '<H2 id="park">The park</H2>';

describe('section ids and aliases', () => {
	testEdits([
		{ name: 'a section renamed with its old id kept as an alias is accepted while errata, places and facts still name the old id', file: second, from: 'id: second', to: 'id: later\naliases: [second]', expected: [] },
		{ name: 'a section renamed without an alias is reported as the published page it loses, and only that', file: second, from: 'id: second', to: 'id: later', expected: [lostPage('second', 18)] },
		{ name: 'two sections with the same id give one message', file: second, from: 'id: second', to: 'id: first', expected: ['content/sections/02-second.mdx:2, entry "first", field "id": "first" is already used by content/sections/01-first.mdx'] },
		{ name: 'an alias that is another section’s id', file: second, from: 'id: second', to: 'id: second\naliases: [first]', expected: ['content/sections/02-second.mdx:3, entry "second", field "aliases.0": "first" is already used by content/sections/01-first.mdx'] },
		{ name: 'an alias that is a page of the site', file: second, from: 'id: second', to: 'id: second\naliases: [glossary]', expected: ['content/sections/02-second.mdx:3, entry "second", field "aliases.0": "glossary" is a page of the site itself; choose another id'] },
		{ name: 'a section id that is the folder of the Chinese font (cached for a year there)', file: second, from: 'id: second', to: 'id: fonts', expected: ['content/sections/02-second.mdx:2, entry "fonts", field "id": "fonts" is a page of the site itself; choose another id'] },
		{ name: 'an alias that is the folder of the share images', file: second, from: 'id: second', to: 'id: second\naliases: [og]', expected: ['content/sections/02-second.mdx:3, entry "second", field "aliases.0": "og" is a page of the site itself; choose another id'] },
		{ name: 'a section id in capitals', file: second, from: 'id: second', to: 'id: Second', expected: ['content/sections/02-second.mdx:2, entry "Second", field "id": must be lowercase words joined by hyphens, such as "fund-support", but is the text "Second"'] },
		{ name: 'a section id with a slash, which would leave its folder', file: second, from: 'id: second', to: 'id: ../second', expected: ['content/sections/02-second.mdx:2, entry "../second", field "id": must be lowercase words joined by hyphens, such as "fund-support", but is the text "../second"'] },
		{ name: 'two sections with the same order', file: second, from: 'order: 2', to: 'order: 1', expected: ['content/sections/02-second.mdx:5, entry "second", field "order": 1 is also the order of content/sections/01-first.mdx'] },
		{ name: 'an order of 1e300', file: second, from: 'order: 2', to: 'order: 1e300', expected: ['content/sections/02-second.mdx:5, entry "second", field "order": is a position in reading order, so it must be a whole number from 1 to 1,000, but is number 1e+300'] },
	]);
});

describe('heading ids and aliases', () => {
	testEdits([
		{ name: 'a heading id with a space', file: second, from: heading, to: '<H2 id="the park">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" id": "the park" must be lowercase words joined by hyphens'] },
		{ name: 'a heading id that breaks out of its attribute', file: second, from: heading, to: '<H2 id="park&quot; onmouseover=&quot;alert(1)">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" id": "park" onmouseover="alert(1)" must be lowercase words joined by hyphens'] },
		{ name: 'a heading id that is a section id', file: second, from: heading, to: '<H2 id="first">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" id": "first" is also a section id; heading ids must differ from section ids'] },
		{ name: 'a heading alias that is another heading’s id', file: second, from: heading, to: '<H2 id="park" aliases="fund-support">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second", field "heading "The park" aliases": "fund-support" is already a heading in content/sections/01-first.mdx; heading ids are unique across the report'] },
		{ name: 'a heading id used twice in one section', file: first, from: '<H3 id="fund-support" aliases="funds">', to: '<H3 id="growth">', expected: ['content/sections/01-first.mdx:17, entry "first", field "heading "Fund support" id": "growth" is already a heading in content/sections/01-first.mdx; heading ids are unique across the report'] },
		{ name: 'a heading without an id', file: second, from: heading, to: '<H2>The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second": <H2> needs id="…"'] },
		{ name: 'a heading with an empty id', file: second, from: heading, to: '<H2 id="">The park</H2>', expected: ['content/sections/02-second.mdx:17, entry "second": <H2> needs id="…"'] },
	]);
});

describe('tags that name entries', () => {
	testEdits([
		{ name: 'an editorial-note marker for an erratum without "flag: true"', file: second, from: '<EdNote id="port-delta" />', to: '<EdNote id="port-delta" /> <EdNote id="towm-town" />', expected: ['content/sections/02-second.mdx:9, entry "second": <EdNote id="towm-town"> marks an erratum without "flag: true"'] },
		{ name: 'a place marked twice in one section', file: first, from: 'Funds were set up.', to: 'Funds <Zh id="ningbo" /> were set up.', expected: ['content/sections/01-first.mdx:19, entry "first": <Zh id="ningbo"> marks a mention that is not the first in this section; mark only the first'] },
		{ name: 'a figure placed twice', file: first, from: '<Figure id="map" />', to: '<Figure id="map" />\n\n<Figure id="torch" />', expected: ['content/sections/02-second.mdx:11, entry "second": <Figure id="torch"> is already placed in content/sections/01-first.mdx; place each figure once and refer to it with <FigRef id="torch" />'] },
		{ name: 'a figure reference to no figure', file: first, from: 'Funds were set up.', to: 'Funds <FigRef id="chart" /> were set up.', expected: ['content/sections/01-first.mdx:19, entry "first": <FigRef id="chart"> names no figure placed in the report'] },
		{ name: 'a term that is not in the glossary', file: first, from: '<Term id="cluster">', to: '<Term id="clustre">', expected: ['content/sections/01-first.mdx:9, entry "first": <Term id="clustre"> names no entry of content/glossary.yaml'] },
		{ name: 'a second reference list', file: first, from: 'Funds were set up.', to: '<ReferenceList />', expected: ['content/sections/02-second.mdx:21, entry "second": <ReferenceList /> is already placed in content/sections/01-first.mdx; the report has one reference list'] },
		{ name: 'a place discussed in a section that does not exist', file: 'content/data/places.yaml', from: 'sections: [second]', to: 'sections: [third]', expected: ['content/data/places.yaml:5, entry "xiamen", field "places.1.sections.0": "third" is not a section id'] },
		{ name: 'a fact stated in a section that does not exist', file: 'content/data/facts.yaml', from: 'section: second', to: 'section: third', expected: ['content/data/facts.yaml:12, entry "park-labs", field "section": "third" is not a section id'] },
	]);
});
