import { describe, expect, test } from 'vitest';
import { displayName, fullTitle, sortName } from '../../src/format/names';
import { formatNumber, formatQuantity } from '../../src/format/number';
import { citableTargets, citeBlock } from '../../src/site/cite';
import { dataDownload } from '../../src/site/downloads';
import { editorialNotes } from '../../src/site/editorial-notes';
import { contentsMenu, menuSections, neighbours, outline, pageFrame } from '../../src/site/page-frame';
import { createUrls } from '../../src/site/urls';
import { fixture, modelOf } from './fixture-copy';

const model = modelOf(fixture.href);
const urls = createUrls('/reports/x/', 'https://example.org');

describe('createUrls', () => {
	test('writes pages, sections and anchors under the base path, and absolute addresses on the origin', () => {
		expect(urls.page()).toBe('/reports/x/');
		expect(urls.page('glossary/', 'hukou')).toBe('/reports/x/glossary/#hukou');
		expect(urls.section('first', 'growth')).toBe('/reports/x/first/#growth');
		expect(urls.absolute('first/')).toBe('https://example.org/reports/x/first/');
		expect(createUrls('/', 'https://example.org').page('/first/')).toBe('/first/');
	});
});

describe('names and numbers', () => {
	test('write a person for reading, for sorting, and an organisation as it is', () => {
		expect(displayName({ family: 'Kuchiki', given: 'Akifumi' })).toBe('Akifumi Kuchiki');
		expect(sortName({ family: 'Kuchiki', given: 'Akifumi' })).toBe('Kuchiki, Akifumi');
		expect(sortName({ literal: 'SMU Cluster Group' })).toBe('SMU Cluster Group');
		expect(fullTitle({ title: 'A', subtitle: 'B' })).toBe('A: B');
	});
	test('group thousands but not years, and add the unit', () => {
		expect(formatNumber(14884, 'count')).toBe('14,884');
		expect(formatNumber(1988, 'year')).toBe('1988');
		expect(formatQuantity({ value: 3, unit: 'years' })).toBe('3 years');
		expect(formatQuantity({ value: 1, unit: 'years' })).toBe('1 year');
		expect(formatQuantity({ value: 3.14, unit: 'billion-yuan' })).toBe('3.14 billion yuan');
	});
});

describe('pageFrame', () => {
	const frame = pageFrame(model, urls, { title: model.section('first').title, description: model.section('first').summary, path: 'first/', current: 'first', cite: { kind: 'section', section: 'first' } });
	test('names the page after the report, marks the current section and links the canonical address', () => {
		expect(frame.documentTitle).toBe(`${model.section('first').title} · ${model.meta.title}`);
		expect(frame.canonical).toBe('https://example.org/reports/x/first/');
		expect(frame.contents.filter((c) => c.current).map((c) => c.href)).toEqual(['/reports/x/first/']);
	});
	test('writes one description (the layout’s) and the section’s citation record', () => {
		expect(frame.meta.some((t) => 'name' in t && t.name === 'description')).toBe(false);
		expect(frame.meta.find((t) => 'name' in t && t.name === 'citation_inbook_title')).toBeTruthy();
	});
	test('gives a page that is not a work no citation record and no JSON-LD', () => {
		const glossary = pageFrame(model, urls, { title: 'Glossary', description: 'Terms.', path: 'glossary/', cite: { kind: 'none' } });
		expect(glossary.meta.filter((t) => 'name' in t && t.name.startsWith('citation_'))).toEqual([]);
		expect(glossary.jsonLd).toBeUndefined();
	});
});

describe('outline and neighbours', () => {
	test('nest H3 headings under the H2 before them', () => {
		const headings = [
			{ depth: 2 as const, id: 'a', aliases: [], text: 'A', line: 1 },
			{ depth: 3 as const, id: 'a1', aliases: [], text: 'A1', line: 2 },
			{ depth: 3 as const, id: 'a2', aliases: [], text: 'A2', line: 3 },
			{ depth: 2 as const, id: 'b', aliases: [], text: 'B', line: 4 },
		];
		expect(outline(headings)).toEqual([
			{ id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1' }, { id: 'a2', text: 'A2' }] },
			{ id: 'b', text: 'B', children: [] },
		]);
	});
	test('link the sections before and after in reading order', () => {
		const [first, second] = model.sections;
		expect(neighbours(model, urls, first!)).toEqual({ next: { href: urls.section(second!.id), label: second!.short } });
		expect(neighbours(model, urls, second!).previous).toEqual({ href: urls.section(first!.id), label: first!.short });
	});
});

describe('editorialNotes', () => {
	test('counts every erratum and groups them by where they apply, the report first', () => {
		const notes = editorialNotes(model, urls);
		expect(notes.count).toBe(model.errata.length);
		expect(notes.groups.flatMap((g) => g.entries).length).toBe(model.errata.length);
		expect(notes.groups.map((g) => g.anchor)).toEqual([...new Set(notes.groups.map((g) => g.anchor))]);
	});
});

describe('citations and downloads', () => {
	test('offer the report and every section, each block with its three downloads under the base path', () => {
		expect(citableTargets(model)).toEqual(['report', ...model.sections.map((s) => s.id)]);
		const block = citeBlock(model, urls, 'first');
		expect(block.downloads.map((d) => d.href)).toEqual(['/reports/x/cite/first.bib', '/reports/x/cite/first.ris', '/reports/x/cite/first.json']);
		// APA cites a section through the report (in the text and in the list); the other three styles the section itself.
		expect(block.styles.map((s) => s.id)).toEqual(['apa-in-text', 'apa', 'chicago-author-date', 'modern-language-association', 'harvard-cite-them-right']);
		expect(block.styles[1]!.runs).toEqual(citeBlock(model, urls, 'report').styles.find((s) => s.id === 'apa')!.runs);
	});
	test('write a figure’s JSON with its label and the same rows as its table', () => {
		const figure = model.figures[0]!;
		const json = JSON.parse(dataDownload(figure, 'json').body) as { figure: string; rows: unknown[] };
		expect(json.figure).toBe(figure.label);
		expect(json.rows).toHaveLength(figure.table.rows.length);
	});
});

describe('contentsMenu', () => {
	const many = (n: number) => ({ ...model, sections: Array.from({ length: n }, (_, i) => ({ ...model.sections[0]!, id: `s${i + 1}`, short: `S${i + 1}` })) });
	test('lists every section of a short report, the page’s own marked', () => {
		const menu = contentsMenu(model, urls, model.sections[0]!.id);
		expect(menu.contents.map((c) => c.label)).toEqual(model.sections.map((s) => s.short));
		expect(menu.contents.filter((c) => c.current)).toHaveLength(1);
		expect(menu.allContents).toBeUndefined();
	});
	test('in a long report lists a dozen sections around the page’s own and links to the full contents, so no page grows with the report', () => {
		const long = many(400);
		const menu = contentsMenu(long, urls, 's200');
		expect(menu.contents).toHaveLength(menuSections);
		expect(menu.contents.find((c) => c.current)?.label).toBe('S200');
		expect(menu.contentsStart).toBe(Number(menu.contents[0]!.label.slice(1)));
		expect(menu.allContents).toEqual({ href: urls.page('', 'contents'), label: 'All 400 sections' });
		expect(contentsMenu(long, urls, 's1').contents[0]!.label).toBe('S1');
		expect(contentsMenu(long, urls, 's400').contents.at(-1)!.label).toBe('S400');
		expect(contentsMenu(long, urls).contents.map((c) => c.label)).toEqual(long.sections.slice(0, menuSections).map((s) => s.short));
	});
});
