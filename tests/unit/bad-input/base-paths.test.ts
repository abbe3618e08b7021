import { describe, expect, test } from 'vitest';
import { siteLocation } from '../../../src/site/location';
import { createUrls } from '../../../src/site/urls';

/** What `siteLocation` makes of an environment: the location, or the message it stops with. */
function located(env: Record<string, string>): { site: string; base: string } | string {
	try {
		return siteLocation(env);
	} catch (error) {
		return (error as Error).message;
	}
}

describe('BASE_PATH and SITE_URL are validated, with a message naming the variable', () => {
	const cases: Array<[string, Record<string, string>, { site: string; base: string } | string]> = [
		['BASE_PATH=../x', { BASE_PATH: '../x' }, 'BASE_PATH "../x" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['BASE_PATH=/a b/', { BASE_PATH: '/a b/' }, 'BASE_PATH "/a b/" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['BASE_PATH with a query', { BASE_PATH: '/reports/?x=1' }, 'BASE_PATH "/reports/?x=1" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['BASE_PATH with a fragment', { BASE_PATH: '/reports/#top' }, 'BASE_PATH "/reports/#top" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['BASE_PATH with an encoded dot-dot', { BASE_PATH: '/%2e%2e/x/' }, 'BASE_PATH "/%2e%2e/x/" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['BASE_PATH with markup', { BASE_PATH: '/"><script>/' }, 'BASE_PATH "/"><script>/" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['BASE_PATH that is a whole URL', { BASE_PATH: 'https://evil.example/x/' }, 'BASE_PATH "https://evil.example/x/" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['BASE_PATH with a backslash', { BASE_PATH: '/reports\\x/' }, 'BASE_PATH "/reports\\x/" must be a plain path of folder names (letters, digits, ".", "_", "~", "-"), such as /reports/china-clusters/'],
		['SITE_URL=javascript:alert(1)', { SITE_URL: 'javascript:alert(1)' }, 'SITE_URL "javascript:alert(1)" must start with http:// or https://'],
		['SITE_URL=https://x.org/path', { SITE_URL: 'https://x.org/path' }, 'SITE_URL "https://x.org/path" must be an origin only; put the path "/path" in BASE_PATH'],
		['SITE_URL that is not a URL', { SITE_URL: 'example.org' }, 'SITE_URL "example.org" is not an absolute URL such as https://example.org'],
		['SITE_URL with ftp:', { SITE_URL: 'ftp://example.org' }, 'SITE_URL "ftp://example.org" must start with http:// or https://'],
		['SITE_URL with a query', { SITE_URL: 'https://example.org/?x=1' }, 'SITE_URL "https://example.org/?x=1" must be an origin only, such as https://example.org: no user name, password, query or fragment'],
		['SITE_URL with a user and password', { SITE_URL: 'https://user:secret@example.org' }, 'SITE_URL "https://user:secret@example.org" must be an origin only, such as https://example.org: no user name, password, query or fragment'],
		['nothing set: the local preview at the root', {}, { site: 'http://localhost:4321', base: '/' }],
		['BASE_PATH without slashes gains them', { BASE_PATH: 'reports/china-clusters' }, { site: 'http://localhost:4321', base: '/reports/china-clusters/' }],
		['BASE_PATH with doubled slashes is folded', { BASE_PATH: '//reports//' }, { site: 'http://localhost:4321', base: '/reports/' }],
		['SITE_URL with a trailing slash and upper-case host', { SITE_URL: 'https://Example.ORG/' }, { site: 'https://example.org', base: '/' }],
	];
	for (const [name, env, expected] of cases) test(name, () => expect(located(env)).toEqual(expected));
});

describe('addresses built under a base path', () => {
	const urls = createUrls('/reports/x/', 'https://example.org');
	test('an anchor with markup is percent-encoded, so it cannot leave its attribute', () => {
		expect(urls.page('glossary/', '"><script>')).toBe('/reports/x/glossary/#%22%3E%3Cscript%3E');
	});
	test('a path written from the root stays under the base path', () => {
		expect(urls.page('/second/')).toBe('/reports/x/second/');
		expect(urls.absolute('second/', 'park')).toBe('https://example.org/reports/x/second/#park');
	});
});
