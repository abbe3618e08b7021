import CSL from 'citeproc';
import type { CslItem } from './items';
import { localeXml, styleLocale, styleXml, type StyleId } from './styles';

export type Engine = InstanceType<typeof CSL.Engine>;

/**
 * citeproc's plain-text format calls no hook around each cite of a cluster; this copy of it does, so a
 * cluster can be split into its works. A new format beside citeproc's own: theirs are left as they are.
 */
const citeMarkingText = 'text-marked-cites';
const formats = CSL.Output.Formats as unknown as Record<string, Record<string, unknown>>;
formats[citeMarkingText] ??= {
	...formats.text,
	'@cite/entry'(this: { item_id: string }, state: { sys: { wrapCitationEntry(str: string, id: string): string } }, str: string) {
		return state.sys.wrapCitationEntry(str, this.item_id);
	},
};

/**
 * Compiling a style expands every macro call by looking the macro up with a walk over the whole style tree:
 * APA 7 and Chicago 18 make 6,000–8,000 such walks, a third of their compile time. The lookup is answered
 * from an index of the tree's macros, built on the first lookup and kept per tree; every other query goes to
 * citeproc's own walk. The index holds the same node objects the walk returns, so the compiled style is the
 * same (tests/unit/citation check every style's output).
 */
type XmlJson = { name: string; attrs: Record<string, string>; children: unknown[] };
type NodeQuery = (this: { dataObj: XmlJson }, json: XmlJson, name: string, nameAttr?: string, ret?: XmlJson[]) => XmlJson[];
const xmlJson = (CSL as unknown as { XmlJSON: { prototype: { getNodesByName: NodeQuery } } }).XmlJSON.prototype;
const walk = xmlJson.getNodesByName;
const macroIndex = new WeakMap<XmlJson, Map<string, XmlJson[]>>();
xmlJson.getNodesByName = function (json, name, nameAttr, ret) {
	if (name !== 'macro' || !nameAttr || ret || json !== this.dataObj) return walk.call(this, json, name, nameAttr, ret);
	let index = macroIndex.get(json);
	if (!index) {
		index = new Map();
		for (const macro of walk.call(this, json, 'macro')) index.set(macro.attrs.name!, [...(index.get(macro.attrs.name!) ?? []), macro]);
		macroIndex.set(json, index);
	}
	return [...(index.get(nameAttr) ?? [])];
};

/**
 * A citeproc-js engine (the engine of @citation-js/plugin-csl) for one vendored style and its locale, over a
 * fixed set of items. `wrapCitationEntry`, when given, marks each cite of a cluster so the cluster can be split.
 */
export function createEngine(style: StyleId, items: CslItem[], format: 'html' | 'text', wrapCitationEntry?: (str: string, id: string) => string): Engine {
	const byId = new Map(items.map((item) => [item.id, item]));
	const engine = spareEngine(style, byId, format, wrapCitationEntry) ?? engineOver(style, byId, format, wrapCitationEntry);
	engine.updateItems(items.map((item) => item.id));
	return engine;
}

/**
 * citeproc's item lookup. citeproc annotates the items it is given: it gets a copy. `system_id` names the
 * item to `wrapCitationEntry`.
 */
function retriever(byId: ReadonlyMap<string, CslItem>) {
	return (id: string) => {
		const item = byId.get(id);
		if (!item) throw new Error(`citeproc asked for "${id}", which is not a reference`);
		return { ...structuredClone(item), system_id: id };
	};
}

function engineOver(style: StyleId, byId: ReadonlyMap<string, CslItem>, format: 'html' | 'text', wrapCitationEntry?: (str: string, id: string) => string): Engine {
	const engine = new CSL.Engine(
		{
			retrieveItem: retriever(byId),
			retrieveLocale: localeXml,
			...(wrapCitationEntry ? { wrapCitationEntry } : {}),
		},
		styleXml(style),
		styleLocale[style],
		true,
	);
	engine.setOutputFormat(wrapCitationEntry && format === 'text' ? (citeMarkingText as 'text') : format);
	engine.opt.development_extensions.wrap_url_and_doi = false;
	if (wrapCitationEntry) engine.opt.development_extensions.apply_citation_wrapper = true;
	return engine;
}

