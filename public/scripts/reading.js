/* global document, localStorage, window, SpeechSynthesisUtterance */
/**
 * The site's own reading preferences (适老化, 工信部《互联网网站适老化通用设计规范》): text size
 * (标准/大/特大), a high-contrast theme and an extra-large pointer (特大鼠标), kept in localStorage
 * so they follow the reader from page to page; read aloud (语音阅读) with the browser's own
 * speech synthesis; and the 打印本页 button. Loaded by every page from the site's origin, before
 * the body, so a page never flashes in the wrong size or theme. Progressive enhancement: without
 * JavaScript the controls stay hidden and the browser's own zoom, contrast settings, screen
 * reader and print menu serve; nothing else on the page depends on this file.
 */
const root = document.documentElement;
const KEY = 'szy-reading';
const SIZES = ['standard', 'large', 'xlarge'];

/** The stored preferences, or the defaults when storage is empty, unreadable or blocked. */
function read() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || '{}');
    return {
      size: SIZES.includes(saved.size) ? saved.size : 'standard',
      contrast: saved.contrast === 'high' ? 'high' : 'normal',
      pointer: saved.pointer === 'large' ? 'large' : 'normal',
    };
  } catch {
    return { size: 'standard', contrast: 'normal', pointer: 'normal' };
  }
}

/**
 * Sets a data attribute of <html> only when it changes: every change restyles the whole page,
 * which on a long document costs a phone real time.
 */
function setRoot(name, value) {
  if (root.dataset[name] !== value) root.dataset[name] = value;
}

