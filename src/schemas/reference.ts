import { z } from 'zod';
import { citationKey, isoDate } from './ids';
import { personSchema } from './person';
import { unitValue } from './quantity';

/** A day, `YYYY-MM-DD`, or a month, `YYYY-MM`, for a work known to the month only. */
const dayOrMonth = z.string().refine((s) => /^\d{4}-(?:0[1-9]|1[0-2])$/.test(s) || isoDate.safeParse(s).success, {
	message: 'must be a date written YYYY-MM-DD, or YYYY-MM for a month',
});

/**
 * A web address. Only `http:` and `https:` are accepted: a `javascript:` or `data:` address in content would
 * become a live link on the page.
 */
export const webUrl = z.url({
	protocol: /^https?$/,
	hostname: z.regexes.domain,
	error: (issue) => (issue.input === undefined ? undefined : 'must be a web address starting with http:// or https://, such as "https://example.org/"'),
});

/** Kinds of work, named as CSL names them. */
export const referenceTypes = [
	'book',
	'chapter',
	'article-journal',
	'report',
	'paper-conference',
	'webpage',
	'legislation',
] as const;

/** One work in the bibliography (`content/references.yaml`). */
export const referenceSchema = z.strictObject({
	/** Citation key used in the prose as `[@key]`. */
	id: citationKey,
	/** Kind of work. */
	type: z.enum(referenceTypes),
	/** Authors in order; a person is `{family, given}`, an organisation `{literal}`. Omit when unknown: the title then leads. */
	author: z.array(personSchema).default([]),
	/** Year of publication; omitted for undated works such as web sites. */
	year: unitValue('year').optional(),
	/** Full date when known, `YYYY-MM-DD`, or the month alone, `YYYY-MM` (a paper presented in October 2006). */
	date: dayOrMonth.optional(),
	/** Title of the work. */
	title: z.string().min(1),
	/** Journal, book, proceedings or (for a report) series the work appears in. */
	container: z.string().min(1).optional(),
	/**
	 * The conference, seminar or workshop a paper was presented at. A `paper-conference` with an `event` and
	 * no `container` was presented and not published in proceedings: APA's "[Paper presentation]".
	 */
	event: z.string().min(1).optional(),
	/**
	 * The kind of report as its issuer names it, singular, printed before its `number`: "IDE Discussion Paper"
	 * gives APA's "(IDE Discussion Paper No. 89)".
	 */
	genre: z.string().min(1).optional(),
	volume: z.string().min(1).optional(),
	issue: z.string().min(1).optional(),
	/** Page range, `293–308`. */
	pages: z.string().min(1).optional(),
	publisher: z.string().min(1).optional(),
	/** Place of publication. */
	place: z.string().min(1).optional(),
	/** Issuing institution of a report or working paper. */
	institution: z.string().min(1).optional(),
	/** Report or paper number. */
	number: z.string().min(1).optional(),
	/** Where the work can be read, `http:` or `https:` only. */
	url: webUrl.optional(),
	/** Date a web page was read. */
	accessed: isoDate.optional(),
	/** Language of the work when not English, a BCP 47 tag (`zh`). */
	language: z.string().min(2).optional(),
	/** A short note shown after the reference. */
	note: z.string().min(1).optional(),
	/** The reference exactly as the draft printed it, kept for the record. */
	draft: z.string().min(1).optional(),
});

export type Reference = z.infer<typeof referenceSchema>;
