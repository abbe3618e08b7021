import { defaultSiteUrl } from './location';
/** Addresses on the site, for one deployment: its base path and public origin. */
export interface SiteUrls {
	/** The base path, with a trailing slash: `/` or `/reports/china-clusters/`. */
	base: string;
	/**
	 * The deployment's own base path, where what every edition shares lives (the search index, the sitemap): the
	 * same as `base`, except in a build of an edition, whose pages are also published under `editions/<version>/`.
	 */
	root: string;
	/** A page of the site: `page('zhongguancun/', 'tax-policy')` → `/base/zhongguancun/#tax-policy`. */
	page(path?: string, anchor?: string): string;
	/** The page of a section. */
	section(id: string, anchor?: string): string;
	/** An absolute URL, for canonical links, citations and metadata. */
	absolute(path?: string, anchor?: string): string;
}

export function createUrls(base: string, origin: string = defaultSiteUrl, options: { root?: string } = {}): SiteUrls {
	const root = base.endsWith('/') ? base : `${base}/`;
	const page = (path = '', anchor?: string) => `${root}${path.replace(/^\/+/, '')}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
	const absolute = (path?: string, anchor?: string) => new URL(page(path, anchor), origin).href;
	return {
		base: root,
		root: options.root ?? root,
		page,
		section: (id, anchor) => page(`${id}/`, anchor),
		absolute,
	};
}
