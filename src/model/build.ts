import type { CitationNode } from '../load/mdx';
import { contentFiles } from '../load/files';
import { lockFile } from '../load/lock';
import { chinaOutline, landNearChina } from '../load/geo';
import { dataSets, type DataSetName } from '../load/data-sets';
import type { ContentProblem } from '../load/problems';
import { notAscii } from '../schemas/ids';
import type { ReportSource, SectionSource } from '../load/source';
import { cachedJson } from '../cache/disk';
import { remembered } from '../cache/remembered';
import { createProcessor, type Cluster, type RenderedCluster } from '../citation';
import { htmlRuns } from '../citation/rich-text';
import { checkData } from './check-data';
import { fillNumbers, quotableFacts } from './facts';
import { charts } from '../charts';
import type { ChartDefinition } from '../charts/figure';
import { tableNotes } from '../charts/table';
import { chartSizes } from '../charts/marks';
import type { FigureModel, ReferenceModel, ReportModel, SectionModel } from './report-model';

/** Top-level routes that are not sections: a section id or alias may not take one of them. */
export const reservedRoutes = ['report', 'editorial-notes', 'changes', 'editions', '404', 'downloads', 'data', 'cite', 'figures', 'fonts', 'og', 'glossary', 'search', 'pagefind', 'map', 'assets', '_astro'] as const;

