import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/browser';
import { base } from './tests/e2e/site';

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	timeout: 120_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunch(),
	},
	// nginx serves the build under its base path, as a static host would (scripts/serve-nginx.mjs).
	webServer: {
		command: 'node scripts/serve-nginx.mjs dist',
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: false,
		timeout: 30_000,
		env: { E2E_PORT: String(port) },
	},
});
