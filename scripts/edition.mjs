#!/usr/bin/env node
// Publishes a new edition of the report: `npm run edition -- 1.1.0`.
//
// The content as committed becomes edition 1.1.0: content/report.yaml gets the new version and today's date (the
// edition it replaces joins its `editions:` list), the site is built and the built edition frozen, tokenized, in
// content/editions/1.1.0/ (src/integration/editions.ts), and the permalink lock gains the new pages and anchors. It refuses a
// version that exists, one not greater than the current version, and uncommitted changes under content/, so that an
// edition is always the text of a commit. Nothing is committed: it prints what to commit.
//
// `npm run edition -- --freeze` freezes the current version as it is, once (the first edition, which no earlier
// command froze). `--date YYYY-MM-DD` sets the edition's date instead of today's (UTC).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { archivePath, compareVersions, isVersion } from '../src/site/editions.ts';
import { extendLock, lockFile, readLock, scanSite, serialiseLock } from '../src/site/permalinks.ts';

const root = new URL('../', import.meta.url);
const reportFile = new URL('content/report.yaml', root);
const args = process.argv.slice(2);
const freezeOnly = args.includes('--freeze');
const dateAt = args.indexOf('--date');
const today = new Date().toISOString().slice(0, 10);
const date = dateAt >= 0 ? args[dateAt + 1] : today;
const next = args.find((a, i) => !a.startsWith('--') && !(dateAt >= 0 && i === dateAt + 1));

function refuse(message) {
	console.error(`npm run edition: ${message}`);
	process.exit(1);
}

if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) refuse(`--date wants a date such as 2026-12-01, not "${date ?? ''}"`);
// The build refuses a report dated after its day (src/schemas/report.ts): said here, before anything is written.
if (date > today) refuse(`--date ${date} is after today: an edition is dated the day it is published, or earlier`);
if (!freezeOnly && !next) refuse('name the new version: npm run edition -- 1.1.0 (or --freeze to freeze the current one)');
if (next && !isVersion(next)) refuse(`"${next}" is not a version such as 1.1.0`);

const text = readFileSync(reportFile, 'utf8');
const report = parse(text);
const current = String(report.version);
const earlier = Array.isArray(report.editions) ? report.editions : [];
const frozen = (v) => existsSync(new URL(archivePath(v, 'site/'), root));

const git = spawnSync('git', ['status', '--porcelain', '--', 'content/'], { cwd: root, encoding: 'utf8' });
if (git.status !== 0) refuse(`cannot ask git whether content/ has uncommitted changes: ${(git.stderr || git.error?.message || '').trim()}`);
if (git.stdout.trim()) refuse(`content/ has uncommitted changes; an edition is the text of a commit, so commit them first:\n${git.stdout.trimEnd()}`);

let version = current;
if (freezeOnly) {
	if (frozen(current)) refuse(`edition ${current} is already frozen in ${archivePath(current)}`);
} else {
	if (next === current || earlier.some((e) => e.version === next) || frozen(next)) refuse(`edition ${next} exists already`);
	if (compareVersions(next, current) <= 0) refuse(`${next} is not greater than the current version ${current}`);
	if (!frozen(current)) refuse(`the current edition ${current} was never frozen: check out the commit it was published at and run \`npm run edition -- --freeze\` there first`);
	version = next;
	const editions = [...earlier, { version: current, published: String(report.dates.published) }];
	let updated = text
		.replace(/^version: .*$/m, `version: "${next}"`)
		.replace(/^(\s+)published: .*$/m, `$1published: "${date}"`)
		.replace(/^(\s+)modified: .*$/m, `$1modified: "${date}"`);
	const list = `editions:\n${editions.map((e) => `  - { version: "${e.version}", published: "${e.published}" }`).join('\n')}\n`;
	updated = /^editions:/m.test(updated)
		? updated.replace(/^editions:.*\n(?:[ \t]+.*\n)*/m, list)
		: updated.replace(/^(dates:\n(?:[ \t]+.*\n)*)/m, `$1# The earlier editions, each frozen in content/editions/<version>/ (written by npm run edition).\n${list}`);
	const check = parse(updated);
	if (check.version !== next || check.dates.published !== date || check.editions?.length !== editions.length) refuse('could not update content/report.yaml: is its version, dates or editions entry written in an unusual way?');
	writeFileSync(reportFile, updated);
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, REPORT_FREEZE_EDITION: version } });
if (build.status !== 0) {
	// Nothing half-published: the report's version and dates as they were, no partial archive.
	if (!freezeOnly) writeFileSync(reportFile, text);
	rmSync(new URL(archivePath(version), root), { recursive: true, force: true });
	refuse(`the build failed; edition ${version} was not published`);
}
const lock = readLock(root.href);
writeFileSync(new URL(lockFile, root), serialiseLock(extendLock(lock, scanSite(fileURLToPath(new URL('dist/', root))))));
console.log(`Edition ${version} ${freezeOnly ? 'frozen' : 'published'} in ${archivePath(version)}. Commit it: git add ${archivePath(version)} content/report.yaml ${lockFile} && git commit`);
