#!/usr/bin/env node
// The author's loop in `npm run dev`, timed: a copy of the project served by `astro dev` on a free port, and
// the browser's side of it (the page and the channel that tells it to reload). For each kind of edit, the time
// from saving the file until the page serves the change, and until the page is told to reload; for a mistake,
// until the error overlay gets it, and after the fix, until the page is back. Prints a table; exits 0 unless
// the server cannot start, when the figures are void.
//
//   npm run bench:dev -- [--runs 5]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(opt.runs);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : 'n/a');

const freePort = () =>
	new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => done(port));
		});
	});

// A copy of the project, node_modules linked: the edits never touch the real content.
const dir = mkdtempSync(join(tmpdir(), 'bench-dev-'));
let child;
const cleanUp = () => {
	try {
		if (child) process.kill(-child.pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
	rmSync(dir, { recursive: true, force: true });
};
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
for (const e of readdirSync(root)) if (!skip.has(e)) cpSync(join(root, e), join(dir, e), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const bin = join(root, 'node_modules/.bin');
child = spawn(join(bin, 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
let log = '';
child.stdout.on('data', (d) => (log += d));
child.stderr.on('data', (d) => (log += d));

const started = performance.now();
const page = async (path) => {
	const response = await fetch(`${base}${path}`);
	return { status: response.status, html: await response.text() };
};
for (;;) {
	try {
		if ((await page('/contribution/')).status === 200) break;
	} catch {
		// Not listening yet.
	}
	if (performance.now() - started > 180_000 || child.exitCode !== null) {
		console.error(`astro dev did not serve the page within 3 min:\n${log.slice(-3000)}`);
		process.exit(1);
	}
	await sleep(100);
}
const firstPage = performance.now() - started;

const messages = [];
const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
socket.onmessage = (m) => messages.push({ at: performance.now(), ...JSON.parse(String(m.data)) });
await new Promise((done, fail) => {
	socket.onopen = done;
	socket.onerror = fail;
});

/** Milliseconds from `since` until `check` holds (NaN after 20 s). */
async function until(since, check) {
	for (;;) {
		if (await check()) return performance.now() - since;
		if (performance.now() - since > 20_000) return NaN;
		await sleep(10);
	}
}
const firstMessage = (since, type) => {
	const m = messages.find((x) => x.at >= since && x.type === type);
	return m ? m.at - since : NaN;
};

/** Writes `to` in place of `from` in a content file of the copy and times what the browser sees. */
async function edit(file, from, to, shows) {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const at = performance.now();
	writeFileSync(path, text.replace(from, to));
	const seen = await until(at, async () => shows(await page(pagePath[file])));
	await sleep(700);
	return { seen, reload: firstMessage(at, 'full-reload'), error: firstMessage(at, 'error') };
}
const pagePath = { 'content/sections/03-contribution.mdx': '/contribution/', 'content/data/growth.yaml': '/contribution/', 'content/sections/04-problems.mdx': '/problems/' };

const results = { prose: [], data: [], mistake: [], fixed: [] };
for (let i = 0; i < runs; i++) {
	// Each edit is undone by the next, so every run starts from the same text.
	const words = i % 2 ? ['contribute much', 'contribute a lot'] : ['contribute a lot', 'contribute much'];
	results.prose.push(await edit('content/sections/03-contribution.mdx', `The clusters ${words[0]}`, `The clusters ${words[1]}`, (p) => p.html.includes(`The clusters ${words[1]}`)));
	const values = i % 2 ? ['19.6', '19.7'] : ['19.7', '19.6'];
	results.data.push(await edit('content/data/growth.yaml', `value: ${values[0]}`, `value: ${values[1]}`, (p) => p.html.includes(`data-fact="growth.huizhou">${values[1]}%`)));
}
for (let i = 0; i < runs; i++) {
	results.mistake.push(await edit('content/sections/04-problems.mdx', '[@auhenderson2004]', '[@auhenderson2040]', (p) => p.status === 500));
	results.fixed.push(await edit('content/sections/04-problems.mdx', '[@auhenderson2040]', '[@auhenderson2004]', (p) => p.status === 200));
}

console.log(`The dev loop (astro dev on a copy of the project; median of ${runs} edits each; first page ${ms(firstPage)} after start)`);
const rows = [
	['a sentence of a section edited', results.prose, 'seen', 'page shows the new words'],
	['a number in a data file changed', results.data, 'seen', 'page shows the new number'],
	['a citation key mistyped', results.mistake, 'error', 'error overlay gets the message'],
	['the mistake fixed', results.fixed, 'seen', 'page back'],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'edit'.padEnd(width)}  ${'until'.padEnd(32)}  ${'median'.padStart(8)}  ${'reload pushed'.padStart(13)}`);
for (const [name, xs, key, what] of rows) console.log(`${name.padEnd(width)}  ${what.padEnd(32)}  ${ms(median(xs.map((x) => x[key]))).padStart(8)}  ${ms(median(xs.map((x) => x.reload))).padStart(13)}`);
socket.close();
process.exit(0);
