/**
 * A locator as an author writes it after a key (`[@shao2007, p. 12]`), read into CSL's label and value so that
 * each style prints it its own way ("p. 12" in APA, "12" in Chicago and MLA).
 */
const labels: ReadonlyArray<[RegExp, string]> = [
	[/^(?:pages?|pp|p)(?![a-z])\.?\s*/i, 'page'],
	[/^(?:chapters?|chap)(?![a-z])\.?\s*/i, 'chapter'],
	[/^(?:sections?|sec|§§?)(?![a-z])\.?\s*/i, 'section'],
	[/^(?:paragraphs?|para|¶¶?)(?![a-z])\.?\s*/i, 'paragraph'],
	[/^(?:figures?|fig)(?![a-z])\.?\s*/i, 'figure'],
	[/^tables?(?![a-z])\.?\s*/i, 'table'],
];

export interface CslLocator {
	label: string;
	locator: string;
}

/** `p. 12` → `{label: 'page', locator: '12'}`; a bare number or range is a page, as in Pandoc. */
export function readLocator(text: string): CslLocator {
	const trimmed = text.trim();
	for (const [pattern, label] of labels) {
		const match = pattern.exec(trimmed);
		if (match && match[0].length < trimmed.length) return { label, locator: trimmed.slice(match[0].length) };
	}
	if (/^\d/.test(trimmed)) return { label: 'page', locator: trimmed };
	throw new Error(`the locator "${text}" is not understood: write a page as "p. 12" or "pp. 12–14", or use chap., sec., para., fig. or table`);
}
