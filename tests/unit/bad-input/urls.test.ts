import { afterAll, describe } from 'vitest';
import { removeCopies } from '../fixture-copy';
import { testEdits, testRenders } from './cases';

afterAll(removeCopies);

const first = 'content/sections/01-first.mdx';
const line = 'Funds were set up.';
/** Line 19 of the first section, written as a link to `url`. */
const link = (url: string) => ({ file: first, from: line, to: `[Funds](${url}) were set up.` });

describe('links with a scheme other than http, https or mailto are refused with file and line', () => {
	testEdits([
		{ name: 'javascript:', ...link('javascript:alert(1)'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "javascript:alert(1)" uses javascript:, but links may only be http:, https:, mailto: or pages of this site'] },
		{ name: 'JavaScript: in mixed case', ...link('JavaScript:alert(1)'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "JavaScript:alert(1)" uses javascript:, but links may only be http:, https:, mailto: or pages of this site'] },
		{ name: 'javascript: with a tab inside the scheme', ...link('java&#9;script:alert(1)'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "java\tscript:alert(1)" uses javascript:, but links may only be http:, https:, mailto: or pages of this site'] },
		{ name: 'data:', ...link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='), expected: ['content/sections/01-first.mdx:19, entry "first": a link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" uses data:, but links may only be http:, https:, mailto: or pages of this site'] },
		{ name: 'vbscript:', ...link('vbscript:msgbox(1)'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "vbscript:msgbox(1)" uses vbscript:, but links may only be http:, https:, mailto: or pages of this site'] },
		{ name: 'file:', ...link('file:///etc/passwd'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "file:///etc/passwd" uses file:, but links may only be http:, https:, mailto: or pages of this site'] },
		{ name: 'ftp:', ...link('ftp://example.org/report.pdf'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "ftp://example.org/report.pdf" uses ftp:, but links may only be http:, https:, mailto: or pages of this site'] },
		{ name: 'an address without a scheme', ...link('//evil.example/'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "//evil.example/" has no scheme; write https://…'] },
		{ name: 'a relative address', ...link('../second/'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "../second/" is a relative address; write pages of this site from the report\'s root, such as /typology/'] },
		{ name: 'a site address with a query', ...link('/second/?q=1'), expected: ['content/sections/01-first.mdx:19, entry "first": a link "/second/?q=1" is not a plain address of this site, such as /typology/ or /typology/#origin'] },
	]);
});

describe('internal links are checked at build', () => {
	testEdits([
		{ name: 'a page that does not exist', ...link('/no-such-page/'), expected: ['content/sections/01-first.mdx:19, entry "first": links to "/no-such-page/", which is not a page of the report'] },
		{ name: 'a page of the full report that this small report lacks', ...link('/typology/#no-such-anchor'), expected: ['content/sections/01-first.mdx:19, entry "first": links to "/typology/", which is not a page of the report'] },
		{ name: 'an anchor that a real section lacks', ...link('/second/#no-such-anchor'), expected: ['content/sections/01-first.mdx:19, entry "first": links to "/second/#no-such-anchor", but that page has no anchor "no-such-anchor"'] },
		{ name: 'a glossary entry that does not exist', ...link('/glossary/#no-such-term'), expected: ['content/sections/01-first.mdx:19, entry "first": links to "/glossary/#no-such-term", but that page has no anchor "no-such-term"'] },
		{ name: 'an anchor that this section lacks', ...link('#nowhere'), expected: ['content/sections/01-first.mdx:19, entry "first": links to "#nowhere", which is not an anchor of this section'] },
		{ name: 'a bare #', ...link('#'), expected: ['content/sections/01-first.mdx:19, entry "first": links to "#", which is nowhere'] },
		{ name: 'a download that does not exist', ...link('/data/nothing.csv'), expected: ['content/sections/01-first.mdx:19, entry "first": links to "/data/nothing.csv", which is not a page of the report'] },
	]);
});

describe('links that are accepted, drawn under the base path and escaped', () => {
	const urls = (to: string, contains: string) => ({ file: first, from: line, to: `[Funds](${to}) were set up.`, section: 'first', contains: [`<p><a href="${contains}"${/^https?:/.test(contains) ? ' data-print-url' : ''}>Funds</a> were set up.</p>`] });
	testRenders([
		{ name: 'a heading of another section, under the base path', ...urls('/second/#park', '/reports/x/second/#park') },
		{ name: 'a section written without its trailing slash', ...urls('/second#park', '/reports/x/second/#park') },
		{ name: 'a glossary entry', ...urls('/glossary/#cluster', '/reports/x/glossary/#cluster') },
		{ name: 'a data download', ...urls('/data/growth.csv', '/reports/x/data/growth.csv') },
		{ name: 'an anchor of the same section', ...urls('#fund-support', '#fund-support') },
		{ name: 'an https address with a query, its ampersand escaped', ...urls('https://example.org/?a=1&b=2', 'https://example.org/?a=1&amp;b=2') },
		{ name: 'an https address with a quote, which cannot leave its attribute', ...urls('https://example.org/"onmouseover="alert(1)', 'https://example.org/%22onmouseover=%22alert(1)') },
		{ name: 'a mailto address', ...urls('mailto:editor@example.org', 'mailto:editor@example.org') },
	]);
});
