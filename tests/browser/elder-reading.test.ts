/**
 * 适老化 (工信部《互联网网站适老化通用设计规范》) in Debian's Chromium, on the shared build:
 * - the high-contrast theme on every page type (tests/fixtures/page-types.ts): axe's contrast rules,
 *   AA (4.5:1) and enhanced (7:1), find nothing; every link in the main text is underlined, so it is
 *   told from text without colour; every link and control shows its focus; and at every text size
 *   (标准/大/特大) lines are spaced at least 1.3 × the text and paragraphs at least 1.3 × the lines.
 *   One page load per page type: the sizes are switched on the loaded page.
 * - 特大鼠标: chosen from the keyboard, it sets a large pointer image served by the site itself.
 * - 语音阅读 with a stand-in for the browser's speechSynthesis (headless Chromium may have no
 *   voices): the control shows only once a Chinese voice is there; it reads the main text in order,
 *   nothing hidden or navigational; it pauses, continues and stops.
 * Axe's full WCAG 2.1 A/AA run in both reading modes is tests/browser/viewport.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes } from '../fixtures/page-types.ts';
import { browserOnSite, loadAxe, openAnew, tabTo } from '../helpers/browser.ts';

const on = browserOnSite();
/** Where public/scripts/reading.js keeps the reader's choice. */
const READING_KEY = 'szy-reading';

/** axe-core's contrast rules, evaluated through the DevTools protocol (the CSP refuses an added <script>). */
async function contrastViolations(page: Page): Promise<string[]> {
  await loadAxe(page);
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[]; any: { message: string }[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast', 'color-contrast-enhanced'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.any[0]?.message ?? ''}`));
  });
  return violations;
}

/**
 * What a reader of the page at each text size would find too tight: text whose line height is under
 * 1.3 × its size, and two paragraphs whose distance (one's last line to the next one's first) is under
 * 1.3 × the line spacing. Lines that belong to one unit — a signature block (printed together,
 * GB/T 9704), a card or list entry, a masthead — are not paragraphs of running text.
 */
function tightSpacing(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && Boolean(el.textContent?.trim());
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>`;
    for (const size of ['standard', 'large', 'xlarge']) {
      document.documentElement.dataset.textSize = size;
      for (const el of document.querySelectorAll('main :is(p, li, dt, dd, th, td, caption, figcaption, blockquote, h1, h2, h3, h4, h5, h6, a)')) {
        if (!shown(el)) continue;
        const style = getComputedStyle(el);
        const ratio = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        if (ratio < 1.3 - 0.005) problems.push(`${size}: ${name(el)} line height ${ratio.toFixed(2)} × its text`);
      }
      for (const p of document.querySelectorAll('main p:not(li p, .doc-signature p, .bulletin-masthead p)')) {
        const next = p.nextElementSibling;
        if (next?.tagName !== 'P' || !shown(p) || !shown(next)) continue;
        const line = parseFloat(getComputedStyle(p).lineHeight);
        const lines = p.getClientRects();
        const lastLineTop = lines[lines.length - 1]!.bottom - line;
        const distance = next.getClientRects()[0]!.top - lastLineTop;
        if (distance < 1.3 * line - 0.5) problems.push(`${size}: ${name(p)} to the next paragraph ${(distance / line).toFixed(2)} × the line spacing`);
      }
    }
    document.documentElement.dataset.textSize = 'standard';
    return [...new Set(problems)];
  });
}

/** Links in the main text that are not underlined, and links and controls that show no focus. */
function linksAndFocus(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const notUnderlined = [...document.querySelectorAll('main a[href]')]
      .filter((a) => shown(a) && a.textContent?.trim() && !getComputedStyle(a).textDecorationLine.includes('underline'))
      .map((a) => a.textContent!.trim());
    // After a key press, focus moved by script shows as keyboard focus (:focus-visible).
    const noFocusRing = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')]
      .filter(shown)
      .filter((el) => {
        el.focus();
        const style = getComputedStyle(el);
        return !el.matches(':focus-visible') || (style.outlineStyle === 'none' && style.boxShadow === 'none');
      })
      .map((el) => `<${el.tagName.toLowerCase()}> ${el.textContent?.trim().slice(0, 20)}`);
    return { notUnderlined, noFocusRing };
  });
}

describe('the high-contrast theme', () => {
  // One tab for every page type, each page a document of its own (a new tab a page costs a renderer
  // process a page), with high contrast stored as after a reader chose it.
  let page: Page;
  beforeAll(async () => {
    page = await on.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [READING_KEY, JSON.stringify({ contrast: 'high' })] as const);
  });
  afterAll(async () => {
    await page?.close();
  });
  it.each(pageTypes)('on the $name page: text at 7:1 or more, underlined links, visible focus, room between lines and paragraphs', async ({ path: url }) => {
    await openAnew(page, on.site.url + encodeURI(url));
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    expect(await contrastViolations(page)).toEqual([]);
    expect(await tightSpacing(page)).toEqual([]);
    await page.keyboard.press('Shift');
    expect(await linksAndFocus(page)).toEqual({ notUnderlined: [], noFocusRing: [] });
  });
});

describe('特大鼠标', () => {
  it('is chosen from the keyboard and gives a large pointer from the site itself, a hand over links', async () => {
    const page = await on.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${on.site.url}/`);
    const cursors = () =>
      page.evaluate(() => ({
        pressed: document.querySelector('[data-pointer-toggle]')!.getAttribute('aria-pressed'),
        body: getComputedStyle(document.body).cursor,
        link: getComputedStyle(document.querySelector('main a[href]')!).cursor,
      }));
    expect(await cursors()).toMatchObject({ pressed: 'false', body: 'auto' });
    await tabTo(page, '[data-pointer-toggle]');
    await page.keyboard.press('Enter');
    await page.reload();
    const large = await cursors();
    expect(large.pressed).toBe('true');
    const image = (cursor: string) => /url\("?([^")]+)"?\)/u.exec(cursor)?.[1];
    const [arrow, hand] = [image(large.body), image(large.link)];
    expect(arrow, large.body).toBeTruthy();
    expect(hand, large.link).toBeTruthy();
    expect(large.body.endsWith('default'), 'falls back to the browser’s own pointer').toBe(true);
    expect(large.link.endsWith('pointer'), 'falls back to the browser’s own hand').toBe(true);
    for (const src of [arrow!, hand!]) {
      const url = new URL(src, on.site.url);
      expect(url.origin).toBe(on.site.url);
      const response = await page.request.get(url.href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/u);
      // Browsers refuse pointer images over 128 px; 64 px is Windows' largest pointer size.
      expect(await response.text()).toMatch(/<svg[^>]*width="64"[^>]*height="64"/u);
    }
    await page.locator('[data-pointer-toggle]').click();
    expect(await cursors()).toMatchObject({ pressed: 'false', body: 'auto' });
    await page.close();
  });
});

