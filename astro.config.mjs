// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { remarkReport } from './src/load/remark-report.ts';
import { reportGuard } from './src/integration/report-guard.ts';
import { siteUrlNotice } from './src/integration/site-url.ts';
import { editions } from './src/integration/editions.ts';
import { siteLocation } from './src/site/location.ts';
import { tokenBase, tokenOrigin } from './src/site/editions.ts';

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
// A sitemap lists the addresses a search engine should index: not the 404 page, and not /report/, whose canonical
// link is the home page (the report's one canonical URL, src/citation/metadata.ts).
// The sitemap is written by a build of an edition, with the edition tokens for addresses (src/site/editions.ts).
const notInSitemap = new Set(['404/', 'report/'].flatMap((path) => [new URL(`${base}${path}`, site).href, new URL(`${tokenBase}${path}`, tokenOrigin).href]));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The stylesheet is small (about 3.5 KB compressed): inlined, it saves a request on every first load.
	// Several pages at a time: a picture is drawn and compressed on libuv's threads (src/site/pictures.ts) while
	// the next pages render on the main thread.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	// Sections are MDX compiled by @astrojs/mdx with the unified processor, whose remark pipeline runs the
	// report's guard before compilation (src/load/remark-report.ts): the same parser the model's checks read.
	// The content is already typeset (curly quotes, dashes): SmartyPants would only change what the draft's
	// comparison expects. No syntax highlighting: its inline styles would break the CSP.
	markdown: {
		processor: unified({ remarkPlugins: [[remarkReport, { root: fileURLToPath(new URL('./', import.meta.url)) }]], smartypants: false, gfm: true }),
		syntaxHighlight: false,
	},
	// The editions come last: they turn the tokenized output (the sitemap's too) into every edition's pages.
	integrations: [mdx(), reportGuard(), siteUrlNotice(), sitemap({ filter: (page) => !notInSitemap.has(page) }), editions()],
	security: {
		// Astro hashes its own scripts and styles into script-src and style-src (no 'unsafe-inline');
		// everything else may come from this site only. A page that shows Chinese carries its font as a data:
		// URL in its generated style (src/site/zh-font.ts), hence font-src data:.
		csp: {
			// Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks each compiled MDX module with this directive, and Rolldown warns that bundling may not keep it
				// (withastro/astro#18087, open): harmless, and it would bury the report's own warnings.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
