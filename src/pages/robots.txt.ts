import type { APIRoute } from 'astro';
import { urls } from '../site/current';

/** Crawlers may read everything; the sitemap lives under the base path. */
export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute('sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
