import { z } from 'zod';
import { permanentId } from './ids';

/** Caption and description of one figure (`content/data/figures.yaml`). */
export const figureSpecSchema = z.strictObject({
	/** The chart this describes; also its anchor, `#figure-<id>`, and its download names. */
	id: permanentId,
	/**
	 * The figure's number in the draft, `"Figure 1"` or `"Table 1"`, for a figure the draft has. A figure
	 * without it is the editors' and is numbered in their own series ("Figure E1", "Figure E2", …), its
	 * caption marked "Added by the editors."
	 */
	draftLabel: z
		.string()
		.regex(/^(Figure|Table) \d+$/, { message: 'must be "Figure N" or "Table N", as the draft numbers it' })
		.optional(),
	/** Caption shown after "Figure N.". */
	caption: z.string().min(1),
	/** What the chart shows and finds, for readers who cannot see it; `{set.name}` quotes a number from the data. */
	description: z.string().min(1),
	/** Show the data table openly (`open`) or folded under the chart (`folded`, the default). */
	table: z.enum(['open', 'folded']).default('folded'),
	/** Caption of the data table, when it differs from "Data for Figure N". */
	tableCaption: z.string().min(1).optional(),
	/** Why and how the editors redrew a figure the draft lost. */
	reconstructed: z.string().min(1).optional(),
});

export type FigureSpec = z.infer<typeof figureSpecSchema>;
