import { citationExports, sectionItem, type CitationExports, type CslItem } from '../citation';
import type { FigureModel, ReportModel } from '../model/report-model';
import type { Report } from '../schemas/report';
import { htmlRuns } from '../citation/rich-text';
import { blockExports, blockStyle, citationDownloads, citationOf, type CiteBlockStyle } from './cite';
import { figurePaths } from './figure-paths';
import { figureInText } from './part-in-text';

export { figureInText };
import type { SiteUrls } from './urls';


/**
 * A figure as CSL-JSON: a part of the report, as a section is (`sectionItem`: CSL `chapter`, the report its
 * container, its publisher and date), titled with its label and caption, at the figure's own page. Reference
 * managers file it as a part of the report, the record the figure's page gives them too.
 */
export function figureToCsl(report: Report, figure: Pick<FigureModel, 'id' | 'label' | 'caption'>, url: string): CslItem {
	return sectionItem(report, { id: `figure-${figure.id}`, title: `${figure.label}. ${figure.caption}` }, url);
}

const memo = new WeakMap<ReportModel, Map<string, CitationExports>>();

/**
 * The figure's own record in the exchange formats, once per build. No style formats it: the reference list
 * of a figure is the report's entry.
 */
export function figureCitationOf(model: ReportModel, urls: SiteUrls, id: string): CitationExports {
	let cache = memo.get(model);
	if (!cache) memo.set(model, (cache = new Map()));
	const key = `${urls.absolute()}|${id}`;
	let formatted = cache.get(key);
	if (!formatted) {
		formatted = citationExports(figureToCsl(model.meta, model.figure(id), urls.absolute(figurePaths.page(id))));
		cache.set(key, formatted);
	}
	return formatted;
}

/**
 * The props of a "Cite this figure" block: for each style, how the text cites the figure and the entry the
 * reference list gets (the report, as each style's manual asks for a figure that is part of a larger work);
 * the BibTeX, RIS and CSL-JSON exports and downloads describe the figure itself, as a part of the report.
 */
export function figureCiteBlock(model: ReportModel, urls: SiteUrls, id: string) {
	const figure = model.figure(id);
	const report = citationOf(model, urls, 'report');
	const own = figureCitationOf(model, urls, id);
	const inText = figureInText(model.meta, figure, true);
	return {
		target: `figure-${id}`,
		what: 'figure',
		styles: report.styles.flatMap((s): CiteBlockStyle[] => {
			const cite = inText.find((c) => c.style === s.id);
			return [
				...(cite ? [{ id: `${s.id}-in-text`, label: `${s.label}: in the text`, runs: htmlRuns(cite.text) }] : []),
				blockStyle(s.id, `${s.label}: ${s.id === 'modern-language-association' ? 'works cited' : 'reference list'}`, s),
			];
		}),
		exports: blockExports(own),
		downloads: citationDownloads.map((d) => ({ href: urls.page(figurePaths.cite(id, d.ext)), label: d.label, ext: d.ext })),
	};
}
