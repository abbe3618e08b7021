import { htmlRuns, withLink, type TextRun } from '../citation/rich-text';
import { formatNumber, formatQuantity } from '../format/number';
import { classifyLink, noteMarkerAnchor, referenceAnchor } from '../model/build';
import type { ReportModel } from '../model/report-model';
import type { ReportContext } from './context';
import { citeCardId, noteCardId, noteNumber } from './section-notes';
import type { SiteUrls } from './urls';

/**
 * What each of the report's tags draws, worked out from the model: pure functions from a tag's attributes
 * to its component's props, so the components only draw (and these are unit-tested without Astro).
 */

/** Where a work's entry in the reference list is. */
export function referenceHref(model: ReportModel, urls: SiteUrls, key: string): string {
	return model.referencesSection ? urls.section(model.referencesSection, referenceAnchor(key)) : urls.page('', 'contents');
}

/** One work in an in-text citation: its label, where it links, and the entry its card shows. */
export interface CiteItemView {
	/** What stands before it: the cluster's delimiter, or what the style put there ("2007a, 2007b"); none first. */
	before: string;
	/** Its label as plain text, and as the style formats it (an authorless report's title in italics). */
	text: string;
	runs: TextRun[];
	key: string;
	anchor: string;
	href: string;
	/** The id of the work's card, after the section (src/site/section-notes.ts). */
	card: string;
}

export interface CiteView {
	prefix: string;
	suffix: string;
	items: CiteItemView[];
}

/**
 * The n-th citation of a section as the style writes it. The style may order a cluster's works otherwise
 * than the author wrote them (APA sorts them by author): every label is paired with its work by key, never
 * by position, so it links to, and shows the card of, the work it names. The compiled section says which
 * works it expects (`keys`): a section compiled from other text than the model read is refused.
 */
export function citeView({ model, urls }: ReportContext, sectionId: string, n: number, keys: string): CiteView {
	const citation = model.section(sectionId).citations[n];
	const written = citation?.items.map((i) => i.key).join(' ');
	if (!citation || written !== keys) throw new Error(`citation ${n + 1} of section "${sectionId}" cites "${keys}" on the page but "${written ?? 'nothing'}" in the model: the page was compiled from another version of the file`);
	const unused = [...citation.items];
	const { rendered } = citation;
	const items = rendered.parts.map((part, i): CiteItemView => {
		const at = unused.findIndex((item) => item.key === part.key);
		if (at < 0) throw new Error(`the citation style wrote "${part.text}" for "${part.key}", which citation ${n + 1} of section "${sectionId}" does not cite`);
		const [item] = unused.splice(at, 1);
		return {
			before: i === 0 ? '' : (part.delimiter ?? rendered.delimiter),
			text: part.text,
			runs: htmlRuns(part.html),
			key: part.key,
			anchor: item!.anchor,
			href: referenceHref(model, urls, part.key),
			card: citeCardId(sectionId, part.key),
		};
	});
	return { prefix: rendered.prefix, suffix: rendered.suffix, items };
}

/** A heading of a section: its level on this page, its plain text (its self-link's name), and its former ids. */
export function headingView({ model, headingShift }: ReportContext, depth: 2 | 3, id: string): { level: number; text: string; aliases: string[] } {
	const heading = model.sections.flatMap((s) => s.headings).find((h) => h.id === id);
	if (!heading) throw new Error(`the model has no heading "${id}"`);
	return { level: depth + headingShift, text: heading.text, aliases: heading.aliases };
}

/** A number from the data, formatted with its unit (or, `bare`, without it). */
export function numView({ model }: ReportContext, id: string, bare: boolean): string {
	const fact = model.facts.get(id);
	if (!fact) throw new Error(`the model has no number "${id}"`);
	return bare ? formatNumber(fact.value, fact.unit) : formatQuantity(fact);
}

/** A reference to a figure: its label, linking to it in its section. */
export function figRefView({ model, urls }: ReportContext, id: string): { href: string; label: string } {
	const figure = model.figure(id);
	return { href: urls.section(figure.section, figure.anchor), label: figure.label };
}

/** A glossary term's entry. */
export const termHref = ({ model, urls }: ReportContext, id: string) => (model.term(id), urls.page('glossary/', id));

/** A place's name in Chinese and pinyin. */
export function zhView({ model }: ReportContext, id: string): { chinese: string; pinyin?: string } {
	const place = model.place(id);
	return { chinese: place.chinese, pinyin: place.pinyin };
}