function apply(prefs) {
  setRoot('textSize', prefs.size);
  setRoot('contrast', prefs.contrast);
  setRoot('pointer', prefs.pointer);
  for (const button of document.querySelectorAll('[data-text-size-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.textSizeChoice === prefs.size));
  }
  for (const button of document.querySelectorAll('[data-contrast-toggle]')) {
    button.setAttribute('aria-pressed', String(prefs.contrast === 'high'));
  }
  for (const button of document.querySelectorAll('[data-pointer-toggle]')) {
    button.setAttribute('aria-pressed', String(prefs.pointer === 'large'));
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

/* ---- Read aloud (语音阅读) ---------------------------------------------------------------- */

/** Elements whose text is read as one piece; text directly inside another block is its own piece. */
const BLOCKS =
  'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,blockquote,pre,summary,div,section,article,aside,header,footer,table,tr,ul,ol,dl,figure,details,main';
/**
 * What is not read: navigation (breadcrumbs, contents, issue links), forms and tools, pictures
 * (a chart's numbers are read from its table), text meant for screen readers only.
 */
const SKIP =
  'nav,.breadcrumbs,.page-tools,.issue-nav,.skip-link,form,button,select,input,textarea,label,svg,img,[aria-hidden="true"],.visually-hidden,script,style,template,noscript';
/** Longer pieces are cut after a sentence: some voices stop short on a long utterance. */
const MAX_UTTERANCE = 120;

const speech = window.speechSynthesis;
// Asking early starts the browser loading its voices (Chromium fills the list asynchronously), so
// that 朗读正文 is usually known to be possible by the time the page is drawn.
speech?.getVoices();

/** Whether an element is drawn on screen (not display:none, not in a closed <details>, not invisible). */
function shown(element) {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  return element.getClientRects().length > 0;
}

/** A Chinese voice, a mainland (普通话) one first; undefined when the browser has none (yet). */
function chineseVoice() {
  const voices = speech ? speech.getVoices() : [];
  return (
    voices.find((v) => /^(zh[-_]CN|cmn)/iu.test(v.lang)) ??
    voices.find((v) => /^(zh|cmn|yue)([-_]|$)/iu.test(v.lang))
  );
}

/** Splits a long text after 。！？；… so that no piece is much longer than MAX_UTTERANCE. */
function sentences(text) {
  if (text.length <= MAX_UTTERANCE) return [text];
  const pieces = [];
  let current = '';
  for (const sentence of text.match(/[^。！？；!?;]+[。！？；!?;”’）)]*|[。！？；!?;]+/gu) ?? [text]) {
    if (current && current.length + sentence.length > MAX_UTTERANCE) {
      pieces.push(current);
      current = '';
    }
    current += sentence;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * The page's main text in reading order, as { block, text } pieces: headings, paragraphs, list
 * items, table cells…, leaving out what is hidden, printed only, navigation or controls.
 */
function mainText() {
  const main = document.querySelector('main');
  if (!main) return [];
  const pieces = [];
  let last;
  const walker = document.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP) || !shown(parent)) continue;
    const text = node.data.replace(/\s+/gu, ' ');
    if (!text.trim()) continue;
    const block = parent.closest(BLOCKS) ?? main;
    if (last && last.block === block) last.text += text;
    else pieces.push((last = { block, text }));
  }
  return pieces.flatMap(({ block, text }) => sentences(text.trim()).map((piece) => ({ block, text: piece })));
}

const reading = { queue: [], index: 0, utterance: null, block: null, paused: false };

function mark(block) {
  reading.block?.classList.remove('is-being-read');
  reading.block = block;
  if (!block) return;
  block.classList.add('is-being-read');
  block.scrollIntoView({ block: 'nearest' });
}

/** Shows the controls of the current state: 朗读 when idle; 暂停/继续 and 停止 while reading. */
function showState(focus) {
  const active = reading.utterance !== null;
  setRoot('reading', active ? (reading.paused ? 'paused' : 'speaking') : 'off');
  for (const button of document.querySelectorAll('[data-read-start]')) button.hidden = active;
  for (const button of document.querySelectorAll('[data-read-pause]')) {
    button.hidden = !active;
    button.textContent = reading.paused ? '继续朗读' : '暂停朗读';
  }
  for (const button of document.querySelectorAll('[data-read-stop]')) button.hidden = !active;
  if (focus) document.querySelector(active ? '[data-read-stop]' : '[data-read-start]')?.focus();
}

function speakNext() {
  const piece = reading.queue[reading.index++];
  if (!piece) {
    stopReading(document.activeElement?.closest('[data-read-aloud]') !== null);
    return;
  }
  const voice = chineseVoice();
  const utterance = new SpeechSynthesisUtterance(piece.text);
  utterance.lang = voice?.lang ?? 'zh-CN';
  if (voice) utterance.voice = voice;
  // A cancelled utterance ends too: only the one being read moves on.
  utterance.onend = () => {
    if (reading.utterance === utterance) speakNext();
  };
  utterance.onerror = () => {
    if (reading.utterance === utterance) speakNext();
  };
  reading.utterance = utterance;
  mark(piece.block);
  speech.speak(utterance);
}

function startReading() {
  speech.cancel();
  reading.queue = mainText();
  reading.index = 0;
  reading.paused = false;
  speakNext();
  showState(true);
}

function stopReading(focus) {
  reading.utterance = null;
  reading.paused = false;
  speech.cancel();
  mark(null);
  showState(focus);
}

function togglePause() {
  reading.paused = !reading.paused;
  if (reading.paused) speech.pause();
  else speech.resume();
  showState(false);
}

/** The read-aloud controls show only where the browser has a Chinese voice; voices may arrive late. */
function offerReadAloud() {
  const available = Boolean(chineseVoice());
  for (const group of document.querySelectorAll('[data-read-aloud]')) if (group.hidden === available) group.hidden = !available;
  if (!available && reading.utterance) stopReading(false);
}

document.addEventListener('DOMContentLoaded', () => {
  apply(read());
  for (const tools of document.querySelectorAll('[data-reading-tools], [data-print-page]')) tools.hidden = false;
  for (const button of document.querySelectorAll('[data-text-size-choice]')) {
    button.addEventListener('click', () => save({ ...read(), size: button.dataset.textSizeChoice }));
  }
  for (const button of document.querySelectorAll('[data-contrast-toggle]')) {
    button.addEventListener('click', () => save({ ...read(), contrast: read().contrast === 'high' ? 'normal' : 'high' }));
  }
  for (const button of document.querySelectorAll('[data-pointer-toggle]')) {
    button.addEventListener('click', () => save({ ...read(), pointer: read().pointer === 'large' ? 'normal' : 'large' }));
  }
  for (const button of document.querySelectorAll('[data-print-page]')) {
    button.addEventListener('click', () => window.print());
  }
  if (!speech || typeof SpeechSynthesisUtterance !== 'function') return;
  for (const button of document.querySelectorAll('[data-read-start]')) button.addEventListener('click', startReading);
  for (const button of document.querySelectorAll('[data-read-pause]')) button.addEventListener('click', togglePause);
  for (const button of document.querySelectorAll('[data-read-stop]')) button.addEventListener('click', () => stopReading(true));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && reading.utterance) stopReading(false);
  });
  // Speech outlives the page in some browsers: stop when the reader leaves it.
  window.addEventListener('pagehide', () => {
    if (reading.utterance) stopReading(false);
  });
  speech.addEventListener?.('voiceschanged', offerReadAloud);
  offerReadAloud();
});
