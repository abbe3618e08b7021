// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/lib/remark-citations.ts';
import { reportGuard } from './src/lib/report-integration.ts';
import { siteLocation } from './src/lib/site-config.ts';

const { site, base } = siteLocation(process.env);
const root = new URL('./', import.meta.url).href;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The stylesheet is small (about 3.5 KB compressed): inlined, it saves a request on every first load.
	build: { format: 'directory', inlineStylesheets: 'always' },
	markdown: {
		processor: unified({ remarkPlugins: [[remarkCitations, { root }]] }),
		// The report has no code; Shiki's inline styles would also break the strict CSP.
		syntaxHighlight: false,
	},
	integrations: [reportGuard(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
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
