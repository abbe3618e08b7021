import { z } from 'zod';
import { permanentId } from './ids';

/** Frontmatter of one report section (`content/sections/NN-<id>.mdx`). */
export const sectionSchema = z.strictObject({
	/** Permanent id: the section's URL is `/<id>/`. Never change it; retire it with `aliases`. */
	id: permanentId,
	/** Full title, shown as the page's heading; at most 150 characters (the contents, the share images and citations hold it). */
	title: z.string().min(1).max(150),
	/** Short label for navigation and previous/next links. */
	short: z.string().min(1).max(24).optional(),
	/** Position in reading order, starting at 1; unique across sections. */
	order: z.number().refine((n) => Number.isInteger(n) && n >= 1 && n <= 1000, { message: 'is a position in reading order, so it must be a whole number from 1 to 1,000' }),
	/** One or two sentences on what the section finds: the contents entry and the meta description. `{set.name}` quotes a number from the data. */
	summary: z.string().min(20).max(400),
	/** Former ids of this section: each still resolves, as a redirect page to this one. */
	aliases: z.array(permanentId).default([]),
});

export type SectionData = z.infer<typeof sectionSchema>;
