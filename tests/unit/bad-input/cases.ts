import { expect, test } from 'vitest';
import { editedCopy, messages, messagesAfter, renderedSection, replaceOnce } from '../fixture-copy';

/** One single-change edit of the small report and every message it must produce (none: the edit is accepted). */
export interface EditCase {
	name: string;
	file: string;
	from: string;
	to: string;
	expected: string[];
	/** Set when the fix lies in a file this suite does not own: the reason and where the fix goes. */
	fails?: string;
}

/** One test per case, each asserting the exact messages an author reads. */
export function testEdits(cases: EditCase[]): void {
	for (const c of cases) {
		const run = () => expect(messagesAfter(c.file, c.from, c.to)).toEqual(c.expected);
		if (c.fails) test.fails(`${c.name} (needs: ${c.fails})`, run);
		else test(c.name, run);
	}
}

/** An accepted edit and exact pieces of the HTML it must draw for a section (and pieces it must not). */
export interface RenderCase {
	name: string;
	file: string;
	from: string;
	to: string;
	section: string;
	contains: string[];
	excludes?: string[];
}

/** One test per accepted edit: no message, and the section drawn with exactly the safe HTML expected. */
export function testRenders(cases: RenderCase[]): void {
	for (const c of cases) {
		test(c.name, async () => {
			const root = editedCopy(c.file, replaceOnce(c.from, c.to));
			expect(messages(root)).toEqual([]);
			const html = await renderedSection(root, c.section);
			for (const piece of c.contains) expect(html).toContain(piece);
			for (const piece of c.excludes ?? []) expect(html).not.toContain(piece);
		});
	}
}
