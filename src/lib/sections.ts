import { getCollection, type CollectionEntry } from 'astro:content';
import { scanHeadings, scanTags, type SectionHeading } from './headings';
import { numberFigures } from './figures';

export type Section = CollectionEntry<'sections'>;

/** All sections in reading order. */
export async function readingOrder(): Promise<Section[]> {
	return (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
}

/** The sections before and after one, for previous/next links. */
export function neighbours<T extends { id: string }>(sections: T[], id: string): { previous?: T; next?: T } {
	const index = sections.findIndex((s) => s.id === id);
	if (index < 0) return {};
	return { previous: sections[index - 1], next: sections[index + 1] };
}

/** A section's linkable headings, as written in its body. */
export function headingsOf(section: { body?: string }): SectionHeading[] {
	return scanHeadings(section.body ?? '').headings;
}

/** The label used in navigation. */
export function shortTitle(section: Section): string {
	return section.data.short ?? section.data.title;
}

/** Nests H3 headings under the H2 before them, for a two-level table of contents. */
export function outline(headings: SectionHeading[]): Array<SectionHeading & { children: SectionHeading[] }> {
	const tree: Array<SectionHeading & { children: SectionHeading[] }> = [];
	for (const h of headings) {
		if (h.depth === 3 && tree.length) tree[tree.length - 1].children.push(h);
		else tree.push({ ...h, children: [] });
	}
	return tree;
}

/** Figure numbers in reading order, with the section each figure stands in. */
export async function figureIndex(): Promise<Map<string, { number: number; section: string }>> {
	const sections = await readingOrder();
	return numberFigures(sections.map((s) => ({ section: s.id, ids: scanTags(s.body ?? '', 'Figure').map((t) => t.id) })));
}
