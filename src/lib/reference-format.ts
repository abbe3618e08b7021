import type { Person } from '../schemas/person';
import type { Reference } from '../schemas/reference';
import { citedYear } from './citations';

function personName(p: Person): string {
	return 'literal' in p ? p.literal : p.given ? `${p.family}, ${p.given}` : p.family;
}

/** "Lo, C. P.", "Au, C.-C., & Henderson, J. V." — author list in APA order. */
export function authorList(people: Person[]): string {
	const names = people.map(personName);
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** A reference split into the parts a list entry shows; the title is set apart for italics. */
export interface FormattedReference {
	lead: string;
	title: string;
	/** Whether the title is the work itself (italic) or a part of a container (roman). */
	titleIsWork: boolean;
	rest: string;
	url?: string;
}

/** An author-date (APA-like) entry, used for the reference list and hover cards. */
export function formatReference(ref: Reference): FormattedReference {
	const anonymous = ref.author.length === 0;
	const lead = anonymous ? '' : `${authorList(ref.author)} (${citedYear(ref)}).`;
	const inContainer = ref.type === 'article-journal' || ref.type === 'chapter' || ref.type === 'paper-conference';
	// A work without an author leads with its title, then the date (APA).
	const rest: string[] = anonymous ? [`(${citedYear(ref)}).`] : [];
	if (ref.container) {
		let c = ref.type === 'chapter' ? `In ${ref.container}` : ref.container;
		if (ref.volume) c += `, ${ref.volume}`;
		if (ref.issue) c += `(${ref.issue})`;
		if (ref.pages) c += `, ${ref.pages}`;
		rest.push(`${c}.`);
	} else if (ref.pages) rest.push(`pp. ${ref.pages}.`);
	if (ref.number) rest.push(`${ref.type === 'report' ? 'No. ' : ''}${ref.number}.`);
	const issuer = [ref.institution, ref.publisher].filter(Boolean).join('; ');
	if (issuer) rest.push(`${ref.place ? `${ref.place}: ` : ''}${issuer}.`);
	else if (ref.place) rest.push(`${ref.place}.`);
	if (ref.note) rest.push(ref.note.endsWith('.') ? ref.note : `${ref.note}.`);
	if (ref.accessed && ref.url) rest.push(`Retrieved ${ref.accessed}.`);
	return { lead, title: ref.title, titleIsWork: !inContainer, rest: rest.join(' '), ...(ref.url ? { url: ref.url } : {}) };
}

/** Orders a bibliography by first author, then year, then title. */
export function bibliographyOrder(a: Reference, b: Reference): number {
	const sortName = (r: Reference) => (r.author.length ? authorList(r.author) : r.title);
	return (
		sortName(a).localeCompare(sortName(b), 'en') ||
		citedYear(a).localeCompare(citedYear(b)) ||
		a.title.localeCompare(b.title, 'en')
	);
}
