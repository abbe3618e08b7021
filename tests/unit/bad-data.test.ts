import { afterAll, describe, expect, test } from 'vitest';
import { loadReportSource } from '../../src/load/source';
import { buildModel } from '../../src/model/build';
import { fixture, removeCopies } from './fixture-copy';
import { testEdits } from './bad-input/cases';

afterAll(removeCopies);

const places = 'content/data/places.yaml';

// Data-set cases live in data-checks.test.ts; these cover the gazetteer and the figure captions.
describe('a bad gazetteer entry or figure caption is refused with the file, the entry and the field', () => {
	test('the small report as it is has no problem', { timeout: 20_000 }, () => {
		expect(buildModel(loadReportSource(fixture.href)).errors).toEqual([]);
	});
	testEdits([
		{ name: 'refuses a place whose latitude and longitude are swapped', file: places, from: 'lat: 29.87, lon: 121.54', to: 'lat: 121.54, lon: 29.87', expected: ['content/data/places.yaml:4, entry "ningbo", field "places.0.lat": must be at most 90, but is number 121.54'] },
		{ name: 'refuses a place outside China', file: places, from: 'lat: 29.87, lon: 121.54', to: 'lat: 48.85, lon: 2.35', expected: ['content/data/places.yaml:4, entry "ningbo", field "places.0.lat": 48.85°N, 2.35°E lies outside China; are latitude and longitude swapped?'] },
		{ name: 'refuses a city without coordinates', file: places, from: ', lat: 24.48, lon: 118.09', to: '', expected: ['content/data/places.yaml:5, entry "xiamen", field "places.1.lat": is missing: a city needs coordinates to be drawn on the map (or "within" another place)'] },
		{ name: 'refuses a Chinese name in Latin letters', file: places, from: 'chinese: 宁波', to: 'chinese: Ningbo', expected: ['content/data/places.yaml:4, entry "ningbo", field "places.0.chinese": must be written in Chinese characters, but is the text "Ningbo"'] },
		{ name: 'refuses a place within a place that does not exist', file: places, from: 'within: ningbo', to: 'within: ningpo', expected: ['content/data/places.yaml:6, entry "harbour-park", field "places.2.within": "ningpo" is not a place in the gazetteer'] },
		{ name: 'refuses a place within an organisation, which has no coordinates', file: places, from: 'within: ningbo', to: 'within: spark-office', expected: ['content/data/places.yaml:6, entry "harbour-park", field "places.2.within": "spark-office" must be a place with its own coordinates'] },
		{ name: 'refuses a figure description quoting an unknown number', file: 'content/data/figures.yaml', from: 'Ningbo grew {growth.ningbo}', to: 'Ningbo grew {growth.ningpo}', expected: ['content/data/figures.yaml:9, entry "growth", field "description": quotes {growth.ningpo}, which names no number in content/data/'] },
		{ name: 'refuses a caption for a chart that does not exist', file: 'content/data/figures.yaml', from: '- id: map\n', to: '- id: maps\n', expected: ['content/sections/01-first.mdx:23, entry "first": <Figure id="map"> has no caption: add an entry "map" to content/data/figures.yaml', 'content/data/figures.yaml:23, entry "maps", field "id": names no chart; the charts are map, typology, growth, torch, partnerships, innovation-system'] },
	]);
});
