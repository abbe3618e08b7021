import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { authorWarning } from '../citation';
import { ContentError, formatProblem } from '../load/problems';
import { reportModel, setReportRoot } from '../model/index';
import { brokenPermalinks, lockFile, readLock, scanSite, unlockedPermalinks } from '../site/permalinks';
import { formattedCitations } from '../site/cite';
import { pictureFonts } from '../site/pictures';
import { createUrls } from '../site/urls';
import { chineseWebFont, chineseWebFontBytes } from '../site/zh-font';

/** Prints problems as an author reads them (no stack trace, no wrapper) and stops a build. */
function refuse(lines: string[], command: string, logger: { error(message: string): void }): never {
	logger.error(`The build stopped: ${lines.length === 1 ? 'one problem' : `${lines.length} problems`} to fix.\n  ${lines.join('\n  ')}`);
	if (command === 'dev') throw new Error(lines.join('\n'));
	process.exit(1);
}

/**
 * Guards the report at build time: all content is loaded into the report model, validated and
 * cross-checked before anything is rendered; after the build every URL in the permalink lock must
 * still resolve.
 */
export function reportGuard(): AstroIntegration {
	let root: URL;
	let command = 'build';
	return {
		name: 'report-guard',
		hooks: {
			'astro:config:setup': ({ config, logger, command: cmd }) => {
				root = config.root;
				command = cmd;
				setReportRoot(root.href);
				// Unit tests load this config only to compile components; they build their own models.
				if (process.env.VITEST) return;
				try {
					const model = reportModel(root.href, { freeze: cmd === 'build' });
					for (const w of model.warnings) logger.warn(formatProblem(w));
					const noAuthor = authorWarning(model.meta);
					if (noAuthor) logger.warn(noAuthor);
					if (cmd !== 'preview') logger.info(`content checked: ${model.sections.length} sections, ${model.references.length} references, ${model.figures.length} figures; every citation, link, number and note resolves`);
					if (cmd === 'build') {
						// The fonts are cut on a worker thread while Vite bundles the pages, which then find them ready.
						// A failure is reported by the page that needs the font.
						const font = chineseWebFont(model);
						if (font) chineseWebFontBytes(font).catch(() => undefined);
						pictureFonts().catch(() => undefined);
						// The cite-this citations now, while the in-text citations' compiled APA style is still there to
						// reuse, at the addresses the pages will ask for (src/site/current.ts).
						formattedCitations(model, createUrls(config.base, config.site));
					}
				} catch (error) {
					if (error instanceof ContentError) refuse(error.problems.map(formatProblem), cmd, logger);
					throw error;
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				const published = scanSite(fileURLToPath(dir));
				const lock = readLock(root.href);
				const broken = brokenPermalinks(lock, published);
				if (broken.length) {
					refuse(
						[
							`These published permalinks no longer resolve (listed in ${lockFile}): ${broken.join(', ')}`,
							'Restore the id, or keep it as an alias: `aliases: [old-id]` in a section’s frontmatter, or aliases="old-id" on an <H2>/<H3>.',
						],
						command,
						logger,
					);
				}
				const fresh = unlockedPermalinks(lock, published);
				if (fresh.length) logger.warn(`${fresh.length} new permalink(s) not yet in ${lockFile}; run \`npm run permalinks:lock\` to publish them for good:\n  ${fresh.join('\n  ')}`);
			},
		},
	};
}
