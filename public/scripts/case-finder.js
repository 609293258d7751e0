/* global document, window, history, location, URLSearchParams */
/**
 * The interactive case finder on /cases/ (典型案例). Progressive enhancement: without
 * JavaScript the page lists every case, and the folded filter panel links each value to its
 * static facet page. With it, each of those links becomes a checkbox; ticking boxes filters the
 * list through the site's Pagefind index (filters region/city/park/theme/year, type=典型案例).
 * Within one facet any ticked value matches; across facets all must match. The count beside
 * each value is live: how many cases would be shown with that value ticked too. The state lives
 * in the query string (?city=shanwei&theme=sanjiehe), so a filtered view can be bookmarked,
 * shared and reloaded.
 */
const root = document.querySelector('[data-case-finder]');
const facets = ['region', 'city', 'park', 'theme', 'year'];

/** Turns a value's link into a checkbox labelled with the value's name; returns the checkbox. */
function toCheckbox(item) {
  const link = item.querySelector('a');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: item.dataset.facet, value: item.dataset.facetId });
  box.dataset.filter = item.dataset.filter;
  const label = document.createElement('label');
  label.append(box, ` ${link.textContent}`);
  link.replaceWith(label);
  return box;
}

async function main() {
  if (!root) return;
  const panel = root.querySelector('.finder-filters');
  const form = root.querySelector('.finder-form');
  const status = root.querySelector('.finder-status');
  const empty = root.querySelector('.finder-empty');
  const selected = root.querySelector('.finder-selected');
  const items = [...root.querySelectorAll('#case-results-list > li')];
  if (!panel || !form) return;

  const pagefind = await import(root.dataset.pagefind);
  await pagefind.options({ baseUrl: root.dataset.base });
  // Every filter's index, once: a search counts only the filters whose index is loaded.
  await pagefind.filters();

  const values = [...form.querySelectorAll('li[data-facet]')];
  const boxes = values.map(toCheckbox);
  const help = form.querySelector('#finder-help');
  help.textContent = help.dataset.helpScript;
  form.querySelector('.finder-actions').hidden = false;

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

  /** Pagefind filters for the ticked boxes, leaving out one facet (for that facet's counts). */
  function filtersWithout(left) {
    const filters = { type: '典型案例' };
    for (const facet of facets) {
      if (facet === left) continue;
      const ticked = boxes.filter((b) => b.name === facet && b.checked).map((b) => b.dataset.filter);
      if (ticked.length > 0) filters[facet] = { any: ticked };
    }
    return filters;
  }

  let run = 0;
  async function apply() {
    const mine = ++run;
    const ticked = facets.filter((facet) => boxes.some((b) => b.name === facet && b.checked));
    // A value's count is what ticking it would show: the other facets' conditions, and this value.
    // A facet with ticked values counts without its own condition (any of its values matches).
    const search = await pagefind.search(null, { filters: filtersWithout(null) });
    const own = [];
    for (const facet of ticked) own.push(await pagefind.search(null, { filters: filtersWithout(facet) }));
    const urls = new Set((await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url));
    if (mine !== run) return;
    const counts = Object.fromEntries(facets.map((facet) => [facet, search.filters[facet] ?? {}]));
    ticked.forEach((facet, i) => {
      counts[facet] = own[i].filters[facet] ?? {};
    });
    values.forEach((item, i) => {
      const count = counts[item.dataset.facet][item.dataset.filter] ?? 0;
      item.querySelector('[data-count]').textContent = String(count);
      item.classList.toggle('is-none', count === 0);
      boxes[i].disabled = count === 0 && !boxes[i].checked;
    });
    let shown = 0;
    for (const item of items) {
      const match = urls.has(item.dataset.caseUrl);
      item.hidden = !match;
      if (match) shown += 1;
    }
    const active = boxes.filter((b) => b.checked).length;
    selected.textContent = active > 0 ? `（已选 ${active} 项）` : '';
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
      if (panel.open) boxes[0]?.focus();
    });
  }
  window.addEventListener('popstate', () => {
    readUrl();
    void apply();
  });
  readUrl();
  // An address with filters in it opens the panel, so the reader sees what is ticked.
  if (boxes.some((b) => b.checked)) panel.open = true;
  await apply();
  root.dataset.ready = 'true';
}

main().catch(() => {
  // Without the search index the page still lists every case and links to the facet pages.
  if (root) root.dataset.ready = 'error';
});
