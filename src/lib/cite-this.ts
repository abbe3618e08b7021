import type { CslItem } from '@citation-js/core';
import { reportToCsl, sectionToCsl } from './csl';
import { reportMeta } from './report';
import { readingOrder } from './sections';
import { route, sectionPath } from './urls';

/** The CSL-JSON item a reader cites: the whole report (`report`) or one section by id. */
export async function citableItem(site: URL, target: string): Promise<CslItem> {
	const report = await reportMeta();
	if (target === 'report') return reportToCsl(report, new URL(route(), site).href);
	const section = (await readingOrder()).find((s) => s.id === target);
	if (!section) throw new Error(`no section "${target}" to cite`);
	return sectionToCsl(report, { id: section.id, title: section.data.title }, new URL(route(sectionPath(section.id)), site).href);
}

/** Everything that can be downloaded as a citation: the report and each section. */
export async function citableTargets(): Promise<string[]> {
	return ['report', ...(await readingOrder()).map((s) => s.id)];
}

/** Download formats: file extension, media type, and which export it holds. */
export const citationDownloads = [
	{ ext: 'bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
	{ ext: 'ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
	{ ext: 'json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
] as const;
