import type { FigureModel } from '../model/report-model';
import type { Person } from '../schemas/person';
import type { Report } from '../schemas/report';

/**
 * How the text cites a part of the report (a section, a figure) in each style: the report with the part as
 * the locator, as the manuals ask for a part that has no authors of its own.
 */

const family = (p: Person) => ('literal' in p ? p.literal : p.family);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Who leads an in-text citation. With authors: APA and Harvard join two with "&"/"and" and shorten three or
 * more to "et al."; Chicago lists up to three; MLA names two and shortens three or more. Without authors,
 * every style leads with the title, in italics because a report's title is italic in the list, shortened to
 * the main title (without the subtitle), as APA 7 (8.14), Chicago (15.32), MLA 9 (6.9) and Harvard allow.
 */
function lead(report: Report, style: 'apa' | 'chicago' | 'mla' | 'harvard', html: boolean): string {
	const names = report.authors.map(family);
	if (!names.length) return html ? `<i>${escapeHtml(report.title)}</i>` : report.title;
	const and = style === 'apa' ? ' & ' : ' and ';
	const max = style === 'chicago' ? 3 : 2;
	const text = names.length > max ? `${names[0]} et al.` : names.length === 2 ? `${names[0]}${and}${names[1]}` : names.length === 3 ? `${names[0]}, ${names[1]}, and ${names[2]}` : names[0];
	return html ? escapeHtml(text) : text;
}

/** A figure's number for a locator: "E1" from "Figure E1". */
const figureNumber = (label: string) => label.replace(/^Figure\s+/, '');

/** A part of the report as the text names it: a figure ("E1") or a section (its number in reading order). */
export type ReportPart = { figure: string } | { section: number };

/**
 * How the text cites a part of the report, parenthetically, in each style. The reference list holds the
 * report itself; the part is the locator:
 * - APA 7 (8.13, 10.1 and its figure notes): "(Author, Year, Figure E1)", "(Author, Year, Section 3)", the
 *   word spelt out and capitalised;
 * - Chicago author-date (17th ed., 15.22–15.23): "(Author Year, fig. E1)", no comma before the year;
 * - MLA 9 (6.16–6.23): "(Author, fig. E1)", no year, a comma before a labelled locator;
 * - Harvard (Cite Them Right): "(Author, Year, fig. E1)".
 */
export function partInText(report: Report, part: ReportPart, html = false): Array<{ style: 'apa' | 'chicago-author-date' | 'modern-language-association' | 'harvard-cite-them-right'; text: string }> {
	const year = report.dates.published.slice(0, 4);
	const [word, short, n] = 'figure' in part ? ['Figure', 'fig.', part.figure] : ['Section', 'sec.', String(part.section)];
	return [
		{ style: 'apa', text: `(${lead(report, 'apa', html)}, ${year}, ${word} ${n})` },
		{ style: 'chicago-author-date', text: `(${lead(report, 'chicago', html)} ${year}, ${short} ${n})` },
		{ style: 'modern-language-association', text: `(${lead(report, 'mla', html)}, ${short} ${n})` },
		{ style: 'harvard-cite-them-right', text: `(${lead(report, 'harvard', html)}, ${year}, ${short} ${n})` },
	];
}

/** How the text cites a figure of the report, in each style (see `partInText`). */
export function figureInText(report: Report, figure: Pick<FigureModel, 'label'>, html = false) {
	return partInText(report, { figure: figureNumber(figure.label) }, html);
}

