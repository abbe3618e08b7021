import { createHash } from 'node:crypto';

/**
 * The Content Security Policy source of an inline element's text, as Astro writes it (without its quotes):
 * `sha256-…`. Imports nothing of the project: scripts/edition.mjs runs src/site/editions.ts, which uses it, on
 * Node as it is.
 */
export const cspSource = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
