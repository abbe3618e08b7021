import { processShared } from '../load/shared';
import { tokenBase, tokenRoot } from './editions';
import { createUrls } from './urls';

/**
 * Set by the editions integration (src/integration/editions.ts) before any page renders: a PNG has no text in
 * which a placeholder could be replaced after the build, so a figure's PNG is drawn from its SVG with this
 * build's addresses put in.
 */
export const editionBuild = processShared('edition-build', () => ({ forPicture: undefined as ((svg: string) => string) | undefined }));

/**
 * The addresses of this build: its base path and origin, as Astro was configured (SITE_URL, BASE_PATH). In
 * `astro build` these are the edition tokens (src/site/editions.ts), replaced once the pages are written.
 */
export const urls = createUrls(import.meta.env.BASE_URL, import.meta.env.SITE, { root: import.meta.env.BASE_URL === tokenBase ? tokenRoot : import.meta.env.BASE_URL });
