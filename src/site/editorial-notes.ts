import { noteMarkerAnchor } from '../model/build';
import type { ReportModel } from '../model/report-model';
import type { Erratum } from '../schemas/erratum';
import type { SiteUrls } from './urls';

const kindLabel: Record<Erratum['kind'], string> = {
	spelling: 'Spelling',
	grammar: 'Grammar',
	debris: 'Extraction debris',
	'page-break': 'Page break',
	citation: 'Citation',
	reference: 'Reference',
	doubtful: 'Doubtful in the draft',
	reconstruction: 'Reconstructed',
	structure: 'Structure',
};

const changeLabel: Record<Erratum['change'], string> = {
	correction: 'Corrected',
	normalisation: 'Normalised',
	addition: 'Added from the draft’s own details',
	omission: 'Left out',
	insertion: 'Added by the editors',
	kept: 'Kept as printed',
};

/** The editorial notes grouped by where they apply (the report as a whole, then each section), ready to draw. */
export function editorialNotes(model: ReportModel, urls: SiteUrls) {
	const places = [{ id: 'report', title: 'The report as a whole', href: urls.page() }, ...model.sections.map((s) => ({ id: s.id, title: s.short, href: urls.section(s.id) }))];
	const sectionOf = (e: Erratum) => (e.section === 'report' ? 'report' : (model.sectionIdOf(e.section) ?? e.section));
	const groups = places
		.map((place) => ({
			anchor: `notes-${place.id}`,
			title: place.title,
			href: place.href,
			entries: model.errata
				.filter((e) => sectionOf(e) === place.id)
				.map((e) => ({
					id: e.id,
					kind: `${kindLabel[e.kind]} · ${changeLabel[e.change]}`,
					...(e.draft !== undefined ? { draft: e.draft } : {}),
					...(e.site !== undefined ? { site: e.site } : {}),
					reason: e.reason,
					flaggedAt: e.flag ? urls.section(place.id, noteMarkerAnchor(e.id)) : undefined,
				})),
		}))
		.filter((g) => g.entries.length > 0);
	return { count: model.errata.length, groups };
}
