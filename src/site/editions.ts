import { cspSource } from './csp.ts';

/**
 * Editions: every published version of the report stays readable at `editions/<version>/…`, word for word.
 *
 * How: `astro build` builds the current edition once, with placeholder tokens where the public origin and the
 * base path go (the integration sets them as Astro's `site` and `base`, src/integration/editions.ts). After the
 * build, the tokens are replaced twice: once for the unversioned addresses (the latest edition) and once for the
 * edition's own folder, so keeping a pinned copy costs a copy of the files, not a second build. An edition frozen
 * at its release (`npm run edition`) is that tokenized output, kept in the repository under `content/editions/<version>/`:
 * it works under any SITE_URL and BASE_PATH, and a later build only copies it, replacing the tokens, so the build
 * does not grow slower with every edition it keeps.
 *
 * Every absolute address (citations, metadata, canonical links, the sitemap) names the pinned edition in both
 * copies: a work's one address is its edition's, and the unversioned pages are the latest edition shown at the
 * addresses that always show the latest. Pure string work, no I/O.
 */

/** Stands for the public origin (SITE_URL) in a tokenized build. */
export const tokenOrigin = 'https://x-edition-site-x.invalid';
/** Stands for the base path of the edition's pages (the unversioned base, or `<base>editions/<version>/`). */
export const tokenBase = '/x-edition-base-x/';
/** Stands for the deployment's own base path: what every edition shares (the search index, the sitemap). */
export const tokenRoot = '/x-edition-root-x/';

/** Where the copy being written goes. */
export interface Deployment {
	/** The public origin, `https://example.org`. */
	origin: string;
	/** The base path, `/` or `/reports/china-clusters/`. */
	base: string;
}

/** The folder of an edition, relative to the base: `editions/1.0.0/`. */
export const editionPath = (version: string) => `editions/${version}/`;

/**
 * Which copy a file is written for: `latest` (the unversioned addresses), `pinned` (the edition's own folder),
 * or `site` (a file of the deployment as a whole, such as the sitemap index: its addresses are the root's).
 */
export type CopyKind = 'latest' | 'pinned' | 'site';

/** Replaces the tokens of a built file for one copy of edition `version`. */
export function detokenize(text: string, version: string, to: Deployment, kind: CopyKind): string {
	const pinned = `${to.base}${editionPath(version)}`;
	return text
		.replaceAll(`${tokenOrigin}${tokenBase}`, `${to.origin}${kind === 'site' ? to.base : pinned}`)
		.replaceAll(`${tokenOrigin}${tokenRoot}`, `${to.origin}${to.base}`)
		.replaceAll(tokenOrigin, to.origin)
		.replaceAll(tokenRoot, to.base)
		.replaceAll(tokenBase, kind === 'pinned' ? pinned : to.base);
}

const inlineElement = /<(style|script)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/** The CSP source of an inline element's text, quoted as it stands in the policy: `'sha256-…'`. */
export const cspHash = (text: string) => `'${cspSource(text)}'`;

/**
 * A built page for one copy: its tokens replaced, and the Content Security Policy's hash of every inline style
 * and script whose text changed with them (the page's generated style names the Chinese font's address) replaced
 * by the hash of its new text. In the pinned copy the page leaves the search index (`data-pagefind-body`): only the
 * latest edition is searched, from every edition's pages.
 */
export function detokenizePage(html: string, version: string, to: Deployment, kind: CopyKind): string {
	const before = [...html.matchAll(inlineElement)].map((m) => m[3]!);
	let out = detokenize(html, version, to, kind);
	const after = [...out.matchAll(inlineElement)].map((m) => m[3]!);
	if (before.length !== after.length) throw new Error('replacing the edition tokens changed the inline elements of a page');
	before.forEach((text, i) => {
		if (text !== after[i]) out = out.replaceAll(cspHash(text), cspHash(after[i]!));
	});
	if (kind === 'pinned') out = out.replaceAll(' data-pagefind-body', '');
	return out;
}

/** Files whose tokens are replaced (the others, pictures and fonts, are copied as they are). */
export const isText = (path: string) => /\.(html|xml|txt|json|bib|ris|csv|svg|js|css|webmanifest)$/.test(path);

