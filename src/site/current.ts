import { processShared } from '../load/shared';
import { tokenBase, tokenRoot } from './editions';
import { createUrls } from './urls';

/**
 * Where a build of an edition publishes it, set by the editions integration (src/integration/editions.ts) before
 * any page renders: the pictures draw this address, as no placeholder can be replaced in a PNG.
 */
export const editionBuild = processShared('edition-build', () => ({ printed: undefined as { base: string; origin: string } | undefined }));

/**
 * The addresses of this build: its base path and origin, as Astro was configured (SITE_URL, BASE_PATH). In
 * `astro build` these are the edition tokens (src/site/editions.ts), replaced once the pages are written.
 */
export const urls = createUrls(import.meta.env.BASE_URL, import.meta.env.SITE, { root: import.meta.env.BASE_URL === tokenBase ? tokenRoot : import.meta.env.BASE_URL, printed: () => editionBuild.printed });
