import { fileURLToPath } from 'node:url';
import { scanSite } from '../../src/site/permalinks';
import { normaliseBase, normaliseSite } from '../../src/site/location';
import { reportModelAt } from '../../src/model/index';

/** The built site on disk. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The base path the site was built for, as the tests' server serves it. */
export const base = normaliseBase(process.env.BASE_PATH);

/** Every page of the built site, as URL paths under the base. */
export function builtPages(): string[] {
	return [...scanSite(dist).keys()].map((path) => `${base}${path}`);
}

/** The report as the build saw it: tests read their expectations from the content, not from typed lists. */
export const model = reportModelAt(new URL('../../', import.meta.url).href);

/** The public origin the site was built for. */
export const site = normaliseSite(process.env.SITE_URL);

/**
 * The address a page of the latest edition gives as its own, for `path` under the base (`typology/`): its edition's
 * pinned copy, which every citation, canonical link and sitemap entry names (src/site/editions.ts).
 */
export const pinned = (path = '') => `${site}${base}editions/${model.meta.version}/${path}`;
