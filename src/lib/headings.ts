/** A linkable heading written in a section as `<H2 id="…">…</H2>` or `<H3 id="…">…</H3>`. */
export interface SectionHeading {
	depth: 2 | 3;
	id: string;
	/** Former ids that still land on this heading. */
	aliases: string[];
	/** The heading's text without markup. */
	text: string;
	/** 1-based line in the MDX body. */
	line: number;
}

const headingTag = /<H([23])\b([^>]*)>([\s\S]*?)<\/H\1>/g;
const attribute = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

/** Removes Markdown and JSX markup from heading text. */
export function plainText(markup: string): string {
	return markup
		.replace(/<[^>]+>/g, '')
		.replace(/[*_`]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface HeadingScan {
	headings: SectionHeading[];
	/** Headings written in a form the site cannot give a permanent id. */
	problems: Array<{ line: number; message: string }>;
}

function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

/** Blanks fenced code so that examples inside it are not read as content. */
function withoutCode(body: string): string {
	return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/** Reads a section's linkable headings from its MDX body, in order, and reports malformed ones. */
export function scanHeadings(body: string): HeadingScan {
	const text = withoutCode(body);
	const headings: SectionHeading[] = [];
	const problems: HeadingScan['problems'] = [];
	for (const match of text.matchAll(headingTag)) {
		const line = lineAt(text, match.index);
		const attrs = new Map<string, string>();
		for (const a of match[2].matchAll(attribute)) {
			if (a[4] !== undefined) {
				problems.push({ line, message: `H${match[1]} attribute ${a[1]} must be written as plain text in quotes, not as an expression` });
				continue;
			}
			attrs.set(a[1], a[2] ?? a[3] ?? '');
		}
		const id = attrs.get('id');
		const label = plainText(match[3]);
		if (!id) {
			problems.push({ line, message: `heading "${label}" has no id; write <H${match[1]} id="a-permanent-id">` });
			continue;
		}
		const aliases = (attrs.get('aliases') ?? '').split(/[\s,]+/).filter(Boolean);
		headings.push({ depth: Number(match[1]) as 2 | 3, id, aliases, text: label, line });
	}
	for (const match of text.matchAll(/^(#{1,6})\s+(.+)$/gm)) {
		problems.push({
			line: lineAt(text, match.index),
			message: `Markdown heading "${match[2].trim()}" has no permanent id; write <H${Math.max(2, Math.min(3, match[1].length))} id="…">…</H${Math.max(2, Math.min(3, match[1].length))}> instead`,
		});
	}
	for (const match of text.matchAll(/<[hH][1456]\b/g)) {
		problems.push({ line: lineAt(text, match.index), message: 'only H2 and H3 headings are allowed in a section (the title is the H1)' });
	}
	return { headings, problems };
}

/** Finds `<EdNote id="…" />` markers, in order. */
export function scanEditorialNotes(body: string): Array<{ id: string; line: number }> {
	return scanTags(body, 'EdNote');
}

/** Finds the tags `<Tag id="…" />` or `<Tag id="…">…</Tag>` of one kind (`Num`, `Figure`, `Term`…), in order. */
export function scanTags(body: string, tag: string): Array<{ id: string; line: number }> {
	const text = withoutCode(body);
	return [...text.matchAll(new RegExp(`<${tag}\\s+id\\s*=\\s*"([^"]*)"[^>]*>`, 'g'))].map((m) => ({ id: m[1], line: lineAt(text, m.index) }));
}

/** The prose of a body with code blanked, for citation scanning (offsets preserved). */
export function proseOf(body: string): string {
	return withoutCode(body);
}
