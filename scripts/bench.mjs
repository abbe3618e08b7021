#!/usr/bin/env node
// Benchmarks the site: build time, what a first load of each page costs, how build time scales with
// the number of sections, and (when lighthouse is installed) a Lighthouse mobile run. It reports
// figures and exits 0; only a failing build makes it exit non-zero, because then the figures are void.
//
// The pictures (figure SVG/PNG, share images) are also timed on their own at every scale, and the author's
// loop in `npm run dev` (scripts/bench-dev.mjs) is timed after the builds.
//
//   npm run bench -- [--runs 5] [--scale-runs 3] [--scales 10,50] [--skip-scaling] [--skip-lighthouse] [--skip-dev] [--dev-runs 5]
//                    [--lighthouse-dir /tmp/lh]   (a folder whose node_modules holds lighthouse)
//                    [--peer ../shared/peers/starlight]   (the same report in Starlight, built side by side)
//
// With --peer, the peer is copied to a temporary folder and installed with `npm ci`; then our build and
// the peer's alternate, run by run and scale by scale, so both see the same machine in the same minute:
// the ratio is the figure, not the seconds. Builds are clean (no dist/, .astro/, Astro's or Vite's cache, as
// the peer's own measure.sh builds), warm (the caches of the last build of the same content kept, for both),
// and after one edit (a sentence of a section changed, caches kept). Peak memory is the build's largest
// process, read by /usr/bin/time.
//
// Sizes are in KB of 1024 bytes. BASE_PATH and SITE_URL are passed on to every build as they are.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { values: opt } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		'scale-runs': { type: 'string', default: '3' },
		scales: { type: 'string', default: '10,50' },
		'skip-scaling': { type: 'boolean', default: false },
		'skip-lighthouse': { type: 'boolean', default: false },
		'skip-dev': { type: 'boolean', default: false },
		'dev-runs': { type: 'string', default: '5' },
		'lighthouse-dir': { type: 'string' },
		peer: { type: 'string' },
	},
});
const base = `/${(process.env.BASE_PATH ?? '/').trim().replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const TARGET_GZIP = 18 * 1024;

// ---------- small helpers ----------
const kb = (n) => (n / 1024).toFixed(1);
const sec = (ms) => (ms / 1000).toFixed(2) + ' s';
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function table(head, rows, title) {
	if (title) console.log(`\n${title}`);
	const all = [head, ...rows].map((r) => r.map(String));
	const width = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
	// Numbers right-aligned so that columns of sizes can be compared at a glance.
	const line = (r) => r.map((c, i) => (i > 0 && /^[-+\d.,×%~ ]+(s|KB|ms)?$/.test(c) ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  ').trimEnd();
	console.log(line(all[0]));
	console.log(width.map((w) => '-'.repeat(w)).join('  '));
	for (const r of all.slice(1)) console.log(line(r));
}

// Temporary folders go however the run ends.
const temporary = [];
const cleanUp = () => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// `npm run build` in dir: clean (no dist/, .astro/, Astro's cache node_modules/.astro — which holds ours too —
// no Vite cache and no node_modules/.cache), or warm (dist/ dropped, every cache kept, as a second build of a
// working copy finds them). Resolves to { ms, pages, rssMb, pictures }. Output is kept quiet unless the build
// fails, when it is the evidence. A build is stopped after 15 min.
function build(dir, { clean = true } = {}) {
	const drop = clean ? ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'] : ['dist'];
	for (const d of drop) rmSync(join(dir, d), { recursive: true, force: true });
	return new Promise((done) => {
		const started = performance.now();
		const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
		const [cmd, args] = timeBin ? [timeBin, ['-f', '%M', '-o', rssFile, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
		const child = spawn(cmd, args, { cwd: dir, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		const timer = setTimeout(() => child.kill('SIGKILL'), 15 * 60_000);
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('close', (code) => {
			clearTimeout(timer);
			let rssMb = NaN;
			if (timeBin && existsSync(rssFile)) {
				rssMb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024;
				rmSync(rssFile, { force: true });
			}
			if (code === 0) return done({ ms: performance.now() - started, pages: Number(log.match(/(\d+) page\(s\) built/)?.[1] ?? NaN), rssMb, pictures: pictureRoutes(log) });
			console.error(`\nnpm run build failed in ${dir} (exit ${code}):\n${log.split('\n').slice(-40).join('\n')}`);
			process.exit(1);
		});
	});
}

/**
 * Changes one sentence of one section (ours: a section's MDX; the peer: a page's Markdown), as an author saving
 * an edit would, and changes it back on the next call: the one-edit build times the build that follows.
 */
function editOne(dir, peer) {
	const file = peer ? join(dir, 'src/content/docs/contribution.md') : join(dir, 'content/sections/03-contribution.mdx');
	const text = readFileSync(file, 'utf8');
	const [from, to] = text.includes('contribute a lot') ? ['contribute a lot', 'contribute a great deal'] : ['contribute a great deal', 'contribute a lot'];
	if (!text.includes(from)) throw new Error(`no sentence to edit in ${file}`);
	writeFileSync(file, text.replace(from, to));
}
const mb = (n) => (Number.isFinite(n) ? `${n.toFixed(0)} MB` : 'n/a');

// ---------- the pictures' share of a build ----------
// Astro logs each route it generates with the time it took ("├─ /og/index.png (+19ms)"): the pictures' routes
// (figure SVG and PNG, share images) summed, so their cost shows apart from the rest of the build. Several
// routes render at once (build.concurrency), so the sum may exceed their share of the wall-clock time.
function pictureRoutes(log) {
	const out = { svg: { n: 0, ms: 0 }, png: { n: 0, ms: 0 }, share: { n: 0, ms: 0 } };
	// eslint-disable-next-line no-control-regex
	for (const m of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─ (\/\S+) \(\+(\d+)ms\)/g)) {
		const kind = /\/og\/.*\.png\/?$/.test(m[1]) ? 'share' : /\/figures\/[^/]+\.svg\/?$/.test(m[1]) ? 'svg' : /\/figures\/[^/]+\.png\/?$/.test(m[1]) ? 'png' : undefined;
		if (kind) (out[kind].n++, (out[kind].ms += Number(m[2])));
	}
	return out;
}
const imageRow = (label, c) => [label, c.svg.n, sec(c.svg.ms), c.png.n, sec(c.png.ms), `${c.png.n ? (c.png.ms / c.png.n).toFixed(0) : 'n/a'} ms`, c.share.n, sec(c.share.ms), `${c.share.n ? (c.share.ms / c.share.n).toFixed(0) : 'n/a'} ms`];
const imageHead = ['content', 'figure SVGs', 'their time', 'figure PNGs', 'their time', 'per PNG', 'share images', 'their time', 'per share image'];
let lastPictures;

// ---------- the peer: the same report in another stack, built beside ours ----------
function preparePeer(source) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
	temporary.push(dir);
	cpSync(resolve(source), dir, { recursive: true, filter: (src) => !/\/(node_modules|results|dist|\.astro)(\/|$)/.test(src) });
	console.log(`Installing the peer in ${dir} (npm ci)…`);
	const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 10 * 60_000 });
	if (install.status !== 0) {
		console.error(`npm ci failed in the peer (${install.status ?? install.error?.code}):\n${(install.stdout + install.stderr).split('\n').slice(-20).join('\n')}`);
		process.exit(1);
	}
	return dir;
}
// The peer's content pages, as its own measure.sh copies them: F-1 copies of the eight pages, titled "(copy N)".
function scalePeer(dir, factor) {
	const docs = join(dir, 'src/content/docs');
	const copies = join(docs, 'copies');
	rmSync(copies, { recursive: true, force: true });
	const pages = readdirSync(docs, { recursive: true }).map(String).filter((f) => f.endsWith('.md') && !f.startsWith('copies'));
	for (let i = 2; i <= factor; i++) {
		for (const f of pages) {
			const target = join(copies, `copy-${String(i).padStart(3, '0')}`, f);
			mkdirSync(dirname(target), { recursive: true });
			const text = readFileSync(join(docs, f), 'utf8').replace(/^title: "?(.*?)"?$/m, (_, t) => `title: "${t} (copy ${i})"`);
			writeFileSync(target, text);
		}
	}
	return pages.length * factor;
}

// ---------- 1. build time: clean, warm and after one edit ----------
async function buildTimes(runs, peer) {
	const ours = { clean: [], warm: [], edit: [] };
	const theirs = { clean: [], warm: [], edit: [] };
	const say = (kind, i) => console.log(`  ${kind} ${i}/${runs}: ours ${sec(ours[kind].at(-1).ms)} (${mb(ours[kind].at(-1).rssMb)})${peer ? `, peer ${sec(theirs[kind].at(-1).ms)} (${mb(theirs[kind].at(-1).rssMb)})` : ''}`);
	for (const kind of ['clean', 'warm', 'edit']) {
		for (let i = 1; i <= runs; i++) {
			// A warm build follows a build of the same content; the one-edit build follows one of the content before the edit.
			if (kind === 'edit') editOne(root, false);
			ours[kind].push(await build(root, { clean: kind === 'clean' }));
			if (peer) {
				if (kind === 'edit') editOne(peer, true);
				theirs[kind].push(await build(peer, { clean: kind === 'clean' }));
			}
			say(kind, i);
		}
	}
	// An even number of edits leaves the text as it was; an odd one is undone here.
	if (runs % 2) {
		editOne(root, false);
		if (peer) editOne(peer, true);
	}
	const label = { clean: 'clean (every cache dropped)', warm: 'warm (caches of the last build kept)', edit: 'one section edited, then built' };
	const rows = ['clean', 'warm', 'edit'].map((kind) => {
		const o = median(ours[kind].map((x) => x.ms));
		const row = [label[kind], sec(o), mb(median(ours[kind].map((x) => x.rssMb)))];
		if (!peer) return row;
		const t = median(theirs[kind].map((x) => x.ms));
		const ratios = ours[kind].map((x, i) => x.ms / theirs[kind][i].ms);
		const warmPeer = median(theirs.warm.map((x) => x.ms));
		return [...row, sec(t), mb(median(theirs[kind].map((x) => x.rssMb))), median(ratios).toFixed(2), (o / warmPeer).toFixed(2)];
	});
	table(['build', `ours (median of ${runs})`, 'our peak memory', ...(peer ? ['peer', 'peer peak memory', 'ours ÷ peer (same kind)', 'ours ÷ peer warm'] : [])], rows, 'Build time');
	lastPictures = ours.clean.at(-1).pictures;
}

// ---------- 2. first-load weight of every page ----------
const sizeCache = new Map();
function sizes(file) {
	if (!sizeCache.has(file)) {
		const body = readFileSync(file);
		const br = brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: body.length } });
		sizeCache.set(file, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, br: br.length });
	}
	return sizeCache.get(file);
}
const kindOf = (path) => {
	const ext = extname(path).toLowerCase();
	if (ext === '.css') return 'css';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (['.woff2', '.woff', '.ttf', '.otf', '.eot'].includes(ext)) return 'font';
	if (ext === '.html') return 'html';
	return 'image';
};
const tagPattern = (name) => new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
function attrs(source) {
	const out = {};
	for (const m of source.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
		out[m[1].toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
	}
	return out;
}
const isJsType = (type) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);

// What the browser fetches while loading the page, before anyone touches it.
function firstLoadRefs(html) {
	const refs = [];
	let inlineJs = 0;
	for (const [, a] of html.matchAll(tagPattern('link'))) {
		const at = attrs(a);
		const rel = (at.rel ?? '').toLowerCase().split(/\s+/);
		if (!at.href) continue;
		if (rel.includes('stylesheet') || rel.includes('icon') || rel.includes('modulepreload')) refs.push(at.href);
		else if (rel.includes('preload') && ['style', 'script', 'font', 'image'].includes(at.as)) refs.push(at.href);
	}
	for (const m of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script>/gi)) {
		const at = attrs(m[1]);
		if (!isJsType(at.type)) continue; // JSON-LD and other data blocks are not run
		if (at.src) refs.push(at.src);
		else inlineJs += Buffer.byteLength(m[2]);
	}
	// Astro islands hydrated on load/idle/only fetch their component before interaction; visible/media wait.
	for (const [, a] of html.matchAll(tagPattern('astro-island'))) {
		const at = attrs(a);
		if (['load', 'idle', 'only'].includes(at.client)) refs.push(...[at['component-url'], at['renderer-url']].filter(Boolean));
	}
	for (const [, a] of html.matchAll(tagPattern('img'))) if (attrs(a).src) refs.push(attrs(a).src);
	// Inline <style> can pull fonts too.
	const text = pageText(html);
	for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.push(...cssRefs(css, text));
	return { refs, inlineJs };
}
// The characters a page draws: its markup without tags, scripts and styles (attribute text such as an
// aria-label is not drawn), with numeric character references read.
function pageText(html) {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
		.replace(/<[^>]*>/g, '')
		.replace(/&#x([\da-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
}
// Whether a text has a character in a CSS unicode-range (U+4E2D, U+4E00-9FFF, U+4??).
function inUnicodeRange(range, text) {
	const spans = range.split(',').map((r) => {
		const [from, to = from] = r.trim().replace(/^U\+/i, '').split('-');
		return from.includes('?') ? [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)] : [parseInt(from, 16), parseInt(to.replace(/^U\+/i, ''), 16)];
	});
	for (const c of text) {
		const cp = c.codePointAt(0);
		if (spans.some(([a, b]) => cp >= a && cp <= b)) return true;
	}
	return false;
}
// Of each @font-face only the first url() is fetched (the first format the browser supports: woff2), and
// only when the page has a character in its unicode-range, as browsers do.
function cssRefs(css, text) {
	const out = [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => m[1]);
	for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
		const first = face.match(/url\(\s*["']?([^"')]+)["']?\s*\)/);
		const range = face.match(/unicode-range\s*:\s*([^;}]+)/i);
		if (first && (!range || text === undefined || inUnicodeRange(range[1], text))) out.push(first[1]);
	}
	return out;
}
// Static imports of a module are fetched before it runs, so they count as loaded up front.
const jsRefs = (js) => [...js.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1]);

// Maps a URL seen from `fromPath` (a URL path) to a file in dist/, following BASE_PATH.
function toFile(href, fromPath) {
	if (/^(data|blob|about|javascript):/i.test(href)) return { inline: true };
	const url = new URL(href, `http://site.invalid${fromPath}`);
	if (url.host !== 'site.invalid') return { external: url.href };
	let path = decodeURIComponent(url.pathname);
	if (!path.startsWith(base)) return { outsideBase: path };
	path = path.slice(base.length);
	if (path === '' || path.endsWith('/')) path += 'index.html';
	const file = join(dist, path);
	return existsSync(file) && statSync(file).isFile() ? { file, urlPath: url.pathname } : { missing: url.pathname };
}

