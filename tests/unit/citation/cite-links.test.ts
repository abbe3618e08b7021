// Every label of an in-text citation leads to the work it names: its link, its card and its anchor are the
// work's, for clusters written in any order, in every style the site offers. The model's citations are
// re-run through each style with every cluster's works rotated, and drawn by the Cite tag's view.
import { describe, expect, test } from 'vitest';
import { citationStyles, createProcessor, type Cluster } from '../../../src/citation';
import { runsText } from '../../../src/citation/rich-text';
import { reportModelAt, type ReportModel } from '../../../src/model/index';
import type { Reference } from '../../../src/schemas/reference';
import { citeView, referenceHref } from '../../../src/site/tag-views';
import { createUrls } from '../../../src/site/urls';
import { sectionCards } from '../../../src/site/section-notes';

const model = reportModelAt(new URL('../../../', import.meta.url).href);
const urls = createUrls('/reports/x/', 'https://example.org');
const references = model.references.map((r) => r.ref);

/** What a label must name for a work: its first author's family name, or, with no author, its title's first words. */
function lead(ref: Reference): RegExp {
	const first = ref.author[0];
	const words = first ? ('literal' in first ? first.literal : first.family) : ref.title.split(/\s+/).slice(0, 3).join(' ');
	return new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
}

/** The model with every citation's works rotated by `turn` and formatted in `style`, as the pages would draw it. */
function rotated(style: (typeof citationStyles)[number]['id'], turn: number): ReportModel {
	const rotate = <T>(list: T[]) => list.map((_, i) => list[(i + turn) % list.length]!);
	const sections = model.sections.map((s) => ({ ...s, citations: s.citations.map((c) => ({ ...c, items: rotate(c.items) })) }));
	// Every citation of the report in reading order, as the model runs them (a figure's source line among them is left out: it is not a Cite tag).
	const clusters: Cluster[] = sections.flatMap((s) => s.citations.map((c) => ({ mode: c.mode, items: c.items.map(({ key, locator }) => (locator ? { key, locator } : { key })) })));
	const processor = createProcessor(references, clusters, style);
	const drawn = sections.map((s) => ({ ...s, citations: s.citations.map((c) => ({ ...c, rendered: processor.cite({ mode: c.mode, items: c.items.map(({ key, locator }) => (locator ? { key, locator } : { key })) }) })) }));
	return { ...model, sections: drawn, section: (id: string) => drawn.find((s) => s.id === id)! };
}

describe('in-text citations, drawn by the Cite tag', () => {
	const multi = model.sections.flatMap((s) => s.citations).filter((c) => c.items.length > 1);
	test('the report has clusters of several works to check', () => {
		expect(multi.length).toBeGreaterThanOrEqual(2);
	});
	for (const { id: style } of citationStyles)
		test(`name the work each label links to and shows, in ${style}, whatever order the works are written in`, () => {
			for (const turn of [0, 1, 2, 3]) {
				const m = rotated(style, turn);
				for (const section of m.sections)
					section.citations.forEach((citation, n) => {
						const view = citeView({ model: m, urls, headingShift: 0 }, section.id, n, citation.items.map((i) => i.key).join(' '));
						expect(view.items.map((i) => i.key).sort(), `${section.id} ${n}`).toEqual(citation.items.map((i) => i.key).sort());
						for (const item of view.items) {
							const ref = model.reference(item.key);
							const where = `${style}, turn ${turn}, ${section.id} citation ${n + 1}: “${item.text}”`;
							expect(item.text, where).toMatch(lead(ref.ref));
							expect(runsText(item.runs), where).toBe(item.text);
							expect(item.href, where).toBe(referenceHref(model, urls, item.key));
							expect(item.anchor, where).toBe(citation.items.find((i) => i.key === item.key)!.anchor);
							// The card the link names is the work's card among the section's cards, and shows its entry.
							const card = sectionCards(m, section.id).cites.find((c) => c.card === item.card);
							expect(card, where).toBeDefined();
							expect(runsText(card!.entry), where).toBe(ref.text);
							// No other work of the cluster is named in this label (Asheim & Isaksen is not Cooke).
							for (const other of citation.items.filter((i) => i.key !== item.key)) {
								const otherRef = model.reference(other.key).ref;
								if (otherRef.author[0] && ref.ref.author.every((a) => JSON.stringify(a) !== JSON.stringify(otherRef.author[0]))) expect(item.text, where).not.toMatch(lead(otherRef));
							}
						}
					});
			}
		}, 120_000);
});
