// The site's search, loaded on first use of the search field (see src/components/SiteSearch.astro).
// It is served as it is, not bundled, so that its dynamic import of Pagefind stays a native one.
const root = document.querySelector('.site-search');
const base = root.dataset.base;
const input = root.querySelector('input');
const panel = root.querySelector('.search-panel');
const status = root.querySelector('.search-status');
const list = root.querySelector('.search-results');

const pagefind = import(`${base}pagefind/pagefind.js`).then(async (pf) => {
	await pf.options({ baseUrl: base });
	return pf;
});

const link = (href, text) => {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
};

let latest = 0;
async function search() {
	const query = input.value.trim();
	const ticket = ++latest;
	if (!query) {
		panel.hidden = true;
		status.textContent = '';
		return;
	}
	const found = await (await pagefind).search(query);
	const results = await Promise.all((found?.results ?? []).slice(0, 8).map((r) => r.data()));
	if (ticket !== latest) return;
	list.replaceChildren(
		...results.map((r) => {
			const item = document.createElement('li');
			item.append(link(r.url, r.meta.title ?? r.url));
			const excerpt = document.createElement('p');
			// Pagefind's excerpt is the site's own text with <mark> around the matches.
			excerpt.innerHTML = r.excerpt;
			item.append(excerpt);
			// The page's own title is the result itself; list only the headings inside it.
			const subs = r.sub_results.filter((s) => s.url.includes('#') && s.title !== r.meta.title).slice(0, 3);
			if (subs.length) {
				const inner = document.createElement('ul');
				for (const s of subs) {
					const li = document.createElement('li');
					li.append(link(s.url, s.title));
					inner.append(li);
				}
				item.append(inner);
			}
			return item;
		}),
	);
	status.textContent = results.length ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”` : `Nothing found for “${query}”`;
	panel.hidden = false;
}

let timer;
input.addEventListener('input', () => {
	clearTimeout(timer);
	timer = setTimeout(search, 150);
});
root.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') {
		panel.hidden = true;
		input.focus();
	}
});
// The reader may have typed while this file was loading.
if (input.value.trim()) search();
