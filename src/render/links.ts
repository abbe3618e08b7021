import { referenceAnchor } from '../model/build';
import type { ReportModel } from '../model/report-model';
import type { SiteUrls } from '../site/urls';

/** Where a work's entry in the reference list is. */
export function referenceHref(model: ReportModel, urls: SiteUrls, key: string): string {
	return model.referencesSection ? urls.section(model.referencesSection, referenceAnchor(key)) : urls.page('', 'contents');
}

