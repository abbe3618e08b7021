import type { TextRun } from '../citation/rich-text';
import { tableNotes } from '../charts/table';
import { noteMarkerAnchor } from '../model/build';
import type { ReportModel } from '../model/report-model';

/**
 * The cards of a section's citations and editors' notes, out of its sentences: a text browser or a reader
 * without CSS reads "(Kuchiki, 2007)" and a note's marker where they stand, and the works cited and the
 * notes after the section, as endnotes. On screen a card shows at the foot of the window while its link is
 * hovered or has keyboard focus (the rules `cardTriggers` writes: one a link, for the card is not the link's
 * neighbour any more); on
 * paper the editors' notes print at the end of the section, numbered as their markers are.
 */

/** The editors' notes a section marks, in reading order: in its text, and in the tables of its figures. */
export function sectionNoteIds(model: ReportModel, sectionId: string): string[] {
	return model.section(sectionId).tags.flatMap((t) => (t.name === 'EdNote' ? [String(t.attributes.id)] : t.name === 'Figure' ? tableNotes(model.figure(String(t.attributes.id)).table) : []));
}

/** A note's number in the section that marks it (from 1), as its marker and the notes after the section print it. */
export function noteNumber(model: ReportModel, noteId: string): number {
	let numbers = noteNumbers.get(model);
	if (!numbers) {
		numbers = new Map(model.sections.flatMap((s) => sectionNoteIds(model, s.id).map((id, i): [string, number] => [id, i + 1])));
		noteNumbers.set(model, numbers);
	}
	const number = numbers.get(noteId);
	if (number === undefined) throw new Error(`no section marks the editors' note "${noteId}"`);
	return number;
}

// Every marker asks for its note's number: the numbers are counted once a model, not once a marker.
const noteNumbers = new WeakMap<ReportModel, Map<string, number>>();

/** The id of a work's card in a section: one card a work, however often the section cites it. */
export const citeCardId = (sectionId: string, key: string) => `cite-${key}-${sectionId}-card`;

/** The id of an editors' note's card. */
export const noteCardId = (noteId: string) => `${noteMarkerAnchor(noteId)}-card`;

export interface NoteCard {
	number: number;
	card: string;
	reason: string;
}
export interface CiteCard {
	card: string;
	entry: TextRun[];
}
/** What a section's cards block draws, and which link shows which card. */
export interface SectionCards {
	notes: NoteCard[];
	cites: CiteCard[];
	triggers: Array<{ link: string; card: string }>;
}

const noteCard = (model: ReportModel, id: string): NoteCard => ({ number: noteNumber(model, id), card: noteCardId(id), reason: model.erratum(id).reason });
const noteTrigger = (id: string) => ({ link: noteMarkerAnchor(id), card: noteCardId(id) });

/** The cards of a section: its editors' notes in reading order, each work it cites once. */
export function sectionCards(model: ReportModel, sectionId: string): SectionCards {
	const section = model.section(sectionId);
	const noteIds = sectionNoteIds(model, sectionId);
	const keys = [...new Set(section.citations.flatMap((c) => c.items.map((i) => i.key)))];
	return {
		notes: noteIds.map((id) => noteCard(model, id)),
		cites: keys.map((key) => ({ card: citeCardId(sectionId, key), entry: model.reference(key).runs })),
		triggers: [
			...noteIds.map(noteTrigger),
			...section.citations.flatMap((c) => c.items.map((i) => ({ link: i.anchor, card: citeCardId(sectionId, i.key) }))),
		],
	};
}

/** The cards of a figure shown on its own page: the notes its table marks. */
export function figureCards(model: ReportModel, figureId: string): SectionCards {
	const ids = tableNotes(model.figure(figureId).table);
	return { notes: ids.map((id) => noteCard(model, id)), cites: [], triggers: ids.map(noteTrigger) };
}

/** A CSS identifier from an id of the report's (letters, digits and hyphens; anything else escaped). */
const ident = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);

/**
 * The rules that show each card while its link is hovered or has keyboard focus (the card is not the link's
 * neighbour: a rule a link). The card stands at the foot of the window (report.css), where it covers no line
 * of the text being read.
 */
export function cardTriggers(triggers: SectionCards['triggers']): string {
	return triggers.map(({ link, card }) => `:root:has(#${ident(link)}:focus-visible) #${ident(card)}{display:block}@media (hover:hover){:root:has(#${ident(link)}:hover) #${ident(card)}{display:block}}`).join('\n');
}
