import { ContentError, type ContentProblem } from '../load/problems';
import { loadReportSource, type ReportSource } from '../load/source';
import { processShared } from '../load/shared';
import { buildModel } from './build';
import type { ReportModel } from './report-model';

export type { FigureModel, ReferenceModel, ReportModel, SectionCitation, SectionModel } from './report-model';

// One model for the build's check (run by the integration) and the pages (bundled by Vite): the last one
// built, by the digest of every entry it was built from. In `astro dev` an edit changes the digest and the
// next page builds the model again; the work inside it that the edit did not touch is remembered by its own
// inputs (the sections' scans, the citations, the charts).
const shared = processShared('model', () => ({ root: new URL(`file://${process.cwd()}/`).href, last: undefined as { digest: string; model?: ReportModel; error?: ContentError } | undefined }));

/** Sets the project root the site is built from (where astro.config lives; by default the working directory). */
export function setReportRoot(root: string): void {
	shared.root = root.endsWith('/') ? root : `${root}/`;
}

/** The project root, as a file URL ending in `/`. */
export const reportRoot = () => shared.root;

/** The report model of a source: checked and built once per content; throws ContentError with every problem. */
export function modelOf(source: ReportSource): ReportModel {
	const last = shared.last;
	if (last?.digest === source.digest) {
		if (last.error) throw last.error;
		return last.model!;
	}
	const { model, errors } = buildModel(source);
	if (!model) {
		const error = new ContentError(errors);
		shared.last = { digest: source.digest, error };
		throw error;
	}
	shared.last = { digest: source.digest, model };
	return model;
}

/** The report model of the project at `root`, read from its files as the loaders read them (tests, scripts). */
export function reportModelAt(root: string = shared.root): ReportModel {
	return modelOf(loadReportSource(root));
}

/** Warnings of a model: what an author should know that does not stop the build. */
export function reportWarnings(model: ReportModel): ContentProblem[] {
	return model.warnings;
}
