#!/usr/bin/env node
// Finds the programs the site tests drive beyond npm — Chromium, nginx, Java, w3m and Lynx — installing Debian's
// packages when that is possible (root on Debian) and otherwise failing with the command to run.
// The tests never skip for want of a tool.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const tools = [
	{ name: 'Chromium', env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], apt: 'chromium', version: ['--version'] },
	{ name: 'nginx', env: 'NGINX_PATH', paths: ['/usr/sbin/nginx', '/usr/bin/nginx'], apt: 'nginx-light', version: ['-v'] },
	{ name: 'Java', env: 'JAVA_PATH', paths: ['/usr/bin/java'], apt: 'default-jre-headless', version: ['-version'] },
	// The text browsers a reader without a graphical browser reads the report in (tests/e2e/text-browsers.spec.ts).
	{ name: 'w3m', env: 'W3M_PATH', paths: ['/usr/bin/w3m'], apt: 'w3m', version: ['-version'] },
	{ name: 'Lynx', env: 'LYNX_PATH', paths: ['/usr/bin/lynx'], apt: 'lynx', version: ['-version'] },
];

/** BibTeX with plain.bst (Debian's texlive), for the unit test that runs every .bib download through it. */
export const bibtex = { name: 'BibTeX', env: 'BIBTEX_PATH', paths: ['/usr/bin/bibtex'], apt: 'texlive-binaries texlive-base', version: ['--version'] };

/**
 * biber with biblatex and pdfLaTeX (Debian's texlive), for the unit test that typesets every .bib download with
 * biblatex as a citer's LaTeX document would.
 */
export const biber = { name: 'biber', env: 'BIBER_PATH', paths: ['/usr/bin/biber'], apt: 'biber texlive-bibtex-extra texlive-latex-recommended texlive-latex-base', version: ['--version'] };

const find = (tool) => [process.env[tool.env], ...tool.paths].find((p) => p && existsSync(p));

function isDebian() {
	try {
		return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
	} catch {
		return false;
	}
}

function aptInstall(packages) {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	console.log(`Installing Debian packages: ${packages.join(' ')}`);
	for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
		const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status})`);
	}
}

/** The path of each tool (by default the site tests' tools), after installing the missing ones where allowed. */
export function ensureTools(wanted = tools) {
	const missing = wanted.filter((t) => !find(t));
	if (missing.length && process.getuid?.() === 0 && isDebian()) aptInstall(missing.flatMap((t) => t.apt.split(' ')));
	const still = wanted.filter((t) => !find(t));
	if (still.length) {
		const lines = still.map((t) => `  ${t.name}: sudo apt-get install -y ${t.apt}   (or set ${t.env})`);
		throw new Error(`The site tests need programs that are not installed:\n${lines.join('\n')}\nInstall them (after sudo apt-get update) and run the tests again.`);
	}
	return Object.fromEntries(wanted.map((t) => [t.name, find(t)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		const found = ensureTools();
		for (const t of tools) {
			const run = spawnSync(found[t.name], t.version, { encoding: 'utf8' });
			console.log(`${t.name}: ${(run.stdout || run.stderr).split('\n').find((l) => l.trim()) ?? found[t.name]} (${found[t.name]})`);
		}
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
