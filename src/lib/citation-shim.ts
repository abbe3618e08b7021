// Interim in-text labels and reference entries until the citeproc-based processor (src/citation) lands.
import type { Person } from '../schemas/person';
import type { Reference } from '../schemas/reference';
import { entryInnerHtml, formatReferenceHtml } from './csl';

export interface CitedItem { key: string; locator?: string }
export interface Cluster { items: CitedItem[]; mode: 'parenthetical' | 'narrative' }
export interface RenderedCluster { prefix: string; delimiter: string; suffix: string; parts: Array<{ key: string; text: string }> }
export interface CitationProcessor {
	cite(cluster: Cluster): RenderedCluster;
	bibliography(): Array<{ key: string; html: string; text: string }>;
}

const family = (p: Person) => ('literal' in p ? p.literal : p.family);
function authors(ref: Reference): string {
	const names = ref.author.map(family);
	if (names.length === 0) return ref.title;
	if (names.length === 1) return names[0];
	if (names.length === 2) return `${names[0]} and ${names[1]}`;
	return `${names[0]} et al.`;
}
const year = (ref: Reference) => (ref.year !== undefined ? String(ref.year) : 'n.d.');
const sortKey = (r: Reference) => `${r.author.length ? r.author.map(family).join(' ') : r.title} ${year(r)} ${r.title}`;

const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function createProcessor(references: Reference[], _clusters: Cluster[]): CitationProcessor {
	const byKey = new Map(references.map((r) => [r.id, r]));
	return {
		cite({ items, mode }) {
			const parts = items.map(({ key, locator }) => {
				const ref = byKey.get(key)!;
				const date = locator ? `${year(ref)}, ${locator}` : year(ref);
				return { key, text: mode === 'narrative' ? `${authors(ref)} (${date})` : `${authors(ref)}, ${date}` };
			});
			return mode === 'narrative' ? { prefix: '', delimiter: '; ', suffix: '', parts } : { prefix: '(', delimiter: '; ', suffix: ')', parts };
		},
		bibliography() {
			return [...references]
				.sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en'))
				.map((ref) => {
					const html = entryInnerHtml(formatReferenceHtml(ref));
					return { key: ref.id, html, text: decode(html.replace(/<[^>]+>/g, '')) };
				});
		},
	};
}
