import { describe, expect, test } from 'vitest';
import { citationLabel, citationOccurrences, findCitations, numberCitations } from '../../src/lib/citations';
import type { Reference } from '../../src/schemas/reference';

const shao: Reference = { id: 'shao2007', type: 'book', author: [{ family: 'Shao', given: 'J. Y.' }], year: 2007, title: 'T' };
const au: Reference = { id: 'auhenderson2004', type: 'report', author: [{ family: 'Au' }, { family: 'Henderson' }], year: 2004, title: 'T' };
const torch: Reference = { id: 'torchprogram', type: 'webpage', author: [{ literal: 'Torch Program' }], title: 'T' };

describe('findCitations', () => {
	test('finds a parenthetical citation with one key', () => {
		const { tokens, errors } = findCitations('Clusters boomed [@shao2007].');
		expect(errors).toEqual([]);
		expect(tokens).toEqual([{ mode: 'parenthetical', items: [{ key: 'shao2007' }], start: 16, end: 27, raw: '[@shao2007]' }]);
	});
	test('finds several keys and a locator in one bracket', () => {
		const { tokens } = findCitations('[@chen2000; @arvanitis2006, p. 12]');
		expect(tokens[0].items).toEqual([{ key: 'chen2000' }, { key: 'arvanitis2006', locator: 'p. 12' }]);
	});
	test('finds a narrative citation after a space but not inside an e-mail address', () => {
		const { tokens } = findCitations('As @joung2006 argues; write to editor@smu.example.');
		expect(tokens.map((t) => [t.mode, t.items[0].key])).toEqual([['narrative', 'joung2006']]);
	});
	test('does not read a bracketed key twice as narrative', () => {
		expect(findCitations('[@shao2007]').tokens).toHaveLength(1);
	});
	test('reports a malformed bracket instead of keeping it as text', () => {
		const { errors } = findCitations('see [@Shao 2007]');
		expect(errors[0].message).toMatch(/not a citation/);
	});
});

describe('numberCitations', () => {
	test('numbers each work separately in reading order, across calls when given the counts', () => {
		const counts = new Map<string, number>();
		const first = numberCitations('sec', findCitations('[@a2000] and [@b2001; @a2000]').tokens, counts);
		const second = numberCitations('sec', findCitations('[@a2000]').tokens, counts);
		expect(first.map((t) => t.anchors)).toEqual([['cite-a2000-sec-1'], ['cite-b2001-sec-1', 'cite-a2000-sec-2']]);
		expect(second[0].anchors).toEqual(['cite-a2000-sec-3']);
	});
});

describe('citationOccurrences', () => {
	test('ignores citation-like text inside fenced code', () => {
		const body = 'Text [@shao2007].\n\n```\n[@shao2007]\n```\n';
		expect(citationOccurrences('first', body)).toEqual([{ key: 'shao2007', section: 'first', anchor: 'cite-shao2007-first-1' }]);
	});
});

describe('citationLabel', () => {
	test('reads "(Shao, 2007)" inside parentheses and "Shao (2007)" in the sentence', () => {
		expect(citationLabel(shao, 'parenthetical')).toBe('Shao, 2007');
		expect(citationLabel(shao, 'narrative')).toBe('Shao (2007)');
	});
	test('joins two authors with "and" and adds a locator', () => {
		expect(citationLabel(au, 'parenthetical', 'p. 3')).toBe('Au and Henderson, 2004, p. 3');
	});
	test('uses the organisation as author and "n.d." for an undated web site', () => {
		expect(citationLabel(torch, 'parenthetical')).toBe('Torch Program, n.d.');
	});
});
