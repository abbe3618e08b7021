import { citationExports, formatCitations, reportItem, sectionItem, type CitationExports, type CslItem, type FormattedCitation } from '../citation';
import { htmlRuns, type TextRun } from '../citation/rich-text';
import { partInText } from './part-in-text';
import { cachedJson } from '../cache/disk';
import { remembered } from '../cache/remembered';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from './urls';

/** Download formats of a citation: file extension, media type, label. */
export const citationDownloads = [
	{ ext: 'bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
	{ ext: 'ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
	{ ext: 'json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
] as const;
export type CitationDownload = (typeof citationDownloads)[number];

/** What can be cited: `report` and each section id. */
export function citableTargets(model: ReportModel): string[] {
	return ['report', ...model.sections.map((s) => s.id)];
}

/** The CSL item of the report (at its one canonical address) or of a section (at its page). */
function citableItem(model: ReportModel, urls: SiteUrls, target: string): CslItem {
	if (target === 'report') return reportItem(model.meta, urls.absolute());
	if (!model.sections.some((s) => s.id === target)) throw new Error(`"${target}" is not the report nor a section`);
	return sectionItem(model.meta, { id: target, title: model.section(target).title }, urls.absolute(`${target}/`));
}

/** The BibTeX, RIS and CSL-JSON of the report or a section: the download files, without a style. */
export function citationExportsOf(model: ReportModel, urls: SiteUrls, target: string): CitationExports {
	return citationExports(citableItem(model, urls, target));
}


/**
 * Every citable work formatted in every style, once per build and shared by every page: formatting them
 * together compiles each style once (a worker thread was tried: it cost more to start than it saved on
 * this report, and a hundred MB more at its peak).
 */
export function formattedCitations(model: ReportModel, urls: SiteUrls): Map<string, FormattedCitation> {
	const targets = citableTargets(model);
	const items = targets.map((t) => citableItem(model, urls, t));
	// Formatted again only when a citable work changes (the report's metadata, a section's title), not on a prose edit.
	// Kept on disk too: a warm build compiles no citation style at all (src/cache/disk.ts).
	return remembered('cite-this citations', items, () => new Map(cachedJson('cite-this', items, () => formatCitations(items).map((f, i): [string, FormattedCitation] => [targets[i]!, f]))));
}

/** The report or a section formatted in every style and exchange format. */
export function citationOf(model: ReportModel, urls: SiteUrls, target: string): FormattedCitation {
	const formatted = formattedCitations(model, urls).get(target);
	if (!formatted) throw new Error(`"${target}" is not the report nor a section`);
	return formatted;
}

/** A download's contents. */
export function citationFile(formatted: CitationExports, ext: CitationDownload['ext']): string {
	return ext === 'bib' ? formatted.bibtex : ext === 'ris' ? formatted.ris : formatted.csl;
}

/** One citation of a cite-this block: its runs, and where the reader's access date goes when the style prints one. */
export interface CiteBlockStyle {
	id: string;
	label: string;
	runs: TextRun[];
	/** The access date's slot: after `runs`, the script writes `before`, the reader's date, `after`; then `rest`. */
	accessed?: { before: string; after: string; locale: string; rest: TextRun[] };
}

/** A formatted entry as a cite-this citation, split at its access date's slot. */
export function blockStyle(id: string, label: string, entry: FormattedCitation['styles'][number]): CiteBlockStyle {
	if (!entry.accessed) return { id, label, runs: htmlRuns(entry.html) };
	const { htmlBefore, htmlAfter, before, after, locale } = entry.accessed;
	return { id, label, runs: htmlRuns(htmlBefore), accessed: { before, after, locale, rest: htmlRuns(htmlAfter) } };
}

/** The three exchange formats of a work, as the cite-this block shows them. */
export const blockExports = (f: CitationExports) => [
	{ id: 'bibtex', label: 'BibTeX', text: f.bibtex },
	{ id: 'ris', label: 'RIS', text: f.ris },
	{ id: 'csl', label: 'CSL-JSON', text: f.csl },
];

/**
 * The props of a cite-this block for the report or a section. A section has no authors of its own: APA 7
 * cites the whole report and names the part in the text (8.13: "(Author, Year, Section 3)"), so its APA
 * citations are the in-text form and the report's reference-list entry. The other styles cite the section
 * as a part of the report (a chapter "In" it), as their manuals allow for a part with a title of its own.
 */
export function citeBlock(model: ReportModel, urls: SiteUrls, target: string) {
	const f = citationOf(model, urls, target);
	const report = target === 'report' ? f : citationOf(model, urls, 'report');
	const section = target === 'report' ? undefined : model.section(target);
	const styles = f.styles.flatMap((s): CiteBlockStyle[] => {
		if (!section || s.id !== 'apa') return [blockStyle(s.id, s.label, s)];
		const inText = partInText(model.meta, { section: section.order }, true).find((c) => c.style === 'apa')!;
		return [
			{ id: 'apa-in-text', label: `${s.label}: in the text`, runs: htmlRuns(inText.text) },
			blockStyle('apa', `${s.label}: reference list`, report.styles.find((r) => r.id === 'apa')!),
		];
	});
	return {
		target,
		what: target === 'report' ? 'report' : 'section',
		styles,
		exports: blockExports(f),
		downloads: citationDownloads.map((d) => ({ href: urls.page(`cite/${target}.${d.ext}`), label: d.label, ext: d.ext })),
	};
}
