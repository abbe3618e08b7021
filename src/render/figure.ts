import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { formatNumber } from '../format/number';
import type { FigureModel, ReportModel } from '../model/report-model';
import type { DataTable } from '../model/figures';
import { figurePaths } from '../site/figure-paths';
import type { SiteUrls } from '../site/urls';
import { chartSvg } from './chart-svg';
import { editorialNote, selfLinkedHeading } from './inline';
import { referenceHref } from './links';

/** Where a figure's numbers come from, as a reader sees it under the figure (and in its picture, as text). */
export function sourceText(figure: FigureModel): string {
	const source = figure.source ? `Source: ${figure.source.citation}.` : 'Source: the figures given in the text.';
	return figure.furtherInformation ? `${source} For more information: ${figure.furtherInformation.citation}.` : source;
}

/** The source line of a figure, each work linked to its entry in the references. */
function sourceLine(model: ReportModel, urls: SiteUrls, figure: FigureModel): Element {
	return h('span.figure-source', [
		...(figure.source ? ['Source: ', h('a', { href: referenceHref(model, urls, figure.source.ref.id) }, figure.source.citation), '.'] : ['Source: the figures given in the text.']),
		...(figure.furtherInformation ? [' For more information: ', h('a', { href: referenceHref(model, urls, figure.furtherInformation.ref.id) }, figure.furtherInformation.citation), '.'] : []),
	]);
}

/** A figure's data as an accessible table: the rows the CSV and JSON downloads hold. */
export function dataTable(model: ReportModel, urls: SiteUrls, table: DataTable, caption: string): Element {
	return h('div.table-scroll', { role: 'region', ariaLabel: caption, tabIndex: 0 }, [
		h('table', [
			h('caption', caption),
			h('thead', [h('tr', table.columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'numeric' : undefined }, c.label)))]),
			h(
				'tbody',
				table.rows.map((row) =>
					h(
						'tr',
						table.columns.map((c, i) => {
							const v = row[c.key] ?? '';
							const text = typeof v === 'number' ? formatNumber(v, row.unit === 'year' ? 'year' : 'count') : typeof v === 'object' ? v.text : v;
							const content: ElementContent[] = [{ type: 'text', value: text }];
							if (typeof v === 'object' && 'note' in v) content.push(editorialNote(model, urls, v.note));
							const lang = typeof v === 'object' && 'lang' in v ? v.lang : undefined;
							return i === 0 ? h('th', { scope: 'row', lang }, content) : h('td', { class: c.numeric ? 'numeric' : undefined, lang }, content);
						}),
					),
				),
			),
		]),
	]);
}

/**
 * A figure's chart in both layouts, compact and wide; the stylesheet shows the one that fits the
 * figure's width (the other is display: none, so screen readers meet one chart). Ids carry the layout,
 * so they stay unique on the page.
 */
function figureCharts(model: ReportModel, urls: SiteUrls, figure: FigureModel): Element[] {
	return (['compact', 'wide'] as const).map((size) =>
		chartSvg(size === 'wide' ? figure.chart : figure.compactChart, {
			id: `${figure.anchor}-chart-${size}`,
			className: `chart-${size}`,
			title: `${figure.label}. ${figure.caption}`,
			description: figure.description,
			pointLink: (section) => ({ href: urls.section(section), name: model.section(section).short }),
		}),
	);
}

/** A numbered figure: chart, caption, source, data table and downloads, all from validated data. */
export function figureBlock(model: ReportModel, urls: SiteUrls, figure: FigureModel): Element {
	const table = dataTable(model, urls, figure.table, figure.tableCaption);
	return h(`div.figure-block.figure-${figure.id}`, { id: figure.anchor, dataPermalink: true }, [
		h('figure.figure', [
			...figureCharts(model, urls, figure),
			h('figcaption', [
				h('span.figure-label', `${figure.label}.`),
				` ${figure.caption}`,
				...(figure.series === 'editors' ? [' ', h('span.figure-series', 'Added by the editors.')] : []),
				...(figure.reconstructed ? [' ', h('span.figure-reconstructed', [h('strong', 'Reconstructed by the editors.'), ` ${figure.reconstructed}`])] : []),
				' ',
				sourceLine(model, urls, figure),
				' ',
				figureDownloads(urls, figure, true),
			]),
		]),
		figure.tableOpen ? table : h('details.figure-data', [h('summary', 'Show the data as a table'), table]),
	]);
}

/** The figure's page, its picture (SVG, PNG) and its data (CSV, JSON): plain links, no script. */
function figureDownloads(urls: SiteUrls, figure: FigureModel, withPage: boolean): Element {
	const file = (path: string, text: string, label: string) => h('a', { href: urls.page(path), download: true, ariaLabel: `${label} ${text}` }, text);
	const picture = `${figure.label} as a picture:`;
	const data = `${figure.label} data as`;
	return h('span.figure-downloads', [
		...(withPage ? [h('a', { href: urls.page(figurePaths.page(figure.id)) }, `${figure.label} on its own page`), ' · '] : []),
		'Picture: ',
		file(figurePaths.picture(figure.id, 'svg'), 'SVG', picture),
		' · ',
		file(figurePaths.picture(figure.id, 'png'), 'PNG', picture),
		' · Data: ',
		file(`data/${figure.id}.csv`, 'CSV', data),
		' · ',
		file(`data/${figure.id}.json`, 'JSON', data),
	]);
}

/**
 * The body of a figure's own page: the chart at full width, its caption, source and downloads, its
 * description, its data, and where it stands in the report.
 */
export function figurePageBody(model: ReportModel, urls: SiteUrls, figure: FigureModel): string {
	const section = model.section(figure.section);
	const i = model.figures.indexOf(figure);
	const neighbour = (f: FigureModel | undefined, rel: 'prev' | 'next') =>
		f ? [h('a', { rel, href: urls.page(figurePaths.page(f.id)) }, [h('span.direction', rel === 'prev' ? 'Previous figure' : 'Next figure'), ` ${f.label}. ${f.caption}`])] : [];
	const body: Root = { type: 'root', children: [
		h(`figure.figure.figure-${figure.id}`, [
			...figureCharts(model, urls, figure),
			h('figcaption', [
				...(figure.series === 'editors' ? [h('span.figure-series', 'Added by the editors.')] : []),
				...(figure.reconstructed ? [h('span.figure-reconstructed', [h('strong', 'Reconstructed by the editors.'), ` ${figure.reconstructed}`])] : []),
				sourceLine(model, urls, figure),
				figureDownloads(urls, figure, false),
			]),
		]),
		h('p.figure-context', ['In the report: ', h('a', { href: urls.section(figure.section, figure.anchor) }, `Section ${section.order}, ${section.title}`), '.']),
		selfLinkedHeading({ level: 2, id: 'description', text: 'Description' }),
		h('p.figure-description', figure.description),
		selfLinkedHeading({ level: 2, id: 'data', text: 'Data' }),
		dataTable(model, urls, figure.table, figure.tableCaption),
		h('nav.prev-next', { ariaLabel: 'Previous and next figure' }, [...neighbour(model.figures[i - 1], 'prev'), ...neighbour(model.figures[i + 1], 'next')]),
	] };
	return toHtml(body);
}
