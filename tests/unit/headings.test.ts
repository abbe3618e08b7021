import { describe, expect, test } from 'vitest';
import { scanEditorialNotes, scanHeadings } from '../../src/lib/headings';

describe('scanHeadings', () => {
	test('returns each H2 and H3 with its written id, aliases and plain text', () => {
		const { headings, problems } = scanHeadings('<H2 id="government-role">The *government*</H2>\n\n<H3 id="fund-support" aliases="funds money">Fund support</H3>\n');
		expect(problems).toEqual([]);
		expect(headings).toEqual([
			{ depth: 2, id: 'government-role', aliases: [], text: 'The government', line: 1 },
			{ depth: 3, id: 'fund-support', aliases: ['funds', 'money'], text: 'Fund support', line: 3 },
		]);
	});
	test('keeps the id when the heading is reworded', () => {
		const before = scanHeadings('<H2 id="tax-policy">Tax policy</H2>').headings[0];
		const after = scanHeadings('<H2 id="tax-policy">Tax exemptions for new firms</H2>').headings[0];
		expect(after.id).toBe(before.id);
	});
	test('refuses a Markdown heading, which would have no permanent id', () => {
		const { problems } = scanHeadings('Intro\n\n## Tax policy\n');
		expect(problems).toEqual([{ line: 3, message: expect.stringContaining('Markdown heading "Tax policy" has no permanent id') }]);
	});
	test('refuses a heading without an id, and an id written as an expression', () => {
		expect(scanHeadings('<H2>Tax</H2>').problems[0].message).toMatch(/has no id/);
		expect(scanHeadings('<H2 id={x}>Tax</H2>').problems[0].message).toMatch(/plain text in quotes/);
	});
	test('ignores headings shown inside fenced code', () => {
		expect(scanHeadings('```\n## Not a heading\n<H2 id="x">x</H2>\n```\n')).toEqual({ headings: [], problems: [] });
	});
});

describe('scanEditorialNotes', () => {
	test('lists the markers with their lines', () => {
		expect(scanEditorialNotes('a\nChongqing <EdNote id="chongqing-delta" /> b')).toEqual([{ id: 'chongqing-delta', line: 2 }]);
	});
});
