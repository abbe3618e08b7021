import type { CslItem } from './items';

/**
 * The three download files of a citation, written from its CSL item: BibTeX that `bibtex` with plain.bst
 * prints correctly, RIS that Zotero and EndNote read, and CSL-JSON. Only the kinds of item the site
 * publishes are exported: the report (CSL `report`), a section (CSL `chapter`) and a figure (CSL `figure`).
 */

type CslName = { family?: string; given?: string; literal?: string };
type CslDate = { 'date-parts': number[][] };

const names = (item: CslItem, variable: string) => (item[variable] as CslName[] | undefined) ?? [];
const text = (item: CslItem, variable: string) => item[variable] as string | undefined;
const dateParts = (item: CslItem, variable: string) => (item[variable] as CslDate | undefined)?.['date-parts'][0];

function exportedKind(item: CslItem): 'report' | 'chapter' | 'figure' {
	if (item.type === 'report' || item.type === 'chapter' || item.type === 'figure') return item.type;
	throw new Error(`only the report, its sections and its figures are exported, not a CSL "${item.type}"`);
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes TeX's special characters in a field's text. */
function texEscape(s: string): string {
	return s.replace(/[\\{}&%$#_^~]/g, (c) => ({ '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' })[c] ?? `\\${c}`);
}

/**
 * A title for BibTeX: every word that has a capital after its first character, or that is not the first word
 * and starts with one, is braced, so a style that lowercases titles (plain.bst) keeps "China" and "SME".
 */
function bibtexTitle(title: string): string {
	return title
		.split(/(\s+)/)
		.map((word, i) => (i > 0 && /\p{Lu}/u.test(word)) || /^.+\p{Lu}/u.test(word) ? `{${texEscape(word)}}` : texEscape(word))
		.join('');
}

function bibtexNames(list: CslName[]): string {
	return list.map((n) => (n.literal ? `{${texEscape(n.literal)}}` : n.given ? `${texEscape(n.family!)}, ${texEscape(n.given)}` : texEscape(n.family!))).join(' and ');
}

/**
 * `@techreport` for the report, `@incollection` with the report as `booktitle` for a section, `@misc` for a
 * figure (BibTeX has no type for one) with the report it is part of as `howpublished`. No empty fields.
 */
export function toBibtex(item: CslItem): string {
	const kind = exportedKind(item);
	const issued = dateParts(item, 'issued');
	const accessed = dateParts(item, 'accessed');
	const fields: Array<[string, string | undefined, 'braced' | 'bare']> = [
		['author', names(item, 'author').length ? bibtexNames(names(item, 'author')) : undefined, 'braced'],
		['editor', names(item, 'editor').length ? bibtexNames(names(item, 'editor')) : undefined, 'braced'],
		['title', text(item, 'title') && bibtexTitle(text(item, 'title')!), 'braced'],
		// With no author or editor, BibTeX sorts and labels by `key`: the title, as the author-date styles do.
		['key', names(item, 'author').length || names(item, 'editor').length ? undefined : text(item, 'title') && texEscape(text(item, 'title')!), 'braced'],
		['booktitle', kind === 'chapter' && text(item, 'container-title') ? bibtexTitle(text(item, 'container-title')!) : undefined, 'braced'],
		['howpublished', kind === 'figure' && text(item, 'container-title') ? `In ${bibtexTitle(text(item, 'container-title')!)}` : undefined, 'braced'],
		// plain.bst names a technical report's issuer `institution`, a collection's `publisher`.
		[kind === 'report' ? 'institution' : 'publisher', kind !== 'figure' && text(item, 'publisher') ? texEscape(text(item, 'publisher')!) : undefined, 'braced'],
		['type', kind === 'report' && text(item, 'genre') ? texEscape(text(item, 'genre')!) : undefined, 'braced'],
		['year', issued?.[0] !== undefined ? String(issued[0]) : undefined, 'braced'],
		// A month is BibTeX's own macro (`nov`), which each style prints in its language.
		['month', issued?.[1] !== undefined ? bibtexMonths[issued[1] - 1] : undefined, 'bare'],
		['date', issued && isoDate(issued), 'braced'],
		['version', text(item, 'version') && texEscape(text(item, 'version')!), 'braced'],
		['language', text(item, 'language') && texEscape(text(item, 'language')!), 'braced'],
		['url', text(item, 'URL'), 'braced'],
		['urldate', accessed && isoDate(accessed), 'braced'],
		['note', kind === 'figure' && text(item, 'note') ? texEscape(text(item, 'note')!) : undefined, 'braced'],
	];
	const body = fields
		.filter(([, value]) => value)
		.map(([name, value, form]) => `  ${name} = ${form === 'bare' ? value : `{${value}}`}`)
		.join(',\n');
	return `@${kind === 'report' ? 'techreport' : kind === 'chapter' ? 'incollection' : 'misc'}{${item.id},\n${body}\n}\n`;
}

function isoDate(parts: number[]): string {
	return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
}

/** RIS dates are `YYYY/MM/DD/`, with empty parts left empty. */
function risDate(parts: number[]): string {
	const [y, m, d] = parts;
	return `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`;
}

function risName(n: CslName): string {
	return n.literal ?? (n.given ? `${n.family}, ${n.given}` : n.family!);
}

/**
 * RIS: `TY  - RPRT` for the report, `CHAP` for a section with the report as `T2`. One tag per line, whatever
 * its length (RIS has no continuation lines), and the record closes with `ER  - ` (trailing space).
 */
export function toRis(item: CslItem): string {
	const kind = exportedKind(item);
	const issued = dateParts(item, 'issued');
	const accessed = dateParts(item, 'accessed');
	const lines: Array<[string, string | undefined]> = [
		['TY', kind === 'report' ? 'RPRT' : kind === 'chapter' ? 'CHAP' : 'FIGURE'],
		['TI', text(item, 'title')],
		...names(item, 'author').map((n): [string, string] => ['AU', risName(n)]),
		...names(item, 'editor').map((n): [string, string] => ['ED', risName(n)]),
		['T2', kind !== 'report' ? text(item, 'container-title') : undefined],
		['PY', issued?.[0] !== undefined ? String(issued[0]) : undefined],
		['DA', issued && risDate(issued)],
		['PB', text(item, 'publisher')],
		// The kind of report, which Zotero reads as its report type.
		['M3', kind === 'report' ? text(item, 'genre') : undefined],
		['ET', text(item, 'version')],
		['LA', text(item, 'language')],
		['UR', text(item, 'URL')],
		// The date the edition was last changed, as the access date: Zotero reads it as "Accessed".
		['Y2', accessed && risDate(accessed)],
		['ID', item.id],
	];
	const body = lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value!.replace(/\s+/g, ' ').trim()}`);
	return `${[...body, 'ER  - '].join('\n')}\n`;
}

/** CSL-JSON: an array of the one item, as citation managers import it. */
export function toCslJson(item: CslItem): string {
	return `${JSON.stringify([item], null, 2)}\n`;
}
