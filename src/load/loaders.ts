import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readCollection, reportCollections, type CollectionName, type LoadedCollection } from './collections';
import { formatProblem } from './problems';
import { processShared } from './shared';

/**
 * What the loaders last loaded, collection by collection: the same entries they put in Astro's data store,
 * and the problems of the entries they kept out of it. The build's check reads it right after Astro's content
 * sync (integration hooks cannot call `getCollection`), and the pages read the problems from it: a loader that
 * threw would only be logged by Astro when a file changes in `astro dev`, never shown on the page.
 */
export const loadedCollections = processShared('loaded-collections', () => new Map<CollectionName, LoadedCollection>());

/**
 * An Astro loader for one of the report's collections (`reportCollections`). Astro's own `glob()` and
 * `file()` loaders are not used: `file()` reports a bad field at line 0 and only the first bad entry, and
 * neither keeps the file's order or our author-worded messages. Each load reads the collection's files
 * again (a few milliseconds) and stores what changed; in `astro dev` a change to one of its files loads it again.
 */
export function reportLoader(name: CollectionName): Loader {
	const definition = reportCollections[name];
	return {
		name: `report-${definition.kind}`,
		load: async ({ store, config, watcher, logger }) => {
			const root = config.root.href;
			const rootPath = fileURLToPath(config.root);
			const sync = () => {
				const loaded = readCollection(root, definition, name);
				loadedCollections.set(name, loaded);
				const ids = new Set(loaded.entries.map((e) => e.id));
				for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
				for (const entry of loaded.entries) {
					const sections = definition.kind === 'sections';
					const stored = store.set({ id: entry.id, data: entry.data, ...(entry.body ? { body: entry.body } : {}), filePath: entry.filePath, digest: entry.digest, ...(sections ? { deferredRender: true } : {}) });
					// An unchanged section keeps its compiled module among the ones `render()` may import.
					if (!stored && sections) store.addModuleImport(entry.filePath);
				}
				return loaded;
			};
			sync();
			if (!watcher) return;
			const target = definition.kind === 'sections' ? definition.folder : definition.file;
			watcher.add(fileURLToPath(new URL(target, config.root)));
			const ours = (path: string) => {
				const file = relative(rootPath, path).split(sep).join('/');
				return definition.kind === 'sections' ? file.startsWith(definition.folder) : file === definition.file;
			};
			const reload = (path: string) => {
				if (!ours(path)) return;
				const { problems } = sync();
				// The page shows these in the error overlay; the terminal says them once too.
				for (const p of problems) logger.error(formatProblem(p));
			};
			for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
		},
	};
}