/** Files that belong to the deployment, not to an edition: written once, at the root, never pinned or frozen. */
export const siteFiles = ['_headers', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', '404.html', 'pagefind'];

/** How a file of the tokenized build is written into the latest copy. */
export const latestKind = (path: string): CopyKind => (path === 'sitemap-index.xml' || path === 'robots.txt' ? 'site' : 'latest');

/**
 * Where the frozen editions are kept in the repository: `content/editions/<version>/site/`, tokenized, and its
 * text in `content/editions/<version>/text.json`. A frozen edition is content (what was published, word for
 * word), not code: it sits with the rest of the content.
 */
export const archiveFolder = 'content/editions/';

/** A path of a frozen edition in the repository, relative to the project root: `content/editions/1.0.0/text.json`. */
export const archivePath = (version: string, file: 'site/' | 'text.json' | '' = '') => `${archiveFolder}${version}/${file}`;

/** Whether a string is a version as editions are numbered: `1.0.0`. */
export const isVersion = (text: string) => /^\d+\.\d+\.\d+$/.test(text);

/** Compares two versions `1.2.0` and `1.10.0` numerically: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
	return 0;
}

/** One edition as a page lists it. */
export interface EditionLink {
	version: string;
	date: string;
}

/** Text escaped for HTML written outside Astro (the notices, the changes), attributes included. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the latest edition publishes of a page an older edition had: the page it lands on, and its anchors. */
export interface LatestPage {
	/** The path relative to the base that finally holds the page (after redirects left for renamed sections). */
	path: string;
	anchors: Set<string>;
	/** The page's heading ids kept as aliases, each with the id it now belongs to. */
	aliases: Map<string, string>;
}

/**
 * The notice a page of an older edition gets once a newer edition exists, written into the frozen page after its
 * `<main>` opens (its markup and classes are the site's from that edition on): which edition this is, that a newer
 * one exists, and a link to the same page there, or that the page was removed. Each heading of the page gets a line
 * after it, linking to the same heading in the latest edition (by the id it carries now), or saying it was removed.
 */
export function withNewerEditionNotice(html: string, page: { version: string; latest: EditionLink; base: string; changes: string; target: LatestPage | undefined }): string {
	const { version, latest, base, target } = page;
	const here = target ? `${base}${target.path}` : undefined;
	const notice = target
		? `<aside class="edition-notice" aria-label="Edition"><p>This is edition ${escapeHtml(version)} of the report, kept as it was published. A newer edition, ${escapeHtml(latest.version)} of ${escapeHtml(latest.date)}, exists: <a href="${escapeHtml(here!)}">this page in the latest edition</a> (<a href="${escapeHtml(page.changes)}">what changed</a>).</p></aside>`
		: `<aside class="edition-notice" aria-label="Edition"><p>This is edition ${escapeHtml(version)} of the report, kept as it was published. A newer edition, ${escapeHtml(latest.version)} of ${escapeHtml(latest.date)}, exists, and this page is no longer part of it: <a href="${escapeHtml(base)}">the latest edition</a> (<a href="${escapeHtml(page.changes)}">what changed</a>).</p></aside>`;
	let out = html.replace('<main id="main" tabindex="-1">', (open) => `${open}${notice}`);
	out = out.replace(/(<h([23]) id="([^"]+)"[^>]*data-permalink[^>]*>[\s\S]*?<\/h\2>)(<a class="self-link"[^>]*><\/a><\/div>)?/g, (whole, _h, _level, id: string) => {
		const now = target ? (target.aliases.get(id) ?? (target.anchors.has(id) ? id : undefined)) : undefined;
		const line = now
			? `<p class="edition-heading"><a href="${escapeHtml(`${here}#${encodeURIComponent(now)}`)}">This heading in edition ${escapeHtml(latest.version)}</a></p>`
			: `<p class="edition-heading">This heading was removed in edition ${escapeHtml(latest.version)}.</p>`;
		return `${whole}${line}`;
	});
	// An older edition is not indexed as a duplicate of the latest: it keeps its own canonical address, unindexed.
	return out.replace('</head>', '<meta name="robots" content="noindex" /></head>');
}

/** The text of one section as an edition published it: its title and its blocks (paragraphs, headings, list items, table rows). */
export interface SectionText {
	id: string;
	title: string;
	blocks: string[];
}

/** What `content/editions/<version>/text.json` keeps of an edition: its sections' text, for the next edition's "what changed". */
export interface EditionText {
	version: string;
	sections: SectionText[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) => s.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e.toLowerCase()] ?? m)));

/**
 * The reading text of a built section page, its prose (up to the citation cards):
 * one string per paragraph, heading, list item, caption or table row, without the charts' drawings, scripts or
 * permalink marks. Read from the built page so that "what changed" compares what readers read.
 */
export function sectionPageText(html: string): string[] {
	const start = html.indexOf('<div class="prose"');
	if (start < 0) return [];
	const ends = ['<div class="section-cards"', '<details class="cite-this"', '</main>'].map((m) => html.indexOf(m, start)).filter((i) => i >= 0);
	const body = html
		.slice(start, Math.min(...ends))
		.replace(/<(svg|script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<a class="self-link"[^>]*><\/a>/g, '');
	return body
		.split(/<\/(?:p|h[1-6]|li|tr|figcaption|dt|dd|summary|caption)>|<br\s*\/?>/)
		.map((block) => decode(block.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}
