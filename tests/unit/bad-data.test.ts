import { afterAll, describe, expect, test } from 'vitest';
import { loadReportSource } from '../../src/load/source';
import { buildModel } from '../../src/model/build';
import { editedCopy, fixture, messages, removeCopies } from './fixture-copy';

afterAll(removeCopies);

/** Every problem the checks report for the small report with one data file edited as an author might. */
const problemsAfter = (file: string, edit: (text: string) => string): string[] => messages(editedCopy(file, edit));

const cases: Array<{ name: string; file: string; edit: (t: string) => string; expected: RegExp }> = [
	{ name: 'a place whose latitude and longitude are swapped', file: 'content/data/places.yaml', edit: (t) => t.replace('lat: 29.87, lon: 121.54', 'lat: 121.54, lon: 29.87'), expected: /places\.yaml:\d+, entry "ningbo", field "places\.\d+\.lat": must be at most 90/ },
	{ name: 'a place outside China', file: 'content/data/places.yaml', edit: (t) => t.replace('lat: 29.87, lon: 121.54', 'lat: 48.85, lon: 2.35'), expected: /entry "ningbo", field "places\.\d+\.lat": 48\.85°N, 2\.35°E lies outside China/ },
	{ name: 'a city without coordinates', file: 'content/data/places.yaml', edit: (t) => t.replace(', lat: 24.48, lon: 118.09', ''), expected: /entry "xiamen", field "places\.\d+\.lat": is missing: a city needs coordinates/ },
	{ name: 'a Chinese name in Latin letters', file: 'content/data/places.yaml', edit: (t) => t.replace('chinese: 宁波', 'chinese: Ningbo'), expected: /entry "ningbo", field "places\.\d+\.chinese": .*Chinese characters/ },
	{ name: 'a figure description quoting an unknown number', file: 'content/data/figures.yaml', edit: (t) => t.replace('Ningbo grew {growth.ningbo}', 'Ningbo grew {growth.ningpo}'), expected: /figures\.yaml, entry "growth", field "description": quotes \{growth\.ningpo\}, which names no number/ },
];

// Data-set cases live in data-checks.test.ts; these cover the gazetteer and the figure captions.
describe('a bad gazetteer entry or figure caption is refused with the file, the entry and the field', () => {
	test('the small report as it is has no problem', { timeout: 20_000 }, () => {
		expect(buildModel(loadReportSource(fixture.href)).errors).toEqual([]);
	});
	for (const c of cases) {
		test(`refuses ${c.name}`, () => {
			const problems = problemsAfter(c.file, c.edit);
			expect(problems.some((p) => c.expected.test(p)), `expected ${c.expected} among:\n${problems.join('\n')}`).toBe(true);
		});
	}
});
