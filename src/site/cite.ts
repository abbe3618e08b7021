import { formatCitations, reportItem, sectionItem, type CitationExports, type FormattedCitation } from '../citation';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from './urls';

/** Download formats of a citation: file extension, media type, label. */
export const citationDownloads = [
	{ ext: 'bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
	{ ext: 'ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
	{ ext: 'json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
] as const;
export type CitationDownload = (typeof citationDownloads)[number];

const memo = new WeakMap<ReportModel, Map<string, FormattedCitation>>();

/** What can be cited: `report` and each section id. */
export function citableTargets(model: ReportModel): string[] {
	return ['report', ...model.sections.map((s) => s.id)];
}

/**
 * The report or a section formatted in every style and exchange format. Every citable work is formatted
 * together on first use, style by style, so a build compiles each style once and holds one at a time;
 * the cite-this blocks and the three downloads then read the same strings. The report is cited at its
 * one canonical address.
 */
export function citationOf(model: ReportModel, urls: SiteUrls, target: string): FormattedCitation {
	let cache = memo.get(model);
	if (!cache) memo.set(model, (cache = new Map()));
	const key = (t: string) => `${urls.absolute()}|${t}`;
	if (!cache.has(key(target))) {
		const targets = citableTargets(model);
		const items = targets.map((t) => (t === 'report' ? reportItem(model.meta, urls.absolute()) : sectionItem(model.meta, { id: t, title: model.section(t).title }, urls.absolute(`${t}/`))));
		formatCitations(items).forEach((formatted, i) => cache.set(key(targets[i]!), formatted));
	}
	const formatted = cache.get(key(target));
	if (!formatted) throw new Error(`"${target}" is not the report nor a section`);
	return formatted;
}

/** A download's contents. */
export function citationFile(formatted: CitationExports, ext: CitationDownload['ext']): string {
	return ext === 'bib' ? formatted.bibtex : ext === 'ris' ? formatted.ris : formatted.csl;
}

/** The props of a cite-this block for the report or a section. */
export function citeBlock(model: ReportModel, urls: SiteUrls, target: string) {
	const f = citationOf(model, urls, target);
	return {
		target,
		what: target === 'report' ? 'report' : 'section',
		styles: f.styles.map((s) => ({ id: s.id, label: s.label, html: s.html })),
		exports: [
			{ id: 'bibtex', label: 'BibTeX', text: f.bibtex },
			{ id: 'ris', label: 'RIS', text: f.ris },
			{ id: 'csl', label: 'CSL-JSON', text: f.csl },
		],
		downloads: citationDownloads.map((d) => ({ href: urls.page(`cite/${target}.${d.ext}`), label: d.label, ext: d.ext })),
	};
}
