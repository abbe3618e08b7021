#!/usr/bin/env node
// Publishes new permalinks for good: builds the site, then adds every page URL and anchor it
// serves to permalinks.lock.json. Nothing is ever removed from the lock.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extendLock, lockFile, readLock, scanSite, serialiseLock, unlockedPermalinks } from '../src/site/permalinks.ts';

const root = new URL('../', import.meta.url);
if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const lock = readLock(root.href);
const published = scanSite(fileURLToPath(new URL('dist/', root)));
const fresh = unlockedPermalinks(lock, published);
writeFileSync(new URL(lockFile, root), serialiseLock(extendLock(lock, published)));
console.log(fresh.length ? `Added ${fresh.length} permalink(s) to ${lockFile}:\n  ${fresh.join('\n  ')}` : `${lockFile} already lists every permalink.`);