const permanentId = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Ids the pages themselves give elements (the page frame's `main`, the search box, the front page's and the changes page's headings,
 * a figure page's), and the beginnings of the ids they make for figures, references, citations and notes: a
 * heading may take none of them. A test holds these against the ids written in src/layouts, src/components
 * and src/pages, so a new one cannot be missed.
 */
export const pageIds = ['main', 'section-title', 'site-search-input', 'site-search-results', 'abstract', 'contents', 'description', 'data', 'editions', 'this-edition'] as const satisfies readonly string[];
export const pageIdPrefixes = ['figure-', 'ref-', 'cite-', 'citation-', 'ednote-', 'notes-'] as const satisfies readonly string[];
const includesId = (list: readonly string[], id: string) => list.includes(id);


/** The anchor of a figure on its section's page. */
export const figureAnchor = (id: string) => `figure-${id}`;
/** The anchor of a work in the reference list. */
export const referenceAnchor = (key: string) => `ref-${key}`;
/** The anchor of an editorial-note marker in the text. */
export const noteMarkerAnchor = (id: string) => `ednote-${id}`;

/** The anchors a section's page publishes: its headings and their aliases, its figures, and the reference list's entries. */
function sectionAnchors(s: SectionSource, references: readonly string[]): Set<string> {
	const anchors = new Set(s.scan.headings.flatMap((h) => [h.id, ...h.aliases]));
	for (const tag of s.scan.tags) {
		if (tag.name === 'Figure') anchors.add(figureAnchor(String(tag.attributes.id)));
		if (tag.name === 'ReferenceList') for (const key of references) anchors.add(referenceAnchor(key));
	}
	return anchors;
}

/** Section pages and anchors listed in the lock that the content no longer has (by id or alias). */
function lostPermalinks(source: ReportSource, owner: ReadonlyMap<string, SectionSource>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const references = source.references.map((r) => r.id);
	for (const [path, anchors] of Object.entries(source.lock.pages)) {
		const name = /^([^/]+)\/$/.exec(path)?.[1];
		if (!name || (reservedRoutes as readonly string[]).includes(name)) continue;
		const line = source.lockLine(path);
		const where = { file: lockFile, ...(line ? { line } : {}) };
		const section = owner.get(name);
		if (!section) {
			problems.push({ ...where, message: `the page /${path} was published, and no section has the id or an alias "${name}" any more; to keep the address, add "aliases: [${name}]" to the frontmatter of the section that now holds its text` });
			continue;
		}
		const served = sectionAnchors(section, references);
		for (const anchor of anchors) {
			if (served.has(anchor)) continue;
			const figure = /^figure-(.+)$/.exec(anchor)?.[1];
			const reference = /^ref-(.+)$/.exec(anchor)?.[1];
			const lostWhat = figure
				? `<Figure id="${figure}" /> is no longer placed in ${section.file}; place it there again`
				: reference && section.scan.tags.some((t) => t.name === 'ReferenceList')
					? `${contentFiles.references} no longer has the entry "${reference}"; put the entry back`
					: `no heading of ${section.file} has that id any more; to keep the address, add aliases="${anchor}" to the heading that now holds its text`;
			problems.push({ ...where, message: `the anchor /${path}#${anchor} was published, and ${lostWhat}` });
		}
	}
	return problems;
}

/** The result of building the model: the model when the content holds together, and what is wrong. */
export interface ModelBuild {
	model?: ReportModel;
	errors: ContentProblem[];
	warnings: ContentProblem[];
}

/**
 * Cross-checks everything an author wrote and resolves every cross-reference once: section ids and
 * aliases, headings, citations, figures, numbers, notes, terms and places. Checks run in stages, and a
 * stage that fails stops the later ones, so one mistake is reported once, not with its consequences.
 */
export function buildModel(source: ReportSource): ModelBuild {
	const built = checkAndResolve(source);
	// A cross-file check names the entry and field; the loaded file knows their line.
	return { ...built, errors: built.errors.map(source.located), warnings: built.warnings.map(source.located) };
}

function checkAndResolve(source: ReportSource): ModelBuild {
	const errors: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const at = (s: SectionSource, line: number) => ({ file: s.file, entry: s.data.id, line });

	// Stage 1: section ids, aliases and order, the addresses everything else points at.
	const owner = new Map<string, SectionSource>();
	const orders = new Map<number, string>();
	for (const s of source.sections) {
		const claim = (id: string, field: string) => {
			const first = owner.get(id);
			if (first) errors.push({ file: s.file, entry: s.data.id, field, message: `"${id}" is already used by ${first.file}` });
			else if ((reservedRoutes as readonly string[]).includes(id)) errors.push({ file: s.file, entry: s.data.id, field, message: `"${id}" is a page of the site itself; choose another id` });
			else owner.set(id, s);
		};
		claim(s.data.id, 'id');
		s.data.aliases.forEach((alias, i) => claim(alias, `aliases.${i}`));
		const sameOrder = orders.get(s.data.order);
		const name = s.file.split('/').at(-1)!;
		const numbered = /^(\d+)-/.exec(name)?.[1];
		if (sameOrder) errors.push({ file: s.file, entry: s.data.id, field: 'order', message: `${s.data.order} is also the order of ${sameOrder}` });
		// The folder lists the sections in reading order: a file name that says otherwise would mislead whoever reads it.
		else if (numbered === undefined || Number(numbered) !== s.data.order) {
			const rename = `${String(s.data.order).padStart(2, '0')}-${name.replace(/^\d+-/, '')}`;
			errors.push({ file: s.file, entry: s.data.id, field: 'order', message: `is ${s.data.order}, but the file name ${numbered === undefined ? 'does not start with a number' : `starts with ${numbered}`}; a section's file name starts with its order (NN-${s.data.id}.mdx): rename the file to ${rename}, or change the order` });
		}
		orders.set(s.data.order, s.file);
	}
	if (errors.length) return { errors, warnings };
	/** A section's current id from its id or a retired alias, so renaming a section breaks no reference. */
	const sectionOf = (id: string) => owner.get(id)?.data.id;
	const sectionNames = new Set(owner.keys());

	// Stage 2: headings are well formed and unique across the report (the whole-report page holds them all).
	const anchorOwner = new Map<string, string>();
	for (const s of source.sections) {
		for (const h of s.scan.headings) {
			for (const [id, field] of [[h.id, 'id'], ...h.aliases.map((a) => [a, 'aliases'])] as Array<[string, string]>) {
				const where = { ...at(s, h.line), field: `heading "${h.text}" ${field}` };
				if (!permanentId.test(id)) errors.push({ ...where, message: `"${id}" must be lowercase words joined by hyphens${notAscii(id)}` });
				else if (includesId(pageIds, id) || pageIdPrefixes.some((prefix) => id.startsWith(prefix))) errors.push({ ...where, message: `"${id}" is an id the page itself uses${includesId(pageIds, id) ? '' : ` (ids starting "${pageIdPrefixes.find((prefix) => id.startsWith(prefix))}" are the site's own)`}; choose another id` });
				else if (sectionNames.has(id)) errors.push({ ...where, message: `"${id}" is also a section id; heading ids must differ from section ids` });
				else if (anchorOwner.has(id)) errors.push({ ...where, message: `"${id}" is already a heading in ${anchorOwner.get(id)}; heading ids are unique across the report` });
				else anchorOwner.set(id, s.file);
			}
		}
	}
	if (errors.length) return { errors, warnings };

	// Stage 2b: every section page and anchor once published (permalinks.lock.json) is still there, checked before
	// anything is drawn. A section or heading that disappears is reported as the address that would break, and
	// alone: what named it (a fact, a link, an erratum) would only repeat the same mistake.
	const lost = lostPermalinks(source, owner);
	if (lost.length) return { errors: lost, warnings };

	// Stage 3: every data set the content draws or quotes from is there. A missing file is one problem, named
	// with its first use, not one for every figure, number and place that needed it.
	const missing = new Map<DataSetName, string>();
	const needs = (name: string | undefined, use: string) => {
		if (name && name in dataSets && source.data[name as DataSetName] === undefined && !missing.has(name as DataSetName)) missing.set(name as DataSetName, use);
	};
	for (const s of source.sections) {
		for (const tag of s.scan.tags) {
			const id = String(tag.attributes.id ?? '');
			const use = `<${tag.name} id="${id}"> (${s.file}:${tag.line})`;
			if (tag.name === 'Figure') needs(charts[id]?.data.name, use);
			if (tag.name === 'Num') needs(id.split('.')[0], use);
			if (tag.name === 'Zh') needs('places', use);
		}
	}
	for (const q of quotingTexts(source)) for (const m of q.text.matchAll(/\{([a-z][a-z0-9-]*)\.[a-z0-9-]+\}/g)) needs(m[1], `${m[0]} (${q.file}, ${q.entry ? `entry "${q.entry}", ` : ''}field "${q.field}")`);
	if (missing.size) return { errors: [...missing].map(([name, use]) => ({ file: dataSets[name].file, message: `cannot be read (is it missing?); the report needs it for ${use}` })), warnings };

	// Stage 4: every cross-reference names something that exists.
	const data = source.data;
	const facts = quotableFacts(data);
	const references = new Map(source.references.map((r) => [r.id, r]));
	const errataById = new Map(source.errata.map((e) => [e.id, e]));
	const places = new Map((data.places?.places ?? []).map((p) => [p.id, p]));
	const terms = new Map(data.glossary.map((t) => [t.id, t]));
	const specs = new Map(data.figures.map((f) => [f.id, f]));
	const chartIds = Object.keys(charts);
	/** A chart and the data it draws: what a placed figure shows (every placed figure's data set is present, checked below). */
	const drawing = (id: string): { chart: ChartDefinition; value: unknown } => ({ chart: charts[id]!, value: data[charts[id]!.data.name as keyof typeof dataSets] });
	const sourceKeys = (id: string) => {
		const { chart, value } = drawing(id);
		return { source: chart.source?.(value), furtherInformation: chart.furtherInformation?.(value) };
	};
	const dataProblems = checkData(data, new Set(references.keys()), sectionNames);
	errors.push(...dataProblems);
	// A figure's table is drawn from its data to find the notes it shows: only from data that holds together.
	const dataHold = dataProblems.length === 0;

	const cited = new Set<string>();
	const placed = new Map<string, SectionSource>();
	const marks = new Map<string, number>();
	const mark = (id: string) => marks.set(id, (marks.get(id) ?? 0) + 1);
	for (const s of source.sections) {
		for (const { node, line } of s.scan.citations) {
			for (const { key } of node.items) {
				if (!references.has(key)) errors.push({ ...at(s, line), message: `cites "${key}", which is not a key in ${contentFiles.references}` });
				else cited.add(key);
			}
		}
		const seen = { Zh: new Set<string>(), Term: new Set<string>() };
		for (const tag of s.scan.tags) {
			const id = String(tag.attributes.id ?? '');
			const where = at(s, tag.line);
			switch (tag.name) {
				case 'Num':
					if (!facts.has(id)) {
						const near = [...facts.keys()].filter((k) => k.split('.')[0] === id.split('.')[0]);
						errors.push({ ...where, message: `<Num id="${id}"> names no number in content/data/${near.length ? ` (this data set has: ${near.join(', ')})` : ''}` });
					}
					break;
				case 'EdNote': {
					mark(id);
					const erratum = errataById.get(id);
					if (!erratum) errors.push({ ...where, message: `<EdNote id="${id}"> names no entry of ${contentFiles.errata}` });
					else if (!erratum.flag) errors.push({ ...where, message: `<EdNote id="${id}"> marks an erratum without "flag: true"` });
					else if (sectionOf(erratum.section) !== s.data.id) errors.push({ ...where, message: `<EdNote id="${id}"> is in section "${s.data.id}" but the erratum says section "${erratum.section}"` });
					break;
				}
				case 'Figure':
					if (!chartIds.includes(id)) errors.push({ ...where, message: `<Figure id="${id}"> names no chart; the charts are ${chartIds.join(', ')}` });
					else if (!specs.has(id)) errors.push({ ...where, message: `<Figure id="${id}"> has no caption: add an entry "${id}" to ${contentFiles.figures}` });
					else if (placed.has(id)) errors.push({ ...where, message: `<Figure id="${id}"> is already placed in ${placed.get(id)!.file}; place each figure once and refer to it with <FigRef id="${id}" />` });
					else if (drawing(id).value === undefined) errors.push({ ...where, message: `<Figure id="${id}"> draws ${charts[id]!.data.file}, which cannot be read (is it missing?)` });
					else {
						placed.set(id, s);
						for (const key of Object.values(sourceKeys(id))) if (key) cited.add(key);
						for (const note of dataHold ? tableNotes(drawing(id).chart.table(drawing(id).value)) : []) {
							mark(note);
							const erratum = errataById.get(note);
							if (!erratum) errors.push({ ...where, message: `<Figure id="${id}"> shows the note "${note}" from its data, which names no entry of ${contentFiles.errata}` });
							else if (sectionOf(erratum.section) !== s.data.id) errors.push({ ...where, message: `<Figure id="${id}"> shows the note "${note}", but the erratum says section "${erratum.section}"` });
						}
					}
					break;
				case 'Zh':
				case 'Term': {
					const [known, file] = tag.name === 'Zh' ? [places, `${'content/data/places.yaml'}`] : [terms, contentFiles.glossary];
					if (!known.has(id)) errors.push({ ...where, message: `<${tag.name} id="${id}"> names no entry of ${file}` });
					else if (seen[tag.name].has(id)) errors.push({ ...where, message: `<${tag.name} id="${id}"> marks a mention that is not the first in this section; mark only the first` });
					seen[tag.name].add(id);
					break;
				}
			}
		}
	}
	for (const s of source.sections) {
		for (const tag of s.scan.tags.filter((t) => t.name === 'FigRef')) {
			const id = String(tag.attributes.id);
			if (!placed.has(id)) errors.push({ ...at(s, tag.line), message: `<FigRef id="${id}"> names no figure placed in the report${chartIds.includes(id) ? ' (that chart is not placed with <Figure>)' : ''}` });
		}
	}
	for (const e of source.errata) {
		const where = { file: contentFiles.errata, entry: e.id };
		if (e.section !== 'report' && !sectionOf(e.section)) errors.push({ ...where, field: 'section', message: `"${e.section}" is not a section id (nor "report")` });
		const count = marks.get(e.id) ?? 0;
		// Notes shown in figure tables are counted only when the data holds together (see above).
		if (e.flag && count === 0 && dataHold) errors.push({ ...where, field: 'flag', message: `is flagged but no <EdNote id="${e.id}" /> marks it in section "${e.section}"` });
		if (count > 1) errors.push({ ...where, message: `is marked by ${count} <EdNote> tags; mark it once` });
	}
	const quoting = quotingTexts(source);
	for (const q of quoting) {
		const filled = fillNumbers(q.text, facts);
		for (const id of filled.unknown) errors.push({ file: q.file, entry: q.entry, field: q.field, message: `quotes {${id}}, which names no number in content/data/` });
		// Search engines show about this much of a description.
		if (q.field === 'summary' && filled.text.length > 220) errors.push({ file: q.file, entry: q.entry, field: q.field, message: `must be at most 220 characters as readers see it (it has ${filled.text.length})` });
	}
	for (const f of data.figures) if (!chartIds.includes(f.id)) errors.push({ file: contentFiles.figures, entry: f.id, field: 'id', message: `names no chart; the charts are ${chartIds.join(', ')}` });
	const labelled = new Map<string, string>();
	for (const f of data.figures) {
		if (!f.draftLabel) continue;
		const other = labelled.get(f.draftLabel);
		if (other) errors.push({ file: contentFiles.figures, entry: f.id, field: 'draftLabel', message: `"${f.draftLabel}" is already the label of figure "${other}"; each figure of the draft has its own number` });
		else labelled.set(f.draftLabel, f.id);
	}
	for (const id of chartIds) {
		// A placed chart without a caption was reported at its <Figure> tag already.
		if (!specs.has(id)) {
			if (!source.sections.some((s) => s.scan.tags.some((t) => t.name === 'Figure' && t.attributes.id === id))) errors.push({ file: contentFiles.figures, entry: id, message: 'this chart has no caption and description; add an entry for it' });
		}
		else if (!placed.has(id)) warnings.push({ file: contentFiles.figures, entry: id, message: 'is not placed in any section with <Figure id="…" />' });
	}
	const lists = source.sections.flatMap((s) => s.scan.tags.filter((t) => t.name === 'ReferenceList').map((t) => ({ s, t })));
	if (lists.length > 1) for (const { s, t } of lists.slice(1)) errors.push({ ...at(s, t.line), message: `<ReferenceList /> is already placed in ${lists[0].s.file}; the report has one reference list` });
	if (cited.size && !lists.length) errors.push({ file: contentFiles.sections, message: 'the report cites works but no section holds the reference list; add <ReferenceList /> to one (usually the last)' });
	for (const ref of source.references) if (!cited.has(ref.id)) warnings.push({ file: contentFiles.references, entry: ref.id, message: 'is in the reference list but no section cites it' });
	if (errors.length) return { errors, warnings };

	// Resolution: the model every page, download and check reads.
	const fill = (text: string) => fillNumbers(text, facts).text;
	// Every citation in reading order, a figure's source line among them where the figure stands (it cites
	// its source as the text would): one citation processor over the whole report, so 2007a/2007b agree.
	type Use = { line: number; cluster: Cluster; node?: CitationNode; figure?: { id: string; role: 'source' | 'furtherInformation' } };
	const uses: Use[] = source.sections.flatMap((s) =>
		[
			...s.scan.citations.map(({ node, line }): Use => ({ line, node, cluster: { mode: node.mode, items: node.items.map(({ key, locator }) => (locator ? { key, locator } : { key })) } })),
			...s.scan.tags
				.filter((t) => t.name === 'Figure')
				.flatMap((t) => {
					const id = String(t.attributes.id);
					return (['source', 'furtherInformation'] as const).flatMap((role): Use[] => {
						const key = sourceKeys(id)[role];
						return key ? [{ line: t.line, figure: { id, role }, cluster: { mode: 'narrative', items: [{ key }] } }] : [];
					});
				}),
		].sort((x, y) => x.line - y.line),
	);
	// The style runs over every citation of the report only when the references or the citations change.
	const clusters = uses.map((u) => u.cluster);
	const formatted = remembered('in-text citations', [source.references, clusters], () =>
		// Kept on disk too: a warm build compiles no citation style for what it cited last time.
		cachedJson('in-text-citations', [source.references, clusters], () => {
			const processor = createProcessor(source.references, clusters);
			return { clusters: clusters.map((c) => processor.cite(c)), bibliography: processor.bibliography() };
		}),
	);
	const rendered = new Map<CitationNode, RenderedCluster>();
	const figureCitations = new Map<string, { text: string; html: string }>();
	for (const [i, use] of uses.entries()) {
		const result = formatted.clusters[i]!;
		if (use.node) rendered.set(use.node, result);
		if (use.figure) figureCitations.set(`${use.figure.id}|${use.figure.role}`, { text: result.parts.map((p) => p.text).join(result.delimiter), html: result.parts.map((p) => p.html).join(result.delimiter) });
	}

	// A chart is laid out again only when its data set changes (the map's label placement takes a while).
	const layout = (id: string, width: number) => {
		const { chart, value } = drawing(id);
		return remembered(`chart ${id}`, [value, width], () => cachedJson(`chart-${id}`, [value, width], () => chart.layout(value, width, { outline: chinaOutline, land: landNearChina })));
	};
	let editorsFigures = 0;
	const figures: FigureModel[] = [];
	for (const s of source.sections) {
		for (const tag of s.scan.tags.filter((t) => t.name === 'Figure')) {
			const id = String(tag.attributes.id);
			const spec = specs.get(id)!;
			const { chart, value } = drawing(id);
			const label = spec.draftLabel ?? `Figure E${++editorsFigures}`;
			const cite = (key: string | undefined, role: 'source' | 'furtherInformation') => {
				const written = key ? figureCitations.get(`${id}|${role}`)! : undefined;
				return key && written ? { ref: references.get(key)!, citation: written.text, runs: htmlRuns(written.html) } : undefined;
			};
			const sourceOf = cite(sourceKeys(id).source, 'source');
			const further = cite(sourceKeys(id).furtherInformation, 'furtherInformation');
			figures.push({
				id,
				label,
				series: spec.draftLabel ? 'draft' : 'editors',
				section: s.data.id,
				anchor: figureAnchor(id),
				caption: fill(spec.caption),
				description: fill(spec.description),
				...(spec.reconstructed ? { reconstructed: spec.reconstructed } : {}),
				table: chart.table(value),
				tableCaption: spec.tableCaption ?? `Data for ${label}`,
				tableOpen: spec.table === 'open',
				...(sourceOf ? { source: sourceOf } : {}),
				...(further ? { furtherInformation: further } : {}),
				chart: layout(id, chartSizes.wide),
				compactChart: layout(id, chartSizes.compact),
			});
		}
	}
	const figureById = new Map(figures.map((f) => [f.id, f]));

	const sections: SectionModel[] = source.sections.map((s) => {
		const anchors = new Set<string>(['section-title', `cite-this-${s.data.id}`]);
		for (const h of s.scan.headings) [h.id, ...h.aliases].forEach((a) => anchors.add(a));
		for (const { node } of s.scan.citations) node.items.forEach((i) => anchors.add(i.anchor));
		const figureIds = s.scan.tags.filter((t) => t.name === 'Figure').map((t) => String(t.attributes.id));
		for (const id of figureIds) anchors.add(figureAnchor(id));
		for (const t of s.scan.tags.filter((t) => t.name === 'EdNote')) anchors.add(noteMarkerAnchor(String(t.attributes.id)));
		if (s.scan.tags.some((t) => t.name === 'ReferenceList')) for (const key of references.keys()) anchors.add(referenceAnchor(key));
		return {
			id: s.data.id,
			title: s.data.title,
			short: s.data.short ?? s.data.title,
			order: s.data.order,
			summary: fill(s.data.summary),
			aliases: s.data.aliases,
			file: s.file,
			headings: s.scan.headings,
			body: s.body,
			tags: s.scan.tags,
			citations: s.scan.citations.map(({ node, line }) => ({ mode: node.mode, items: node.items, line, rendered: rendered.get(node)! })),
			figures: figureIds,
			citedKeys: [...new Set(s.scan.citations.flatMap(({ node }) => node.items.map((i) => i.key)))],
			anchors,
		};
	});
	const sectionById = new Map(sections.map((s) => [s.id, s]));

	const referenceList: ReferenceModel[] = formatted.bibliography.map(({ key, html, text }) => ({
		key,
		ref: references.get(key)!,
		html,
		runs: htmlRuns(html),
		text,
		anchor: referenceAnchor(key),
		citedIn: sections
			.map((s) => ({ section: s.id, title: s.short, anchors: source.sections.find((x) => x.data.id === s.id)!.scan.citations.flatMap(({ node }) => node.items.filter((i) => i.key === key).map((i) => i.anchor)) }))
			.filter((c) => c.anchors.length > 0),
		figureSources: figures.filter((f) => f.source?.ref.id === key || f.furtherInformation?.ref.id === key).map((f) => f.id),
	}));
	const referenceByKey = new Map(referenceList.map((r) => [r.key, r]));

	// The site's pages and their anchors, for checking the links the prose writes.
	const pages = new Map<string, Set<string>>();
	pages.set('', new Set(['abstract', 'contents', 'cite-this-report']));
	pages.set('report/', new Set(sections.flatMap((s) => [s.id, ...s.anchors].filter((a) => a !== 'section-title' && !a.startsWith('cite-this-')))));
	pages.set('glossary/', new Set(data.glossary.map((t) => t.id)));
	pages.set('editorial-notes/', new Set([...source.errata.map((e) => e.id), 'notes-report', ...sections.map((s) => `notes-${s.id}`)]));
	for (const s of sections) {
		pages.set(`${s.id}/`, s.anchors);
		for (const alias of s.aliases) pages.set(`${alias}/`, s.anchors);
	}
	for (const id of chartIds) for (const ext of ['csv', 'json']) pages.set(`data/${id}.${ext}`, new Set());
	for (const target of ['report', ...sections.map((s) => s.id)]) for (const ext of ['bib', 'ris', 'json']) pages.set(`cite/${target}.${ext}`, new Set());

	const linkErrors = checkLinks(source.sections, pages);
	if (linkErrors.length) return { errors: linkErrors, warnings };

	const lookup = <T>(map: Map<string, T>, what: string) => (id: string) => {
		const found = map.get(id);
		if (!found) throw new Error(`the report has no ${what} "${id}"`);
		return found;
	};
	const model: ReportModel = {
		meta: source.report,
		abstract: fill(source.report.abstract),
		sections,
		section: lookup(sectionById, 'section'),
		sectionIdOf: sectionOf,
		figures,
		figure: lookup(figureById, 'figure'),
		references: referenceList,
		reference: lookup(referenceByKey, 'reference'),
		referencesSection: sections.find((s) => source.sections.find((x) => x.data.id === s.id)!.scan.tags.some((t) => t.name === 'ReferenceList'))?.id,
		errata: source.errata,
		erratum: lookup(errataById, 'erratum'),
		glossary: [...data.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en')).map((t) => ({ ...t, definition: fill(t.definition) })),
		term: lookup(terms, 'glossary term'),
		place: lookup(places, 'place'),
		facts,
		data,
		pages,
		warnings,
	};
	return { model, errors: [], warnings };
}

/** The texts that quote numbers with `{set.name}`: the abstract, the summaries, the glossary, the figures' captions and descriptions. */
function quotingTexts(source: ReportSource): Array<{ file: string; entry: string | undefined; field: string; text: string }> {
	return [
		{ file: contentFiles.report, entry: undefined, field: 'abstract', text: source.report.abstract },
		...source.sections.map((s) => ({ file: s.file, entry: s.data.id, field: 'summary', text: s.data.summary })),
		...source.data.glossary.map((t) => ({ file: contentFiles.glossary, entry: t.id, field: 'definition', text: t.definition })),
		...source.data.figures.flatMap((f) => (['caption', 'description'] as const).map((field) => ({ file: contentFiles.figures, entry: f.id, field, text: f[field] }))),
	];
}

/** What an internal link written in the prose points at: a page of the site and an anchor on it. */
export interface InternalTarget {
	path: string;
	anchor?: string;
}

/**
 * Reads a link's URL: an address on the web (http, https, mailto), a page of this site written from
 * the report's root (`/typology/#origin`), or an anchor on the same page (`#origin`). Anything else is
 * refused with the reason.
 */
export function classifyLink(url: string): { external: string } | { internal: InternalTarget } | { sameSection: string } | { problem: string } {
	const trimmed = url.trim();
	/** An anchor as written, `%20` and all; undefined when a `%` is not followed by two hexadecimal digits. */
	const decoded = (anchor: string) => {
		try {
			return decodeURIComponent(anchor);
		} catch {
			return undefined;
		}
	};
	const malformed = { problem: `"${url}" has a % that is not followed by two hexadecimal digits (write %25 for a % itself); anchors are ids such as #fund-support` };
	if (trimmed.startsWith('#')) {
		if (trimmed.length === 1) return { problem: 'links to "#", which is nowhere' };
		const anchor = decoded(trimmed.slice(1));
		return anchor === undefined ? malformed : { sameSection: anchor };
	}
	if (trimmed.startsWith('//')) return { problem: `"${url}" has no scheme; write https://…` };
	if (trimmed.startsWith('/')) {
		const [pathPart, anchor] = trimmed.slice(1).split('#', 2);
		if (/[?\\]|\.\.|\s/.test(pathPart)) return { problem: `"${url}" is not a plain address of this site, such as /typology/ or /typology/#origin` };
		const path = pathPart === '' || pathPart.endsWith('/') || /\.[a-z]+$/.test(pathPart) ? pathPart : `${pathPart}/`;
		if (!anchor) return { internal: { path } };
		const plain = decoded(anchor);
		return plain === undefined ? malformed : { internal: { path, anchor: plain } };
	}
	let parsed: URL;
	try {
		parsed = new URL(trimmed);
	} catch {
		return { problem: `"${url}" is a relative address; write pages of this site from the report's root, such as /typology/` };
	}
	if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return { problem: `"${url}" uses ${parsed.protocol.replace(/:$/, '')}:, but links may only be http:, https:, mailto: or pages of this site` };
	return { external: parsed.href };
}

function checkLinks(sections: SectionSource[], pages: Map<string, Set<string>>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const s of sections) {
		for (const link of s.scan.links) {
			const where = { file: s.file, entry: s.data.id, line: link.line };
			const target = classifyLink(link.url);
			if ('problem' in target) problems.push({ ...where, message: target.problem.startsWith('links ') ? target.problem : `a link ${target.problem}` });
			else if ('sameSection' in target) {
				if (!pages.get(`${s.data.id}/`)?.has(target.sameSection)) problems.push({ ...where, message: `links to "#${target.sameSection}", which is not an anchor of this section` });
			} else if ('internal' in target) {
				const anchors = pages.get(target.internal.path);
				if (!anchors) problems.push({ ...where, message: `links to "/${target.internal.path}", which is not a page of the report` });
				else if (target.internal.anchor && !anchors.has(target.internal.anchor)) problems.push({ ...where, message: `links to "/${target.internal.path}#${target.internal.anchor}", but that page has no anchor "${target.internal.anchor}"` });
			}
		}
	}
	return problems;
}
