import type { ChartModel } from '../charts/marks';
import type { ReportData } from '../load/data-sets';
import type { CitationNode, SectionHeading, TagUse } from '../load/mdx';
import type { ContentProblem } from '../load/problems';
import type { Erratum } from '../schemas/erratum';
import type { GlossaryTerm } from '../schemas/glossary-term';
import type { Place } from '../schemas/place';
import type { Reference } from '../schemas/reference';
import type { Report } from '../schemas/report';
import type { RenderedCluster } from '../citation';
import type { TextRun } from '../citation/rich-text';
import type { QuotableFact } from './facts';
import type { DataTable } from '../charts/table';

/** A section, resolved: its numbers filled in, its headings, figures and citations known. */
export interface SectionModel {
	id: string;
	title: string;
	/** Label for navigation. */
	short: string;
	order: number;
	/** The summary with its numbers filled in. */
	summary: string;
	aliases: string[];
	file: string;
	headings: SectionHeading[];
	/** The section's MDX (frontmatter blanked), as @astrojs/mdx compiles it. */
	body: string;
	/** The report's tags it uses, in reading order. */
	tags: TagUse[];
	/**
	 * Its citations in reading order, each formatted by the citation style: the n-th is what the compiled
	 * section's n-th `<Cite>` draws (src/load/remark-report.ts numbers them in the same walk).
	 */
	citations: SectionCitation[];
	/** Ids of the figures placed in it, in order. */
	figures: string[];
	/** Keys of the works it cites, in order of first citation. */
	citedKeys: string[];
	/** Anchors a link may point to on the section's page. */
	anchors: Set<string>;
}

/** A citation in a section: the works it cites, as written, and how the style writes them. */
export interface SectionCitation {
	mode: 'parenthetical' | 'narrative';
	items: CitationNode['items'];
	line: number;
	rendered: RenderedCluster;
}

/** A figure, resolved: numbered, captioned, drawn and tabulated from validated data. */
export interface FigureModel {
	id: string;
	/** "Figure 1" for the draft's own figure, "Figure E1"… for the editors'. */
	label: string;
	/** The draft's figure, or one the editors added. */
	series: 'draft' | 'editors';
	/** The section it stands in. */
	section: string;
	anchor: string;
	caption: string;
	description: string;
	reconstructed?: string;
	table: DataTable;
	tableCaption: string;
	tableOpen: boolean;
	/**
	 * The source of its numbers and the source as the text cites it ("Shao (2007)"), as plain text and as the
	 * style formats it (an authorless work's title in italics); none when the numbers are the draft's own.
	 */
	source?: { ref: Reference; citation: string; runs: TextRun[] };
	/** A work the draft points to for more information, as the text cites it. */
	furtherInformation?: { ref: Reference; citation: string; runs: TextRun[] };
	/** The chart laid out for a wide column (from 640 px): the page's wide drawing, the pictures and share images. */
	chart: ChartModel;
	/** The same chart laid out for the narrowest column (288 px), shown where the figure is narrower than the wide one. */
	compactChart: ChartModel;
}

/** A work in the reference list, with every place that cites it. */
export interface ReferenceModel {
	key: string;
	ref: Reference;
	/** The formatted entry as inline HTML (citeproc's). */
	html: string;
	/** The same entry as runs of styled text: what the page draws. */
	runs: TextRun[];
	text: string;
	anchor: string;
	/** Sections citing it, in reading order, with the anchors of each citation. */
	citedIn: Array<{ section: string; title: string; anchors: string[] }>;
	/** Cited only as the source of a figure. */
	figureSources: string[];
}

/** The whole report, validated and cross-checked: the single source for pages, downloads and checks. */
export interface ReportModel {
	meta: Report;
	/** The abstract with its numbers filled in. */
	abstract: string;
	sections: SectionModel[];
	section(id: string): SectionModel;
	/** A section's current id from its id or a retired alias; undefined for neither. */
	sectionIdOf(idOrAlias: string): string | undefined;
	figures: FigureModel[];
	figure(id: string): FigureModel;
	references: ReferenceModel[];
	reference(key: string): ReferenceModel;
	/** The section that holds the reference list (`<ReferenceList />`). */
	referencesSection?: string;
	errata: Erratum[];
	erratum(id: string): Erratum;
	glossary: Array<GlossaryTerm & { definition: string }>;
	term(id: string): GlossaryTerm;
	place(id: string): Place;
	facts: Map<string, QuotableFact>;
	data: ReportData;
	/** Every page a link may point to (paths under the base), with the anchors on it. */
	pages: Map<string, Set<string>>;
	/** What an author should know that does not stop the build. */
	warnings: ContentProblem[];
}
