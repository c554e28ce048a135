// DOM helpers. Text always goes in as text nodes (never innerHTML), so data such as a party named
// "<script>…" is shown as it is written and never runs.
import { t, lang } from './i18n.js';

/** h('div', {class: 'card'}, 'text', child…): attributes starting with "on" are listeners */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** fen → "1,234.56 元" (integer arithmetic: no floating point on money) */
export function yuan(fen) {
  if (fen === null || fen === undefined || fen === '') return '';
  const n = BigInt(fen);
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${whole}.${cents} 元`;
}

/** "12.5" or "12.50" yuan as typed → fen; null when it is not an amount */
export function toFen(text) {
  const m = /^\s*(\d{1,13})(?:\.(\d{1,2}))?\s*$/.exec(String(text ?? ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] || '0').padEnd(2, '0'));
}

const TZ = 'Asia/Shanghai';
/** an instant (ISO with zone) shown in Beijing time; a plain date (yyyy-mm-dd) as it is */
export function when(iso) {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  if (isNaN(d)) return String(iso);
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(d);
}

/** today in Beijing as yyyy-mm-dd */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
}

/** the problem's message in the current language (Chinese first) */
export function problemText(e) {
  if (e && e.problem) {
    const p = e.problem;
    const msg = lang() === 'en' ? (p.messageEn || p.detail || p.title) : (p.messageZh || p.detail || p.title);
    return p.code ? `${msg}（${p.code}）` : msg;
  }
  return t('error.network');
}

export function errorBox(e) {
  return h('div', { class: 'error', role: 'alert' }, problemText(e));
}

/** a table: columns [{label, value: row => text|Node, num: bool}] */
export function table(columns, rows, empty) {
  if (!rows || rows.length === 0) return h('p', { class: 'muted' }, empty || t('common.none'));
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { class: c.num ? 'num' : null }, c.label)))),
    h('tbody', {}, rows.map(r => h('tr', {}, columns.map(c => h('td', { class: c.num ? 'num' : null }, c.value(r))))))));
}

export function kv(pairs) {
  return h('dl', { class: 'kv' }, pairs.filter(p => p).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '')]));
}

export function link(route, text) {
  return h('a', { href: '#/' + route }, text);
}

/** field(name, label, {type, required, value, options:[[value,label]]}) */
export function field(name, label, opts = {}) {
  let input;
  if (opts.options) {
    input = h('select', { name, required: opts.required }, opts.options.map(([v, l]) => h('option', { value: v, selected: v === opts.value }, l)));
  } else if (opts.type === 'textarea') {
    input = h('textarea', { name, required: opts.required, rows: 3 }, opts.value || '');
  } else {
    input = h('input', { name, type: opts.type || 'text', required: opts.required, value: opts.value, autocomplete: opts.autocomplete,
      inputmode: opts.inputmode, placeholder: opts.placeholder, step: opts.step, checked: opts.checked });
  }
  return h('label', {}, label, input);
}

/**
 * A form that runs submit(values) and shows the problem's message above the form when the API refuses;
 * the button is disabled while the request runs (no double submission).
 */
export function form(fields, buttonText, submit, id) {
  const box = h('div');
  const button = h('button', { type: 'submit', class: 'primary' }, buttonText);
  const f = h('form', { class: 'grid', id }, box, fields, h('div', { class: 'row' }, button));
  f.addEventListener('submit', async ev => {
    ev.preventDefault();
    const values = {};
    for (const el of f.elements) {
      if (!el.name) continue;
      values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
    }
    button.disabled = true;
    clear(box);
    try {
      await submit(values, f);
    } catch (e) {
      clear(box, errorBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return f;
}

/** runs load() and fills el with its result, or with the problem's message */
export async function fill(el, load) {
  clear(el, h('p', { class: 'muted' }, t('common.loading')));
  try {
    clear(el, await load());
  } catch (e) {
    clear(el, errorBox(e));
  }
}
