import type { MetaTag } from '../citation';
import type { ReportModel } from '../model/report-model';
import { shareImageSize, type ShareImage } from './picture-layouts';
import { figurePaths } from './figure-paths';
import type { SiteUrls } from './urls';

/** A page's share image, relative to the base: `og/index.png` for the home page, `og/figures/map.png`… */
export const shareImagePath = (pagePath: string) => `og/${pagePath.replace(/\/$/, '') || 'index'}.png`;

export interface ShareCard {
	/** The page it previews, relative to the base. */
	page: string;
	card: ShareImage;
	/** What the image shows, for `og:image:alt`. */
	alt: string;
}

const memo = new WeakMap<ReportModel, Map<string, ShareCard>>();

/**
 * The share image of every page that has one, by page path: the home page, the whole report, the glossary,
 * the editorial notes, the editions and what changed, each section and each figure. Pages and images are read from
 * this one list, and every page with an address must be in it (`pageFrame` refuses one that is not).
 */
export function shareCards(model: ReportModel): Map<string, ShareCard> {
	let cards = memo.get(model);
	if (cards) return cards;
	const r = model.meta;
	const base = { report: r.title, byline: `Prepared for ${r.preparedFor}, ${r.institution} · ${r.status}, ${r.dates.published.slice(0, 4)}` };
	const page = (path: string, kicker: string, title: string): ShareCard => ({ page: path, card: { ...base, kicker, title }, alt: `${kicker}: ${title}. ${r.title}.` });
	const list: ShareCard[] = [
		page('', 'Research report', r.subtitle),
		page('report/', 'The whole report', r.subtitle),
		page('glossary/', 'Glossary', 'Terms a reader may not know, with their Chinese names'),
		page('editorial-notes/', 'Editorial notes', 'Every correction the editors made to the draft, and why'),
		page('changes/', 'Editions', `Every edition, kept at its own addresses, and what changed in edition ${r.version}`),
		...model.sections.map((s) => page(`${s.id}/`, `Section ${s.order}`, s.title)),
		...model.figures.map((f) => ({
			page: figurePaths.page(f.id),
			card: { ...base, kicker: f.label, title: f.caption, chart: { model: f.chart, id: `share-${f.id}` } },
			alt: `${f.label}. ${f.caption}. A chart from ${r.title}.`,
		})),
	];
	cards = new Map(list.map((c) => [c.page, c]));
	memo.set(model, cards);
	return cards;
}

/**
 * The Open Graph and Twitter tags of a page's share image (a large card), added to its other tags; for a page
 * without citation metadata, also the title, description and URL a card shows.
 */
export function shareTags(model: ReportModel, urls: SiteUrls, page: { path: string; title: string; description: string }, tags: MetaTag[]): MetaTag[] {
	const card = shareCards(model).get(page.path);
	if (!card) return tags;
	const has = (key: string) => tags.some((t) => ('property' in t ? t.property : t.name) === key);
	const image = urls.absolute(shareImagePath(page.path));
	const basics: MetaTag[] = has('og:title')
		? []
		: [
				{ property: 'og:type', content: 'website' },
				{ property: 'og:title', content: page.title },
				{ property: 'og:description', content: page.description },
				{ property: 'og:url', content: urls.absolute(page.path) },
				{ property: 'og:site_name', content: model.meta.title },
				{ name: 'twitter:title', content: page.title },
				{ name: 'twitter:description', content: page.description },
			];
	return [
		...tags.filter((t) => !('name' in t && t.name === 'twitter:card')),
		...basics,
		{ property: 'og:image', content: image },
		{ property: 'og:image:type', content: 'image/png' },
		{ property: 'og:image:width', content: String(shareImageSize.width) },
		{ property: 'og:image:height', content: String(shareImageSize.height) },
		{ property: 'og:image:alt', content: card.alt },
		{ name: 'twitter:card', content: 'summary_large_image' },
		{ name: 'twitter:image', content: image },
		{ name: 'twitter:image:alt', content: card.alt },
	];
}
