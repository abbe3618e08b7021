import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatNumber } from '../format/number';
import type { FigureModel, ReportModel } from '../model/report-model';
import type { DataTable } from '../model/figures';
import type { SiteUrls } from '../site/urls';
import { chartSvg } from './chart-svg';
import { editorialNote } from './inline';
import { referenceHref } from './links';

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

/** A numbered figure: chart, caption, source, data table and downloads, all from validated data. */
export function figureBlock(model: ReportModel, urls: SiteUrls, figure: FigureModel): Element {
	const svg = chartSvg(figure.chart, {
		id: `${figure.anchor}-chart`,
		title: `${figure.label}. ${figure.caption}`,
		description: figure.description,
		pointLink: (section) => ({ href: urls.section(section), name: model.section(section).short }),
	});
	const table = dataTable(model, urls, figure.table, figure.tableCaption);
	return h(`div.figure-block.figure-${figure.id}`, { id: figure.anchor, dataPermalink: true }, [
		h('figure.figure', [
			svg,
			h('figcaption', [
				h('span.figure-label', `${figure.label}.`),
				` ${figure.caption}`,
				...(figure.series === 'editors' ? [' ', h('span.figure-series', 'Added by the editors.')] : []),
				...(figure.reconstructed ? [' ', h('span.figure-reconstructed', [h('strong', 'Reconstructed by the editors.'), ` ${figure.reconstructed}`])] : []),
				' ',
				h('span.figure-source', [
					...(figure.source ? ['Source: ', h('a', { href: referenceHref(model, urls, figure.source.ref.id) }, figure.source.citation), '.'] : ['Source: the figures given in the text.']),
					...(figure.furtherInformation ? [' For more information: ', h('a', { href: referenceHref(model, urls, figure.furtherInformation.ref.id) }, figure.furtherInformation.citation), '.'] : []),
				]),
				' ',
				h('span.figure-downloads', ['Data: ', h('a', { href: urls.page(`data/${figure.id}.csv`), download: true }, 'CSV'), ' · ', h('a', { href: urls.page(`data/${figure.id}.json`), download: true }, 'JSON')]),
			]),
		]),
		figure.tableOpen ? table : h('details.figure-data', [h('summary', 'Show the data as a table'), table]),
	]);
}
