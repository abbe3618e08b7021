import { citationExports, citationKey, cslName, reportTitle, type CitationExports, type CslItem } from '../citation';
import type { FigureModel, ReportModel } from '../model/report-model';
import type { Person } from '../schemas/person';
import type { Report } from '../schemas/report';
import { htmlRuns } from '../citation/rich-text';
import { citationDownloads, citationOf } from './cite';
import { figurePaths } from './figure-paths';
import type { SiteUrls } from './urls';


/**
 * A figure as CSL-JSON: a part of the report (type `figure`), titled with its label and caption, the report
 * as its container, at the figure's own page. Reference managers file it under the report's authors and date.
 */
export function figureToCsl(report: Report, figure: Pick<FigureModel, 'id' | 'label' | 'caption'>, url: string): CslItem {
	const key = citationKey(report, `figure-${figure.id}`);
	const item: CslItem = {
		id: key,
		'citation-key': key,
		'citation-label': key,
		type: 'figure',
		title: `${figure.label}. ${figure.caption}`,
		'container-title': reportTitle(report),
		publisher: report.institution,
		version: report.version,
		issued: { 'date-parts': [report.dates.published.split('-').map(Number)] },
		URL: url,
		language: report.language,
		// BibTeX and RIS have no field for the work a figure belongs to: a note keeps it in the exports.
		note: `${figure.label} in ${report.title}`,
	};
	if (report.authors.length) item.author = report.authors.map(cslName);
	return item;
}

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

/**
 * How the text cites a figure of the report, parenthetically, in each style. The reference list holds the
 * report itself; the figure is the locator:
 * - APA 7 (8.13, 10.1 and its figure notes): "(Author, Year, Figure E1)", the word Figure spelt out and capitalised;
 * - Chicago author-date (17th ed., 15.22–15.23): "(Author Year, fig. E1)", no comma before the year;
 * - MLA 9 (6.16–6.23): "(Author, fig. E1)", no year, a comma before a labelled locator;
 * - Harvard (Cite Them Right): "(Author, Year, fig. E1)".
 */
export function figureInText(report: Report, figure: Pick<FigureModel, 'label'>, html = false): Array<{ style: 'apa' | 'chicago-author-date' | 'modern-language-association' | 'harvard-cite-them-right'; text: string }> {
	const year = report.dates.published.slice(0, 4);
	const n = figureNumber(figure.label);
	return [
		{ style: 'apa', text: `(${lead(report, 'apa', html)}, ${year}, Figure ${n})` },
		{ style: 'chicago-author-date', text: `(${lead(report, 'chicago', html)} ${year}, fig. ${n})` },
		{ style: 'modern-language-association', text: `(${lead(report, 'mla', html)}, fig. ${n})` },
		{ style: 'harvard-cite-them-right', text: `(${lead(report, 'harvard', html)}, ${year}, fig. ${n})` },
	];
}

const memo = new WeakMap<ReportModel, Map<string, CitationExports>>();

/**
 * The figure's own record in the exchange formats, once per build. No style formats it: the reference list
 * of a figure is the report's entry.
 */
export function figureCitationOf(model: ReportModel, urls: SiteUrls, id: string): CitationExports {
	let cache = memo.get(model);
	if (!cache) memo.set(model, (cache = new Map()));
	const key = `${urls.absolute()}|${id}`;
	let formatted = cache.get(key);
	if (!formatted) {
		formatted = citationExports(figureToCsl(model.meta, model.figure(id), urls.absolute(figurePaths.page(id))));
		cache.set(key, formatted);
	}
	return formatted;
}

/**
 * The props of a "Cite this figure" block: for each style, how the text cites the figure and the entry the
 * reference list gets (the report, as each style's manual asks for a figure that is part of a larger work);
 * the BibTeX, RIS and CSL-JSON exports and downloads describe the figure itself, as a part of the report.
 */
export function figureCiteBlock(model: ReportModel, urls: SiteUrls, id: string) {
	const figure = model.figure(id);
	const report = citationOf(model, urls, 'report');
	const own = figureCitationOf(model, urls, id);
	const inText = figureInText(model.meta, figure, true);
	return {
		target: `figure-${id}`,
		what: 'figure',
		styles: report.styles.flatMap((s) => {
			const cite = inText.find((c) => c.style === s.id);
			return [
				...(cite ? [{ id: `${s.id}-in-text`, label: `${s.label}: in the text`, runs: htmlRuns(cite.text) }] : []),
				{ id: s.id, label: `${s.label}: ${s.id === 'modern-language-association' ? 'works cited' : 'reference list'}`, runs: htmlRuns(s.html) },
			];
		}),
		exports: [
			{ id: 'bibtex', label: 'BibTeX', text: own.bibtex },
			{ id: 'ris', label: 'RIS', text: own.ris },
			{ id: 'csl', label: 'CSL-JSON', text: own.csl },
		],
		downloads: citationDownloads.map((d) => ({ href: urls.page(figurePaths.cite(id, d.ext)), label: d.label, ext: d.ext })),
	};
}
