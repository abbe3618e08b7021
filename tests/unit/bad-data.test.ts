import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-checks';
import { loadReportSource } from '../../src/lib/content-source';
import { ContentError, formatProblem } from '../../src/lib/data-errors';

const fixture = new URL('../fixtures/mini/', import.meta.url);
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every problem the checks report for the small report with one data file edited as an author might. */
function problemsAfter(file: string, edit: (text: string) => string): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'report-data-'));
	copies.push(dir);
	cpSync(fixture, dir, { recursive: true });
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	if (after === before) throw new Error(`the edit of ${file} changed nothing: the test would prove nothing`);
	writeFileSync(path, after);
	try {
		return checkContent(loadReportSource(pathToFileURL(`${dir}/`).href)).errors.map(formatProblem);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
}

const cases: Array<{ name: string; file: string; edit: (t: string) => string; expected: RegExp }> = [
	{ name: 'a growth rate written as text', file: 'content/data/growth.yaml', edit: (t) => t.replace('value: 19.7', 'value: "19.7%"'), expected: /^content\/data\/growth\.yaml:\d+, entry "huizhou", field "cities\.0\.value": must be a number, but is the text "19\.7%"$/ },
	{ name: 'a growth rate above 100%', file: 'content/data/growth.yaml', edit: (t) => t.replace('value: 19.2', 'value: 120'), expected: /growth\.yaml:\d+, entry "shenzhen", field "cities\.1\.value": is a percentage, so it must lie between 0 and 100/ },
	{ name: 'a city without a name', file: 'content/data/growth.yaml', edit: (t) => t.replace('name: Dongguan, ', ''), expected: /growth\.yaml:\d+, entry "dongguan", field "cities\.2\.name": is missing \(it is required\)/ },
	{ name: 'a misspelt field', file: 'content/data/growth.yaml', edit: (t) => t.replace('province: Guangdong, value: 19.7', 'provnce: Guangdong, value: 19.7'), expected: /entry "huizhou", field "cities\.0": has unknown field\(s\) "provnce" \(misspelt\?\)/ },
	{ name: 'a city id used twice', file: 'content/data/growth.yaml', edit: (t) => t.replace('id: shenzhen', 'id: huizhou'), expected: /^content\/data\/growth\.yaml, entry "huizhou", field "id": is used twice in cities; ids must be unique$/ },
	{ name: 'an unknown source key for the growth figures', file: 'content/data/growth.yaml', edit: (t) => t.replace('source: cccr2005', 'source: cccr2050'), expected: /^content\/data\/growth\.yaml, field "source": "cccr2050" is not a key in content\/references\.yaml$/ },
	{ name: 'a growth unit that is not percent', file: 'content/data/growth.yaml', edit: (t) => t.replace('unit: percent', 'unit: count'), expected: /growth\.yaml:\d+, field "unit": .*percent/ },
	{ name: 'a typology origin that contradicts its driving force', file: 'content/data/typology.yaml', edit: (t) => t.replace('forceKind: state-owned\n    origin: endogenous', 'forceKind: state-owned\n    origin: exogenous'), expected: /^content\/data\/typology\.yaml, entry "state-owned", field "origin": must be "endogenous": state-owned enterprises make a cluster endogenous$/ },
	{ name: 'an unknown intensity', file: 'content/data/typology.yaml', edit: (t) => t.replace('intensity: labour', 'intensity: capital'), expected: /typology\.yaml:\d+, entry "rural-township", field "types\.0\.intensity": must be one of "labour", "technology", but is the text "capital"/ },
	{ name: 'a type with no representative cluster', file: 'content/data/typology.yaml', edit: (t) => t.replace(/clusters:\n {6}- \{ place: Wenzhou, province: Zhejiang \}/, 'clusters: []'), expected: /entry "rural-township", field "types\.0\.clusters": must list at least 1 item\(s\)/ },
	{ name: 'an unknown source key for the typology', file: 'content/data/typology.yaml', edit: (t) => t.replace('source: shao2007', 'source: shoa2007'), expected: /typology\.yaml, field "source": "shoa2007" is not a key/ },
	{ name: 'a Torch count that is not a whole number', file: 'content/data/torch.yaml', edit: (t) => t.replace('value: 14884', 'value: 14884.5'), expected: /torch\.yaml:\d+, field "projectsFunded\.value": must be a whole number/ },
	{ name: 'more ongoing Torch projects than funded ones', file: 'content/data/torch.yaml', edit: (t) => t.replace('value: 5541', 'value: 15541'), expected: /^content\/data\/torch\.yaml, field "ongoingProjects\.value": 15541 ongoing projects cannot exceed the 14884 funded$/ },
	{ name: 'a wrong unit for the launch year', file: 'content/data/torch.yaml', edit: (t) => t.replace('launched: { value: 1988, unit: year }', 'launched: { value: 1988, unit: count }'), expected: /torch\.yaml:\d+, field "launched\.unit": .*year/ },
	{ name: 'an unknown unit', file: 'content/data/torch.yaml', edit: (t) => t.replace('unit: billion-yuan', 'unit: yuan'), expected: /torch\.yaml:\d+, field "ongoingProfit\.unit": .*billion-yuan/ },
	{ name: 'a partnership link to an unknown enterprise', file: 'content/data/zhongguancun.yaml', edit: (t) => t.replace('{ from: pku, to: founder }', '{ from: pku, to: fonder }'), expected: /zhongguancun\.yaml, entry "pku → fonder", field "links\.4\.to": "fonder" is not an enterprise listed in enterprises/ },
	{ name: 'a partnership link from an unknown institution', file: 'content/data/zhongguancun.yaml', edit: (t) => t.replace('{ from: tsinghua, to: tongfang }', '{ from: tsinghwa, to: tongfang }'), expected: /entry "tsinghwa → tongfang", field "links\.6\.from": "tsinghwa" is not an institution listed in institutions/ },
	{ name: 'an enterprise that no link names', file: 'content/data/zhongguancun.yaml', edit: (t) => t.replace('  - { from: cas, to: daheng }\n', ''), expected: /zhongguancun\.yaml, entry "daheng", field "links": no link names this enterprise/ },
	{ name: 'an institution with an unknown parent', file: 'content/data/zhongguancun.yaml', edit: (t) => t.replace('short: CAS Institute of Computing Technology, parent: cas }', 'short: CAS Institute of Computing Technology, parent: csa }'), expected: /entry "cas-ict", field "parent": "csa" is not an institution/ },
	{ name: 'an id shared by an institution and an enterprise', file: 'content/data/zhongguancun.yaml', edit: (t) => t.replace('  - id: lenovo\n', '  - id: pku\n').replace('{ from: cas-ict, to: lenovo }', '{ from: cas-ict, to: pku }'), expected: /entry "pku", field "id": is used twice in institutions and enterprises/ },
	{ name: 'a lever percentage of 150', file: 'content/data/zhongguancun.yaml', edit: (t) => t.replace('value: 75, unit: percent', 'value: 150, unit: percent'), expected: /entry "land-transfer-share", field "levers\.2\.figures\.0\.value": is a percentage, so it must lie between 0 and 100, but is 150/ },
	{ name: 'an unknown policy source', file: 'content/data/zhongguancun.yaml', edit: (t) => t.replace('policySource: zscmc2002', 'policySource: zscmc2020'), expected: /zhongguancun\.yaml, field "policySource": "zscmc2020" is not a key/ },
	{ name: 'a Shanghai cluster count that does not match its districts', file: 'content/data/creative-industries.yaml', edit: (t) => t.replace('clusterCount: { value: 11, unit: count }', 'clusterCount: { value: 12, unit: count }'), expected: /creative-industries\.yaml, entry "shanghai", field "clusterCount\.value": says 12 clusters but 11 districts are listed/ },
	{ name: 'a date written in words', file: 'content/data/creative-industries.yaml', edit: (t) => t.replace('established: "2004-11-06"', 'established: "6 November 2004"'), expected: /creative-industries\.yaml:\d+, field "shanghai\.established": must be a date written YYYY-MM-DD/ },
	{ name: 'an unknown source for a Beijing cluster', file: 'content/data/creative-industries.yaml', edit: (t) => t.replace('source: keane2007', 'source: keane2017'), expected: /entry "chaoyang-cbd", field "source": "keane2017" is not a key/ },
	{ name: 'a quoted figure naming an unknown section', file: 'content/data/facts.yaml', edit: (t) => t.replace('section: first', 'section: contribution'), expected: /facts\.yaml, entry "wenzhou-lighters", field "section": "contribution" is not a section id/ },
	{ name: 'a quoted percentage above 100', file: 'content/data/facts.yaml', edit: (t) => t.replace('value: 70', 'value: 700'), expected: /facts\.yaml, entry "wenzhou-lighters", field "value": is a percentage, so it must lie between 0 and 100, but is 700/ },
	{ name: 'a place whose latitude and longitude are swapped', file: 'content/data/places.yaml', edit: (t) => t.replace('lat: 28.00, lon: 120.67', 'lat: 120.67, lon: 28.00'), expected: /places\.yaml:\d+, entry "wenzhou", field "places\.\d+\.lat": must be at most 90/ },
	{ name: 'a place outside China', file: 'content/data/places.yaml', edit: (t) => t.replace('lat: 28.00, lon: 120.67', 'lat: 48.85, lon: 2.35'), expected: /entry "wenzhou", field "places\.\d+\.lat": 48\.85°N, 2\.35°E lies outside China/ },
	{ name: 'a city without coordinates', file: 'content/data/places.yaml', edit: (t) => t.replace(', lat: 24.87, lon: 118.68', ''), expected: /entry "quanzhou", field "places\.\d+\.lat": is missing: a city needs coordinates/ },
	{ name: 'a Chinese name in Latin letters', file: 'content/data/places.yaml', edit: (t) => t.replace('chinese: 温州', 'chinese: Wenzhou'), expected: /entry "wenzhou", field "places\.\d+\.chinese": .*Chinese characters/ },
	{ name: 'a figure description quoting an unknown number', file: 'content/data/figures.yaml', edit: (t) => t.replace('Huizhou {growth.huizhou}', 'Huizhou {growth.huizou}'), expected: /figures\.yaml, entry "growth", field "description": quotes \{growth\.huizou\}, which names no number/ },
	{ name: 'a data file that is not valid YAML', file: 'content/data/torch.yaml', edit: (t) => t.replace('projectsFunded: { value: 14884, unit: count }', 'projectsFunded: { value: 14884, unit: count'), expected: /^content\/data\/torch\.yaml:\d+: is not valid YAML/ },
];

