import { z } from 'zod';
import { isoDate } from './ids';
import { personSchema } from './person';
import { webUrl } from './reference';

/** A semantic version, `1.0.0`. */
const version = z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'must be a version such as "1.0.0"' });

/** The report as a whole (`content/report.yaml`). */
export const reportSchema = z.strictObject({
	/** Main title; at most 150 characters, for the page head, the share images and reference managers. */
	title: z.string().min(1).max(150),
	/** Subtitle, shown under the title and in citations; at most 200 characters. */
	subtitle: z.string().min(1).max(200),
	/** Whom the report was prepared for, as the draft says it. */
	preparedFor: z.string().min(1),
	/** Publishing institution, exactly as the source names it. */
	institution: z.string().min(1),
	/**
	 * Authors in citation order: persons `{family, given}` or an organisation `{literal}`. Empty while unknown:
	 * citations then lead with the title, and Google Scholar will not index the site (it needs an author).
	 */
	authors: z.array(personSchema).default([]),
	/** Editors in citation order, persons or an organisation; cited as editors of the report. Omit when none. */
	editors: z.array(personSchema).optional(),
	/**
	 * The full title (title and subtitle) in sentence case, as citation styles store titles: APA prints it as
	 * written; Chicago, MLA and Harvard turn it into title case. Capitalise proper nouns and the first word
	 * after the colon as written. Without it, citations use `title: subtitle` as shown on the site.
	 */
	citationTitle: z.string().min(1).optional(),
	/** Version of this edition, semantic (`1.0.0`). */
	version,
	/** Status shown beside the version, such as "Draft report". */
	status: z.string().min(1),
	/**
	 * Dates of this edition (`npm run edition` sets both when it publishes a new one): neither after the day of the
	 * build, and `modified` not before `published`.
	 */
	dates: z
		.strictObject({
			/** This edition's publication date: the date its citations give. */
			published: isoDate,
			/** Last changed. */
			modified: isoDate,
		})
		.superRefine((d, ctx) => {
			// Only days of the calendar are compared: a date that is not one is reported as such alone.
			const day = (x: string) => /^\d{4}-\d{2}-\d{2}$/.test(x) && !Number.isNaN(Date.parse(x)) && new Date(`${x}T00:00:00Z`).toISOString().startsWith(x);
			if (!day(d.published) || !day(d.modified)) return;
			const today = new Date().toISOString().slice(0, 10);
			for (const field of ['published', 'modified'] as const) {
				if (d[field] > today) ctx.addIssue({ code: 'custom', path: [field], message: `is ${d[field]}, which is after today (${today}); a report is dated when it was published or changed`, input: d[field], params: { complete: true } });
			}
			if (d.modified < d.published) ctx.addIssue({ code: 'custom', path: ['modified'], message: `is ${d.modified}, before the report was published (${d.published})`, input: d.modified, params: { complete: true } });
		}),
	/**
	 * The earlier editions, oldest first, each frozen as published in `content/editions/<version>/` and still served at
	 * `editions/<version>/…`. Written by `npm run edition`; not edited by hand.
	 */
	editions: z.array(z.strictObject({ version, published: isoDate })).default([]),
	/** Licence of the text. */
	licence: z.strictObject({ name: z.string().min(1), url: webUrl }),
	/** Language of the text, a BCP 47 tag: a language (`en`, `zh`), then a script (`Hans`) or a region (`GB`) if needed. */
	language: z
		.string()
		.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/, { message: 'must be a BCP 47 language tag such as "en" or "en-GB" (not the language’s name)' })
		.default('en'),
	/** A paragraph summarising the report, shown on the home page; `{set.name}` quotes a number from the data. */
	abstract: z.string().min(40),
});

export type Report = z.infer<typeof reportSchema>;
