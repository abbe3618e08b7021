// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { reportGuard } from './src/integration/report-guard.ts';
import { siteLocation } from './src/site/location.ts';

/** @type {{ site: string, base: string }} */
let location;
try {
	location = siteLocation(process.env);
} catch (error) {
	// A mistake in SITE_URL or BASE_PATH is the publisher's: say which, without a stack trace.
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
const { site, base } = location;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The stylesheet is small (about 3.5 KB compressed): inlined, it saves a request on every first load.
	// Several pages at a time: a picture is drawn and compressed on libuv's threads (src/site/pictures.ts) while
	// the next pages render on the main thread.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	// Sections are MDX read as data by the report model (src/load/mdx.ts) and drawn by its renderer
	// (src/render/): never compiled to code, so content cannot run anything at build time.
	// Astro's own Markdown pipeline renders nothing here; its highlighter's inline styles would break the CSP.
	markdown: { syntaxHighlight: false },
	integrations: [reportGuard(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
	security: {
		// Astro hashes its own scripts and styles into script-src and style-src (no 'unsafe-inline');
		// everything else may come from this site only.
		csp: {
			// Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
	devToolbar: { enabled: false },
});
