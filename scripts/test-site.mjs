#!/usr/bin/env node
// The site half of `npm test`: build for a sub-path deployment, check that a second build is
// byte-identical, then run the browser tests against nginx serving that build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTools } from './ensure-tools.mjs';

const env = {
	...process.env,
	SITE_URL: process.env.SITE_URL ?? 'https://clusters.example.org',
	BASE_PATH: process.env.BASE_PATH ?? '/reports/china-clusters/',
};

// Temporary folders are removed however the run ends: success, failure, or an interrupt.
const temporary = [];
const cleanUp = () => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Runs a command to completion or its time limit; a failure ends the run with its exit code. */
function run(command, args, minutes) {
	const result = spawnSync(command, args, { stdio: 'inherit', env, timeout: minutes * 60_000, killSignal: 'SIGKILL' });
	if (result.status !== 0) {
		const why = result.error?.code === 'ETIMEDOUT' ? `timed out after ${minutes} min` : result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
		console.error(`\n${command} ${args.join(' ')} failed (${why}).`);
		process.exit(result.status || 1);
	}
}

function files(dir) {
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((f) => statSync(join(dir, f)).isFile())
		.sort();
}

let tools;
try {
	tools = ensureTools();
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
// The first build is clean (Astro's cache and ours dropped), the second warm (both kept): the comparison below
// then also proves that what the caches serve is what a clean build draws.
console.log(`\nBuilding for SITE_URL=${env.SITE_URL} BASE_PATH=${env.BASE_PATH}, with every cache dropped…`);
rmSync('node_modules/.astro', { recursive: true, force: true });
run('astro', ['build'], 10);
run('pagefind', ['--site', 'dist'], 5);

console.log('\nChecking that a second build of the same commit, from the caches the first one left, is byte-identical…');
const second = mkdtempSync(join(tmpdir(), 'report-rebuild-'));
temporary.push(second);
run('astro', ['build', '--outDir', second], 10);
run('pagefind', ['--site', second], 5);
const a = files('dist');
const b = files(second);
const differing = [...new Set([...a, ...b])].filter((f) => !a.includes(f) || !b.includes(f) || !readFileSync(join('dist', f)).equals(readFileSync(join(second, f))));
cleanUp();
if (differing.length) {
	console.error(`Two builds differ in ${differing.length} file(s):\n  ${differing.slice(0, 20).join('\n  ')}`);
	process.exit(1);
}
console.log(`Reproducible: ${a.length} files identical in both builds.\n`);

env.CHROMIUM_PATH = tools.Chromium;
env.JAVA_PATH = tools.Java;
env.W3M_PATH = tools.w3m;
env.LYNX_PATH = tools.Lynx;
run('playwright', ['test', ...process.argv.slice(2)], 50);
