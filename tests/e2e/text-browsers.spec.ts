import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { base, model } from './site';

/**
 * The report in the text browsers a reader may read it in, w3m and Lynx (Debian's, as scripts/ensure-tools.mjs
 * installs them): they draw no CSS and no SVG, and print every text a page holds, in the order it stands.
 * Each page is dumped as it renders it, from the server the suite runs.
 */
const browsers = [
	{ name: 'w3m', path: [process.env.W3M_PATH, '/usr/bin/w3m'].find((p) => p && existsSync(p)), args: (url: string) => ['-dump', '-cols', '100', url] },
	{ name: 'Lynx', path: [process.env.LYNX_PATH, '/usr/bin/lynx'].find((p) => p && existsSync(p)), args: (url: string) => ['-dump', '-nolist', '-width=100', '-display_charset=utf-8', url] },
];

const dump = (browser: (typeof browsers)[number], url: string) => execFileSync(browser.path!, browser.args(url), { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TERM: 'dumb', HOME: process.env.HOME ?? '/tmp' } });
/** Whitespace as one space: a text browser wraps lines where it likes. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const count = (text: string, part: string) => text.split(part).length - 1;

for (const browser of browsers) {
	test(`in ${browser.name}, every chart is read once, citations read as citations, notes as endnotes, headings without permalink noise`, async ({ baseURL }) => {
		expect(browser.path, `${browser.name} is installed (scripts/ensure-tools.mjs installs it)`).toBeTruthy();
		const problems: string[] = [];
		for (const section of model.sections) {
			const text = flat(dump(browser, `${baseURL}${base}${section.id}/`));
			for (const f of model.figures.filter((x) => x.section === section.id)) {
				// A chart's description stands once: both drawings refer to it (on main, each drawing held its own).
				const description = flat(f.description.slice(0, 60));
				if (count(text, description) !== 1) problems.push(`${section.id}: the description of ${f.label} is read ${count(text, description)} times`);
			}
			// A citation is followed by the sentence, never by the work's entry.
			for (const c of section.citations) {
				for (const part of c.rendered.parts) {
					const entry = flat(model.reference(part.key).text).slice(0, 25);
					if (text.includes(`${part.text}${entry}`) || text.includes(`${part.text} ${entry}`)) problems.push(`${section.id}: “${part.text}” runs into its entry “${entry}…”`);
				}
			}
			// Each editors' note once, after the text (under "Editors’ notes"), not where its marker stands.
			const notesAt = text.lastIndexOf('Editors’ notes');
			for (const note of model.errata.filter((e) => e.flag && model.sectionIdOf(e.section) === section.id)) {
				const reason = flat(note.reason).slice(0, 40);
				const at = text.indexOf(reason);
				if (count(text, reason) !== 1 || at < notesAt || notesAt < 0) problems.push(`${section.id}: the note ${note.id} is not read once, after the text`);
			}
			if (text.includes('Permalink')) problems.push(`${section.id}: a heading is followed by “Permalink to …”`);
		}
		expect(problems).toEqual([]);
	});
}
