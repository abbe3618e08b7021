import { z } from 'zod';
import { isoDate } from './ids';
import { personSchema } from './person';
import { webUrl } from './reference';

/** A semantic version, `1.0.0`. */
const version = z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'must be a version such as "1.0.0"' });

/** The report as a whole (`content/report.yaml`). */
export const reportSchema = z.strictObject({
	/** Main title. */
	title: z.string().min(1),
	/** Subtitle, shown under the title and in citations. */
	subtitle: z.string().min(1),
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
	/** Dates of this edition (`npm run edition` sets both when it publishes a new one). */
	dates: z.strictObject({
		/** This edition's publication date: the date its citations give. */
		published: isoDate,
		/** Last changed. */
		modified: isoDate,
	}),
	/**
	 * The earlier editions, oldest first, each frozen as published in `editions/<version>/` and still served at
	 * `editions/<version>/…`. Written by `npm run edition`; not edited by hand.
	 */
	editions: z.array(z.strictObject({ version, published: isoDate })).default([]),
	/** Licence of the text. */
	licence: z.strictObject({ name: z.string().min(1), url: webUrl }),
	/** Language of the text, a BCP 47 tag. */
	language: z.string().min(2).default('en'),
	/** A paragraph summarising the report, shown on the home page; `{set.name}` quotes a number from the data. */
	abstract: z.string().min(40),
});

export type Report = z.infer<typeof reportSchema>;