function analysePage(file) {
	const rel = relative(dist, file).split(sep).join('/');
	const urlPath = base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
	const html = readFileSync(file, 'utf8');
	const { refs, inlineJs } = firstLoadRefs(html);
	const totals = { html: sizes(file) };
	const seen = new Set();
	const problems = [];
	let jsRequests = 0;
	let jsBytes = inlineJs;
	const queue = refs.map((href) => [href, urlPath]);
	while (queue.length) {
		const [href, from] = queue.shift();
		const r = toFile(href, from);
		if (r.inline) continue;
		if (!r.file) {
			problems.push(`${href} → ${r.external ? 'another host' : r.outsideBase ? `${r.outsideBase}, outside BASE_PATH ${base}` : `${r.missing}, not in dist/`}`);
			continue;
		}
		if (seen.has(r.file)) continue;
		seen.add(r.file);
		const kind = kindOf(r.file);
		const s = sizes(r.file);
		const t = (totals[kind] ??= { raw: 0, gzip: 0, br: 0 });
		for (const k of ['raw', 'gzip', 'br']) t[k] += s[k];
		if (kind === 'css') queue.push(...cssRefs(readFileSync(r.file, 'utf8'), pageText(html)).map((h) => [h, r.urlPath]));
		if (kind === 'js') {
			jsRequests++;
			jsBytes += s.raw;
			queue.push(...jsRefs(readFileSync(r.file, 'utf8')).map((h) => [h, r.urlPath]));
		}
	}
	const sum = (k) => Object.values(totals).reduce((n, t) => n + t[k], 0);
	return { urlPath, totals, requests: 1 + seen.size, jsRequests, jsBytes, inlineJs, raw: sum('raw'), gzip: sum('gzip'), br: sum('br'), problems };
}

