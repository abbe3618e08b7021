import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/browser';

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunch(),
	},
	webServer: {
		command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
