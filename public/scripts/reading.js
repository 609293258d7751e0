/* global document, localStorage, window */
/**
 * The site's own reading preferences (适老化): text size (标准/大/特大) and a high-contrast
 * mode, kept in localStorage so they follow the reader from page to page, and the
 * 打印本页 button. Loaded by every page from the site's origin, before the body, so a
 * page never flashes in the wrong size. Progressive enhancement: without JavaScript the
 * controls stay hidden and the browser's own zoom, contrast settings and print menu serve;
 * nothing else on the page depends on this file.
 */
const root = document.documentElement;
const KEY = 'szy-reading';
const SIZES = ['standard', 'large', 'xlarge'];

/** The stored preferences, or the defaults when storage is empty, unreadable or blocked. */
function read() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || '{}');
    return { size: SIZES.includes(saved.size) ? saved.size : 'standard', contrast: saved.contrast === 'high' ? 'high' : 'normal' };
  } catch {
    return { size: 'standard', contrast: 'normal' };
  }
}

function apply(prefs) {
  root.dataset.textSize = prefs.size;
  root.dataset.contrast = prefs.contrast;
  for (const button of document.querySelectorAll('[data-text-size-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.textSizeChoice === prefs.size));
  }
  for (const button of document.querySelectorAll('[data-contrast-toggle]')) {
    button.setAttribute('aria-pressed', String(prefs.contrast === 'high'));
  }
}

function save(prefs) {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage blocked (private mode): the choice holds for this page only.
  }
  apply(prefs);
}

apply(read());

document.addEventListener('DOMContentLoaded', () => {
  apply(read());
  for (const tools of document.querySelectorAll('[data-reading-tools], [data-print-page]')) tools.hidden = false;
  for (const button of document.querySelectorAll('[data-text-size-choice]')) {
    button.addEventListener('click', () => save({ ...read(), size: button.dataset.textSizeChoice }));
  }
  for (const button of document.querySelectorAll('[data-contrast-toggle]')) {
    button.addEventListener('click', () => save({ ...read(), contrast: read().contrast === 'high' ? 'normal' : 'high' }));
  }
  for (const button of document.querySelectorAll('[data-print-page]')) {
    button.addEventListener('click', () => window.print());
  }
});
