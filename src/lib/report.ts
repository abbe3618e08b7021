import { getEntry } from 'astro:content';
import { quotableFacts } from './facts';
import { fillNumbers } from './figures';
import { reportData } from './report-data';
import type { Report } from '../schemas/report';

/** The report's metadata from `content/report.yaml`. */
export async function reportMeta(): Promise<Report> {
	const entry = await getEntry('report', 'report');
	if (!entry) throw new Error('content/report.yaml is missing');
	return entry.data;
}

/** "Clusters and Innovation in China: The Formation and …" */
export function fullTitle(report: Report): string {
	return `${report.title}: ${report.subtitle}`;
}

/** Names of the authors for display, or undefined while the owner has not filled them in. */
export function authorLine(report: Report): string | undefined {
	if (!report.authors.length) return undefined;
	return report.authors.map((a) => ('literal' in a ? a.literal : [a.given, a.family].filter(Boolean).join(' '))).join(', ');
}

/** Fills `{set.name}` placeholders in a summary or abstract with numbers from the data. */
export async function withNumbers(text: string): Promise<string> {
	const facts = quotableFacts(await reportData());
	const { text: filled, unknown } = fillNumbers(text, facts);
	if (unknown.length) throw new Error(`"${text.slice(0, 60)}…" quotes ${unknown.map((u) => `{${u}}`).join(', ')}, which name no number in content/data/`);
	return filled;
}
