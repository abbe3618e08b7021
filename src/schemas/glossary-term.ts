import { z } from 'zod';
import { permanentId } from './ids';

/** One term of the glossary (`content/glossary.yaml`). */
export const glossaryTermSchema = z.strictObject({
	/** Permanent anchor on the glossary page; the prose links a first mention with `<Term id="…">…</Term>`. */
	id: permanentId,
	/** The term as the report uses it. */
	term: z.string().min(1),
	/** The term in simplified Chinese characters, when it has a Chinese name. */
	chinese: z.string().regex(/^[\p{Script=Han}·（）()]+$/u, { message: 'must be written in Chinese characters' }).optional(),
	/** Hanyu Pinyin with tone marks. */
	pinyin: z.string().min(1).optional(),
	/** A plain definition for a reader new to China; `{set.name}` quotes a number from the data. */
	definition: z.string().min(20),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
