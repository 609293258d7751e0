/**
 * The search page's script (the only client JavaScript on the site): runs Pagefind's
 * browser API over the built index, keeps query, filters and sort in the URL, and renders
 * results and filter counts. Loaded as an external module; needs the CSP
 * script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'.
 */
import { chunksForAddressQuery, type ChunkList } from '../lib/search/index-chunks.ts';
import { normalizeQueryLazy } from '../lib/search/query.ts';
import { pagefindOptions, sortOrders } from '../lib/search/options.ts';
import { searchEveryWord } from '../lib/search/run.ts';
import { filterLabels, type FilterName } from '../lib/search/filters.ts';
import { excerptIsIndexTerms, orderFilterValues, resultFacts } from '../lib/search/results.ts';
import { formatState, pagefindFilters, parseState, type SearchState } from '../lib/search/url-state.ts';

interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: Record<string, unknown>): Promise<{ results: { data(): Promise<Result> }[]; filters: Record<string, Record<string, number>> }>;
}

/**
 * First of all: asks for the index chunks the address's query will need, predicted from the chunk
 * list the build wrote on this module's script tag (src/lib/search/index-chunks.ts), as preloads
 * Pagefind's own fetches then reuse, so they download with Pagefind's files instead of after them.
 * The build puts this module in the head (src/lib/build/search-preloads.ts), so this runs as soon
 * as the module has arrived; the rest waits for the page to be parsed.
 */
function preloadIndexChunks(): void {
  const list = document.querySelector<HTMLScriptElement>('script[data-index-chunks]')?.dataset.indexChunks;
  const entry = document.getElementById('pagefind-entry') as HTMLLinkElement | null;
  if (!list || !entry) return;
  for (const hash of chunksForAddressQuery(parseState(location.search).q, document.documentElement.lang, JSON.parse(list) as ChunkList)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: new URL(`index/${hash}.pf_index`, entry.href).href }));
  }
}
preloadIndexChunks();

// The page's elements, found by start() once the page has been parsed.
let form: HTMLFormElement;
let input: HTMLInputElement;
let sortSelect: HTMLSelectElement;
let panel: HTMLDetailsElement;
let filterCount: HTMLElement;
let facets: HTMLElement;
let status: HTMLElement;
let list: HTMLOListElement;
const PAGE = 10;

let pagefind: Pagefind | undefined;
let shown = PAGE;
let run = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The state shown by the form's controls. */
function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return parseState(params.toString());
}

/** Renders one fieldset of checkboxes per filter, with the number of matching pages. */
function renderFacets(all: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>, state: SearchState): void {
  facets.replaceChildren();
  for (const [name, label] of Object.entries(filterLabels) as [FilterName, string][]) {
    const values = Object.keys(all[name] ?? {});
    if (values.length === 0) continue;
    const set = el('fieldset', { className: 'search-facet' }, el('legend', {}, label));
    for (const value of orderFilterValues(name, values)) {
      const box = el('input', { type: 'checkbox', name, value, checked: state.filters[name]?.includes(value) ?? false });
      const count = counts[name]?.[value] ?? 0;
      set.append(el('label', {}, box, ` ${value} `, el('span', { className: 'muted' }, `（${count}）`)));
    }
    facets.append(set);
  }
  // Hidden by visibility, not removed: the panel keeps its place, so results never move (layout shift).
  panel.classList.toggle('is-empty', facets.childElementCount === 0);
}

function renderResult(r: Result): HTMLLIElement {
  const title = el('a', { href: r.url }, r.meta.title ?? r.url);
  const heading = el('h3', {}, title);
  if (r.meta.sample) heading.append(' ', el('span', { className: 'badge' }, '示例'));
  const excerpt = el('p', { className: 'search-excerpt' });
  if (r.meta.description && excerptIsIndexTerms(r.excerpt, r.meta.terms)) {
    // The match is in the page's index-only terms (another name or 发文字号 form): show its summary.
    excerpt.textContent = r.meta.description;
  } else {
    // Pagefind's excerpt is the page's text, HTML-escaped, with the matches in <mark>.
    excerpt.innerHTML = r.excerpt;
  }
  return el('li', {}, heading, el('p', { className: 'search-facts muted' }, resultFacts(r.meta)), excerpt);
}

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const loaded = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
  // The entry file the page preloads (added by the build): Pagefind must ask for the same address.
  const entry = document.getElementById('pagefind-entry') as HTMLLinkElement | null;
  await loaded.options(pagefindOptions(form.dataset.base!, entry ? new URL(entry.href).searchParams.get('ts') ?? undefined : undefined));
  pagefind = loaded;
  return loaded;
}

