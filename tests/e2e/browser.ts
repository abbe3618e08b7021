import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium, launched the way this machine allows (no sandbox as root, no background traffic). */
export function chromiumLaunch(): LaunchOptions {
	const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
		(p): p is string => Boolean(p && existsSync(p)),
	);
	if (!executablePath) {
		throw new Error('No Chromium found for the browser tests. Install it: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
	}
	return {
		executablePath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	};
}
