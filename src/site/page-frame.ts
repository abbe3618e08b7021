import { displayName, fullTitle } from '../format/names';
import type { ReportModel, SectionModel } from '../model/report-model';
import type { SectionHeading } from '../load/mdx';
import { pageMetadata, type CiteAs } from './page-meta';
import { shareCards, shareTags } from './share-images';
import type { SiteUrls } from './urls';
import { editionPath } from './editions';
import { generatedStyle } from './generated-style';
import { chineseFontFace } from './zh-font';
import type { MetaTag } from '../citation';

/** Everything the page layout draws around a page's content, worked out before the layout sees it. */
export interface PageFrame {
	lang: string;
	/** The document title: "Section · Report". */
	documentTitle: string;
	description: string;
	canonical?: string;
	meta: MetaTag[];
	jsonLd?: string;
	favicon: string;
	sitemap: string;
	home: { href: string; label: string };
	contents: Array<{ href: string; label: string; current: boolean }>;
	/** The number of the first section listed (the list's `start`). */
	contentsStart: number;
	/** Where every section is listed, when the menu lists only those near the page's (a long report). */
	allContents?: { href: string; label: string };
	links: Array<{ href: string; label: string }>;
	search: { base: string; fallback: string };
	footer: { title: string; subtitle: string; edition: string; byline: string; licence: { href: string; name: string }; notes: string; editions: EditionsLine };
	/**
	 * The page's generated style (the Chinese font, the printed running head, which link shows which card), with
	 * its CSP hash, given the HTML the page draws: whether it shows Chinese decides how it carries the font, and
	 * whether it preloads it (`preload`, the font's URL).
	 */
	style(html: string): Promise<{ css: string; hash: string; preload?: string }>;
}

/**
 * Which edition a page is and where the others are: its permanent address (the pinned one, which its citations
 * give), every edition by version (the latest at the unversioned addresses) and what changed.
 */
export interface EditionsLine {
	permanent?: string;
	editions: Array<{ href: string; label: string; current: boolean }>;
	/** The unversioned home page, which always shows the latest edition. */
	latest: string;
	changes: string;
}

/** The editions line of a page at `path` (none for the 404 page). */
export function editionsLine(model: ReportModel, urls: SiteUrls, path: string | undefined): EditionsLine {
	const r = model.meta;
	const earlier = r.editions.map((e) => ({ href: `${urls.root}${editionPath(e.version)}`, label: `${e.version} (${e.published})`, current: false }));
	return {
		...(path !== undefined ? { permanent: urls.absolute(path) } : {}),
		// "This edition", not "the latest": a page is frozen with its edition, and stays right once a newer one exists.
		editions: [...earlier, { href: urls.page(), label: `${r.version} (${r.dates.published}, this edition)`, current: true }],
		latest: urls.root,
		changes: urls.page('changes/'),
	};
}

