// citeproc-js and the CSL schema validator ship no type declarations; these cover what the site uses.
declare module 'citeproc' {
	/** citeproc-js, the engine of @citation-js/plugin-csl; only the part the site uses is typed. */
	interface CiteprocSys {
		retrieveItem(id: string): { id: string; [field: string]: unknown };
		retrieveLocale(lang: string): string;
		wrapCitationEntry?(str: string, itemId: string, locator: string, suffix: string): string;
	}
	interface CitationItem {
		id: string;
		locator?: string;
		label?: string;
		'author-only'?: boolean;
		'suppress-author'?: boolean;
	}
	interface Citation {
		citationID?: string;
		citationItems: CitationItem[];
		properties: { noteIndex: number; mode?: 'composite' | 'author-only' | 'suppress-author' };
	}
	class Engine {
		constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
		opt: { development_extensions: Record<string, boolean> };
		setOutputFormat(format: 'html' | 'text'): void;
		updateItems(ids: string[]): void;
		updateUncitedItems(ids: string[]): void;
		processCitationCluster(citation: Citation, pre: Array<[string, number]>, post: Array<[string, number]>, flag?: number): [{ bibchange: boolean; citation_errors: unknown[] }, Array<[number, string, string]>];
		previewCitationCluster(citation: Citation, pre: Array<[string, number]>, post: Array<[string, number]>, format: 'html' | 'text'): string;
		makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
	}
	const CSL: { Engine: typeof Engine; Output: { Formats: Record<string, unknown> }; ASSUME_ALL_ITEMS_REGISTERED: number };
	export default CSL;
}
declare module 'csl-validator-wasm' {
	/** Validates a CSL style or locale against the CSL schema; an empty string when it is valid. */
	export function validateStyle(xml: string): Promise<string>;
}
