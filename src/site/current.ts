import { createUrls } from './urls';

/** The addresses of this build: its base path and origin, as Astro was configured (SITE_URL, BASE_PATH). */
export const urls = createUrls(import.meta.env.BASE_URL, import.meta.env.SITE);
