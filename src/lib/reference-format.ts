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

/** Orders a bibliography by first author, then year, then title. */
export function bibliographyOrder(a: Reference, b: Reference): number {
	const sortName = (r: Reference) => (r.author.length ? authorList(r.author) : r.title);
	return (
		sortName(a).localeCompare(sortName(b), 'en') ||
		citedYear(a).localeCompare(citedYear(b)) ||
		a.title.localeCompare(b.title, 'en')
	);
}
