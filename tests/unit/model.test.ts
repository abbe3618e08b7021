import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/load/problems';
import { loadReportSource } from '../../src/load/source';
import { buildModel } from '../../src/model/build';
import { editedCopy, fixture, messages, modelOf, removeCopies, replaceOnce } from './fixture-copy';

afterAll(removeCopies);

const model = () => modelOf(fixture.href);

describe('buildModel', () => {
	test('accepts the small report and numbers its citations per work and section in reading order', { timeout: 20_000 }, () => {
		const anchors = model().references.flatMap((r) => r.citedIn.flatMap((c) => c.anchors));
		expect(anchors.sort()).toEqual(['cite-lin2010-first-1', 'cite-lin2010-first-2', 'cite-ma2012-first-1', 'cite-ma2012-first-2', 'cite-parkrules2011-second-1', 'cite-sparkfund-second-1', 'cite-ye2018-second-1', 'cite-zhou2015-second-1']);
		expect(model().section('first').headings.map((h) => h.id)).toEqual(['growth', 'fund-support']);
	});
	test('reports a reference that nothing cites as a warning, not an error', () => {
		const root = editedCopy('content/references.yaml', (t) => `${t}- id: freeman1991\n  type: article-journal\n  author: [{ family: Freeman, given: C. }]\n  year: 1991\n  title: Networks of innovators\n`);
		const { errors, warnings } = buildModel(loadReportSource(root));
		expect(errors).toEqual([]);
		expect(warnings.map(formatProblem)).toContain('content/references.yaml:49, entry "freeman1991": is in the reference list but no section cites it');
	});
	test('refuses an unknown citation key, naming the file, line and key', () => {
		const root = editedCopy('content/sections/01-first.mdx', (t) => t.replace('[@lin2010].', '[@lni2010].'));
		expect(messages(root)).toEqual(['content/sections/01-first.mdx:9, entry "first": cites "lni2010", which is not a key in content/references.yaml']);
	});
	test('refuses a heading id used twice in the report', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => `${t}\n<H2 id="growth">Growth again</H2>\n`);
		expect(messages(root)[0]).toMatch(/02-second\.mdx:\d+, entry "second", field "heading "Growth again" id": "growth" is already a heading in content\/sections\/01-first\.mdx/);
	});
	test('refuses two sections with the same id once, without the consequences', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => t.replace('id: second', 'id: first'));
		expect(messages(root)).toEqual(['content/sections/02-second.mdx:2, entry "first", field "id": "first" is already used by content/sections/01-first.mdx']);
	});
	test('refuses a section id that is a page of the site', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => t.replace('id: second', 'id: report'));
		expect(messages(root)).toEqual(['content/sections/02-second.mdx:2, entry "report", field "id": "report" is a page of the site itself; choose another id']);
	});
	test('refuses an editorial note marker that names no erratum', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => t.replace('port-delta', 'port-deltaa'));
		expect(messages(root)).toEqual([
			'content/sections/02-second.mdx:9, entry "second": <EdNote id="port-deltaa"> names no entry of content/errata.yaml',
			'content/errata.yaml:16, entry "port-delta", field "flag": is flagged but no <EdNote id="port-delta" /> marks it in section "second"',
		]);
	});
	test('refuses an erratum placed in a section that does not exist', () => {
		const root = editedCopy('content/errata.yaml', (t) => t.replace('section: first\n  kind: spelling', 'section: frist\n  kind: spelling'));
		expect(messages(root)).toEqual(['content/errata.yaml:18, entry "towm-town", field "section": "frist" is not a section id (nor "report")']);
	});
	test('accepts a renamed section everywhere its old id is still named, through its alias', () => {
		const root = editedCopy('content/sections/02-second.mdx', (t) => t.replace('id: second', 'id: later\naliases: [second]'));
		expect(messages(root)).toEqual([]);
	});
});

describe('loadReportSource', () => {
	test('refuses a section whose frontmatter lacks a field, naming the file and field', () => {
		const root = editedCopy('content/sections/01-first.mdx', (t) => t.replace(/summary: .*\n/, ''));
		expect(messages(root)).toEqual(['content/sections/01-first.mdx:1, entry "first", field "summary": is missing (it is required)']);
	});
	test('refuses a section order that is not a number, at its line', () => {
		const root = editedCopy('content/sections/01-first.mdx', (t) => t.replace('order: 1', 'order: first'));
		expect(messages(root)).toEqual(['content/sections/01-first.mdx:5, entry "first", field "order": must be a number, but is the text "first"']);
	});
	test('refuses a reference with a misspelt field and one with a duplicate id', () => {
		const root = editedCopy('content/references.yaml', (t) => t.replace('  publisher: Harbour Press', '  publsher: Harbour Press') + t.split('- id: ma2012')[0]);
		const all = messages(root);
		expect(all.some((m) => /^content\/references\.yaml:\d+, entry "lin2010", field "": has unknown field\(s\) "publsher"|entry "lin2010": has unknown field\(s\) "publsher" \(misspelt\?\)/.test(m)), all.join('\n')).toBe(true);
		expect(all.some((m) => /entry "lin2010", field "id": repeats the id of entry number 1/.test(m))).toBe(true);
	});
	test('refuses a report file with a malformed version, and YAML that does not parse', () => {
		expect(messages(editedCopy('content/report.yaml', (t) => t.replace('"0.3.1"', 'one')))).toEqual([
			'content/report.yaml:6, field "version": must be a version such as "1.0.0", but is the text "one"',
		]);
		expect(messages(editedCopy('content/errata.yaml', (t) => t.replace('  kind: spelling', ' kind: [spelling'))).join('\n')).toMatch(/^content\/errata\.yaml:\d+: is not valid YAML/);
	});
	test('refuses an erratum kind that is not one of the listed kinds', () => {
		const root = editedCopy('content/errata.yaml', (t) => t.replace('kind: spelling', 'kind: typo'));
		expect(messages(root)[0]).toMatch(/^content\/errata\.yaml:\d+, entry "towm-town", field "kind": must be one of "spelling", "grammar"/);
	});
});

describe('the model built again after an edit', () => {
	const first = 'content/sections/01-first.mdx';
	const cited = (m: ReturnType<typeof model>) => m.sections.flatMap((s) => s.citations.map((c) => c.rendered));
	test('a prose edit runs no citation style and lays out no chart again: their results are the very same objects', () => {
		const before = model();
		const after = modelOf(editedCopy(first, replaceOnce('Funds were set up.', 'Funds were set up at once.')));
		expect(after.section('first').body).toContain('Funds were set up at once.');
		expect(cited(after).length).toBeGreaterThan(3);
		cited(after).forEach((rendered, i) => expect(rendered).toBe(cited(before)[i]));
		for (const figure of after.figures) expect(figure.chart).toBe(before.figure(figure.id).chart);
	});
	test('a changed reference runs the style again, and a changed data set lays out its chart again, alone', () => {
		const before = model();
		const renamed = modelOf(editedCopy('content/references.yaml', replaceOnce('{ family: Lin, given: Q. }', '{ family: Lim, given: Q. }')));
		expect(cited(renamed)[0]).not.toBe(cited(before)[0]);
		expect(cited(renamed)[0]!.parts[0]!.text).toBe('Lim, 2010');
		const grown = modelOf(editedCopy('content/data/growth.yaml', replaceOnce('value: 14.5', 'value: 14.6')));
		expect(grown.figure('growth').chart).not.toBe(before.figure('growth').chart);
		for (const figure of grown.figures.filter((f) => f.id !== 'growth')) expect(figure.chart).toBe(before.figure(figure.id).chart);
	});
});
