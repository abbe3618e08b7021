#!/usr/bin/env node
// Publishes new permalinks for good: builds the site, then adds every page URL and anchor it
// serves to permalinks.lock.json. Nothing is ever removed from the lock.
//
// `--new` starts a new lock on purpose, forgetting every address the old one listed (the build refuses to run
// without a lock it can read, so that a lost lock never passes for an empty one).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extendLock, lockFile, readLock, scanSite, serialiseLock, unlockedPermalinks } from '../src/site/permalinks.ts';

const root = new URL('../', import.meta.url);
const fresh = process.argv.includes('--new');
if (fresh) writeFileSync(new URL(lockFile, root), serialiseLock({ pages: {} }));
if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
let lock;
try {
	lock = readLock(root.href);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
const published = scanSite(fileURLToPath(new URL('dist/', root)));
const added = unlockedPermalinks(lock, published);
writeFileSync(new URL(lockFile, root), serialiseLock(extendLock(lock, published)));
console.log(added.length ? `Added ${added.length} permalink(s) to ${lockFile}:\n  ${added.join('\n  ')}` : `${lockFile} already lists every permalink.`);
