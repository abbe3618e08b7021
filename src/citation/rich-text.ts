/** A run of formatted text: what citeproc's HTML says, as data a component draws (escaped by Astro). */
export interface TextRun {
	text: string;
	italic?: boolean;
	bold?: boolean;
	smallCaps?: boolean;
	/** `sup` or `sub`. */
	position?: 'sup' | 'sub';
	/** A web address the run links to (the reference's own `url`). */
	href?: string;
}

type Style = Omit<TextRun, 'text' | 'href'>;

/** The markup citeproc's HTML format writes, and what each opening tag sets (or, for the flip-flops, unsets). */
const openings: Array<[RegExp, (s: Style) => Style]> = [
	[/^<i>/, (s) => ({ ...s, italic: true })],
	[/^<b>/, (s) => ({ ...s, bold: true })],
	[/^<sup>/, (s) => ({ ...s, position: 'sup' })],
	[/^<sub>/, (s) => ({ ...s, position: 'sub' })],
	[/^<span style="font-style:normal;">/, ({ italic: _, ...s }) => s],
	[/^<span style="font-weight:normal;">/, ({ bold: _, ...s }) => s],
	[/^<span style="font-variant:small-caps;">/, (s) => ({ ...s, smallCaps: true })],
	[/^<span style="font-variant:normal;">/, ({ smallCaps: _, ...s }) => s],
	[/^<span class="nocase">/, (s) => s],
];
const closing = /^<\/(i|b|sup|sub|span)>/;

const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', amp: '&' };
/** Text with citeproc's character references read. */
export function unescapeHtml(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&(lt|gt|quot|apos|nbsp|amp);/g, (_, e: string) => entities[e]!);
}

/**
 * citeproc's HTML for an entry as runs of text with their styles. Only the markup citeproc writes for the
 * site's styles is read; anything else throws, so a new style's markup is noticed rather than printed raw.
 * Neighbouring runs of the same style are merged.
 */
export function htmlRuns(html: string): TextRun[] {
	const runs: TextRun[] = [];
	const stack: Style[] = [{}];
	let rest = html;
	const push = (text: string) => {
		if (!text) return;
		const style = stack.at(-1)!;
		const last = runs.at(-1);
		if (last && JSON.stringify({ ...last, text: '' }) === JSON.stringify({ ...style, text: '' })) last.text += text;
		else runs.push({ text, ...style });
	};
	while (rest) {
		const lt = rest.indexOf('<');
		if (lt !== 0) {
			const text = lt < 0 ? rest : rest.slice(0, lt);
			push(unescapeHtml(text));
			rest = rest.slice(text.length);
			continue;
		}
		const open = openings.find(([pattern]) => pattern.test(rest));
		if (open) {
			stack.push(open[1](stack.at(-1)!));
			rest = rest.replace(open[0], '');
			continue;
		}
		const close = closing.exec(rest);
		if (close && stack.length > 1) {
			stack.pop();
			rest = rest.slice(close[0].length);
			continue;
		}
		throw new Error(`citation markup the site does not draw: ${rest.slice(0, 40)}`);
	}
	return runs;
}

/** The plain text of runs. */
export const runsText = (runs: TextRun[]) => runs.map((r) => r.text).join('');

/**
 * Runs with a web address made a link: the run that spells `url` is split around it, or, where no run does,
 * the address is added after a space. The link is built from the reference's own checked `url` field, never
 * by looking for things that look like addresses in the text.
 */
export function withLink(runs: TextRun[], url: string | undefined): TextRun[] {
	if (!url) return runs;
	const at = runs.findIndex((r) => r.text.includes(url));
	if (at < 0) return [...runs, { text: ' ' }, { text: url, href: url }];
	const run = runs[at]!;
	const start = run.text.indexOf(url);
	const { text, ...style } = run;
	const pieces: TextRun[] = [
		...(start > 0 ? [{ ...style, text: text.slice(0, start) }] : []),
		{ ...style, text: url, href: url },
		...(start + url.length < text.length ? [{ ...style, text: text.slice(start + url.length) }] : []),
	];
	return [...runs.slice(0, at), ...pieces, ...runs.slice(at + 1)];
}