function htmlPages(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return htmlPages(p);
		return e.name === 'index.html' || (dir === dist && e.name === '404.html') ? [p] : [];
	});
}
const sectionIds = () =>
	readdirSync(join(root, 'content/sections'))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => readFileSync(join(root, 'content/sections', f), 'utf8').match(/^id:\s*["']?([^"'\s]+)/m)?.[1])
		.filter(Boolean);

function pageWeights() {
	const pages = htmlPages(dist).map(analysePage).sort((a, b) => a.urlPath.localeCompare(b.urlPath));
	const g = (p, k) => kb(p.totals[k]?.gzip ?? 0);
	table(
		['page', 'requests', 'JS req', 'HTML gz', 'CSS gz', 'JS gz', 'font gz', 'img gz', 'total raw', 'total gz', 'total br', 'JS run (raw)'],
		pages.map((p) => [p.urlPath, p.requests, p.jsRequests, g(p, 'html'), g(p, 'css'), g(p, 'js'), g(p, 'font'), g(p, 'image'), kb(p.raw), kb(p.gzip), kb(p.br), kb(p.jsBytes)]),
		`First load of every page (KB; "JS run" = inline scripts + script files run before any interaction)`,
	);
	for (const p of pages) for (const problem of p.problems) console.log(`  ! ${p.urlPath}: ${problem}`);

	const ids = new Set(sectionIds());
	const sections = pages.filter((p) => ids.has(p.urlPath.slice(base.length).replace(/\/$/, ''))).sort((a, b) => a.gzip - b.gzip);
	if (!sections.length) return console.log('\nNo section pages found in dist/.');
	const typical = sections[Math.floor((sections.length - 1) / 2)];
	table(
		['kind', 'raw', 'gzip', 'brotli'],
		[...['html', 'css', 'js', 'font', 'image'].map((k) => [k, kb(typical.totals[k]?.raw ?? 0), kb(typical.totals[k]?.gzip ?? 0), kb(typical.totals[k]?.br ?? 0)]), ['total', kb(typical.raw), kb(typical.gzip), kb(typical.br)]],
		`Typical section page: ${typical.urlPath} (median of ${sections.length} section pages by gzip size), KB`,
	);
	const verdict = (ok) => (ok ? 'meets target' : 'MISSES target');
	table(
		['measure', 'value', 'target', ''],
		[
			['transferred (gzip)', `${kb(typical.gzip)} KB`, '≤ 18 KB', verdict(typical.gzip <= TARGET_GZIP)],
			['JavaScript requests', typical.jsRequests, '0', verdict(typical.jsRequests === 0)],
			['requests in all', typical.requests, '', ''],
			['inline JS run on load', `${kb(typical.inlineJs)} KB`, '', ''],
		],
	);
	const over = pages.filter((p) => p.gzip > TARGET_GZIP || p.jsRequests > 0).map((p) => p.urlPath);
	console.log(over.length ? `Pages over a target: ${over.join(', ')}` : 'Every page meets both targets.');
	return typical;
}

// ---------- 3. Lighthouse ----------
// A stand-in for the static host: BASE_PATH prefix, index.html for folders, the site's 404 page, and
// gzip, so that Lighthouse's simulated mobile network sees the bytes a real host would send.
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.csv': 'text/csv', '.xml': 'application/xml', '.txt': 'text/plain', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.woff2': 'font/woff2', '.bib': 'application/x-bibtex', '.ris': 'application/x-research-info-systems' };
function serve() {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
		let file = path.startsWith(base) ? resolve(dist, '.' + path.slice(base.length - 1)) : null;
		if (file && !(file + sep).startsWith(dist + sep)) file = null;
		if (file && existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) return res.writeHead(301, { location: path + '/' }).end();
			file = join(file, 'index.html');
		}
		const found = file && existsSync(file) && statSync(file).isFile();
		const body = readFileSync(found ? file : join(dist, '404.html'));
		const type = types[extname(found ? file : '.html')] ?? 'application/octet-stream';
		const headers = { 'content-type': type, 'cache-control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300' };
		const zip = /^(text|application\/(json|xml|x-)|image\/svg)/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
		if (zip) headers['content-encoding'] = 'gzip';
		res.writeHead(found ? 200 : 404, headers).end(zip ? gzipSync(body) : body);
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function lighthouseRun(page) {
	let lhUrl;
	try {
		// createRequire honours NODE_PATH and --lighthouse-dir, which a bare import() would not.
		const from = opt['lighthouse-dir'] ? join(resolve(opt['lighthouse-dir']), 'package.json') : import.meta.url;
		lhUrl = pathToFileURL(createRequire(from).resolve('lighthouse')).href;
	} catch {
		console.log('lighthouse is not installed, so there is no Lighthouse run. To add it:\n  npm install --save-dev --save-exact lighthouse@13.5.0\n(or point --lighthouse-dir at a folder where it is installed)');
		return;
	}
	const { default: lighthouse } = await import(lhUrl);
	const { launch } = await import(pathToFileURL(createRequire(fileURLToPath(lhUrl)).resolve('chrome-launcher')).href);
	const server = await serve();
	const url = `http://127.0.0.1:${server.address().port}${page}`;
	const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	let chrome;
	try {
		chrome = await launch({ chromePath, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
		// Lighthouse's default config is the mobile one: a Moto G Power screen, 4× CPU slowdown, slow 4G.
		const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		const a = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
		table(
			['category', 'score'],
			Object.values(lhr.categories).map((c) => [c.title, c.score == null ? 'n/a' : Math.round(c.score * 100)]),
			`Lighthouse ${lhr.lighthouseVersion}, mobile, ${url} (${lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? chromePath})`,
		);
		console.log(`LCP ${a('largest-contentful-paint')} · FCP ${a('first-contentful-paint')} · TBT ${a('total-blocking-time')} · CLS ${a('cumulative-layout-shift')}`);
		for (const w of lhr.runWarnings ?? []) console.log(`  warning: ${w}`);
	} catch (error) {
		console.log(`Lighthouse could not run: ${error.message}`);
	} finally {
		await chrome?.kill();
		server.close();
	}
}

// ---------- 4. build time against the amount of content ----------
// Copies of each section with every id that must be unique across the report made unique; the tags
// that may appear only once per report (figures, their references, editorial notes, the reference
// list) are dropped from the copies.
function copySection(text, k, order) {
	const suffix = `-copy-${k}`;
	const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
	const newFront = front
		.replace(/^id:\s*["']?([^"'\s]+)["']?\s*$/m, (_, id) => `id: ${id}${suffix}`)
		.replace(/^order:.*$/m, `order: ${order}`)
		.replace(/^title:\s*(["']?)(.*)\1\s*$/m, (_, q, t) => `title: ${q}${t} (copy ${k})${q}`)
		.replace(/^aliases:.*(\n\s+-.*)*$/m, ''); // section aliases are URLs too; copies need none
	const newBody = body
		.replace(/(<H[23]\b[^>]*?\bid=")([^"]+)"/g, (_, pre, id) => `${pre}${id}${suffix}"`)
		.replace(/(<H[23]\b[^>]*?\baliases=")([^"]*)"/g, (_, pre, list) => `${pre}${list.split(/[\s,]+/).filter(Boolean).map((a) => a + suffix).join(' ')}"`)
		.replace(/<(Figure|FigRef|EdNote)\s+id="[^"]*"\s*\/>/g, '')
		.replace(/<ReferenceList\s*\/>/g, '');
	return `---\n${newFront}\n---\n${newBody}`;
}

function scaledCopy(factor) {
	const dir = mkdtempSync(join(tmpdir(), `bench-x${factor}-`));
	const skip = new Set(['node_modules', 'dist', '.astro', '.git'].map((n) => join(root, n)));
	for (const e of readdirSync(root)) if (!skip.has(join(root, e))) cpSync(join(root, e), join(dir, e), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const sections = join(dir, 'content/sections');
	const files = readdirSync(sections).filter((f) => f.endsWith('.mdx'));
	let order = Math.max(...files.map((f) => Number(readFileSync(join(sections, f), 'utf8').match(/^order:\s*(\d+)/m)?.[1] ?? 0)));
	for (let k = 1; k < factor; k++) {
		for (const f of files) {
			const copy = copySection(readFileSync(join(sections, f), 'utf8'), k, ++order);
			writeFileSync(join(sections, f.replace(/\.mdx$/, `-copy-${k}.mdx`)), copy);
		}
	}
	return { dir, sections: files.length * factor };
}

async function scaling(factors, runs, peer) {
	const rows = [];
	const imageRows = [];
	const peerRows = [];
	let one;
	for (const factor of [1, ...factors]) {
		const { dir, sections } = scaledCopy(factor);
		temporary.push(dir);
		const peerPages = peer ? scalePeer(peer, factor) : 0;
		try {
			const ours = { clean: [], warm: [] };
			const theirs = { clean: [], warm: [] };
			for (const kind of ['clean', 'warm']) {
				for (let i = 0; i < runs; i++) {
					ours[kind].push(await build(dir, { clean: kind === 'clean' }));
					if (peer) theirs[kind].push(await build(peer, { clean: kind === 'clean' }));
				}
			}
			const t = { clean: median(ours.clean.map((r) => r.ms)), warm: median(ours.warm.map((r) => r.ms)) };
			const rss = Math.max(...ours.clean.map((r) => r.rssMb), ...ours.warm.map((r) => r.rssMb));
			const pages = ours.clean[0].pages;
			const sectionPage = statSync(join(dir, 'dist', 'contribution', 'index.html')).size;
			const pt = peer ? { clean: median(theirs.clean.map((r) => r.ms)), warm: median(theirs.warm.map((r) => r.ms)) } : undefined;
			console.log(`  ${factor}× (${sections} sections, ${pages} pages): clean ${ours.clean.map((r) => sec(r.ms)).join(', ')}, warm ${ours.warm.map((r) => sec(r.ms)).join(', ')}, peak ${mb(rss)}${peer ? `; peer (${peerPages} pages): clean ${theirs.clean.map((r) => sec(r.ms)).join(', ')}, warm ${theirs.warm.map((r) => sec(r.ms)).join(', ')}, peak ${mb(Math.max(...theirs.clean.map((r) => r.rssMb), ...theirs.warm.map((r) => r.rssMb)))}` : ''}`);
			one ??= { t, pt, sections, peerPages };
			// Time per section flatters large builds (the fixed start-up cost is shared); the cost of each added
			// section, against the peer's cost of each added page, shows whether the work per section itself grows.
			const added = (kind) => (factor === 1 ? '' : `${((t[kind] - one.t[kind]) / (sections - one.sections)).toFixed(1)} ms`);
			const peerAdded = (kind) => (factor === 1 || !pt ? '' : `${((pt[kind] - one.pt[kind]) / (peerPages - one.peerPages)).toFixed(1)} ms`);
			imageRows.push(imageRow(`${factor}×`, ours.clean[0].pictures));
			rows.push([`${factor}×`, sections, pages, sec(t.clean), sec(t.warm), added('clean'), added('warm'), mb(rss), `${kb(sectionPage)} KB`]);
			if (peer) {
				peerRows.push([`${factor}×`, sec(t.clean), sec(pt.clean), (t.clean / pt.clean).toFixed(2), sec(t.warm), sec(pt.warm), (t.warm / pt.warm).toFixed(2), added('clean'), peerAdded('clean'), added('warm'), peerAdded('warm'), mb(Math.max(...theirs.clean.map((r) => r.rssMb), ...theirs.warm.map((r) => r.rssMb)))]);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	table(['content', 'sections', 'pages', `clean (median of ${runs})`, 'warm', 'per added section, clean', 'per added section, warm', 'peak memory', 'a section page'], rows, 'Build time against content');
	if (imageRows.length) table(imageHead, imageRows, 'Pictures at each scale (clean builds; part of the build time above)');
	if (peer) {
		table(['content', 'ours clean', 'peer clean', 'ratio', 'ours warm', 'peer warm', 'ratio', 'ours per added section, clean', 'peer per added page, clean', 'ours per added section, warm', 'peer per added page, warm', 'peer peak memory'], peerRows, 'Side by side with the peer at each scale');
		scalePeer(peer, 1);
	}
}

// ---------- run ----------
console.log(`Benchmark of ${root} (BASE_PATH ${base}, Node ${process.version})`);
const peer = opt.peer ? preparePeer(opt.peer) : undefined;
console.log(`\nBuilding ${opt.runs} times each clean, warm and after one edit with npm run build${peer ? ', alternating with the peer' : ''}:`);
await buildTimes(Number(opt.runs), peer);
const typical = pageWeights();
if (lastPictures) table(imageHead, [imageRow('1×', lastPictures)], 'Pictures drawn at build time (figure SVG and 1600 px PNG, 1200 × 630 share image per page), from the routes Astro logs');
if (!opt['skip-lighthouse'] && typical) {
	console.log('');
	await lighthouseRun(typical.urlPath);
}
if (!opt['skip-dev']) {
	console.log('');
	// The author's loop in `npm run dev`, on a copy (scripts/bench-dev.mjs).
	spawnSync(process.execPath, [join(root, 'scripts/bench-dev.mjs'), '--runs', opt['dev-runs']], { cwd: root, stdio: 'inherit', env: process.env, timeout: 15 * 60_000 });
}
if (!opt['skip-scaling']) {
	console.log(`\nBuilding copies of the project with 1× and ${opt.scales.split(',').join('×, ')}× the sections (${opt['scale-runs']} builds each):`);
	await scaling(opt.scales.split(',').map(Number), Number(opt['scale-runs']), peer);
}
