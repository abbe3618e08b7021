import { describe, expect, test } from 'vitest';
import { findCitations } from '../../src/load/citation-syntax';

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