/** The frame of one page. `path` is relative to the base (`zhongguancun/`); none for the 404 page. */
export function pageFrame(model: ReportModel, urls: SiteUrls, page: { title: string; description: string; path?: string; current?: string; cite: CiteAs; cards?: Array<{ link: string; card: string }> }): PageFrame {
	const r = model.meta;
	// A page with an address is shared, and a share without its picture is a bare link: no page goes without one.
	if (page.path !== undefined && !shareCards(model).has(page.path)) throw new Error(`the page "${page.path}" has no share image: add its card to shareCards() in src/site/share-images.ts`);
	const authors = r.authors.map(displayName).join(', ');
	const metadata = page.path !== undefined ? pageMetadata(model, urls, { title: page.title, path: page.path, description: page.description, cite: page.cite }) : { tags: [] as MetaTag[], canonical: undefined, jsonLd: undefined };
	return {
		lang: r.language,
		documentTitle: page.title === r.title ? r.title : `${page.title} · ${r.title}`,
		description: page.description,
		...(metadata.canonical !== undefined ? { canonical: metadata.canonical } : {}),
		// The layout writes the description itself: one, for every page, Zotero's abstract among them.
		// Every page with an address gets its share image (og:image, a large Twitter card).
		meta: (page.path !== undefined ? shareTags(model, urls, { path: page.path, title: page.title, description: page.description }, metadata.tags) : metadata.tags).filter((t) => !('name' in t && t.name === 'description')),
		// "<" escaped so that no text in the data can close the script element.
		...(metadata.jsonLd ? { jsonLd: JSON.stringify(metadata.jsonLd).replace(/</g, '\\u003c') } : {}),
		favicon: urls.page('favicon.svg'),
		// The deployment's sitemap, which lists the latest edition: an edition's own folder has none.
		sitemap: `${urls.root}sitemap-index.xml`,
		home: { href: urls.page(), label: r.title },
		...contentsMenu(model, urls, page.current),
		links: [
			{ href: urls.page('report/'), label: 'Full report' },
			{ href: urls.page('glossary/'), label: 'Glossary' },
			{ href: urls.page('editorial-notes/'), label: 'Editorial notes' },
		],
		// The search index is the deployment's: every edition's pages search the latest edition.
		search: { base: urls.root, fallback: urls.page('', 'contents') },
		footer: {
			title: r.title,
			subtitle: r.subtitle,
			edition: `${r.status}, edition ${r.version}, ${r.dates.modified}.`,
			byline: `${authors ? `By ${authors}. ` : ''}Prepared for ${r.preparedFor}, ${r.institution}.`,
			licence: { href: r.licence.url, name: r.licence.name },
			notes: urls.page('editorial-notes/'),
			editions: editionsLine(model, urls, page.path),
		},
		style: async (html) => {
			const font = await chineseFontFace(model, urls, html);
			return { ...generatedStyle(model, page.cards ?? [], font?.face), ...(font?.preload ? { preload: font.preload } : {}) };
		},
	};
}

/** How many sections the header's menu lists at most: a page's size must not grow with the report's. */
export const menuSections = 12;

/**
 * The header's contents menu: every section, or, in a report longer than `menuSections`, the ones around the
 * page's own (or the first ones) and a link to the full contents, so that no page grows with the number of
 * sections (every page listing every section made the site's size grow as the square of the sections).
 */
export function contentsMenu(model: ReportModel, urls: SiteUrls, current?: string): Pick<PageFrame, 'contents' | 'contentsStart' | 'allContents'> {
	const all = model.sections;
	const at = Math.max(0, all.findIndex((s) => s.id === current));
	const from = all.length <= menuSections ? 0 : Math.min(Math.max(0, at - Math.floor(menuSections / 2)), all.length - menuSections);
	const shown = all.slice(from, from + menuSections);
	return {
		contents: shown.map((s) => ({ href: urls.section(s.id), label: s.short, current: s.id === current })),
		contentsStart: from + 1,
		...(shown.length < all.length ? { allContents: { href: urls.page('', 'contents'), label: `All ${all.length} sections` } } : {}),
	};
}

/** A section's H2 headings with the H3 headings under each, for its contents. */
export function outline(headings: SectionHeading[]): Array<{ id: string; text: string; children: Array<{ id: string; text: string }> }> {
	const tree: Array<{ id: string; text: string; children: Array<{ id: string; text: string }> }> = [];
	for (const h of headings) {
		if (h.depth === 3 && tree.length) tree[tree.length - 1].children.push({ id: h.id, text: h.text });
		else tree.push({ id: h.id, text: h.text, children: [] });
	}
	return tree;
}

/** Previous and next sections in reading order, as links. */
export function neighbours(model: ReportModel, urls: SiteUrls, section: SectionModel): { previous?: { href: string; label: string }; next?: { href: string; label: string } } {
	const i = model.sections.indexOf(section);
	const link = (s: SectionModel | undefined) => (s ? { href: urls.section(s.id), label: s.short } : undefined);
	const previous = link(model.sections[i - 1]);
	const next = link(model.sections[i + 1]);
	return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The report's title line: "Title: Subtitle". */
export const reportTitle = (model: ReportModel) => fullTitle(model.meta);
