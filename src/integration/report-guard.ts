import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { authorWarning } from '../citation';
import { startCacheUse, useCacheDir } from '../cache/disk';
import { readAllCollections, type CollectionName, type LoadedCollection } from '../load/collections';
import { loadedCollections } from '../load/loaders';
import { ContentError, formatProblem } from '../load/problems';
import { sourceFromLoaded } from '../load/source';
import { modelOf, setReportRoot } from '../model/index';
import { readLock } from '../load/lock';
import { brokenPermalinks, lockFile, scanSite, unlockedPermalinks } from '../site/permalinks';
import { formattedCitations } from '../site/cite';
import { pictureFonts } from '../site/pictures';
import { createUrls } from '../site/urls';
import { chineseWebFont, chineseWebFontBytes } from '../site/zh-font';

type Logger = { error(message: string): void };

/** The error `refuse` throws in `astro dev` (where the overlay shows it), passed on as it is. */
class Refused extends Error {}

/** Prints problems as an author reads them (no stack trace, no wrapper) and stops a build. */
export function refuse(lines: string[], command: string, logger: Logger): never {
	logger.error(`The build stopped: ${lines.length === 1 ? 'one problem' : `${lines.length} problems`} to fix.\n  ${lines.join('\n  ')}`);
	if (command === 'dev') throw new Refused(lines.join('\n'));
	process.exit(1);
}

/**
 * Runs a hook's work so that whatever goes wrong ends as one message, never a stack trace or Astro's
 * "unhandled error": the content's problems as they are, anything else (a fault of the site's code, not of
 * the content) in one line that says so.
 */
export async function guarded(step: string, command: string, logger: Logger, work: () => void | Promise<void>): Promise<void> {
	try {
		await work();
	} catch (error) {
		if (error instanceof Refused) throw error;
		if (error instanceof ContentError) refuse(error.problems.map(formatProblem), command, logger);
		const said = (error instanceof Error ? error.message : String(error)).split('\n')[0];
		refuse([`${step} failed inside the site's code, not because of the content: ${said}`], command, logger);
	}
}

/**
 * The report model from what Astro's content sync just loaded (the loaders' record of it: integration hooks
 * cannot call `getCollection`); the same entries the pages will read, so the pages find this model built.
 */
export function syncedModel(root: string) {
	const loaded: Partial<Record<CollectionName, LoadedCollection>> = Object.fromEntries(loadedCollections);
	// Without a sync in this process (`astro build --no-sync`?), the files are read as the loaders read them.
	const collections = Object.keys(loaded).length ? (loaded as Record<CollectionName, LoadedCollection>) : readAllCollections(root);
	return modelOf(sourceFromLoaded(root, collections));
}

/**
 * Guards the report at build time: right after Astro's content sync, before any page is bundled or
 * rendered, all content is built into the report model, validated and cross-checked; after the build
 * every URL in the permalink lock must still resolve.
 */
export function reportGuard(): AstroIntegration {
	let root: URL;
	let config: { base: string; site?: string | undefined };
	let command = 'build';
	return {
		name: 'report-guard',
		hooks: {
			// The configuration as it is once every integration has set it up: in a build, with the edition tokens
			// (src/integration/editions.ts), the addresses the pages will ask for.
			'astro:config:done': ({ config: c }) => {
				config = c;
			},
			'astro:config:setup': ({ config: c, command: cmd, logger }) => {
				root = c.root;
				command = cmd;
				return guarded('Setting up the report', command, logger, () => {
					useCacheDir(fileURLToPath(new URL('report-cache/', c.cacheDir)), fileURLToPath(c.root));
					setReportRoot(root.href);
				});
			},
			'astro:build:start': ({ logger }) => {
				return guarded('Checking the content', command, logger, () => {
					startCacheUse();
					const model = syncedModel(root.href);
					for (const w of model.warnings) logger.warn(formatProblem(w));
					const noAuthor = authorWarning(model.meta);
					if (noAuthor) logger.warn(noAuthor);
					logger.info(`content checked: ${model.sections.length} sections, ${model.references.length} references, ${model.figures.length} figures; every citation, link, number and note resolves`);
					// The fonts are cut on a worker thread while Vite bundles the pages, which then find them ready.
					// A failure is reported by the page that needs the font.
					const font = chineseWebFont(model);
					if (font) chineseWebFontBytes(font).catch(() => undefined);
					pictureFonts().catch(() => undefined);
					// The cite-this citations now, while the in-text citations' compiled APA style is still there to
					// reuse, at the addresses the pages will ask for (src/site/current.ts).
					formattedCitations(model, createUrls(config.base, config.site));
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				return guarded('Checking the permalinks of the built site', command, logger, () => {
					// The cache is pruned by the editions integration, which runs last (it draws the kept editions' pictures).
					const published = scanSite(fileURLToPath(dir));
					// Read and checked before the build (src/load/lock.ts): a lock lost since then is refused the same way.
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
				});
			},
		},
	};
}
