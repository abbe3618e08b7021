// citation-js ships no type declarations; these cover the part of its API the site uses.
declare module '@citation-js/core' {
	export interface CslItem {
		id: string;
		type: string;
		[field: string]: unknown;
	}
	export interface FormatOptions {
		format?: 'text' | 'html';
		template?: string;
		lang?: string;
		type?: 'string' | 'object';
		style?: string;
	}
	export class Cite {
		constructor(data: CslItem | CslItem[]);
		format(kind: 'bibliography' | 'citation' | 'bibtex' | 'ris' | 'data', options?: FormatOptions): string;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): { styles: { add(id: string, xml: string): void; has(id: string): boolean } };
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
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
		processCitationCluster(citation: Citation, pre: Array<[string, number]>, post: Array<[string, number]>): [{ bibchange: boolean; citation_errors: unknown[] }, Array<[number, string, string]>];
		previewCitationCluster(citation: Citation, pre: Array<[string, number]>, post: Array<[string, number]>, format: 'html' | 'text'): string;
		makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
	}
	const CSL: { Engine: typeof Engine; Output: { Formats: Record<string, unknown> } };
	export default CSL;
}
declare module 'csl-validator-wasm' {
	/** Validates a CSL style or locale against the CSL schema; an empty string when it is valid. */
	export function validateStyle(xml: string): Promise<string>;
}
