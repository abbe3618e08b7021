import { describe, expect, test } from 'vitest';
import { fixture, modelOf } from '../unit/fixture-copy';
import SectionCards from '../../src/components/SectionCards.astro';
import { sectionCards } from '../../src/site/section-notes';
import { renderComponent, renderSection } from './render';

const model = modelOf(fixture.href);
const first = await renderSection(fixture.href, model, 'first');
const second = await renderSection(fixture.href, model, 'second');

describe('a section compiled by @astrojs/mdx and drawn by the report’s tags', () => {
	test('gives each heading its written id, a self-link announced with its text, and an anchor for every retired id', () => {
		expect(first).toContain('<h2 id="growth" data-permalink>Growth</h2>');
		expect(first).toContain('<a class="self-link" data-pagefind-ignore href="#growth" aria-label="Permalink to “Growth”"></a>');
		expect(first).toContain('<span class="alias-anchor" id="funds" data-permalink data-alias-of="fund-support"></span>');
	});
	test('moves the headings down a level on the whole-report page', async () => {
		const whole = await renderSection(fixture.href, model, 'first', { headingShift: 1 });
		expect(whole).toContain('<h3 id="growth"');
		expect(whole).toContain('<h4 id="fund-support"');
	});
	test('links each cited work to its entry under the base path, its card out of the sentence', () => {
		expect(first).toMatch(/<span class="cite">\(<span class="cite-item"><a class="cite-link" id="cite-lin2010-first-1" href="\/reports\/x\/second\/#ref-lin2010" aria-describedby="cite-lin2010-first-card">Lin, 2010<\/a><\/span>\)<\/span>/);
		// The sentence holds the citation only: the work's entry is its card, after the section.
		expect(first).not.toContain('Lin, Q. (2010)');
	});
	test('marks an editorial note with a link to the notes page, its card out of the sentence, its number for paper', () => {
		expect(second).toContain('<a class="ednote-marker" id="ednote-port-delta" href="/reports/x/editorial-notes/#port-delta" aria-describedby="ednote-port-delta-card">');
		expect(second).toMatch(/<span class="ednote-number"><span class="ednote-space"> <\/span>1<\/span>/);
		expect(second).not.toContain('Xiamen lies south of the Min River’s mouth.');
	});
	test('puts each section’s cards after its text: every work it cites once, every note by its number, each card named by its link', async () => {
		const cards = await renderComponent(SectionCards, { cards: sectionCards(model, 'second') });
		expect(cards).toContain('<span class="cite-card ednote-card" role="tooltip" id="ednote-port-delta-card">Xiamen lies south of the Min River’s mouth.</span>');
		expect(cards).toMatch(/<span class="section-note-number">1<\/span>/);
		const first = await renderComponent(SectionCards, { cards: sectionCards(model, 'first') });
		expect(first.match(/id="cite-lin2010-first-card"/g)).toHaveLength(1);
		expect(first).toMatch(/<span class="cite-card" role="tooltip" id="cite-lin2010-first-card">Lin, Q\. \(2010\)/);
		// Every link that names a card on the page finds it there.
		for (const [, card] of `${await renderSection(fixture.href, model, 'first')}`.matchAll(/aria-describedby="(cite-[^"]+)"/g)) expect(first, card).toContain(`id="${card}"`);
	});
	test('draws the reference list with back-links to every citation', () => {
		expect(second).toContain('<li id="ref-lin2010" data-permalink>');
		expect(second).toContain('href="/reports/x/first/#cite-lin2010-first-2"');
	});
});

describe('a section, for reading on any screen', () => {
	const all = `${first}${second}`;
	test('labels each body cell of a table with its column header, so a narrow screen can show rows as cards', () => {
		const table = /<table class="stacks">[\s\S]*?<\/table>/.exec(all)?.[0];
		expect(table, 'a figure’s data table').toBeDefined();
		const headers = [...table!.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
		const firstRow = /<tbody>\s*<tr>([\s\S]*?)<\/tr>/.exec(table!)![1];
		const labels = [...firstRow!.matchAll(/<td[^>]*data-label="([^"]*)"/g)].map((m) => m[1]);
		expect(headers.length).toBeGreaterThan(1);
		expect(labels).toEqual(headers.slice(1));
	});
	test('keeps adjacent cells and rows apart in the text, so the search index never runs two words together', () => {
		expect(all).not.toMatch(/<\/t[hd]><t[hd]/);
		expect(all).not.toMatch(/<\/tr><tr/);
		expect(all).not.toMatch(/<\/caption><thead/);
	});
	test('joins an editors’ note marker and the word before it in one span, which the stylesheet keeps unbroken', () => {
		expect(second).toMatch(/<span class="ednote-join">Delta\) <span class="ednote"><a class="ednote-marker"[^>]*><span aria-hidden="true">\[<\/span><span class="ednote-words">Editors’ note<\/span><span class="ednote-number">.*?<\/span><span aria-hidden="true">]<\/span><\/a>/);
	});
	test('puts a heading’s self-link right after the heading, with nothing between them', () => {
		expect(first).toMatch(/<\/h2><a class="self-link"/);
	});
});
