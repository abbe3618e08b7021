import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { reportItem, sectionItem, type CslItem } from '../../../src/citation';
import { toBibtex, toCslJson, toRis } from '../../../src/citation/exports';
import { figureToCsl } from '../../../src/site/figure-citation';
import type { Report } from '../../../src/schemas/report';
import { citableSections, loadReport } from './content';

const base = 'https://example.org/reports/china-clusters/';
const report = loadReport();
const authored: Report = { ...report, authors: [{ family: 'Li', given: 'Wei' }, { literal: 'SMU Cluster Research Group' }], editors: [{ family: 'Tan', given: 'Mei Ling' }] };
const sections = citableSections();
const items = (r: Report): CslItem[] => [
	reportItem(r, `${base}report/`),
	...sections.map((s) => sectionItem(r, s, `${base}${s.id}/`)),
	figureToCsl(r, { id: 'growth', label: 'Figure E3', caption: 'Growth of cities with clusters' }, `${base}figures/growth/`),
];

describe('toBibtex', () => {
	// biblatex's manual (§2.1.1, §2.2.2): `@report` (`@techreport` its alias) has `version` and `institution`;
	// `langid` names the language for hyphenation and is not printed; `sortkey` sorts a work with no author.
	test('writes the report as @techreport with its institution, kind, bare month macro, version, langid and URL, and no access date', () => {
		expect(toBibtex(reportItem(report, `${base}report/`))).toBe(
			[
				'@techreport{clusters2026,',
				'  title = {Clusters and innovation in {China:} {The} formation and development of {SME} clusters in {China}},',
				'  key = {Clusters and innovation in China: The formation and development of SME clusters in China},',
				'  sortkey = {Clusters and innovation in China: The formation and development of SME clusters in China},',
				'  institution = {SMU},',
				'  type = {Draft report},',
				'  year = {2026},',
				'  month = nov,',
				'  date = {2026-11-28},',
				'  version = {1.0.0},',
				'  langid = {english},',
				`  url = {${base}report/}`,
				'}',
				'',
			].join('\n'),
		);
	});
	test('writes a section as @incollection whose booktitle is the report', () => {
		const bib = toBibtex(sectionItem(report, sections.find((s) => s.id === 'torch-program')!, `${base}torch-program/`));
		expect(bib.startsWith('@incollection{clusters2026_torch_program,\n')).toBe(true);
		expect(bib).toContain('  title = {Case study 2: {The} high-technology industry and the {Torch} {Program}},\n');
		expect(bib).toContain('  booktitle = {Clusters and innovation in {China:} {The} formation and development of {SME} clusters in {China}},\n');
		expect(bib).toContain('  publisher = {SMU},\n  year = {2026},\n  month = nov,\n');
		expect(bib).not.toContain('institution');
		// biblatex's @incollection has no `version` field: the version is the note plain.bst and biblatex both print.
		expect(bib).toContain('  note = {Version 1.0.0},\n');
		expect(bib).not.toMatch(/^ {2}(version|language|urldate) =/m);
	});
	test('writes a figure as a part of the report, as a section is, titled with its label and caption', () => {
		const bib = toBibtex(figureToCsl(report, { id: 'growth', label: 'Figure E3', caption: 'Growth of cities with clusters' }, `${base}figures/growth/`));
		expect(bib.startsWith('@incollection{clusters2026_figure_growth,\n')).toBe(true);
		expect(bib).toContain('  title = {Figure {E3.} {Growth} of cities with clusters},\n');
		expect(bib).toContain('  booktitle = {Clusters and innovation in {China:} {The} formation and development of {SME} clusters in {China}},\n  publisher = {SMU},\n');
		expect(bib).not.toMatch(/howpublished|@misc/);
	});
	test('names people as "Family, Given" and an organisation in double braces, joined by "and"', () => {
		const bib = toBibtex(reportItem(authored, `${base}report/`));
		expect(bib).toContain('  author = {Li, Wei and {SMU Cluster Research Group}},\n');
		expect(bib).toContain('  editor = {Tan, Mei Ling},\n');
		expect(bib).not.toContain('  key = ');
	});
	test('never writes an empty field', () => {
		for (const r of [report, authored]) for (const item of items(r)) expect(toBibtex(item)).not.toMatch(/=\s*(\{\s*\}|""|,)/);
	});
	test('escapes TeX\'s special characters in text', () => {
		expect(toBibtex(sectionItem(report, { id: 'x', title: 'R&D: 50% of $ and #1_a' }, `${base}x/`))).toContain('title = {{R\\&D:} 50\\% of \\$ and \\#1\\_a}');
	});
});

