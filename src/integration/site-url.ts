import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../site/location';

/**
 * Says once per build, before any page is written, that a build without SITE_URL publishes localhost
 * addresses (citations, canonical links, share images, the sitemap). Not in `astro dev`, where they are right.
 */
export function siteUrlNotice(env: Record<string, string | undefined> = process.env): AstroIntegration {
	return {
		name: 'site-url-notice',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const warning = siteUrlWarning(env);
				if (warning) logger.warn(warning);
			},
		},
	};
}