describe('bad data is refused with the file, the entry and the field', () => {
	test('the small report as it is has no problem', () => {
		expect(checkContent(loadReportSource(fixture.href)).errors).toEqual([]);
	});
	for (const c of cases) {
		test(`refuses ${c.name}`, () => {
			const problems = problemsAfter(c.file, c.edit);
			expect(problems.some((p) => c.expected.test(p)), `expected ${c.expected} among:\n${problems.join('\n')}`).toBe(true);
		});
	}
	test('refuses a number in the prose that names no data', () => {
		const problems = problemsAfter('content/sections/01-first.mdx', (t) => `${t}\nIt funded <Num id="torch.projects" /> projects.\n`);
		expect(problems.join('\n')).toMatch(/01-first\.mdx:\d+, entry "first": <Num id="torch\.projects"> names no number in content\/data\/ \(this data set has: torch\.launched, torch\.projects-funded/);
	});
	test('refuses a missing data file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'report-data-'));
		copies.push(dir);
		cpSync(fixture, dir, { recursive: true });
		rmSync(join(dir, 'content/data/growth.yaml'));
		expect(() => loadReportSource(pathToFileURL(`${dir}/`).href)).toThrow(/content\/data\/growth\.yaml: cannot be read \(is it missing\?\)/);
	});
});
