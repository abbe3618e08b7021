import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from './content-checks';
import { loadReportSource } from './content-source';
import { ContentError, formatProblem } from './data-errors';
import { brokenPermalinks, lockFile, readLock, scanSite, unlockedPermalinks } from './permalinks';

/**
 * Guards the report at build time: all content is validated and cross-checked before anything is
 * rendered, and after the build every URL in the permalink lock must still resolve.
 */
export function reportGuard(): AstroIntegration {
	let root: URL;
	return {
		name: 'report-guard',
		hooks: {
			'astro:config:setup': ({ config, logger, command }) => {
				root = config.root;
				// Unit tests load this config only to compile components; they check content themselves.
				if (process.env.VITEST) return;
				const { errors, warnings } = checkContent(loadReportSource(root.href));
				for (const w of warnings) logger.warn(formatProblem(w));
				if (errors.length) throw new ContentError(errors);
				if (command !== 'preview') logger.info('content checked: every file, citation, heading and editorial note agrees');
			},
			'astro:build:done': ({ dir, logger }) => {
				const published = scanSite(fileURLToPath(dir));
				const lock = readLock(root.href);
				const broken = brokenPermalinks(lock, published);
				if (broken.length) {
					throw new Error(
						`These published permalinks no longer resolve (listed in ${lockFile}):\n  ${broken.join('\n  ')}\n` +
							'Restore the id, or keep it as an alias: `aliases: [old-id]` in a section\'s frontmatter, or aliases="old-id" on an <H2>/<H3>.',
					);
				}
				const fresh = unlockedPermalinks(lock, published);
				if (fresh.length) logger.warn(`${fresh.length} new permalink(s) not yet in ${lockFile}; run \`npm run permalinks:lock\` to publish them for good:\n  ${fresh.join('\n  ')}`);
			},
		},
	};
}
