import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
 * Each loader's sync with what its files looked like when it last ran (their sizes and times), for
 * `catchUpWithFiles`.
 */
const loaders = processShared('report-loaders', () => new Map<CollectionName, { stamp: () => string; last: string; sync: () => void }>());

/**
 * Loads again every collection whose files changed since its loader last ran. In `astro dev` an edited
 * section's compiled module is new at once, while the loader hears of the change from the same file watcher
 * a moment later: a page rendered in between would pair the new text with the old model. The pages call
 * this first, so the model is always built from the files as they are.
 */
export function catchUpWithFiles(): void {
	for (const loader of loaders.values()) if (loader.stamp() !== loader.last) loader.sync();
}

/** Sizes and modification times of files: what tells a changed file from an unchanged one without reading it. */
function stampOf(paths: string[]): string {
	return paths
		.map((path) => {
			try {
				const st = statSync(path);
				return `${path}:${st.size}:${st.mtimeMs}`;
			} catch {
				return `${path}:missing`;
			}
		})
		.join('|');
}

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
			const target = definition.kind === 'sections' ? definition.folder : definition.file;
			const targetPath = fileURLToPath(new URL(target, config.root));
			const stamp = () => {
				if (definition.kind !== 'sections') return stampOf([targetPath]);
				try {
					return stampOf([targetPath, ...readdirSync(targetPath).sort().map((name) => join(targetPath, name))]);
				} catch {
					return stampOf([targetPath]);
				}
			};
			const entry = { stamp, last: '', sync: () => {
				entry.last = stamp();
				sync();
			} };
			loaders.set(name, entry);
			entry.sync();
			if (!watcher) return;
			watcher.add(targetPath);
			const ours = (path: string) => {
				const file = relative(rootPath, path).split(sep).join('/');
				return definition.kind === 'sections' ? file.startsWith(definition.folder) : file === definition.file;
			};
			const reload = (path: string) => {
				if (!ours(path)) return;
				entry.last = stamp();
				const { problems } = sync();
				// The page shows these in the error overlay; the terminal says them once too.
				for (const p of problems) logger.error(formatProblem(p));
			};
			for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
		},
	};
}
