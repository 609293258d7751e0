/* global document, window, history, location, URLSearchParams */
/**
 * The interactive case finder on /cases/ (典型案例). Progressive enhancement: without
 * JavaScript the page lists every case and links to static facet pages. With it,
 * the checkbox form appears; ticking boxes filters the list through the site's
 * Pagefind index (filters region/city/park/theme/year, type=典型案例). Within one
 * facet any ticked value matches; across facets all must match. The state lives in
 * the query string (?city=shanwei&theme=sanjiehe), so a filtered view can be
 * bookmarked, shared and reloaded.
 */
const root = document.querySelector('[data-case-finder]');
const facets = ['region', 'city', 'park', 'theme', 'year'];

async function main() {
  if (!root) return;
  const form = root.querySelector('.finder-form');
  const status = root.querySelector('.finder-status');
  const empty = root.querySelector('.finder-empty');
  const items = [...root.querySelectorAll('#case-results-list > li')];
  const boxes = [...form.querySelectorAll('input[type="checkbox"]')];

  const pagefind = await import(root.dataset.pagefind);
  await pagefind.options({ baseUrl: root.dataset.base });
  form.hidden = false;

  /** Ticks the boxes named in the query string. */
  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
  }

  /** Writes the ticked boxes into the query string, in facet order. */
  function writeUrl() {
    const params = new URLSearchParams();
    for (const facet of facets) for (const box of boxes) if (box.name === facet && box.checked) params.append(facet, box.value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  let run = 0;
  async function apply() {
    const mine = ++run;
    const filters = { type: '典型案例' };
    for (const facet of facets) {
      const values = boxes.filter((b) => b.name === facet && b.checked).map((b) => b.dataset.filter);
      if (values.length > 0) filters[facet] = { any: values };
    }
    const search = await pagefind.search(null, { filters });
    const urls = new Set((await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url));
    if (mine !== run) return;
    let shown = 0;
    for (const item of items) {
      const match = urls.has(item.dataset.caseUrl);
      item.hidden = !match;
      if (match) shown += 1;
    }
    const active = boxes.filter((b) => b.checked).length;
    status.textContent = active === 0 ? `共 ${items.length} 个案例。` : `符合条件的案例：${shown} 个（共 ${items.length} 个）。`;
    empty.hidden = shown > 0;
  }

  form.addEventListener('change', () => {
    writeUrl();
    void apply();
  });
  for (const button of root.querySelectorAll('.finder-clear')) {
    button.addEventListener('click', (event) => {
      event.preventDefault();
      for (const box of boxes) box.checked = false;
      writeUrl();
      void apply();
      form.querySelector('input')?.focus();
    });
  }
  window.addEventListener('popstate', () => {
    readUrl();
    void apply();
  });
  readUrl();
  await apply();
  root.dataset.ready = 'true';
}

main().catch(() => {
  // Without the search index the page still lists every case and links to the facet pages.
  if (root) root.dataset.ready = 'error';
});
