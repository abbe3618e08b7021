import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from './urls';

/**
 * What the report's tags need to draw themselves inside a compiled section: the model and the addresses
 * of this build. MDX hands a tag only the attributes the author wrote, so the page puts this in
 * `Astro.locals.report` before it renders a section, and each tag reads it there (never a module global).
 */
export interface ReportContext {
	model: ReportModel;
	urls: SiteUrls;
	/** Levels added to the sections' headings: 1 on the whole-report page, where section titles are h2. */
	headingShift: 0 | 1;
}

/** The report context a page set, or an error that says a tag was drawn outside a report page. */
export function reportContext(locals: App.Locals): ReportContext {
	const context = locals.report;
	if (!context) throw new Error('a report tag was drawn outside a page that set Astro.locals.report');
	return context;
}
