import { defaultSiteUrl } from './location';
/** Addresses on the site, for one deployment: its base path and public origin. */
export interface SiteUrls {
	/** The base path, with a trailing slash: `/` or `/reports/china-clusters/`. */
	base: string;
	/** A page of the site: `page('zhongguancun/', 'tax-policy')` → `/base/zhongguancun/#tax-policy`. */
	page(path?: string, anchor?: string): string;
	/** The page of a section. */
	section(id: string, anchor?: string): string;
	/** An absolute URL, for canonical links, citations and metadata. */
	absolute(path?: string, anchor?: string): string;
}

export function createUrls(base: string, origin: string = defaultSiteUrl): SiteUrls {
	const root = base.endsWith('/') ? base : `${base}/`;
	const page = (path = '', anchor?: string) => `${root}${path.replace(/^\/+/, '')}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
	return {
		base: root,
		page,
		section: (id, anchor) => page(`${id}/`, anchor),
		absolute: (path, anchor) => new URL(page(path, anchor), origin).href,
	};
}
