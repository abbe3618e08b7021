// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
	build: { format: 'directory' },
	markdown: {
		processor: unified({ remarkPlugins: [[remarkCitations, { root }]] }),
	},
	integrations: [reportGuard(), mdx()],
	devToolbar: { enabled: false },
});
