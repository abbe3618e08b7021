// Editions a citer can pin (issue 23): every edition at its own addresses, frozen as published; the unversioned
// addresses show the latest; older pages say a newer edition exists and link to the same place in it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editionsProblem } from '../../src/integration/editions';
import { changesHtml, editionChanges } from '../../src/site/edition-changes';
import { compareVersions, cspHash, detokenize, detokenizePage, sectionPageText, tokenBase, tokenOrigin, tokenRoot, withNewerEditionNotice } from '../../src/site/editions';
import { pngWidth } from '../../src/site/figure-paths';
import { pngSize } from '../../src/site/pictures';
import { brokenPermalinks, filesUnder as files, readLock, scanSite } from '../../src/site/permalinks';
import { buildProject, childEnv, projectCopy, removeCopies } from './fixture-copy';

afterAll(removeCopies);

const to = { origin: 'https://clusters.example.org', base: '/reports/x/' };

describe('detokenize', () => {
	const text = `<a href="${tokenBase}typology/">x</a> <link rel="canonical" href="${tokenOrigin}${tokenBase}typology/"> <div data-base="${tokenRoot}"></div>`;
	test('writes the latest copy with unversioned links and the pinned edition as every absolute address', () => {
		expect(detokenize(text, '1.2.0', to, 'latest')).toBe('<a href="/reports/x/typology/">x</a> <link rel="canonical" href="https://clusters.example.org/reports/x/editions/1.2.0/typology/"> <div data-base="/reports/x/"></div>');
	});
	test('writes the pinned copy inside its edition, the deployment root kept for what every edition shares', () => {
		expect(detokenize(text, '1.2.0', to, 'pinned')).toBe('<a href="/reports/x/editions/1.2.0/typology/">x</a> <link rel="canonical" href="https://clusters.example.org/reports/x/editions/1.2.0/typology/"> <div data-base="/reports/x/"></div>');
	});
	test('writes a file of the deployment (the sitemap index) with the root as its addresses', () => {
		expect(detokenize(`<loc>${tokenOrigin}${tokenBase}sitemap-0.xml</loc>`, '1.2.0', to, 'site')).toBe('<loc>https://clusters.example.org/reports/x/sitemap-0.xml</loc>');
	});
});

describe('detokenizePage', () => {
	const style = `@font-face{src:url(${tokenBase}fonts/f.woff2)}`;
	const page = `<html><head><meta http-equiv="content-security-policy" content="style-src ${cspHash(style)} ${cspHash('kept')}"><style>${style}</style><style>kept</style></head><body><article data-pagefind-body>t</article></body></html>`;
	test('replaces the CSP hash of an inline style whose text the tokens changed, and keeps the others', () => {
		const out = detokenizePage(page, '1.0.0', to, 'latest');
		expect(out).toContain(cspHash('@font-face{src:url(/reports/x/fonts/f.woff2)}'));
		expect(out).toContain(cspHash('kept'));
		expect(out).not.toContain(cspHash(style));
		expect(out).toContain('data-pagefind-body');
	});
	test('takes a pinned page out of the search index: only the latest edition is searched', () => {
		expect(detokenizePage(page, '1.0.0', to, 'pinned')).not.toContain('data-pagefind-body');
	});
});

