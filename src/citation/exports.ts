import type { CslItem } from './items';

/**
 * The three download files of a citation, written from its CSL item: BibTeX that `bibtex` with plain.bst and
 * biblatex with biber both print correctly, RIS that Zotero and EndNote read, and CSL-JSON. Only the kinds of
 * item the site publishes are exported: the report (CSL `report`) and a part of it, a section or a figure
 * (CSL `chapter`, the report its container). No access date is written: a file is read on a day the build
 * cannot know, and a reference manager records its own when it imports the file.
 */

type CslName = { family?: string; given?: string; literal?: string };
type CslDate = { 'date-parts': number[][] };

const names = (item: CslItem, variable: string) => (item[variable] as CslName[] | undefined) ?? [];
const text = (item: CslItem, variable: string) => item[variable] as string | undefined;
const dateParts = (item: CslItem, variable: string) => (item[variable] as CslDate | undefined)?.['date-parts'][0];

function exportedKind(item: CslItem): 'report' | 'part' {
	if (item.type === 'report') return 'report';
	if (item.type === 'chapter') return 'part';
	throw new Error(`only the report and its parts (sections, figures) are exported, not a CSL "${item.type}"`);
}

/**
 * biblatex's name for a language (its `langid`, which sets hyphenation and is never printed), from the BCP 47
 * tag the report is written in. biblatex prints a `language` field as it stands ("en."), so none is written.
 */
const biblatexLanguages: Record<string, string> = { en: 'english', 'en-US': 'american', 'en-GB': 'british', zh: 'chinese', 'zh-Hans': 'chinese' };
function langid(tag: string): string {
	const name = biblatexLanguages[tag] ?? biblatexLanguages[tag.split('-')[0]!];
	if (!name) throw new Error(`no biblatex language is known for "${tag}": add it to biblatexLanguages in src/citation/exports.ts`);
	return name;
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
 * `@techreport` for the report; `@incollection` with the report as `booktitle` and its institution as
 * `publisher` for a part of it (plain.bst names a technical report's issuer `institution`, a collection's
 * `publisher`; biblatex and Zotero read both). The version is biblatex's `version` in a report; in a part,
 * whose type has no version field in biblatex's data model (nor in plain.bst), it is the `note` both print.
 * No empty fields.
 */
export function toBibtex(item: CslItem): string {
	const kind = exportedKind(item);
	const issued = dateParts(item, 'issued');
	const version = text(item, 'version');
	const fields: Array<[string, string | undefined, 'braced' | 'bare']> = [
		['author', names(item, 'author').length ? bibtexNames(names(item, 'author')) : undefined, 'braced'],
		['editor', names(item, 'editor').length ? bibtexNames(names(item, 'editor')) : undefined, 'braced'],
		['title', text(item, 'title') && bibtexTitle(text(item, 'title')!), 'braced'],
		// With no author or editor, BibTeX sorts and labels by `key` (biblatex by `sortkey`): the title, as the author-date styles do.
		...(names(item, 'author').length || names(item, 'editor').length ? [] : ([['key', text(item, 'title') && texEscape(text(item, 'title')!), 'braced'], ['sortkey', text(item, 'title') && texEscape(text(item, 'title')!), 'braced']] as Array<[string, string | undefined, 'braced']>)),
		['booktitle', kind === 'part' && text(item, 'container-title') ? bibtexTitle(text(item, 'container-title')!) : undefined, 'braced'],
		[kind === 'report' ? 'institution' : 'publisher', text(item, 'publisher') && texEscape(text(item, 'publisher')!), 'braced'],
		['type', kind === 'report' && text(item, 'genre') ? texEscape(text(item, 'genre')!) : undefined, 'braced'],
		// `year` and `month` for BibTeX; biblatex reads `date`, and biber takes the year and month from it.
		['year', issued?.[0] !== undefined ? String(issued[0]) : undefined, 'braced'],
		// A month is BibTeX's own macro (`nov`), which each style prints in its language.
		['month', issued?.[1] !== undefined ? bibtexMonths[issued[1] - 1] : undefined, 'bare'],
		['date', issued && isoDate(issued), 'braced'],
		['version', kind === 'report' && version ? texEscape(version) : undefined, 'braced'],
		['note', kind === 'part' && version ? `Version ${texEscape(version)}` : undefined, 'braced'],
		['langid', text(item, 'language') && langid(text(item, 'language')!), 'braced'],
		['url', text(item, 'URL'), 'braced'],
	];
	const body = fields
		.filter(([, value]) => value)
		.map(([name, value, form]) => `  ${name} = ${form === 'bare' ? value : `{${value}}`}`)
		.join(',\n');
	return `@${kind === 'report' ? 'techreport' : 'incollection'}{${item.id},\n${body}\n}\n`;
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
 * RIS: `TY  - RPRT` for the report, `CHAP` for a part of it with the report as `T2` (Zotero files it as a book
 * section). RIS has no tag for the version of a report or chapter (`ET` is the edition, and Zotero and
 * citation-js read it so): it goes in `M2`, which Zotero keeps in Extra as `version: …`, the form its citation
 * styles read as CSL's version. One tag per line, whatever its length (RIS has no continuation lines), and the
 * record closes with `ER  - ` (trailing space).
 */
export function toRis(item: CslItem): string {
	const kind = exportedKind(item);
	const issued = dateParts(item, 'issued');
	const lines: Array<[string, string | undefined]> = [
		['TY', kind === 'report' ? 'RPRT' : 'CHAP'],
		['TI', text(item, 'title')],
		...names(item, 'author').map((n): [string, string] => ['AU', risName(n)]),
		...names(item, 'editor').map((n): [string, string] => ['ED', risName(n)]),
		['T2', kind === 'part' ? text(item, 'container-title') : undefined],
		['PY', issued?.[0] !== undefined ? String(issued[0]) : undefined],
		['DA', issued && risDate(issued)],
		['PB', text(item, 'publisher')],
		// The kind of report, which Zotero reads as its report type.
		['M3', kind === 'report' ? text(item, 'genre') : undefined],
		['M2', text(item, 'version') && `version: ${text(item, 'version')}`],
		['LA', text(item, 'language')],
		['UR', text(item, 'URL')],
		['ID', item.id],
	];
	const body = lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value!.replace(/\s+/g, ' ').trim()}`);
	return `${[...body, 'ER  - '].join('\n')}\n`;
}

/** CSL-JSON: an array of the one item, as citation managers import it. */
export function toCslJson(item: CslItem): string {
	return `${JSON.stringify([item], null, 2)}\n`;
}
