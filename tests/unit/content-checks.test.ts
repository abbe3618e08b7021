import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-checks';
import { loadReportSource } from '../../src/lib/content-source';
import { formatProblem } from '../../src/lib/data-errors';
import { editedCopy, fixture, messages, removeCopies } from './fixture-copy';

afterAll(removeCopies);

describe('checkContent', () => {
	test('accepts the small report and collects its citations and headings', () => {
		const result = checkContent(loadReportSource(fixture.href));
		expect(result.errors).toEqual([]);
		expect(result.citations.map((c) => c.anchor)).toEqual([
			'cite-shao2007-first-1',
			'cite-auhenderson2004-first-1',
			'cite-shao2007-first-2',
			'cite-auhenderson2004-first-2',
			'cite-torchprogram-second-1',
		]);
		expect(result.headings.get('first')?.map((h) => h.id)).toEqual(['growth', 'fund-support']);
	});
	test('reports a reference that nothing cites as a warning, not an error', () => {
		const root = editedCopy('content/references.yaml', (t) => `${t}- id: freeman1991\n  type: article-journal\n  author: [{ family: Freeman, given: C. }]\n  year: 1991\n  title: Networks of innovators\n`);
		const { errors, warnings } = checkContent(loadReportSource(root));
		expect(errors).toEqual([]);
		expect(warnings.map(formatProblem)).toContain('content/references.yaml, entry "freeman1991": is in the reference list but no section cites it');
	});
	test('refuses an unknown citation key, naming the file, line and key', () => {
		const root = editedCopy('content/sections/01-first.mdx', (t) => t.replace('[@shao2007].', '[@shoa2007].'));
		expect(messages(root)).toEqual(['content/sections/01-first.mdx:8, entry "first": cites "shoa2007", which is not a key in content/references.yaml']);
	});
	test('refuses a Markdown heading without a permanent id', () => {
		const root = editedCopy('content/sections/01-first.mdx', (t) => t.replace('<H2 id="growth">Growth</H2>', '## Growth'));
		expect(messages(root)[0]).toMatch(/01-first\.mdx:10, entry "first": Markdown heading "Growth" has no permanent id/);
	});
	test('refuses a heading id used twice in the report', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => `${t}\n<H2 id="growth">Growth again</H2>\n`);
		expect(messages(root)[0]).toMatch(/02-second\.mdx:\d+, entry "second", field "heading "Growth again" id": "growth" is already a heading in content\/sections\/01-first\.mdx/);
	});
	test('refuses two sections with the same id', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => t.replace('id: second', 'id: first'));
		expect(messages(root)).toContain('content/sections/02-second.mdx, entry "first", field "id": "first" is already used by content/sections/01-first.mdx');
	});
	test('refuses a section id that is a page of the site', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => t.replace('id: second', 'id: report'));
		expect(messages(root).join('\n')).toMatch(/field "id": "report" is a page of the site itself/);
	});
	test('refuses an editorial note marker that names no erratum', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => t.replace('chongqing-delta', 'chongqing-deltaa'));
		const all = messages(root).join('\n');
		expect(all).toMatch(/02-second\.mdx:8, entry "second": <EdNote id="chongqing-deltaa"> names no entry of content\/errata\.yaml/);
		expect(all).toMatch(/content\/errata\.yaml, entry "chongqing-delta", field "flag": is flagged but no <EdNote/);
	});
	test('refuses an erratum placed in a section that does not exist', () => {
		const root = editedCopy('content/errata.yaml', (t) => t.replace('section: first', 'section: frist'));
		expect(messages(root)).toEqual(['content/errata.yaml, entry "chin-china", field "section": "frist" is not a section id (nor "report")']);
	});
});

describe('loadReportSource', () => {
	test('refuses a section whose frontmatter lacks a field, naming the file and field', () => {
		const root = editedCopy('content/sections/01-first.mdx', (t) => t.replace(/summary: .*\n/, ''));
		expect(messages(root)).toEqual(['content/sections/01-first.mdx, entry "first", field "summary": is missing (it is required)']);
	});
	test('refuses a section order that is not a number', () => {
		const root = editedCopy('content/sections/01-first.mdx', (t) => t.replace('order: 1', 'order: first'));
		expect(messages(root)).toEqual(['content/sections/01-first.mdx, entry "first", field "order": must be a number, but is the text "first"']);
	});
	test('refuses a reference with a misspelt field and one with a duplicate id', () => {
		const root = editedCopy('content/references.yaml', (t) => t.replace('  publisher: Science Press', '  publsher: Science Press') + t.split('- id: auhenderson2004')[0].replace(/^/, ''));
		const all = messages(root);
		expect(all).toContain('content/references.yaml:1, entry "shao2007": has unknown field(s) "publsher" (misspelt?)');
		expect(all.some((m) => /entry "shao2007", field "id": repeats the id of entry number 1/.test(m))).toBe(true);
	});
	test('refuses a report file with a malformed version, and YAML that does not parse', () => {
		expect(messages(editedCopy('content/report.yaml', (t) => t.replace('"1.0.0"', 'one')))).toEqual([
			'content/report.yaml:6, field "version": must be a version such as "1.0.0", but is the text "one"',
		]);
		expect(messages(editedCopy('content/errata.yaml', (t) => t.replace('  kind: spelling', ' kind: [spelling'))).join('\n')).toMatch(
			/^content\/errata\.yaml:\d+: is not valid YAML/,
		);
	});
	test('refuses an erratum kind that is not one of the listed kinds', () => {
		const root = editedCopy('content/errata.yaml', (t) => t.replace('kind: spelling', 'kind: typo'));
		expect(messages(root)[0]).toMatch(/^content\/errata\.yaml:\d+, entry "chin-china", field "kind": must be one of "spelling", "grammar"/);
	});
});