/** An engine that formats one bibliography at a time, over items it is handed call by call. */
export interface BibliographyEngine {
	/** The entries of these items alone, `[item id, inner markup]`, in the style's order. */
	entries(items: CslItem[]): Array<[string, string]>;
	/** Done with it: the in-text style's engine is kept for the next run over the report's citations. */
	release(): void;
}

/**
 * A bibliography engine for one style. Building one reads and compiles the whole style, which is slow and
 * takes tens of MB: keep it while there is work for it, then let it go.
 */
export function bibliographyEngine(style: StyleId, format: 'html' | 'text'): BibliographyEngine {
	const store = new Map<string, CslItem>();
	const engine = spareEngine(style, store, format) ?? engineOver(style, store, format);
	return {
		entries(items) {
			// citeproc keeps what it retrieved under an id until the item leaves its registry: the registry is
			// emptied first and the items are given the same few ids every time, so the engine's memory stays
			// the size of one call (fresh ids would grow it with every work formatted) and changed data is read.
			const ids = new Map(items.map((item, i) => [`item-${i}`, item]));
			engine.updateUncitedItems([]);
			engine.updateItems([]);
			(engine as unknown as { tmp: { loadedItemIDs: Record<string, boolean> } }).tmp.loadedItemIDs = {};
			store.clear();
			for (const [slot, item] of ids) store.set(slot, { ...item, id: slot });
			engine.updateItems([...ids.keys()]);
			return bibliographyEntries(engine).map(([slot, content]) => [ids.get(slot)!.id, content]);
		},
		release() {
			if (style === inTextStyle && keepInTextEngine) retireEngine(style, engine);
		},
	};
}

/**
 * An engine whose user is done with it, one per style. Compiling a style is the costly part of an engine
 * (half a second and a hundred MB for APA): the report's citation processor hands its engine on, the next
 * bibliography engine of that style starts from it with an emptied registry, and hands it back when done.
 * Only the in-text style's engine is kept between runs (in `astro dev`, the next edit of a citation runs
 * it again); the others are let go once the cite-this citations are formatted.
 */
const spare = new Map<StyleId, Engine>();
/** The style of the in-text citations and the reference list. */
export const inTextStyle: StyleId = 'apa';
/**
 * Whether the in-text style's engine outlives a build of the model: in `astro dev` (Vite's DEV flag), where
 * the next edit runs it again; not in a build, which runs it once and needs the memory for its pages.
 */
const keepInTextEngine = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/** Hands a finished engine on to the next bibliography engine of its style. */
export function retireEngine(style: StyleId, engine: Engine): void {
	spare.set(style, engine);
}

function spareEngine(style: StyleId, byId: ReadonlyMap<string, CslItem>, format: 'html' | 'text', wrapCitationEntry?: (str: string, id: string) => string): Engine | undefined {
	const engine = spare.get(style);
	if (!engine) return undefined;
	spare.delete(style);
	// Back to the state of a new engine: no citations, no registered items, nothing told apart yet.
	(engine as unknown as { restoreProcessorState(citations: unknown[]): void }).restoreProcessorState([]);
	const sys = (engine as unknown as { sys: { retrieveItem: unknown; wrapCitationEntry?: unknown } }).sys;
	sys.retrieveItem = retriever(byId);
	if (wrapCitationEntry) sys.wrapCitationEntry = wrapCitationEntry;
	else delete sys.wrapCitationEntry;
	engine.opt.development_extensions.apply_citation_wrapper = Boolean(wrapCitationEntry);
	engine.setOutputFormat(wrapCitationEntry && format === 'text' ? (citeMarkingText as 'text') : format);
	return engine;
}

/** The bibliography entries of an engine, in the style's order: `[id, inner markup of the entry]`. */
export function bibliographyEntries(engine: Engine): Array<[string, string]> {
	const result = engine.makeBibliography();
	if (!result) throw new Error('this style has no bibliography');
	const [params, entries] = result;
	return entries.map((entry, i) => [params.entry_ids[i]![0]!, entryContent(entry)]);
}

/** The content of one bibliography entry, without citeproc's `<div class="csl-entry">` wrapper. */
function entryContent(entry: string): string {
	const match = /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(entry);
	return (match ? match[1]! : entry).trim();
}
