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
