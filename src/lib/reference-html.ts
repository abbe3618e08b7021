import { entryInnerHtml, formatReferenceHtml } from './csl';
import type { Reference } from '../schemas/reference';

const cache = new Map<string, string>();

/** A work's APA entry as inline HTML (for the reference list and hover cards), formatted once per build. */
export function referenceHtml(ref: Reference): string {
	let html = cache.get(ref.id);
	if (html === undefined) {
		html = entryInnerHtml(formatReferenceHtml(ref));
		cache.set(ref.id, html);
	}
	return html;
}

/** Makes the URLs in an entry into links, for the reference list (not the hover cards, which hold no links). */
export function linkUrls(html: string): string {
	return html.replace(/https?:\/\/[^\s<]+[^\s<.,;)]/g, (url) => `<a class="reference-url" href="${url}">${url}</a>`);
}