/**
 * A stand-in for window.speechSynthesis, installed before the page's scripts run: it records what
 * is spoken, has the voices the test gives it (none at first), and ends each utterance at once when
 * `autoEnd` is set, or when the test calls `finish()`.
 */
function installSpeech() {
  type Utterance = { text: string; lang: string; voice: unknown; onend?: () => void; onerror?: (e: { error: string }) => void };
  const state = { spoken: [] as string[], langs: [] as string[], current: null as Utterance | null, paused: false, cancelled: 0, autoEnd: false };
  const synth = new EventTarget() as EventTarget & Record<string, unknown>;
  let voices: { lang: string; name: string }[] = [];
  Object.assign(synth, {
    getVoices: () => voices,
    speak(u: Utterance) {
      state.spoken.push(u.text);
      state.langs.push(u.lang);
      state.current = u;
      if (state.autoEnd) setTimeout(() => state.current === u && u.onend?.(), 0);
    },
    cancel() {
      const u = state.current;
      state.current = null;
      state.cancelled += 1;
      u?.onerror?.({ error: 'canceled' });
    },
    pause: () => void (state.paused = true),
    resume: () => void (state.paused = false),
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance = class {
    lang = '';
    voice: unknown = null;
    constructor(public text: string) {}
  };
  (window as unknown as Record<string, unknown>).speech = {
    state,
    setVoices(list: { lang: string; name: string }[]) {
      voices = list;
      synth.dispatchEvent(new Event('voiceschanged'));
    },
    finish: () => state.current?.onend?.(),
  };
}

type SpeechHandle = {
  state: { spoken: string[]; langs: string[]; paused: boolean; cancelled: number; autoEnd: boolean };
  setVoices: (list: { lang: string; name: string }[]) => void;
  finish: () => void;
};

async function openWithSpeech(url: string): Promise<Page> {
  const page = await on.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(installSpeech);
  await page.goto(on.site.url + encodeURI(url));
  return page;
}

const setVoices = (page: Page, voices: { lang: string; name: string }[]) =>
  page.evaluate((list) => (window as unknown as { speech: SpeechHandle }).speech.setVoices(list), voices);
const speechState = (page: Page) =>
  page.evaluate(() => {
    const { spoken, langs, paused, cancelled, autoEnd } = (window as unknown as { speech: SpeechHandle }).speech.state;
    return { spoken: [...spoken], langs: [...langs], paused, cancelled, autoEnd };
  });

/**
 * The text a reader sees in the main part of the page, block by block in order (headings,
 * paragraphs, list items, table cells), outside navigation, forms and charts; text only a
 * screen reader gets (.visually-hidden) is not what a sighted reader follows.
 */
function visibleBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4, p, li, th, td)')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('nav, form, svg, .breadcrumbs, .page-tools, .visually-hidden'))
      .filter((el) => !el.querySelector('p, li, td, h2, h3, h4'))
      .map((el) => el.innerText.replace(/\s+/gu, ''))
      .filter(Boolean),
  );
}