/** Runs the search the state describes and renders it. */
async function update(state: SearchState): Promise<void> {
  const mine = ++run;
  input.value = state.q;
  sortSelect.value = state.sort;
  // Pagefind's files (preloaded by the page) and the query's normalisation load side by side.
  const [pf, term] = await Promise.all([load(), normalizeQueryLazy(state.q)]);
  const hasFilters = Object.keys(state.filters).length > 0;
  if (mine !== run) return;
  const selected = Object.values(state.filters).reduce((n, v) => n + v.length, 0);
  filterCount.textContent = selected > 0 ? `（已选 ${selected} 项）` : '';
  // The filter index is loaded only while the panel is open: on a large site it is a third of
  // what a first search downloads (about 100 KB at 10,000 pages; docs/benchmarks.md).
  const withFacets = panel.open;
  if (!term && !hasFilters) {
    if (withFacets) {
      const all = await pf.filters();
      if (mine !== run) return;
      renderFacets(all, all, state);
    }
    list.replaceChildren();
    status.textContent = '请输入关键词，或选择筛选条件。';
    return;
  }
  status.textContent = '正在搜索……';
  const sort = sortOrders[state.sort].sort;
  // Filter counts come with a search only once the filter index is loaded.
  const all = withFacets ? await pf.filters() : undefined;
  const search = await searchEveryWord(pf, term || null, { filters: pagefindFilters(state), ...(sort ? { sort } : {}) });
  if (mine !== run) return;
  if (all) renderFacets(all, search.filters, state);
  const what = term ? `“${state.q}”` : '所选条件';
  status.textContent = search.results.length === 0 ? `没有找到与${what}相关的内容。` : `找到 ${search.results.length} 条与${what}相关的结果。`;
  // Each result is shown as soon as its fragment has arrived and those ranked above it have:
  // results are only ever added below the ones shown, so nothing on screen moves.
  // The previous results stay until the first new one replaces them.
  list.setAttribute('aria-busy', 'true');
  const page = search.results.slice(0, shown);
  const arrived: (Result | undefined)[] = page.map(() => undefined);
  let next = 0;
  await Promise.all(page.map(async (r, i) => {
    arrived[i] = await r.data();
    for (; mine === run && next < page.length && arrived[next]; next++) {
      if (next === 0) list.replaceChildren();
      list.append(renderResult(arrived[next]!));
    }
  }));
  if (mine !== run) return;
  if (page.length === 0) list.replaceChildren();
  list.removeAttribute('aria-busy');
  if (search.results.length > shown) {
    const more = el('button', { type: 'button', className: 'search-more' }, `显示更多结果（还有 ${search.results.length - shown} 条）`);
    more.addEventListener('click', () => {
      shown += PAGE;
      void update(state);
    });
    list.append(el('li', { className: 'search-more-item' }, more));
  }
}

/** Puts the form's state into the URL (a new history entry) and searches. */
function commit(replace = false): void {
  const state = readForm();
  const url = `${location.pathname}${formatState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[replace ? 'replaceState' : 'pushState'](null, '', url);
  shown = PAGE;
  void update(state);
}

/** Finds the page's elements, wires the form and runs the search in the address. */
function start(): void {
  form = document.getElementById('search-form') as HTMLFormElement;
  input = document.getElementById('search-q') as HTMLInputElement;
  sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
  panel = document.getElementById('search-filters') as HTMLDetailsElement;
  filterCount = document.getElementById('search-filter-count') as HTMLElement;
  facets = document.getElementById('search-facets') as HTMLElement;
  status = document.getElementById('search-status') as HTMLElement;
  list = document.getElementById('search-list') as HTMLOListElement;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) commit();
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit(true), 300);
  });
  window.addEventListener('popstate', () => {
    shown = PAGE;
    void update(parseState(location.search));
  });

  // The filter panel opens by itself only for an address that has filters in it; opening it
  // loads the filter counts for the current search.
  panel.classList.remove('is-empty');
  sortSelect.closest('.search-sort')?.classList.remove('is-pending');
  panel.open = Object.keys(parseState(location.search).filters).length > 0;
  panel.addEventListener('toggle', () => {
    if (panel.open) void update(parseState(location.search));
  });

  void update(parseState(location.search)).catch(() => {
    status.textContent = '搜索索引加载失败，请稍后再试，或通过上方“按栏目浏览”的链接查看全部内容。';
  });
}

// The build runs this module from the head, before the page below it is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
