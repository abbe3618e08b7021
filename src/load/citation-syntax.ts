/** One work cited inside a citation, with an optional locator such as "p. 12". */
export interface CitedItem {
	key: string;
	locator?: string;
}

/** A citation as written in the prose: `[@a; @b, p. 3]` (parenthetical) or `@a` (narrative). */
export interface CitationToken {
	mode: 'parenthetical' | 'narrative';
	items: CitedItem[];
	/** Offsets of the whole citation in the text it was found in. */
	start: number;
	end: number;
	raw: string;
}

export interface CitationSyntaxError {
	raw: string;
	start: number;
	message: string;
}

const KEY = '[a-z][a-z0-9]*';
const bracketed = /\[(-?@[^\]]*)\]/g;
const itemPattern = new RegExp(`^@(${KEY})(?:\\s*,\\s*(.+))?$`);
// A narrative citation stands after a space, an opening bracket or the start of the text, so
// that e-mail addresses and handles are left alone.
const narrative = new RegExp(`(^|[\\s(“"'])@(${KEY})(?![\\w@.-]*@)`, 'g');

/**
 * Finds the citations in a run of prose. Bracketed citations are found first; narrative ones are
 * looked for only outside them. Malformed brackets are reported, not silently kept as text.
 */
export function findCitations(text: string): { tokens: CitationToken[]; errors: CitationSyntaxError[] } {
	const tokens: CitationToken[] = [];
	const errors: CitationSyntaxError[] = [];
	const taken: Array<[number, number]> = [];
	for (const match of text.matchAll(bracketed)) {
		const start = match.index;
		const end = start + match[0].length;
		taken.push([start, end]);
		const parts = match[1].split(';').map((p) => p.trim());
		const items: CitedItem[] = [];
		for (const part of parts) {
			const item = itemPattern.exec(part);
			if (!item) {
				errors.push({ raw: match[0], start, message: `"${part}" is not a citation; write [@key] or [@key, p. 12] with a lowercase key` });
				continue;
			}
			items.push(item[2] ? { key: item[1], locator: item[2].trim() } : { key: item[1] });
		}
		if (items.length) tokens.push({ mode: 'parenthetical', items, start, end, raw: match[0] });
	}
	for (const match of text.matchAll(narrative)) {
		const start = match.index + match[1].length;
		if (taken.some(([s, e]) => start >= s && start < e)) continue;
		const raw = `@${match[2]}`;
		tokens.push({ mode: 'narrative', items: [{ key: match[2] }], start, end: start + raw.length, raw });
	}
	tokens.sort((a, b) => a.start - b.start);
	return { tokens, errors };
}
