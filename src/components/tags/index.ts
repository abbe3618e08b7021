import Cite from './Cite.astro';
import EdNote from './EdNote.astro';
import FigRef from './FigRef.astro';
import Figure from './Figure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';
import Num from './Num.astro';
import ReferenceList from './ReferenceList.astro';
import Term from './Term.astro';
import Zh from './Zh.astro';

/**
 * The report's tags, as a page hands them to a compiled section: `<Content components={reportTags} />`.
 * The authors write H2, H3, EdNote, Num, Figure, FigRef, Term, Zh and ReferenceList (src/load/mdx.ts lists
 * what each takes); Cite and Link stand for the citations and links the remark plugin finds.
 */
export const reportTags = { Cite, EdNote, FigRef, Figure, H2, H3, Link, Num, ReferenceList, Term, Zh };
