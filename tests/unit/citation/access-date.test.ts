// The cite-this script writes the reader's access date itself (src/citation/access-date.ts): it must be the
// date as the style writes it, in every month. Checked against the style, through citeproc.
import { describe, expect, test } from 'vitest';
import { accessDateText, accessSlot } from '../../../src/citation/access-date';
import { bibliographyEngine } from '../../../src/citation/engine';
import { styleLocale } from '../../../src/citation/styles';

describe('the access date the cite-this script writes', () => {
	test('is the date Cite Them Right writes, for every month and for one- and two-digit days', () => {
		const engine = bibliographyEngine('harvard-cite-them-right', 'text');
		for (let month = 1; month <= 12; month++)
			for (const day of [1, 9, 28]) {
				const [[, entry] = ['', '']] = engine.entries([{ id: 'page', type: 'webpage', title: 'A page', URL: 'https://example.org/', issued: { 'date-parts': [[2020]] }, accessed: { 'date-parts': [[2027, month, day]] } }]);
				expect(entry).toContain(`(Accessed: ${accessDateText(new Date(Date.UTC(2027, month - 1, day)), styleLocale['harvard-cite-them-right'], 'UTC')})`);
			}
		engine.release();
	});
	test('finds the slot where a style adds the access date, and nothing where it adds none', () => {
		expect(accessSlot('A. Available at: URL.', 'A. Available at: URL (Accessed: 3 February 2001).', 'en-GB')).toEqual({ htmlBefore: 'A. Available at: URL', htmlAfter: '.', before: ' (Accessed: ', after: ')', locale: 'en-GB' });
		expect(accessSlot('A. URL.', 'A. URL.', 'en-GB')).toBeUndefined();
	});
	test('refuses an access date the script would write otherwise', () => {
		expect(() => accessSlot('A. URL.', 'A. URL. Accessed 2001-02-03.', 'en-GB')).toThrow('the style prints an access date as');
		expect(() => accessSlot('A. <i>URL</i>.', 'A. <i>URL (Accessed: 3 February 2001)</i>.', 'en-GB')).not.toThrow();
		expect(() => accessSlot('A. URL.', 'A. <b>URL (Accessed: 3 February 2001)</b>.', 'en-GB')).toThrow();
	});
});
