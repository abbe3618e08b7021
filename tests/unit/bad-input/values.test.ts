import { afterAll, describe, expect, test } from 'vitest';
import { textLinesAtMost } from '../../../src/site/picture-layouts';
import { removeCopies } from '../fixture-copy';
import { testEdits } from './cases';

afterAll(removeCopies);

const report = 'content/report.yaml';
const figures = 'content/data/figures.yaml';
const places = 'content/data/places.yaml';
const first = 'content/sections/01-first.mdx';
const today = new Date().toISOString().slice(0, 10);

describe('the report’s language and dates', () => {
	testEdits([
		{ name: 'a language written as its name', file: report, from: 'language: en', to: 'language: English', expected: ['content/report.yaml:12, field "language": must be a BCP 47 language tag such as "en" or "en-GB" (not the language’s name), but is the text "English"'] },
		{ name: 'a language tag with the region in lowercase', file: report, from: 'language: en', to: 'language: en-gb', expected: ['content/report.yaml:12, field "language": must be a BCP 47 language tag such as "en" or "en-GB" (not the language’s name), but is the text "en-gb"'] },
		{ name: 'a language with a script and a region is accepted', file: report, from: 'language: en', to: 'language: zh-Hans-CN', expected: [] },
		{ name: 'a publication date in the future', file: report, from: 'published: "2025-03-01"', to: 'published: "3000-01-01"', expected: [`content/report.yaml:9, field "dates.published": is 3000-01-01, which is after today (${today}); a report is dated when it was published or changed`, 'content/report.yaml:10, field "dates.modified": is 2025-04-15, before the report was published (3000-01-01)'] },
		{ name: 'a modification before the publication', file: report, from: 'modified: "2025-04-15"', to: 'modified: "2025-02-01"', expected: ['content/report.yaml:10, field "dates.modified": is 2025-02-01, before the report was published (2025-03-01)'] },
		{ name: 'a date that is no day of the calendar', file: report, from: 'modified: "2025-04-15"', to: 'modified: "2025-02-30"', expected: ['content/report.yaml:10, field "dates.modified": must be a date written YYYY-MM-DD, but is the text "2025-02-30"'] },
	]);
});

describe('places within the map’s scale', () => {
	testEdits([
		{ name: 'an extent of 45,000 km', file: places, from: 'kind: city, province: Zhejiang, lat: 29.87, lon: 121.54,', to: 'kind: delta, province: Zhejiang, lat: 29.87, lon: 121.54, extentKm: 45000,', expected: ['content/data/places.yaml:4, entry "ningbo", field "places.0.extentKm": is how far an area reaches from its centre, in km; the map of China is about 5,000 km across, so it must be at most 1,000, but is number 45000'] },
		{ name: 'coordinates outside China', file: places, from: 'lat: 29.87, lon: 121.54', to: 'lat: 121.54, lon: 29.87', expected: ['content/data/places.yaml:4, entry "ningbo", field "places.0.lat": must be at most 90, but is number 121.54'] },
	]);
});

describe('figure labels', () => {
	testEdits([
		{ name: 'a draft label given to two figures', file: figures, from: "  caption: The Spark Fund's projects and patents", to: "  caption: The Spark Fund's projects and patents\n  draftLabel: Table 1", expected: ['content/data/figures.yaml:19, entry "partnerships", field "draftLabel": "Table 1" is already the label of figure "torch"; each figure of the draft has its own number'] },
	]);
});

describe('lengths a layout must hold', () => {
	testEdits([
		{ name: 'a section title of 6,000 characters', file: first, from: 'title: The first section', to: `title: ${'Long words '.repeat(545)}x`, expected: ['content/sections/01-first.mdx:3, entry "first", field "title": must be at most 150 characters long (it has 5996)'] },
		{ name: 'a report title of 200 characters', file: report, from: 'title: Two Port Towns', to: `title: ${'Port '.repeat(40)}`, expected: ['content/report.yaml:1, field "title": must be at most 150 characters long (it has 199)'] },
	]);
	test('a share image’s title that needs more lines ends with "…" after a whole word', () => {
		const lines = textLinesAtMost('Clusters and innovation in the port towns of the south-east coast, their funds, parks and colleges, and what the government did', 600, 52, 2);
		expect(lines).toEqual(['Clusters and', 'innovation in the…']);
	});
	test('a title that fits is left as it is', () => {
		expect(textLinesAtMost('Two port towns', 600, 52, 2)).toEqual(['Two port towns']);
	});
});
