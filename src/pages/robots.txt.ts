import type { APIRoute } from 'astro';
import { urls } from '../site/current';

/** Crawlers may read everything; the sitemap lives under the base path (the deployment's, not an edition's). */
export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${urls.root}sitemap-index.xml`, urls.absolute()).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
