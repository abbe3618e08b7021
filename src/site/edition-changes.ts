import { compareWithDraft, differencesBySection } from '../editorial/compare';
import { escapeHtml, type EditionText, type SectionText } from './editions';

/** What changed in one section between two editions: each run of words that differs, in its sentence. */
export interface SectionChanges {
	id: string;
	title: string;
	/** Its id in the earlier edition (an alias now, when it was renamed); none for a new section. */
	earlier?: string;
	changes: Array<{ before: string; after: string; context: string }>;
}

/** Ends every block in the comparison: a mark no text of the report holds. */
const blockEnd = '¶';

/** The part of a sentence that lies in the block holding `words` (the comparison's sentences may run across blocks). */
function withinBlock(context: string, words: string): string {
	const parts = context.split(blockEnd).map((p) => p.trim()).filter(Boolean);
	return parts.find((p) => p.includes(words)) ?? parts.join(' ');
}

/**
 * What changed from one edition to the next, section by section: the editorial comparison (src/editorial/compare.ts)
 * with the earlier edition as the "draft" and no errata, so every difference is listed. Sections of the earlier
 * edition that the later one no longer has are listed as removed.
 */
export function editionChanges(before: EditionText, after: Array<SectionText & { aliases?: string[] }>): { sections: SectionChanges[]; removed: Array<{ id: string; title: string }> } {
	// Section by section (the earlier text of a section found by its id or an alias it had then): the comparison's
	// alignment is quadratic in the words compared, and a section's words are few.
	const sections = after.flatMap((s): SectionChanges[] => {
		const earlier = before.sections.find((b) => b.id === s.id || s.aliases?.includes(b.id));
		// Each block ends with a mark both sides share, so that no run of changed words spans two blocks (a heading and
		// the paragraph after it), and a change's sentence is read within its block.
		const draft = earlier ? earlier.blocks.map((b) => `${b} ${blockEnd}`).join('\n\n') : '';
		const comparison = compareWithDraft(draft, [{ id: s.id, blocks: s.blocks.map((text) => ({ text: `${text} ${blockEnd}` })) }], []);
		const changes = differencesBySection(comparison, [s.id]).flatMap((g) => g.differences.map((d) => ({ before: d.draft, after: d.site, context: withinBlock(d.context, d.site || d.draft) })));
		if (earlier && earlier.title !== s.title) changes.unshift({ before: earlier.title, after: s.title, context: 'The section’s title.' });
		return changes.length ? [{ id: s.id, title: s.title, ...(earlier ? { earlier: earlier.id } : {}), changes }] : [];
	});
	// A section renamed with its old id kept as an alias was not removed: its changes are listed under its new id.
	const kept = new Set(after.flatMap((s) => [s.id, ...(s.aliases ?? [])]));
	return { sections, removed: before.sections.filter((s) => !kept.has(s.id)).map((s) => ({ id: s.id, title: s.title })) };
}

/**
 * The changes as HTML for the "what changed" page (written into the built page, so every text is escaped here):
 * per section, each change as the words struck and the words put in, with the sentence it stands in, and links to
 * the section in both editions (a section's earlier address may be an alias, which still lands on it).
 */
export function changesHtml(changes: ReturnType<typeof editionChanges>, links: { section(id: string): string; before(id: string): string; previous: string }): string {
	if (!changes.sections.length && !changes.removed.length) return `<p>The text is the same as in edition ${escapeHtml(links.previous)}.</p>`;
	const parts = changes.sections.map((s) => {
		const items = s.changes.map((c) => `<li>${c.before ? `<del>${escapeHtml(c.before)}</del>` : ''}${c.before && c.after ? ' → ' : ''}${c.after ? `<ins>${escapeHtml(c.after)}</ins>` : ''}${c.context ? `<br /><span class="change-context">${escapeHtml(c.context)}</span>` : ''}</li>`);
		return `<section class="section-changes"><h3><a href="${escapeHtml(links.section(s.id))}">${escapeHtml(s.title)}</a></h3><p class="change-links">${s.earlier ? `<a href="${escapeHtml(links.before(s.earlier))}">The section in edition ${escapeHtml(links.previous)}</a>` : `New in this edition.`}</p><ul>${items.join('')}</ul></section>`;
	});
	for (const r of changes.removed) parts.push(`<section class="section-changes"><h3>${escapeHtml(r.title)}</h3><p>Removed. <a href="${escapeHtml(links.before(r.id))}">The section in edition ${escapeHtml(links.previous)}</a>.</p></section>`);
	return parts.join('');
}
