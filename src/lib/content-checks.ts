import type { ContentProblem } from './data-errors';
import { sectionCitations, type CitationOccurrence } from './citations';
import { scanEditorialNotes, scanHeadings, scanTags, type SectionHeading } from './headings';
import { checkData } from './data-checks';
import { quotableFacts } from './facts';
import { charts, fillNumbers, tableNotes } from './figures';
import { figuresFile } from './data-source';
import type { ReportSource, SectionSource } from './content-source';

/** Top-level routes that are not sections: a section id or alias may not take one of them. */
export const reservedRoutes = ['report', 'editorial-notes', '404', 'downloads', 'data', 'cite', 'figures', 'glossary', 'search', 'pagefind', 'map', 'assets', '_astro'] as const;

export interface ContentReport {
	/** Problems that stop the build. */
	errors: ContentProblem[];
	/** Things an author should know about that do not stop the build. */
	warnings: ContentProblem[];
	/** Every citation in reading order, for back-links. */
	citations: CitationOccurrence[];
	/** The linkable headings of each section, by section id. */
	headings: Map<string, SectionHeading[]>;
}

function lineIn(section: SectionSource, bodyLine: number): number {
	return section.bodyLine + bodyLine - 1;
}

/** Cross-checks the whole report: ids, citation keys, editorial notes and headings agree. */
export function checkContent(source: ReportSource): ContentReport {
	const errors: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const citations: CitationOccurrence[] = [];
	const headings = new Map<string, SectionHeading[]>();
	const referenceKeys = new Set(source.references.map((r) => r.id));
	const errataById = new Map(source.errata.map((e) => [e.id, e]));

	// Section ids, aliases and order.
	const sectionIds = new Map<string, string>();
	const orders = new Map<number, string>();
	for (const s of source.sections) {
		const claim = (id: string, field: string) => {
			const owner = sectionIds.get(id);
			if (owner) errors.push({ file: s.file, entry: s.data.id, field, message: `"${id}" is already used by ${owner}` });
			else if ((reservedRoutes as readonly string[]).includes(id))
				errors.push({ file: s.file, entry: s.data.id, field, message: `"${id}" is a page of the site itself; choose another id` });
			else sectionIds.set(id, s.file);
		};
		claim(s.data.id, 'id');
		s.data.aliases.forEach((alias, i) => claim(alias, `aliases.${i}`));
		const sameOrder = orders.get(s.data.order);
		if (sameOrder) errors.push({ file: s.file, entry: s.data.id, field: 'order', message: `${s.data.order} is also the order of ${sameOrder}` });
		orders.set(s.data.order, s.file);
	}

	// Headings: present, well-formed, and unique across the report (the whole-report page holds them all).
	const anchorOwner = new Map<string, string>();
	for (const s of source.sections) {
		const scan = scanHeadings(s.body);
		for (const p of scan.problems) errors.push({ file: s.file, entry: s.data.id, line: lineIn(s, p.line), message: p.message });
		headings.set(s.data.id, scan.headings);
		for (const h of scan.headings) {
			for (const [id, field] of [[h.id, 'id'], ...h.aliases.map((a) => [a, 'aliases'])] as Array<[string, string]>) {
				const where = { file: s.file, entry: s.data.id, line: lineIn(s, h.line), field: `heading "${h.text}" ${field}` };
				if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) errors.push({ ...where, message: `"${id}" must be lowercase words joined by hyphens` });
				else if (sectionIds.has(id)) errors.push({ ...where, message: `"${id}" is also a section id; heading ids must differ from section ids` });
				else if (anchorOwner.has(id)) errors.push({ ...where, message: `"${id}" is already a heading in ${anchorOwner.get(id)}; heading ids are unique across the report` });
				else anchorOwner.set(id, s.file);
			}
		}
	}

	// Citations resolve to references.
	const cited = new Set<string>();
	for (const s of source.sections) {
		const { prose, tokens, errors: syntax } = sectionCitations(s.data.id, s.body);
		const lineOf = (offset: number) => lineIn(s, prose.slice(0, offset).split('\n').length);
		for (const e of syntax) errors.push({ file: s.file, entry: s.data.id, line: lineOf(e.start), message: e.message });
		for (const token of tokens) {
			token.items.forEach(({ key }, i) => {
				if (!referenceKeys.has(key)) {
					errors.push({ file: s.file, entry: s.data.id, line: lineOf(token.start), message: `cites "${key}", which is not a key in content/references.yaml` });
					return;
				}
				cited.add(key);
				citations.push({ key, section: s.data.id, anchor: token.anchors[i] });
			});
		}
	}
	// A figure's source line cites its source.
	for (const s of source.sections) for (const fig of scanTags(s.body, 'Figure')) if (charts[fig.id]) cited.add(charts[fig.id].source(source.data));
	for (const ref of source.references) {
		if (!cited.has(ref.id)) warnings.push({ file: 'content/references.yaml', entry: ref.id, message: 'is in the reference list but no section cites it' });
	}

	// Editorial notes: every erratum names a real section; every flagged one is marked once in its section.
	const marks = new Map<string, Array<{ section: SectionSource; line: number }>>();
	for (const s of source.sections) {
		for (const note of scanEditorialNotes(s.body)) {
			const list = marks.get(note.id) ?? [];
			list.push({ section: s, line: lineIn(s, note.line) });
			marks.set(note.id, list);
			const erratum = errataById.get(note.id);
			const where = { file: s.file, entry: s.data.id, line: lineIn(s, note.line) };
			if (!erratum) errors.push({ ...where, message: `<EdNote id="${note.id}"> names no entry of content/errata.yaml` });
			else if (!erratum.flag) errors.push({ ...where, message: `<EdNote id="${note.id}"> marks an erratum without "flag: true"` });
			else if (erratum.section !== s.data.id)
				errors.push({ ...where, message: `<EdNote id="${note.id}"> is in section "${s.data.id}" but the erratum says section "${erratum.section}"` });
		}
	}
	// A figure's table shows the notes of its data where the figure stands.
	for (const s of source.sections) {
		for (const fig of scanTags(s.body, 'Figure')) {
			const chart = charts[fig.id];
			if (!chart) continue;
			for (const id of tableNotes(chart.table(source.data))) {
				const list = marks.get(id) ?? [];
				list.push({ section: s, line: lineIn(s, fig.line) });
				marks.set(id, list);
				const erratum = errataById.get(id);
				const where = { file: s.file, entry: s.data.id, line: lineIn(s, fig.line) };
				if (!erratum) errors.push({ ...where, message: `<Figure id="${fig.id}"> shows the note "${id}" from its data, which names no entry of content/errata.yaml` });
				else if (erratum.section !== s.data.id) errors.push({ ...where, message: `<Figure id="${fig.id}"> shows the note "${id}", but the erratum says section "${erratum.section}"` });
			}
		}
	}
	const knownPlaces = new Set([...source.sections.map((s) => s.data.id), 'report']);
	for (const e of source.errata) {
		const where = { file: 'content/errata.yaml', entry: e.id };
		if (!knownPlaces.has(e.section)) errors.push({ ...where, field: 'section', message: `"${e.section}" is not a section id (nor "report")` });
		const count = marks.get(e.id)?.length ?? 0;
		if (e.flag && count === 0) errors.push({ ...where, field: 'flag', message: `is flagged but no <EdNote id="${e.id}" /> marks it in section "${e.section}"` });
		if (count > 1) errors.push({ ...where, message: `is marked by ${count} <EdNote> tags; mark it once` });
	}

	// Data: cross-checked, and every number the prose quotes exists.
	errors.push(...checkData(source.data, referenceKeys, new Set(source.sections.map((s) => s.data.id))));
	const facts = quotableFacts(source.data);
	for (const s of source.sections) {
		for (const num of scanTags(s.body, 'Num')) {
			if (!facts.has(num.id)) {
				const near = [...facts.keys()].filter((k) => k.split('.')[0] === num.id.split('.')[0]);
				errors.push({ file: s.file, entry: s.data.id, line: lineIn(s, num.line), message: `<Num id="${num.id}"> names no number in content/data/${near.length ? ` (this data set has: ${near.join(', ')})` : ''}` });
			}
		}
	}

	// Chinese names and glossary terms: markers name real entries, once per section at most.
	const placeIds = new Set(source.data.places.places.map((p) => p.id));
	const termIds = new Set(source.data.glossary.map((t) => t.id));
	for (const s of source.sections) {
		for (const [tag, known, file] of [['Zh', placeIds, 'content/data/places.yaml'], ['Term', termIds, 'content/glossary.yaml']] as const) {
			const seen = new Set<string>();
			for (const m of scanTags(s.body, tag)) {
				const where = { file: s.file, entry: s.data.id, line: lineIn(s, m.line) };
				if (!known.has(m.id)) errors.push({ ...where, message: `<${tag} id="${m.id}"> names no entry of ${file}` });
				else if (seen.has(m.id)) errors.push({ ...where, message: `<${tag} id="${m.id}"> marks a mention that is not the first in this section; mark only the first` });
				seen.add(m.id);
			}
		}
	}
	for (const t of source.data.glossary) {
		for (const id of fillNumbers(t.definition, facts).unknown) errors.push({ file: 'content/glossary.yaml', entry: t.id, field: 'definition', message: `quotes {${id}}, which names no number in content/data/` });
	}

	// Figures: every chart has a caption, is placed once, and cross-references name placed figures.
	const chartIds = Object.keys(charts);
	const specIds = new Set(source.data.figures.map((f) => f.id));
	for (const spec of source.data.figures) {
		if (!chartIds.includes(spec.id)) errors.push({ file: figuresFile, entry: spec.id, field: 'id', message: `names no chart; the charts are ${chartIds.join(', ')}` });
		for (const field of ['caption', 'description'] as const) {
			for (const id of fillNumbers(spec[field], facts).unknown) errors.push({ file: figuresFile, entry: spec.id, field, message: `quotes {${id}}, which names no number in content/data/` });
		}
	}
	const quoting = [
		{ file: 'content/report.yaml', entry: undefined, field: 'abstract', text: source.report.abstract },
		...source.sections.map((s) => ({ file: s.file, entry: s.data.id, field: 'summary', text: s.data.summary })),
	];
	for (const q of quoting) {
		const filled = fillNumbers(q.text, facts);
		for (const id of filled.unknown) errors.push({ file: q.file, entry: q.entry, field: q.field, message: `quotes {${id}}, which names no number in content/data/` });
		// Search engines show about this much of a description.
		if (q.field === 'summary' && filled.text.length > 220) errors.push({ file: q.file, entry: q.entry, field: q.field, message: `must be at most 220 characters as readers see it (it has ${filled.text.length})` });
	}
	for (const id of chartIds) if (!specIds.has(id)) errors.push({ file: figuresFile, entry: id, message: 'this chart has no caption and description; add an entry for it' });
	const placed = new Map<string, string>();
	for (const s of source.sections) {
		for (const fig of scanTags(s.body, 'Figure')) {
			const where = { file: s.file, entry: s.data.id, line: lineIn(s, fig.line) };
			if (!chartIds.includes(fig.id)) errors.push({ ...where, message: `<Figure id="${fig.id}"> names no chart; the charts are ${chartIds.join(', ')}` });
			else if (placed.has(fig.id)) errors.push({ ...where, message: `<Figure id="${fig.id}"> is already placed in ${placed.get(fig.id)}; place each figure once and refer to it with <FigRef id="${fig.id}" />` });
			else placed.set(fig.id, s.file);
		}
	}
	for (const s of source.sections) {
		for (const ref of scanTags(s.body, 'FigRef')) {
			if (!placed.has(ref.id)) errors.push({ file: s.file, entry: s.data.id, line: lineIn(s, ref.line), message: `<FigRef id="${ref.id}"> names no figure placed in the report${chartIds.includes(ref.id) ? ' (that chart is not placed with <Figure>)' : ''}` });
		}
	}
	for (const id of chartIds) if (!placed.has(id) && specIds.has(id)) warnings.push({ file: figuresFile, entry: id, message: 'is not placed in any section with <Figure id="…" />' });

	return { errors, warnings, citations, headings };
}
