import { z } from 'zod';
import { permanentId } from './ids';

/** Kinds of editorial change, as listed on the Editorial notes page. */
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

/** One editorial correction made to the draft (`content/errata.yaml`). */
export const erratumSchema = z.strictObject({
	/** Permanent anchor on the Editorial notes page. */
	id: permanentId,
	/** Id of the section the change is in, or `references` / `report` for report-wide changes. */
	section: permanentId,
	/** What kind of change it is. */
	kind: z.enum(erratumKinds),
	/** What the draft said (a short exact excerpt). */
	draft: z.string().min(1),
	/** What the site says instead. */
	site: z.string().min(1),
	/** Why, in a sentence or two for a reader. */
	reason: z.string().min(1),
	/** Shown in the text itself through `<EdNote id="…" />`. */
	flag: z.boolean().default(false),
});

export type Erratum = z.infer<typeof erratumSchema>;
