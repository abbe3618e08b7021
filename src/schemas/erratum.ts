import { z } from 'zod';
import { permanentId } from './ids';

/** Subjects of editorial change, as listed on the Editorial notes page. */
export const erratumKinds = [
	'spelling',
	'grammar',
	'debris',
	'page-break',
	'citation',
	'reference',
	'doubtful',
	'reconstruction',
	'structure',
] as const;

/**
 * What the change does to the draft, the classes of issue 12:
 * - `correction`: the draft's words corrected (spelling, grammar, a name, a date);
 * - `normalisation`: one rule applied throughout (citation style, spelling, punctuation, numbers);
 * - `addition`: something the draft lacks, added from evidence (a co-author, a publisher, a reference);
 * - `omission`: debris or a repetition taken out; none of the author's words is lost;
 * - `insertion`: the editors' own text or apparatus (abstract, summaries, figures, Chinese names,
 *   cross-references, notes, linking sentences);
 * - `kept`: nothing changed: the draft's words are kept as printed and flagged as doubtful.
 */
export const changeKinds = ['correction', 'normalisation', 'addition', 'omission', 'insertion', 'kept'] as const;

/** The editors' blocks an erratum can stand for as a whole (see `src/editorial/compare.ts`). */
const blockKey = z.string().regex(/^(?:abstract|summary|title-page|reference-list|figure:[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/, {
	message: 'must be "abstract", "summary", "title-page", "reference-list" or "figure:<figure id>"',
});

/** A regular expression, written as JavaScript source (compiled with the flags `gu`). */
const pattern = z.string().min(1).refine(
	(source) => {
		try {
			new RegExp(source, 'gu');
			return true;
		} catch {
			return false;
		}
	},
	{ message: 'must be a valid regular expression' },
);

/**
 * One editorial change made to the draft (`content/errata.yaml`). The test in
 * `tests/e2e/editorial.spec.ts` proves that every difference between the draft and the site is
 * covered by an entry, and that every entry's quotations are real.
 */
export const erratumSchema = z
	.strictObject({
		/** Permanent anchor on the Editorial notes page. */
		id: permanentId,
		/** Id of the section the change is in, or `report` for report-wide changes and the home page. */
		section: permanentId,
		/** What the change is about. */
		kind: z.enum(erratumKinds),
		/** What the change does to the draft (see `changeKinds`). */
		change: z.enum(changeKinds),
		/**
		 * What the draft says: an exact excerpt (whitespace aside) of `content/draft/report-draft.txt`.
		 * A long passage may be quoted as "first words … last words". Absent for an insertion.
		 */
		draft: z.string().min(1).optional(),
		/**
		 * What the site says instead, exactly as a reader sees it (whitespace aside; the Chinese names and
		 * note markers of `sitePattern` entries may be left out). Absent for an omission.
		 */
		site: z.string().min(1).optional(),
		/** The editors' block this entry stands for as a whole: a figure, a section's summary, the abstract… */
		block: blockKey.optional(),
		/** For a report-wide change: every match of this pattern in the draft is this change (e.g. a citation). */
		draftPattern: pattern.optional(),
		/** For a report-wide insertion: every match of this pattern on the site is this change (e.g. a Chinese name). */
		sitePattern: pattern.optional(),
		/** A report-wide rule the comparison applies: `punctuation` (marks of punctuation are normalised; words are compared). */
		rule: z.enum(['punctuation']).optional(),
		/** Why, in a sentence or two for a reader. */
		reason: z.string().min(1),
		/** Shown in the text itself through `<EdNote id="…" />`. */
		flag: z.boolean().default(false),
	})
	.refine((e) => e.draft !== undefined || e.site !== undefined, {
		message: 'needs a draft or a site quotation (or both)',
		path: ['draft'],
	});

export type Erratum = z.infer<typeof erratumSchema>;
