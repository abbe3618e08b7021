import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/browser';
import { base } from './tests/e2e/site';

// A port free at the moment the run starts, never a fixed one: other jobs may share the machine.
// It is put in the environment so that Playwright's workers, started later, read the same one.
if (!process.env.E2E_PORT) {
	process.env.E2E_PORT = execFileSync(process.execPath, ['-e', "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"], { encoding: 'utf8' });
}
const port = Number(process.env.E2E_PORT);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	timeout: 120_000,
	globalTimeout: 45 * 60_000,
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
