import type { Person } from '../schemas/person';

/** "Akifumi Kuchiki", or an organisation's name: a person as a reader sees them. */
export function displayName(p: Person): string {
	return 'literal' in p ? p.literal : [p.given, p.family].filter(Boolean).join(' ');
}

/** "Kuchiki, Akifumi": the inverted form reference managers and indexes expect. */
export function sortName(p: Person): string {
	return 'literal' in p ? p.literal : p.given ? `${p.family}, ${p.given}` : p.family;
}

/** "Clusters and Innovation in China: The Formation and …": a title with its subtitle. */
export function fullTitle(work: { title: string; subtitle?: string }): string {
	return work.subtitle ? `${work.title}: ${work.subtitle}` : work.title;
}
