import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { readSectionFile } from './content-source';
import { validateList, validateRecord } from './yaml-data';

/**
 * Loads a YAML list whose entries carry an `id`. Unlike Astro's `file()` loader, a YAML error,
 * a duplicate id or a bad field stops the build, and the message names the file, entry and field.
 */
export function yamlList(file: string, schema: z.ZodType): Loader {
	return {
		name: 'yaml-list',
		load: async ({ store, parseData, config, watcher }) => {
			const url = new URL(file, config.root);
			const sync = async () => {
				const entries = validateList(await readFile(url, 'utf8'), file, schema) as Array<{ id: string }>;
				store.clear();
				for (const entry of entries) {
					const data = await parseData({ id: entry.id, data: entry as Record<string, unknown> });
					store.set({ id: entry.id, data, filePath: file });
				}
			};
			await sync();
			watcher?.add(url.pathname);
			watcher?.on('change', (changed) => changed === url.pathname && void sync());
		},
	};
}

/** Loads a YAML file holding one record, stored under `id`. */
export function yamlRecord(file: string, id: string, schema: z.ZodType): Loader {
	return {
		name: 'yaml-record',
		load: async ({ store, parseData, config, watcher }) => {
			const url = new URL(file, config.root);
			const sync = async () => {
				const record = validateRecord(await readFile(url, 'utf8'), file, schema) as Record<string, unknown>;
				store.clear();
				store.set({ id, data: await parseData({ id, data: record }), filePath: file });
			};
			await sync();
			watcher?.add(url.pathname);
			watcher?.on('change', (changed) => changed === url.pathname && void sync());
		},
	};
}

/** Loads the MDX sections, validating each file's frontmatter with a message that names the file. */
export function sectionFiles(dir: string): Loader {
	const inner = glob({
		pattern: '*.mdx',
		base: dir,
		generateId: ({ data }) => String(data.id),
	});
	return {
		name: 'report-sections',
		load: async (context) => {
			await inner.load({
				...context,
				parseData: async (props) => {
					if (props.filePath) {
						const file = props.filePath.replace(/^\.\//, '');
						readSectionFile(await readFile(new URL(file, context.config.root), 'utf8'), file);
					}
					return context.parseData(props);
				},
			});
		},
	};
}
