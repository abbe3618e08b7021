import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentFiles, listFiles } from '../load/files';
import { ContentError, type ContentProblem } from '../load/problems';
import { loadReportSource } from '../load/source';
import { processShared } from '../load/shared';
import { buildModel } from './build';
import type { ReportModel } from './report-model';

export type { FigureModel, ReferenceModel, ReportModel, SectionModel } from './report-model';

interface Memo {
	/** Content does not change during a build: then the model is not checked against the files again. */
	frozen?: boolean;
	fingerprint: string;
	model?: ReportModel;
	error?: ContentError;
}

// One model for the build-time check (loaded by Node from astro.config) and the pages (bundled by Vite).
const shared = processShared('model', () => ({ memo: new Map<string, Memo>(), root: new URL(`file://${process.cwd()}/`).href }));
const memo = shared.memo;

/** Sizes and times of every content file: a change to any of them builds the model anew (in dev). */
function fingerprint(root: string): string {
	const dirs = ['content/', 'content/data/', contentFiles.sections];
	const parts: string[] = [];
	for (const dir of dirs) {
		let names: string[] = [];
		try {
			names = listFiles(root, dir, '');
		} catch {
			continue;
		}
		for (const name of names) {
			try {
				const st = statSync(fileURLToPath(new URL(`${dir}${name}`, root)));
				if (st.isFile()) parts.push(`${dir}${name}:${st.size}:${st.mtimeMs}`);
			} catch {
				// A file removed between listing and stat is caught by the next fingerprint.
			}
		}
	}
	return parts.join('|');
}

/** Sets the project root the site is built from (where astro.config lives; by default the working directory). */
export function setReportRoot(root: string): void {
	shared.root = root.endsWith('/') ? root : `${root}/`;
}

/**
 * Loads and checks the content and builds the model, once per build (or, in the dev server, once per
 * change of content); throws ContentError with every problem. `freeze` marks the content as fixed for
 * the rest of the process, as in a build, so later calls cost nothing.
 */
export function reportModel(root: string = shared.root, { freeze = false }: { freeze?: boolean } = {}): ReportModel {
	const frozen = memo.get(root);
	if (frozen?.frozen && frozen.model) return frozen.model;
	const print = fingerprint(root);
	const cached = memo.get(root);
	if (cached && cached.fingerprint === print) {
		if (cached.error) throw cached.error;
		return cached.model!;
	}
	try {
		const { model, errors } = buildModel(loadReportSource(root));
		if (!model) throw new ContentError(errors);
		memo.set(root, { fingerprint: print, model, frozen: freeze });
		return model;
	} catch (error) {
		if (error instanceof ContentError) memo.set(root, { fingerprint: print, error });
		throw error;
	}
}

/** Warnings of the current model: what an author should know that does not stop the build. */
export function reportWarnings(root: string = shared.root): ContentProblem[] {
	return reportModel(root).warnings;
}
