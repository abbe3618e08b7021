import { fileURLToPath } from 'node:url';
import { scanSite } from '../../src/site/permalinks';
import { normaliseBase } from '../../src/site/location';

/** The built site on disk. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The base path the site was built for, as the tests' server serves it. */
export const base = normaliseBase(process.env.BASE_PATH);

/** Every page of the built site, as URL paths under the base. */
export function builtPages(): string[] {
	return [...scanSite(dist).keys()].map((path) => `${base}${path}`);
}
