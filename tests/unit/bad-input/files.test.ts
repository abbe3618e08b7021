import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { copyWriting, fixture, messages, removeCopies } from '../fixture-copy';
import { testEdits } from './cases';

afterAll(removeCopies);

const first = 'content/sections/01-first.mdx';
const report = 'content/report.yaml';
const references = 'content/references.yaml';
const outside = 'is a link to a file outside the project, which the site never reads or publishes; put the file itself here instead of the link';
/** The fixture's own text of a file, for a copy that writes it elsewhere or in another encoding. */
const fixtureText = (file: string) => readFileSync(fileURLToPath(new URL(file, fixture)), 'utf8');
const link = (target: string) => (path: string) => symlinkSync(target, path);
const text = (value: string | Buffer) => (path: string) => writeFileSync(path, value);

describe('files that link out of the project', () => {
	test('a data file that is a link to a file of the machine is refused, and nothing of that file is quoted', () => {
		expect(messages(copyWriting('content/data/growth.yaml', link('/etc/passwd')))).toEqual([`content/data/growth.yaml: ${outside}`]);
	});
	test('a section that is a link out of the project is refused', () => {
		expect(messages(copyWriting(first, link('/etc/hostname')))).toEqual([`content/sections/01-first.mdx: ${outside}`]);
	});
	test('a folder of content that is a link out of the project is refused', () => {
		expect(messages(copyWriting('content/notes', link('/etc')))).toEqual([`content/notes: ${outside}`]);
	});
	test('a file in public/ that is a link out of the project is refused (it would be published)', () => {
		expect(messages(copyWriting('public/notes.txt', (path) => { mkdirSync(dirname(path), { recursive: true }); symlinkSync('/etc/passwd', path); }))).toEqual([`public/notes.txt: ${outside}`]);
	});
	test('a link that stays inside the project is read as the file it points at', () => {
		expect(messages(copyWriting('content/glossary.yaml', (path) => { writeFileSync(`${path}.real`, fixtureText('content/glossary.yaml')); symlinkSync(`${path}.real`, path); }))).toEqual([]);
	});
});

describe('files that are not UTF-8 text', () => {
	test('a section saved as Latin-1 is refused as such, at the line with the first such byte', () => {
		expect(messages(copyWriting(first, text(Buffer.from(fixtureText(first).replace('Funds were set up.', 'Fonds créés.'), 'latin1'))))).toEqual(['content/sections/01-first.mdx:19: is not UTF-8 text (this line holds bytes that are not); save the file as UTF-8']);
	});
	test('a YAML file saved as UTF-16 is refused as such', () => {
		expect(messages(copyWriting(report, text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureText(report), 'utf16le')]))))).toEqual(['content/report.yaml:1: is not UTF-8 text (this line holds bytes that are not); save the file as UTF-8']);
	});
});

describe('files beside the sections', () => {
	test.each(['.#01-first.mdx', '01-first.mdx~', '.01-first.mdx.swp', '#01-first.mdx#', '.DS_Store'])('an editor’s or the system’s file %s is ignored', (name) => {
		expect(messages(copyWriting(`content/sections/${name}`, name.startsWith('.#') ? link('someone@host.1234:1700000000') : text('\0\0 not a section')))).toEqual([]);
	});
	test('a section saved as .md is refused, not skipped', () => {
		expect(messages(copyWriting('content/sections/03-third.md', text('---\nid: third\n---\n')))).toEqual(['content/sections/03-third.md: is not an .mdx file, so it would not be part of the report; a section is written in MDX: rename it to 03-third.mdx, or move it out of content/sections/']);
	});
	test('a text file among the sections is refused', () => {
		expect(messages(copyWriting('content/sections/notes.txt', text('to do')))).toEqual(['content/sections/notes.txt: is not an .mdx file, so it would not be part of the report; a section is written in MDX: rename it to notes.mdx, or move it out of content/sections/']);
	});
	test('a folder among the sections is refused', () => {
		expect(messages(copyWriting('content/sections/drafts', (path) => mkdirSync(path)))).toEqual(['content/sections/drafts: is a folder; content/sections/ holds one .mdx file for each section and nothing else']);
	});
});

