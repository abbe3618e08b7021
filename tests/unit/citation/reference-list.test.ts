// The reference list's back-references, as a reader reads them: one sentence per work, saying where the report
// cites it, each "↩" a link back to one citation. Expectations are read from the model.
import { describe, expect, test } from 'vitest';
import { reportModelAt } from '../../../src/model/index';
import { referenceListView, type BackrefPiece } from '../../../src/site/tag-views';
import { createUrls } from '../../../src/site/urls';

const model = reportModelAt(new URL('../../../', import.meta.url).href);
const urls = createUrls('/', 'https://example.org');
const view = referenceListView({ model, urls });
const sentence = (pieces: BackrefPiece[]) => pieces.map((p) => ('text' in p ? p.text : 'link' in p ? p.link.text : `↩${p.backlink.n ?? ''}`)).join('');
const of = (key: string) => sentence(view.find((v) => v.anchor === model.reference(key).anchor)!.backrefs);
const labels = (ids: string[]) => ids.map((id) => model.figure(id).label);
const and = (list: string[]) => (list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]!);

describe('the reference list\'s back-references', () => {
	test('read as a sentence for every work: where it is cited, for more information, as a source, or not at all', () => {
		for (const entry of view) expect(sentence(entry.backrefs)).toMatch(/^(Cited in [^;]+?( ↩(\d+)?)+(, and for more information in .+)?(; the source of .+)?\.|Cited for more information in [^;]+(; the source of .+)?\.|The source of .+\.|Not cited in the text\.|Listed in the draft’s references; not cited in the text\.)$/);
		for (const entry of view) expect(sentence(entry.backrefs)).not.toMatch(/Cited in (for|source)|Cited in ;/);
	});
	test('name each work\'s sections, figures and roles as the model has them', () => {
		for (const r of model.references) {
			const sources = model.figures.filter((f) => f.source?.ref.id === r.key).map((f) => f.id);
			const further = model.figures.filter((f) => f.furtherInformation?.ref.id === r.key).map((f) => f.id);
			const cited = r.citedIn.map((c) => `${c.title}${c.anchors.map((_, i) => ` ↩${c.anchors.length > 1 ? i + 1 : ''}`).join('')}`);
			const clauses = [
				...(cited.length || further.length ? [`Cited ${[cited.length ? `in ${and(cited)}` : '', further.length ? `${cited.length ? 'and ' : ''}for more information in ${and(labels(further))}` : ''].filter(Boolean).join(', ')}`] : []),
				...(sources.length ? [`${cited.length || further.length ? 'the' : 'The'} source of ${and(labels(sources))}`] : []),
			];
			expect(of(r.key), r.key).toBe(clauses.length ? `${clauses.join('; ')}.` : r.ref.draft ? 'Listed in the draft’s references; not cited in the text.' : 'Not cited in the text.');
		}
	});
	test('link every ↩ to one citation of the work, numbered when a section cites it more than once', () => {
		for (const r of model.references) {
			const backlinks = view.find((v) => v.anchor === r.anchor)!.backrefs.flatMap((p) => ('backlink' in p ? [p.backlink] : []));
			expect(backlinks.map((b) => b.href)).toEqual(r.citedIn.flatMap((c) => c.anchors.map((a) => urls.section(c.section, a))));
			for (const b of backlinks) expect(b.href).toContain(`#cite-${r.key}-`);
		}
		expect(of('shao2007')).toMatch(/^Cited in \S+ ↩1 ↩2, /);
	});
});