describe('toRis', () => {
	test('writes one tag per line, however long, and closes the record with "ER  - " and its trailing space', () => {
		for (const r of [report, authored])
			for (const item of items(r)) {
				const ris = toRis(item);
				expect(ris.endsWith('\nER  - \n')).toBe(true);
				const lines = ris.slice(0, -1).split('\n');
				for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - \S.*$|^ER  - $/);
				expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(1);
			}
		const long = toRis(sectionItem(report, { id: 'long', title: 'A very long title '.repeat(20).trim() }, `${base}long/`));
		expect(long).toContain(`TI  - ${'A very long title '.repeat(20).trim()}\n`);
	});
	// Zotero's RIS translator (zotero/translators, RIS.js): `ET` is the edition of a report or chapter (a version
	// only for software and data sets), `M2` goes to Extra, where "version: …" is the CSL version its styles print.
	test('writes the report as RPRT with its date, publisher, kind, version (in M2, not ET), language and URL, and no access date', () => {
		expect(toRis(reportItem(report, `${base}report/`))).toBe(
			[
				'TY  - RPRT',
				'TI  - Clusters and innovation in China: The formation and development of SME clusters in China',
				'PY  - 2026',
				'DA  - 2026/11/28/',
				'PB  - SMU',
				'M3  - Draft report',
				'M2  - version: 1.0.0',
				'LA  - en',
				`UR  - ${base}report/`,
				'ID  - clusters2026',
				'ER  - ',
				'',
			].join('\n'),
		);
	});
	test('writes a section as CHAP with the report as T2, its date and version', () => {
		const ris = toRis(sectionItem(authored, sections.find((s) => s.id === 'zhongguancun')!, `${base}zhongguancun/`));
		expect(ris.split('\n').slice(0, 8)).toEqual([
			'TY  - CHAP',
			'TI  - Case study 3: Innovation and policy in Zhongguancun Science Park',
			'AU  - Li, Wei',
			'AU  - SMU Cluster Research Group',
			'ED  - Tan, Mei Ling',
			'T2  - Clusters and innovation in China: The formation and development of SME clusters in China',
			'PY  - 2026',
			'DA  - 2026/11/28/',
		]);
		expect(ris).toContain('\nM2  - version: 1.0.0\n');
		expect(ris).not.toMatch(/^(ET|Y2) /m);
	});
	test('writes a figure as CHAP with the report as T2, as a section', () => {
		const ris = toRis(figureToCsl(report, { id: 'growth', label: 'Figure E3', caption: 'Growth of cities with clusters' }, `${base}figures/growth/`));
		expect(ris.split('\n').slice(0, 3)).toEqual(['TY  - CHAP', 'TI  - Figure E3. Growth of cities with clusters', 'T2  - Clusters and innovation in China: The formation and development of SME clusters in China']);
	});
});

/**
 * The CSL schema's own lists of item types and variables, read from the schema that csl-validator-wasm ships
 * (`csl-types.rnc`, `csl-variables.rnc` inside its rnv.wasm). No npm package ships the CSL-JSON schema
 * (`csl-data.json`), so the items are checked against these lists and the types the CSL-JSON schema gives
 * each kind of variable: names as arrays of name objects, dates as date-parts, the rest strings or numbers.
 */
function cslSchemaLists(): Record<'types' | 'dates' | 'names' | 'numbers' | 'strings' | 'titles', Set<string>> {
	const wasm = readFileSync(createRequire(import.meta.url).resolve('csl-validator-wasm/rnv.wasm')).toString('latin1');
	const file = (name: string) => {
		const start = wasm.indexOf(`/schema/${name}`);
		expect(start).toBeGreaterThan(-1);
		return wasm.slice(start, wasm.indexOf('/schema/', start + 10));
	};
	const list = (text: string, pattern: string) => {
		const start = text.indexOf(`${pattern} =`);
		expect(start).toBeGreaterThan(-1);
		const rest = text.slice(start + pattern.length + 2);
		return new Set([...rest.slice(0, rest.search(/\n\s*(##|[a-z.-]+ =|\})/)).matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
	};
	const variables = file('csl-variables.rnc');
	return {
		types: list(file('csl-types.rnc'), 'item-types'),
		dates: list(variables, 'variables.dates'),
		names: list(variables, 'variables.names'),
		numbers: list(variables, 'variables.numbers'),
		strings: list(variables, 'variables.strings'),
		titles: list(variables, 'variables.titles'),
	};
}

describe('toCslJson', () => {
	const schema = cslSchemaLists();
	test('reads the CSL schema lists it checks against', () => {
		expect(schema.types).toContain('report');
		expect(schema.dates).toEqual(new Set(['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted']));
		expect(schema.names).toContain('container-author');
		expect(schema.numbers).toContain('version');
		expect(schema.strings).toContain('citation-key');
		expect(schema.titles).toContain('container-title');
	});
	test('writes only CSL item types and variables, each of the kind the CSL-JSON schema gives it', () => {
		for (const r of [report, authored])
			for (const item of items(r)) {
				const [parsed] = JSON.parse(toCslJson(item)) as [Record<string, unknown>];
				expect(parsed).toEqual(item);
				expect(schema.types).toContain(parsed.type);
				expect(typeof parsed.id).toBe('string');
				for (const [key, value] of Object.entries(parsed)) {
					if (key === 'id' || key === 'type') continue;
					if (schema.dates.has(key)) expect(value).toEqual({ 'date-parts': [expect.arrayContaining([expect.any(Number)])] });
					else if (schema.names.has(key))
						for (const name of value as object[]) expect(Object.keys(name).every((k) => ['family', 'given', 'literal'].includes(k))).toBe(true);
					else if (schema.numbers.has(key)) expect(['string', 'number']).toContain(typeof value);
					else if (schema.strings.has(key) || schema.titles.has(key)) expect(typeof value).toBe('string');
					else throw new Error(`"${key}" is not a CSL variable`);
				}
			}
	});
});