describe('a section’s file name and its order', () => {
	testEdits([
		{ name: 'an order that disagrees with the file name', file: 'content/sections/02-second.mdx', from: 'order: 2', to: 'order: 3', expected: ['content/sections/02-second.mdx:5, entry "second", field "order": is 3, but the file name starts with 02; a section\'s file name starts with its order (NN-second.mdx): rename the file to 03-second.mdx, or change the order'] },
	]);
	test('a file name without its order', () => {
		expect(messages(copyWriting('content/sections/second.mdx', (path) => { writeFileSync(path, fixtureText('content/sections/02-second.mdx')); rmSync(join(dirname(path), '02-second.mdx')); }))).toEqual(['content/sections/second.mdx:5, entry "second", field "order": is 2, but the file name does not start with a number; a section\'s file name starts with its order (NN-second.mdx): rename the file to 02-second.mdx, or change the order']);
	});
});

describe('characters no text should hold', () => {
	testEdits([
		{ name: 'a NUL in a title', file: report, from: 'title: Two Port Towns', to: 'title: Two Port\0 Towns', expected: ['content/report.yaml:1: holds the control character U+0000 (NUL), which no page can show; delete it'] },
		{ name: 'an ESC (a terminal colour) in the prose', file: first, from: 'Funds were set up.', to: 'Funds were \u001b[31mset up.', expected: ['content/sections/01-first.mdx:19: holds the control character U+001B (ESC), which no page can show; delete it'] },
		{ name: 'a C1 control character in a reference title', file: references, from: 'title: Small firms in port towns', to: 'title: Small firms\u0085 in port towns', expected: ['content/references.yaml:6: holds the control character U+0085, which no page can show; delete it'] },
		{ name: 'a right-to-left override in a section title', file: first, from: 'title: The first section', to: 'title: The first \u202Enoitces', expected: ['content/sections/01-first.mdx:3: holds the character U+202E (RIGHT-TO-LEFT OVERRIDE), which makes the text around it read in another order than it is written; delete it'] },
		{ name: 'a bidirectional isolate in a glossary term', file: 'content/glossary.yaml', from: 'term: Cluster', to: 'term: Clu\u2067ster', expected: ['content/glossary.yaml:3: holds the character U+2067 (RIGHT-TO-LEFT ISOLATE), which makes the text around it read in another order than it is written; delete it'] },
		{ name: 'two lines with control characters give one message each', file: first, from: 'Funds were set up.', to: 'Funds\u0007 were\u0007 set up.\n\nMore\u0008.', expected: ['content/sections/01-first.mdx:19: holds the control character U+0007 (BEL), which no page can show; delete it', 'content/sections/01-first.mdx:21: holds the control character U+0008 (BACKSPACE), which no page can show; delete it'] },
		{ name: 'a line of 200,000 NULs is one message, found in one pass', file: first, from: 'Funds were set up.', to: `Funds ${'\0'.repeat(200_000)}\n\nand ${'\u001b'.repeat(200_000)}`, expected: ['content/sections/01-first.mdx:19: holds the control character U+0000 (NUL), which no page can show; delete it', 'content/sections/01-first.mdx:21: holds the control character U+001B (ESC), which no page can show; delete it'] },
		{ name: 'a tab is accepted', file: first, from: 'Funds were set up.', to: 'Funds were\tset up.', expected: [] },
	]);
});

describe('YAML that would exhaust the build', () => {
	const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
	testEdits([
		{ name: 'an alias bomb ("billion laughs") names the file, in one message', file: report, from: 'status: Test report', to: `status: Test report\n${laughs}`, expected: ['content/report.yaml: is not accepted: its YAML aliases (*name) expand to too many values (Excessive alias count indicates a resource exhaustion attack); write the values out'] },
		{ name: 'lists nested 40 deep', file: report, from: 'authors: []', to: `authors: ${'['.repeat(40)}${']'.repeat(40)}`, expected: ['content/report.yaml: is not accepted: lists or groups are nested more than 32 levels deep'] },
		{ name: 'lists nested 20,000 deep do not exhaust the stack', file: report, from: 'authors: []', to: `authors: ${'['.repeat(20000)}${']'.repeat(20000)}`, expected: ['content/report.yaml:5: is not valid YAML: lists or groups are nested too deeply (the report\'s files need at most 32 levels) (Maximum call stack size exceeded)'] },
		{ name: 'an alias of the group it is in', file: report, from: 'authors: []', to: 'authors: &a [*a]', expected: ['content/report.yaml:5, field "authors.0": is not in any accepted form: a list'] },
	]);
});