/** An editors' note marker: its anchor, its note on the notes page, its card (after the section) and its number in the section. */
export function edNoteView({ model, urls }: Pick<ReportContext, 'model' | 'urls'>, id: string): { anchor: string; href: string; card: string; number: number } {
	model.erratum(id);
	return { anchor: noteMarkerAnchor(id), href: urls.page('editorial-notes/', id), card: noteCardId(id), number: noteNumber(model, id) };
}

/** Whether a link's text spells its address: "www.example.org" for "https://www.example.org/" does. */
export function sameAddress(text: string, href: string): boolean {
	const plain = (u: string) => u.trim().toLowerCase().replace(/^(https?:\/\/|mailto:)/, '').replace(/\/+$/, '');
	return plain(text) === plain(href);
}

/**
 * A link in the prose: a page of the site under the base path, an anchor of the section, or a web address.
 * On paper a web link's address is printed after it (print.css), unless its text is the address.
 */
export function linkView({ urls }: ReportContext, url: string, text: string): { href: string; printUrl: boolean } {
	const target = classifyLink(url);
	const href = 'external' in target ? target.external : 'internal' in target ? urls.page(target.internal.path, target.internal.anchor) : 'sameSection' in target ? `#${target.sameSection}` : '#';
	return { href, printUrl: 'external' in target && /^https?:/.test(target.external) && !sameAddress(text, target.external) };
}

/** A piece of a reference's back-references sentence: words, a link to a section or figure, or a ↩ back to one citation. */
export type BackrefPiece = { text: string } | { link: { href: string; text: string } } | { backlink: { href: string; label: string; n?: number } };

/** One work in the reference list: its entry (its web address a link) and where the report cites it. */
export interface ReferenceEntryView {
	anchor: string;
	entry: TextRun[];
	note?: string;
	/**
	 * Where the report cites it, as one sentence: "Cited in Formation ↩¹ ↩², Typology ↩; the source of
	 * Figure E2." / "Cited for more information in Figure E4." / "The source of Figure E1." / "Not cited in
	 * the text."
	 */
	backrefs: BackrefPiece[];
}

/** "A", "A and B", "A, B and C", as pieces. */
function listed(items: BackrefPiece[][]): BackrefPiece[] {
	return items.flatMap((item, i) => [...(i === 0 ? [] : [{ text: i === items.length - 1 ? ' and ' : ', ' }]), ...item]);
}

/** The bibliography, each work with links back to every place that cites it. */
export function referenceListView({ model, urls }: Pick<ReportContext, 'model' | 'urls'>): ReferenceEntryView[] {
	return model.references.map((entry) => {
		const sections = entry.citedIn.map(({ section, title, anchors }): BackrefPiece[] => [
			{ link: { href: urls.section(section), text: title } },
			...anchors.flatMap((anchor, i): BackrefPiece[] => [{ text: ' ' }, { backlink: { href: urls.section(section, anchor), label: `citation ${i + 1} in ${title}`, ...(anchors.length > 1 ? { n: i + 1 } : {}) } }]),
		]);
		const figures = (role: 'source' | 'further') =>
			entry.figureSources
				.map((id) => model.figure(id))
				.filter((f) => (f.source?.ref.id === entry.key) === (role === 'source'))
				.map((f): BackrefPiece[] => [{ link: { href: urls.section(f.section, f.anchor), text: f.label } }]);
		const source = figures('source');
		const further = figures('further');
		const clauses: BackrefPiece[][] = [];
		if (sections.length || further.length)
			clauses.push([
				{ text: 'Cited ' },
				...(sections.length ? [{ text: 'in ' }, ...listed(sections)] : []),
				...(further.length ? [{ text: sections.length ? ', and for more information in ' : 'for more information in ' }, ...listed(further)] : []),
			]);
		if (source.length) clauses.push([{ text: clauses.length ? 'the source of ' : 'The source of ' }, ...listed(source)]);
		const backrefs: BackrefPiece[] = clauses.length
			? [...clauses.flatMap((clause, i) => [...(i > 0 ? [{ text: '; ' }] : []), ...clause]), { text: '.' }]
			: [{ text: entry.ref.draft ? 'Listed in the draft’s references; not cited in the text.' : 'Not cited in the text.' }];
		return { anchor: entry.anchor, entry: withLink(entry.runs, entry.ref.url), ...(entry.ref.note ? { note: entry.ref.note } : {}), backrefs };
	});
}