const squeeze = (texts: string[]) => texts.join('').replace(/\s+/gu, '');
const pick = (pattern: RegExp) => pageTypes.find((t) => pattern.test(t.name));

describe('语音阅读 (read aloud)', () => {
  it('shows only once the browser has a Chinese voice, and stays hidden with other voices only', async () => {
    const page = await openWithSpeech('/');
    const control = page.locator('[data-read-start]');
    expect(await control.isVisible()).toBe(false);
    await setVoices(page, [{ lang: 'en-US', name: 'English' }]);
    expect(await control.isVisible()).toBe(false);
    await setVoices(page, [{ lang: 'en-US', name: 'English' }, { lang: 'zh-CN', name: '普通话' }]);
    expect(await control.isVisible()).toBe(true);
    await page.close();
  });

  it.each([pick(/^circular$/u), pick(/^data page, .* chart$/u)].filter((t) => t !== undefined))(
    'reads the main text of the $name page in order, without its navigation',
    async ({ path: url }) => {
      const page = await openWithSpeech(url);
      await setVoices(page, [{ lang: 'zh-CN', name: '普通话' }]);
      await page.evaluate(() => void ((window as unknown as { speech: SpeechHandle }).speech.state.autoEnd = true));
      const blocks = await visibleBlocks(page);
      expect(blocks.length).toBeGreaterThan(0);
      await page.locator('[data-read-start]').click();
      await page.waitForFunction(() => document.documentElement.dataset.reading === 'off', undefined, { timeout: 60_000 });
      const { spoken, langs } = await speechState(page);
      expect(new Set(langs)).toEqual(new Set(['zh-CN']));
      // Every block the reader sees is spoken, in the order of the page.
      const all = squeeze(spoken);
      let from = 0;
      for (const block of blocks) {
        const at = all.indexOf(block, from);
        expect(at, `“${block.slice(0, 30)}” is read, after what comes before it`).toBeGreaterThanOrEqual(0);
        from = at + block.length;
      }
      // A heading is read as often as it stands in the text: the contents list that repeats every
      // heading is navigation, not read.
      const headings = await page.evaluate(() => [...document.querySelectorAll('main :is(h2, h3)')].filter((h) => h.checkVisibility() && !h.closest('nav')).map((h) => (h as HTMLElement).innerText.replace(/\s+/gu, '')));
      for (const heading of headings) {
        expect(spoken.filter((s) => s.replace(/\s+/gu, '') === heading).length, heading).toBe(blocks.filter((b) => b === heading).length);
      }
      const navigation = await page.evaluate(() => [...document.querySelectorAll('.breadcrumbs a, .site-header a')].map((a) => (a as HTMLElement).innerText.trim()));
      expect(spoken.filter((s) => navigation.includes(s.trim()))).toEqual([]);
      await page.close();
    },
  );

  it('pauses, continues and stops from the keyboard, the stop always in sight', async () => {
    const page = await openWithSpeech(pick(/^circular$/u)?.path ?? '/');
    await setVoices(page, [{ lang: 'zh-CN', name: '普通话' }]);
    await tabTo(page, '[data-read-start]');
    await page.keyboard.press('Enter');
    let state = await speechState(page);
    expect(state.spoken).toHaveLength(1);
    // Focus moves to 停止朗读, which stays on screen while the page scrolls with the reading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('停止朗读');
    await page.evaluate(() => (window as unknown as { speech: SpeechHandle }).speech.finish());
    await page.mouse.wheel(0, 3000);
    expect(await page.locator('[data-read-stop]').isVisible()).toBe(true);
    expect(await page.locator('[data-read-stop]').evaluate((b) => b.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await page.locator('.is-being-read').count()).toBe(1);
    state = await speechState(page);
    expect(state.spoken).toHaveLength(2);

    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('暂停朗读');
    await page.keyboard.press('Enter');
    expect((await speechState(page)).paused).toBe(true);
    expect(await page.locator('[data-read-pause]').textContent()).toBe('继续朗读');
    await page.keyboard.press('Enter');
    expect((await speechState(page)).paused).toBe(false);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    state = await speechState(page);
    await page.evaluate(() => (window as unknown as { speech: SpeechHandle }).speech.finish());
    expect((await speechState(page)).spoken, 'nothing more is read after 停止').toEqual(state.spoken);
    expect(await page.locator('.is-being-read').count()).toBe(0);
    expect(await page.locator('[data-read-stop]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('朗读正文');

    // Esc stops too.
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-read-stop]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-read-stop]').isVisible()).toBe(false);
    await page.close();
  });
});
