#!/usr/bin/env node
// Finds the Chromium the browser tests drive, installing Debian's package when that is possible
// (root on Debian); otherwise fails with the command to run. Browser tests never skip silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const found = () => candidates.find((path) => existsSync(path));

function isDebian() {
	try {
		return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
	} catch {
		return false;
	}
}

let path = found();
if (!path) {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && isDebian()) {
		console.log('Chromium not found: installing Debian\'s chromium (apt-get install -y chromium)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
			const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
			if (run.status !== 0) {
				console.error(`apt-get ${args.join(' ')} failed (exit ${run.status}).`);
				process.exit(1);
			}
		}
		path = found();
	}
}
if (!path) {
	console.error(
		'The browser tests need Chromium and none was found.\n' +
			'Install it with:\n    sudo apt-get update && sudo apt-get install -y chromium\n' +
			'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
	);
	process.exit(1);
}
const version = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`Browser tests will use ${version} (${path})`);
