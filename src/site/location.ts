/**
 * Where the site is published, read from the environment at build time:
 * SITE_URL is the public origin (canonical links, citations, sitemap);
 * BASE_PATH is the folder under that origin the site lives in (`/reports/china-clusters/`).
 */
export interface SiteLocation {
	site: string;
	base: string;
}

export const defaultSiteUrl = 'http://localhost:4321';

/** Normalises a base path to start and end with exactly one slash (`''` and `/` both mean the root). */
export function normaliseBase(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (!trimmed) return '/';
	// Each folder a plain URL segment: no "..", no query, fragment, spaces or characters that need escaping.
	const segments = trimmed.split('/');
	if (segments.some((s) => !/^[A-Za-z0-9._~-]+$/.test(s) || s === '.' || s === '..')) {
		throw new Error(`BASE_PATH "${raw}" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/`);
	}
	return `/${segments.join('/')}/`;
}

/** Checks SITE_URL is an absolute http(s) origin and drops any path or trailing slash. */
export function normaliseSite(raw: string | undefined): string {
	const value = (raw ?? '').trim() || defaultSiteUrl;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL "${value}" is not an absolute URL such as https://example.org`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL "${value}" must start with http:// or https://`);
	if (url.pathname !== '/' && url.pathname !== '') {
		throw new Error(`SITE_URL "${value}" must be an origin only; put the path "${url.pathname}" in BASE_PATH`);
	}
	// Nothing after the origin is kept, so nothing may be there to be lost silently.
	if (url.search || url.hash || url.username || url.password) {
		throw new Error(`SITE_URL "${value}" must be an origin only, such as https://example.org: no user name, password, query or fragment`);
	}
	return url.origin;
}

export function siteLocation(env: Record<string, string | undefined>): SiteLocation {
	return { site: normaliseSite(env.SITE_URL), base: normaliseBase(env.BASE_PATH) };
}

/**
 * What a build without SITE_URL should say, once: its addresses are the local preview's. Undefined when
 * SITE_URL is set. The local preview (`npm run build && npm run preview`) may keep the default.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
	if ((env.SITE_URL ?? '').trim()) return undefined;
	return `SITE_URL is not set: every citation, canonical link, share image and sitemap address of this build points at ${defaultSiteUrl}/, which only works for a local preview. To publish, build with the site's public origin, for example: SITE_URL=https://example.org npm run build (and BASE_PATH=/folder/ for a sub-path).`;
}
