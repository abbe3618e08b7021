import type { APIRoute } from 'astro';
import { route } from '../lib/urls';

/** Crawlers may read everything; the sitemap lives under the base path. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(route('sitemap-index.xml'), site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
