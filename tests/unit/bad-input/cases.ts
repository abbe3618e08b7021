import { expect, test } from 'vitest';
import { messagesAfter } from '../fixture-copy';

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