describe('compareVersions', () => {
	test('orders versions by number, not as text', () => {
		expect(['1.10.0', '1.2.0', '1.2.1', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0', '1.2.1', '1.10.0']);
	});
});

describe('editionsProblem', () => {
	test('accepts editions listed oldest first, each frozen, the current one frozen or not yet', () => {
		expect(editionsProblem(['1.0.0', '1.2.0'], '1.10.0', ['1.0.0', '1.2.0'])).toBeUndefined();
		expect(editionsProblem(['1.0.0'], '1.1.0', ['1.0.0', '1.1.0'])).toBeUndefined();
	});
	test('says which edition is out of order, not frozen, or frozen but not listed', () => {
		expect(editionsProblem(['1.1.0', '1.0.0'], '2.0.0', ['1.0.0', '1.1.0'])).toBe('content/report.yaml lists edition 1.1.0 before 1.0.0: the editions must go from oldest to newest, the current version last');
		expect(editionsProblem(['1.0.0'], '1.0.0', ['1.0.0'])).toContain('lists edition 1.0.0 before 1.0.0');
		expect(editionsProblem(['1.0.0'], '1.1.0', [])).toBe("content/report.yaml lists edition 1.0.0, but content/editions/1.0.0/ is missing: that edition's pages would not be served");
		expect(editionsProblem([], '1.1.0', ['1.0.0'])).toBe('content/editions/1.0.0/ is an edition content/report.yaml does not list');
		expect(editionsProblem([], '1.1.0', ['2.0.0'])).toBe('content/editions/2.0.0/ is an edition content/report.yaml does not list');
	});
});

describe('withNewerEditionNotice', () => {
	const html = '<html><head><title>t</title></head><body><main id="main" tabindex="-1"><div class="heading heading-2"><h2 id="old" data-permalink>Old</h2><a class="self-link" data-pagefind-ignore href="#old" aria-label="Permalink to “Old”"></a></div><div class="heading heading-2"><h2 id="gone" data-permalink>Gone</h2><a class="self-link" href="#gone"></a></div></main></body></html>';
	const latest = { version: '2.0.0', date: '2027-01-15' };
	test('says a newer edition exists, links to the page and each heading there by the id it has now, and says which heading was removed', () => {
		const out = withNewerEditionNotice(html, { version: '1.0.0', latest, base: '/x/', changes: '/x/changes/', target: { path: 'renamed/', anchors: new Set(['new', 'old']), aliases: new Map([['old', 'new']]) } });
		expect(out).toContain('<main id="main" tabindex="-1"><aside class="edition-notice" aria-label="Edition"><p>This is edition 1.0.0 of the report, kept as it was published. A newer edition, 2.0.0 of 2027-01-15, exists: <a href="/x/renamed/">this page in the latest edition</a> (<a href="/x/changes/">what changed</a>).</p></aside>');
		expect(out).toContain('aria-label="Permalink to “Old”"></a></div><p class="edition-heading"><a href="/x/renamed/#new">This heading in edition 2.0.0</a></p>');
		expect(out).toContain('<a class="self-link" href="#gone"></a></div><p class="edition-heading">This heading was removed in edition 2.0.0.</p>');
		expect(out).toContain('<meta name="robots" content="noindex" /></head>');
	});
	test('says so when the page is no longer part of the latest edition', () => {
		const out = withNewerEditionNotice(html, { version: '1.0.0', latest, base: '/x/', changes: '/x/changes/', target: undefined });
		expect(out).toContain('exists, and this page is no longer part of it: <a href="/x/">the latest edition</a>');
		expect(out.match(/This heading was removed/g)).toHaveLength(2);
	});
});

describe('editionChanges', () => {
	const before = { version: '1.0.0', sections: [{ id: 'a', title: 'First', blocks: ['The cat sat on the mat.', 'Nothing else.'] }, { id: 'gone', title: 'Gone', blocks: ['Words.'] }, { id: 'old-name', title: 'Renamed', blocks: ['Same words here.'] }] };
	test('lists per section the words struck and put in, with their sentence; a renamed section under its new id; a removed one', () => {
		const changes = editionChanges(before, [
			{ id: 'a', title: 'First', blocks: ['The dog sat on the mat.', 'Nothing else.'] },
			{ id: 'new-name', title: 'Renamed', blocks: ['Same words here.'], aliases: ['old-name'] },
		]);
		expect(changes.sections).toEqual([{ id: 'a', title: 'First', earlier: 'a', changes: [{ before: 'cat', after: 'dog', context: 'The dog sat on the mat.' }] }]);
		expect(changes.removed).toEqual([{ id: 'gone', title: 'Gone' }]);
		const html = changesHtml(changes, { section: (id) => `/${id}/`, before: (id) => `/editions/1.0.0/${id}/`, previous: '1.0.0' });
		expect(html).toContain('<del>cat</del> → <ins>dog</ins><br /><span class="change-context">The dog sat on the mat.</span>');
		expect(html).toContain('<h3>Gone</h3><p>Removed. <a href="/editions/1.0.0/gone/">The section in edition 1.0.0</a>.</p>');
	});
	test('escapes every text it writes', () => {
		const html = changesHtml({ sections: [{ id: 'a', title: '<b>', earlier: 'a', changes: [{ before: '<i>', after: '&', context: '"' }] }], removed: [] }, { section: () => '/a/', before: () => '/b/', previous: '1.0.0' });
		expect(html).not.toMatch(/<b>|<i>/);
		expect(html).toContain('&lt;b&gt;');
	});
});

describe('sectionPageText', () => {
	test('reads the prose block by block, without drawings, scripts or permalink marks', () => {
		const html = '<h1 class="section-title">T</h1><div class="prose"><p>One &amp; <a href="#">two</a>.</p><script>x()</script><div class="heading"><h2 id="h" data-permalink>Head</h2><a class="self-link" href="#h"></a></div><svg><text>drawn</text></svg><p>Three</p></div><div class="section-cards"><p>card</p></div>';
		expect(sectionPageText(html)).toEqual(['One & two .', 'Head', 'Three']);
	});
});

/** A page of an older edition without what the newer edition wrote into it: the notice, the heading lines, noindex. */
const asFrozen = (html: string) => html.replace(/<aside class="edition-notice"[\s\S]*?<\/aside>/, '').replace(/<p class="edition-heading">[\s\S]*?<\/p>/g, '').replace('<meta name="robots" content="noindex" /></head>', '</head>');

/** Runs a command in the copy; a command that hangs is killed. */
function run(dir: string, command: string, args: string[], seconds = 20, env: Record<string, string> = {}) {
	const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8', timeout: seconds * 1000, killSignal: 'SIGKILL', env: childEnv(env) });
	return { status: r.status, output: `${r.stdout}${r.stderr}${r.error ? `\n${r.error.message}` : ''}` };
}
const git = (dir: string, ...args: string[]) => run(dir, 'git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args]);

describe('publishing edition 1.1.0 in a copy of the project (a sentence revised, a heading renamed with an alias)', () => {
	const env = { SITE_URL: to.origin, BASE_PATH: to.base };
	const pinned = (v: string, path = '') => `${to.origin}${to.base}editions/${v}/${path}`;
	const section = 'content/sections/05-creative-industries.mdx';
	const oldWords = 'The cultural industries cluster can be close to the business cluster';
	const newWords = 'A cultural industries cluster may sit beside a business cluster';
	let dir: string;
	let dist: string;
	const before = new Map<string, Buffer>();
	let published: { status: number | null; output: string };

	beforeAll(() => {
		dir = projectCopy();
		dist = join(dir, 'dist');
		expect(git(dir, 'init', '-q').status).toBe(0);
		expect(git(dir, 'add', '-A').status).toBe(0);
		expect(git(dir, 'commit', '-qm', 'edition 1.0.0').status).toBe(0);
		const first = buildProject(dir, env, 150);
		expect(first.status, first.output).toBe(0);
		for (const f of files(join(dist, 'editions/1.0.0'))) before.set(f, readFileSync(join(dist, 'editions/1.0.0', f)));
		const text = readFileSync(join(dir, section), 'utf8');
		expect(text).toContain(oldWords);
		expect(text).toContain('<H2 id="beijing">Beijing</H2>');
		writeFileSync(join(dir, section), text.replace(oldWords, newWords).replace('<H2 id="beijing">Beijing</H2>', '<H2 id="beijing-media" aliases="beijing">Beijing’s media cluster</H2>'));
		// Not yet committed: refused.
		const dirty = run(dir, process.execPath, ['scripts/edition.mjs', '1.1.0']);
		expect(dirty.status).toBe(1);
		expect(dirty.output).toContain('content/ has uncommitted changes');
		expect(git(dir, 'commit', '-qam', 'revise').status).toBe(0);
		published = run(dir, process.execPath, ['scripts/edition.mjs', '1.1.0', '--date', '2026-12-01'], 200, env);
	}, 400_000);

	test('refuses a version that exists or is not greater, before building anything', () => {
		expect(published.status, published.output).toBe(0);
		expect(git(dir, 'add', '-A', 'content', 'permalinks.lock.json').status).toBe(0);
		expect(git(dir, 'commit', '-qm', 'edition 1.1.0').status).toBe(0);
		for (const [version, message] of [
			['1.1.0', 'edition 1.1.0 exists already'],
			['1.0.0', 'edition 1.0.0 exists already'],
			['1.0.9', '1.0.9 is not greater than the current version 1.1.0'],
			['one', '"one" is not a version such as 1.1.0'],
		] as const) {
			const r = run(dir, process.execPath, ['scripts/edition.mjs', version]);
			expect([r.status, r.output.trim()]).toEqual([1, `npm run edition: ${message}`]);
		}
	});

	test('sets the new version and date, lists the edition it replaces, and freezes the new one', () => {
		const report = parse(readFileSync(join(dir, 'content/report.yaml'), 'utf8'));
		expect(report.version).toBe('1.1.0');
		expect(report.dates).toEqual({ published: '2026-12-01', modified: '2026-12-01' });
		expect(report.editions).toEqual([{ version: '1.0.0', published: '2026-11-28' }]);
		expect(existsSync(join(dir, 'content/editions/1.1.0/site/creative-industries/index.html'))).toBe(true);
		expect(existsSync(join(dir, 'content/editions/1.1.0/site/pagefind'))).toBe(false);
		expect(JSON.parse(readFileSync(join(dir, 'content/editions/1.1.0/text.json'), 'utf8')).version).toBe('1.1.0');
	});

	test('every file of edition 1.0.0 is as it was, its pages but for the notice that a newer edition exists', () => {
		const after = files(join(dist, 'editions/1.0.0'));
		expect(after).toEqual([...before.keys()]);
		for (const f of after) {
			const now = readFileSync(join(dist, 'editions/1.0.0', f));
			if (f.endsWith('.html') && now.includes('<main id="main"')) {
				expect(now.toString('utf8'), f).toContain('<aside class="edition-notice"');
				expect(asFrozen(now.toString('utf8')), f).toBe(before.get(f)!.toString('utf8'));
			} else expect(now.equals(before.get(f)!), f).toBe(true);
		}
		const old = readFileSync(join(dist, 'editions/1.0.0/creative-industries/index.html'), 'utf8');
		expect(old).toContain(oldWords);
		expect(old).not.toContain(newWords);
	});

	test('the unversioned addresses and edition 1.1.0 show the new words', () => {
		for (const page of ['creative-industries/index.html', 'editions/1.1.0/creative-industries/index.html']) {
			const html = readFileSync(join(dist, page), 'utf8');
			expect(html, page).toContain(newWords);
			expect(html, page).not.toContain(oldWords);
			expect(html, page).toContain('<h2 id="beijing-media" data-permalink>Beijing’s media cluster</h2>');
		}
	});

	test('a page of 1.0.0 links to the same page and headings in the latest edition, the renamed heading by its new id', () => {
		const old = readFileSync(join(dist, 'editions/1.0.0/creative-industries/index.html'), 'utf8');
		expect(old).toContain('A newer edition, 1.1.0 of 2026-12-01, exists: <a href="/reports/x/creative-industries/">this page in the latest edition</a>');
		expect(old).toContain('<h2 id="beijing" data-permalink>Beijing</h2>');
		expect(old).toContain('<p class="edition-heading"><a href="/reports/x/creative-industries/#beijing-media">This heading in edition 1.1.0</a></p>');
		expect(old).toContain('<p class="edition-heading"><a href="/reports/x/creative-industries/#shanghai">This heading in edition 1.1.0</a></p>');
		const latest = readFileSync(join(dist, 'creative-industries/index.html'), 'utf8');
		for (const id of ['beijing-media', 'shanghai', 'beijing']) expect(latest).toContain(`id="${id}"`);
		expect(latest).toContain('data-alias-of="beijing-media"');
		// Every page says which edition it is and links to the others.
		expect(latest).toContain(`<a href="/reports/x/editions/1.0.0/">1.0.0 (2026-11-28)</a> · <a href="/reports/x/" aria-current="true">1.1.0 (2026-12-01, this edition)</a> · <a href="/reports/x/">the latest edition</a>`);
		expect(readFileSync(join(dist, 'editions/1.1.0/typology/index.html'), 'utf8')).toContain(`<a href="/reports/x/editions/1.0.0/">1.0.0 (2026-11-28)</a> · <a href="/reports/x/editions/1.1.0/" aria-current="true">1.1.0 (2026-12-01, this edition)</a> · <a href="/reports/x/">the latest edition</a>`);
		expect(old).toContain(`<a href="/reports/x/editions/1.0.0/" aria-current="true">1.0.0 (2026-11-28, this edition)</a> · <a href="/reports/x/">the latest edition</a>`);
	});

	test('each edition cites itself: its version and its pinned address, in every download and in the page metadata', () => {
		for (const v of ['1.0.0', '1.1.0']) {
			const folder = v === '1.0.0' ? 'editions/1.0.0/' : '';
			const url = pinned(v, 'creative-industries/');
			const bib = readFileSync(join(dist, folder, 'cite/creative-industries.bib'), 'utf8');
			const ris = readFileSync(join(dist, folder, 'cite/creative-industries.ris'), 'utf8');
			const csl = JSON.parse(readFileSync(join(dist, folder, 'cite/creative-industries.json'), 'utf8'));
			expect(bib, v).toContain(`url = {${url}}`);
			expect(bib, v).toContain(v);
			expect(ris, v).toContain(`UR  - ${url}`);
			expect(ris, v).toContain(`M2  - version: ${v}`);
			expect([csl[0].URL, csl[0].version]).toEqual([url, v]);
			const html = readFileSync(join(dist, folder, 'creative-industries/index.html'), 'utf8');
			expect(html).toContain(`<meta name="citation_public_url" content="${url}">`);
			expect(html).toContain(`<link rel="canonical" href="${url}">`);
			const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
			expect([ld.version, ld['@id'], ld.isPartOf.url]).toEqual([v, url, pinned(v)]);
		}
		// The figures' pictures credit the edition at its pinned address; a frozen edition draws its PNGs from its SVGs.
		for (const v of ['1.0.0', '1.1.0']) {
			const folder = join(dist, `editions/${v}/figures/`);
			expect(readFileSync(join(folder, 'growth.svg'), 'utf8'), v).toContain(pinned(v, 'figures/growth/'));
			expect(pngSize(readFileSync(join(folder, 'growth.png'))), v).toEqual({ width: pngWidth, height: expect.any(Number) });
		}
		expect(existsSync(join(dir, 'content/editions/1.1.0/site/figures/growth.png'))).toBe(false);
		const home = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))![1]!);
		expect(home.hasPart.every((p: { url: string }) => p.url.startsWith(pinned('1.1.0')))).toBe(true);
	});

	test('the sitemap lists the latest edition only, at the addresses its canonical links give; older pages are not indexed', () => {
		const locs = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs.length).toBeGreaterThan(10);
		for (const loc of locs) {
			expect(loc.startsWith(pinned('1.1.0')), loc).toBe(true);
			expect(existsSync(join(dist, loc.slice(`${to.origin}${to.base}`.length), 'index.html')), loc).toBe(true);
		}
		expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${to.origin}${to.base}sitemap-0.xml</loc>`);
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${to.origin}${to.base}sitemap-index.xml`);
		for (const [path] of scanSite(dist)) {
			const latest = readFileSync(join(dist, path, 'index.html'), 'utf8');
			const canonical = /<link rel="canonical" href="([^"]+)">/.exec(latest)?.[1];
			// The whole report's page is the report's full text: its address is the report's, the home page's.
			if (canonical && !latest.includes('permalink-redirect')) expect(canonical, path).toBe(pinned('1.1.0', path === 'report/' ? '' : path));
			const oldPage = join(dist, 'editions/1.0.0', path, 'index.html');
			if (existsSync(oldPage) && readFileSync(oldPage, 'utf8').includes('<main id="main"')) expect(readFileSync(oldPage, 'utf8'), path).toContain('<meta name="robots" content="noindex" />');
		}
		for (const f of files(join(dist, 'editions'))) if (f.endsWith('.html')) expect(readFileSync(join(dist, 'editions', f), 'utf8'), f).not.toContain('data-pagefind-body');
	});

	test('the lock gains the renamed heading and still resolves everywhere; no placeholder is left in the site', () => {
		const lock = readLock(`file://${dir}/`);
		expect(lock.pages['creative-industries/']).toEqual(expect.arrayContaining(['beijing', 'beijing-media', 'shanghai']));
		expect(brokenPermalinks(lock, scanSite(dist))).toEqual([]);
		expect([...scanSite(dist).keys()].some((p) => p.startsWith('editions/'))).toBe(false);
		for (const f of files(dist)) if (/\.(html|xml|txt|json|bib|ris|svg|css|js)$/.test(f)) expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/x-edition-(site|base|root)-x/);
	});

	test('the changes page of 1.1.0 shows what changed in the text since 1.0.0, section by section', () => {
		const html = readFileSync(join(dist, 'changes/index.html'), 'utf8');
		const sentence = '<span class="change-context">A cultural industries cluster may sit beside a business cluster, which will bring innovation and creativity to the latter.</span>';
		expect(html).toContain(`<li><del>The</del> → <ins>A</ins><br />${sentence}</li><li><del>can be close to the</del> → <ins>may sit beside a</ins><br />${sentence}</li>`);
		expect(html).toContain('<del>Beijing</del> → <ins>Beijing’s media cluster</ins><br /><span class="change-context">Beijing’s media cluster</span>');
		expect(html).toContain('<a href="/reports/x/editions/1.0.0/creative-industries/">The section in edition 1.0.0</a>');
		expect(readFileSync(join(dist, 'editions/1.1.0/changes/index.html'), 'utf8')).toContain('<del>can be close to the</del> → <ins>may sit beside a</ins>');
	});

	test('every link of every edition’s pages lands on a file of the site, and on its anchor', () => {
		const missing: string[] = [];
		let checked = 0;
		for (const f of files(dist)) {
			if (!f.endsWith('.html') || f.startsWith('pagefind/')) continue;
			const html = readFileSync(join(dist, f), 'utf8');
			for (const [, href] of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
				const url = new URL(href!.replace(/&amp;/g, '&'), `${to.origin}${to.base}${f}`);
				if (url.origin !== to.origin || !url.pathname.startsWith(to.base)) continue;
				const rel = decodeURIComponent(url.pathname.slice(to.base.length));
				const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
				checked++;
				if (!existsSync(join(dist, target))) missing.push(`${f}: ${href}`);
				else if (url.hash && !readFileSync(join(dist, target), 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) missing.push(`${f}: ${href} (no such anchor)`);
			}
		}
		expect(missing).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	});

	test('every inline style and script of every page, in every edition, has its hash in the page’s CSP', () => {
		let checked = 0;
		for (const f of files(dist)) {
			if (!f.endsWith('.html')) continue;
			const html = readFileSync(join(dist, f), 'utf8');
			const csp = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
			if (!csp) continue;
			for (const m of html.matchAll(/<(style|script)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
				if (m[2]!.includes('application/ld+json') || !m[3]) continue;
				expect(csp, f).toContain(cspHash(m[3]));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(100);
	});
});

describe('a build whose list of editions disagrees with the frozen ones', () => {
	test('stops, saying which edition and how editions are published', () => {
		const dir = projectCopy();
		const file = join(dir, 'content/report.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^licence:/m, 'editions:\n  - { version: "0.9.0", published: "2026-10-01" }\nlicence:'));
		const { status, output } = buildProject(dir, {}, 150);
		expect(status).toBe(1);
		expect(output).toContain("content/report.yaml lists edition 0.9.0, but content/editions/0.9.0/ is missing: that edition's pages would not be served: an edition is published with `npm run edition -- <version>`");
	}, 200_000);
});
