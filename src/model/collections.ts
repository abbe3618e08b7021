import { getCollection, getEntry, render } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { reportCollections, type CollectionName } from '../load/collections';
import { catchUpWithFiles, loadedCollections } from '../load/loaders';
import { ContentError } from '../load/problems';
import { sourceFromEntries, type CollectionEntries } from '../load/source';
import { modelOf, reportRoot } from './index';
import type { ReportModel } from './report-model';

/**
 * The report model of this build, from Astro's collections: what every page, endpoint and component draws.
 * Problems the loaders found (kept out of the collections) are thrown first, with the first one's file and
 * line as the error's location, so that `astro dev` shows the author's file in its overlay.
 */
export async function reportModel(): Promise<ReportModel> {
	if (import.meta.env.DEV) catchUpWithFiles();
	const problems = [...loadedCollections.values()].flatMap((c) => c.problems);
	try {
		if (problems.length) throw new ContentError(problems);
		const names = Object.keys(reportCollections) as CollectionName[];
		// In `astro dev`, what `getCollection` returns trails the loaders by the data store's debounced write
		// (half a second), while an edited section's compiled module is new at once: a page reloaded by that
		// module would pair the new text with the old model. There the loaders' own record of the same entries,
		// brought up to date with the files (`catchUpWithFiles`), is read. A build reads the collections.
		const fresh = import.meta.env.DEV && names.every((name) => loadedCollections.has(name));
		const entries = (fresh
			? Object.fromEntries(names.map((name) => [name, loadedCollections.get(name)!.entries]))
			: Object.fromEntries(await Promise.all(names.map(async (name) => [name, await getCollection(name)] as const)))) as unknown as CollectionEntries;
		return modelOf(sourceFromEntries(reportRoot(), entries));
	} catch (error) {
		if (error instanceof ContentError) locate(error);
		throw error;
	}
}

/** Gives a content error the location of its first problem, which Astro's error overlay opens at. */
function locate(error: ContentError): void {
	const first = error.problems[0];
	if (!first) return;
	Object.assign(error, { loc: { file: fileURLToPath(new URL(first.file, reportRoot())), line: first.line ?? 1, column: 1 } });
}

/** A section's compiled MDX, ready to render with `<Content components={reportTags} />`. */
export async function sectionContent(id: string) {
	const entry = await getEntry('sections', id);
	if (!entry) throw new Error(`the collection "sections" has no entry "${id}"`);
	return (await render(entry)).Content;
}
