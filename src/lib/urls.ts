/** The site's base path, always with a trailing slash (`/` or `/reports/china-clusters/`). */
export const base: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A link to a page of this site: `route('zhongguancun/', 'fund-support')` → `/base/zhongguancun/#fund-support`. */
export function route(path = '', anchor?: string): string {
	const clean = path.replace(/^\/+/, '');
	return `${base}${clean}${anchor ? `#${anchor}` : ''}`;
}

/** The page of a section. */
export function sectionPath(id: string): string {
	return `${id}/`;
}

/** An absolute URL on the public site, for canonical links and citations. */
export function absolute(path: string, site: URL | undefined): string {
	if (!site) throw new Error('SITE_URL is not configured (astro.config.mjs sets `site`)');
	return new URL(path, site).href;
}
