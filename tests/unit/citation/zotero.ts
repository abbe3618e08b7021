// What Zotero files for a page, by the rules its Embedded Metadata translator applies to the tags this site
// writes (the translator behind the Zotero Connector and the translation-server; zotero/translators,
// "Embedded Metadata.js", lastUpdated 2026-04-27, read at commit 2814370161d05d799086825fac8d499db3a33aa3,
// with the RDF translator "RDF.js" it hands the Dublin Core
// and Open Graph tags to). Each rule below names the function of the translator it is read from. Only the
// tags the site writes are modelled; a page carrying any other citation_* tag is refused, so a new tag
// cannot pass unmodelled.

export interface PageTag {
	/** `name` or `property`, as written. */
	key: string;
	content: string;
}

export interface ZoteroItem {
	itemType: string;
	title?: string;
	/** A book section's book, the container of a part of the report. */
	bookTitle?: string;
	/** A report's institution and a book section's publisher are one base field, `publisher`. */
	publisher?: string;
	date?: string;
	url?: string;
	language?: string;
	creators: Array<{ name: string; creatorType: 'author' | 'editor' | 'contributor' }>;
}

/**
 * init(): the item type is that of the last type-giving Highwire tag in document order (a later tag
 * overrides an earlier one); `citation_title` only guesses journalArticle when no tag gives a type.
 */
const typeGiving: Record<string, string> = {
	citation_journal_title: 'journalArticle',
	citation_technical_report_institution: 'report',
	citation_conference_title: 'conferencePaper',
	citation_conference: 'conferencePaper',
	citation_book_title: 'bookSection',
	citation_inbook_title: 'bookSection',
	citation_dissertation_institution: 'thesis',
};

/**
 * HIGHWIRE_MAPPINGS, in the translator's order, for the tags the site writes: processFields() takes the first
 * tag of each name and sets the field, a later mapping overwriting an earlier one (the three date tags).
 */
const highwire: Array<[string, 'title' | 'date' | 'publicationTitle' | 'institution' | 'publisher' | 'url' | 'language']> = [
	['citation_title', 'title'],
	['citation_publication_date', 'date'],
	['citation_date', 'date'],
	['citation_inbook_title', 'publicationTitle'],
	['citation_technical_report_institution', 'institution'],
	['citation_publisher', 'publisher'],
	['citation_public_url', 'url'],
	['citation_language', 'language'],
];
const handledApart = new Set(['citation_author', 'citation_editor', 'citation_abstract_html_url', 'citation_fulltext_html_url', 'citation_reference']);

/**
 * The RDF translator's reading of the Dublin Core and Open Graph tags (its importItem()), which the Highwire
 * fields then overwrite: the date from `article:published_time` before `DC.date`; the publisher from
 * `DC.publisher` (copied to institution); the URL from `og:url`; creators from `DC.creator` (authors) and
 * `DC.contributor` (contributors).
 */
function fromRdf(tags: PageTag[]): Omit<Partial<ZoteroItem>, 'creators'> & { creators: ZoteroItem['creators'] } {
	const first = (key: string) => tags.find((t) => t.key === key)?.content;
	const item: Omit<Partial<ZoteroItem>, 'creators'> & { creators: ZoteroItem['creators'] } = { creators: [] };
	const title = first('DC.title') ?? first('og:title');
	if (title) item.title = title;
	const date = first('article:published_time') ?? first('DC.date');
	if (date) item.date = date;
	const publisher = first('DC.publisher');
	if (publisher) item.publisher = publisher;
	const url = first('og:url');
	if (url) item.url = url;
	const language = first('DC.language');
	if (language) item.language = language;
	item.creators = [
		...tags.filter((t) => t.key === 'DC.creator').map((t) => ({ name: t.content, creatorType: 'author' as const })),
		...tags.filter((t) => t.key === 'DC.contributor').map((t) => ({ name: t.content, creatorType: 'contributor' as const })),
	];
	return item;
}

/** The item Zotero saves from a page's tags, in document order, and its canonical link. */
export function zoteroItem(tags: PageTag[], canonical?: string): ZoteroItem {
	const unknown = tags.filter((t) => t.key.startsWith('citation_') && !handledApart.has(t.key) && !highwire.some(([name]) => name === t.key));
	if (unknown.length) throw new Error(`tags the model of Zotero's rules does not know: ${unknown.map((t) => t.key).join(', ')}`);
	let itemType: string | undefined;
	for (const t of tags) if (typeGiving[t.key]) itemType = typeGiving[t.key];
	const rdf = fromRdf(tags);
	itemType ??= tags.some((t) => t.key === 'citation_title') ? 'journalArticle' : 'webpage';
	const fields: Record<string, string | undefined> = { title: rdf.title, date: rdf.date, publisher: rdf.publisher, url: rdf.url, language: rdf.language };
	for (const [name, field] of highwire) {
		const value = tags.find((t) => t.key === name)?.content;
		if (value?.trim()) fields[field] = value.trim().replace(/\s+/g, ' ');
	}
	// addHighwireMetadata(): Highwire creators when there are any, else the RDF's.
	const highwireCreators = [
		...tags.filter((t) => t.key === 'citation_author').map((t) => ({ name: t.content, creatorType: 'author' as const })),
		...tags.filter((t) => t.key === 'citation_editor').map((t) => ({ name: t.content, creatorType: 'editor' as const })),
	];
	// addHighwireMetadata(): "Other last chances" for the URL; addLowQualityMetadata(): then the canonical link.
	fields.url ??= tags.find((t) => t.key === 'citation_abstract_html_url')?.content ?? tags.find((t) => t.key === 'citation_fulltext_html_url')?.content ?? canonical;
	// Zotero's item fields: a book section's publicationTitle is its bookTitle; a report's institution is its
	// publisher (the base field), which the RDF's DC.publisher also fills. A field the type lacks is dropped.
	const item: ZoteroItem = { itemType, creators: highwireCreators.length ? highwireCreators : rdf.creators };
	if (fields.title) item.title = fields.title;
	if (fields.date) item.date = fields.date;
	if (fields.url) item.url = fields.url;
	if (fields.language) item.language = fields.language;
	if (itemType === 'bookSection' && fields.publicationTitle) item.bookTitle = fields.publicationTitle;
	const publisher = itemType === 'report' ? (fields.institution ?? fields.publisher) : fields.publisher;
	if (publisher) item.publisher = publisher;
	return item;
}
