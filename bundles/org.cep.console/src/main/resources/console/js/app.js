// The console shell: login, navigation from the capabilities switched on for the user's court and the
// user's roles, language, and the pages of each capability, imported from /console/modules.json.
import { api, get, post, token, setToken, whenUnauthorized } from './api.js';
import { t, lang, setLang } from './i18n.js';
import { h, clear, errorBox } from './ui.js';
import { shellPages } from './pages.js';

const app = document.getElementById('app');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const logoutButton = document.getElementById('logout');
const langButton = document.getElementById('lang');
const bell = document.getElementById('bell');
let bellAt = 0; // when the bell last asked the modules for their counts
const courtSwitch = document.getElementById('court-switch');
const courtSwitchLabel = document.getElementById('court-switch-label');

const state = { user: null, capabilities: [], modules: new Map(), routes: [], menu: [] };
const loaded = new Map(); // entry → module (imported once per page load)
let pendingRoute = null;

/** what a page gets: the user, role checks, navigation, and the "my work" contributions */
const ctx = {
  get user() { return state.user; },
  hasRole: (...roles) => !!state.user && roles.some(r => state.user.roles.includes(r)),
  navigate: route => { location.hash = '#/' + route; },
  capabilityOn: id => state.capabilities.some(c => c.id === id && c.enabledForMyCourt),
  modules: () => [...state.modules.values()],
  /** the court the admin pages show: the user's own, or for provincial IT the one chosen in the top bar */
  viewCourt: () => (ctx.hasRole('provincial-admin') && sessionStorage.getItem('cep.viewCourt')) || state.user?.courtId,
  rerender: () => render(),
};

function routeOf(hash) { return (hash || '').replace(/^#\/?/, ''); }

function match(pattern, route) {
  const p = pattern.split('/'), r = route.split('/');
  if (p.length !== r.length) return null;
  const params = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(r[i]);
    else if (p[i] !== r[i]) return null;
  }
  return params;
}

/** capabilities and page modules, fetched again at every navigation: a switch applies at the next click */
async function refresh() {
  const [me, caps, mods] = await Promise.all([get('/auth/me'), get('/capabilities'),
    fetch('/console/modules.json', { cache: 'no-store' }).then(r => r.json())]);
  state.user = me;
  state.capabilities = caps;
  const on = new Set(caps.filter(c => c.enabledForMyCourt).map(c => c.id));
  state.modules = new Map();
  for (const m of mods) {
    if (!on.has(m.capability)) continue;
    let mod = loaded.get(m.entry);
    if (!mod) {
      try {
        mod = (await import('/console/' + m.entry)).default;
        loaded.set(m.entry, mod);
      } catch (e) {
        console.error('page module failed', m.entry, e);
        continue;
      }
    }
    state.modules.set(m.capability, mod);
  }
  const pages = [...shellPages, ...[...state.modules.values()].flatMap(m => m.pages || [])];
  state.routes = pages.flatMap(p => (p.routes || []).map(r => ({ ...r, roles: r.roles || p.roles })));
  state.menu = pages.filter(p => p.menu && (!p.roles || ctx.hasRole(...p.roles)));
}

function drawChrome(route) {
  document.title = t('app.title');
  document.getElementById('brand').textContent = t('app.title');
  langButton.textContent = t('lang.other');
  logoutButton.textContent = t('logout');
  const loggedIn = !!state.user;
  logoutButton.hidden = !loggedIn;
  nav.hidden = !loggedIn;
  who.textContent = loggedIn ? `${state.user.displayName || state.user.username} · ${state.user.courtId}` : '';
  courtSwitchLabel.hidden = !loggedIn || !ctx.hasRole('provincial-admin');
  document.getElementById('court-switch-text').textContent = t('switch.court');
  if (!loggedIn) { bell.hidden = true; bellAt = 0; return; } // the next user's bell asks at once
  if (!courtSwitchLabel.hidden) fillCourtSwitch();
  updateBell(false);
  clear(nav, state.menu.map(p => h('a', {
    href: '#/' + p.menu.route, id: 'nav-' + p.menu.route.replaceAll('/', '-'),
    class: route.split('/')[0] === p.menu.route.split('/')[0] ? 'on' : null,
  }, t(p.menu.label))));
}

let courtList = null;
/** provincial IT picks the court its administration pages show (users, switches, audit of that court) */
async function fillCourtSwitch() {
  if (!courtList) {
    try { courtList = await get('/courts'); } catch (e) { return; }
  }
  const chosen = ctx.viewCourt();
  if (courtSwitch.options.length !== courtList.length) {
    clear(courtSwitch, courtList.map(c => h('option', { value: c.id }, `${c.nameZh} · ${c.id}`)));
  }
  courtSwitch.value = chosen;
}

courtSwitch.addEventListener('change', () => {
  sessionStorage.setItem('cep.viewCourt', courtSwitch.value);
  render();
});

// notifications: the "my work" counts of every capability, summed in the top bar, at most every 30 s and each minute
async function updateBell(force) {
  if (!state.user || (!force && Date.now() - bellAt < 30_000)) return;
  bellAt = Date.now();
  const items = (await Promise.all(ctx.modules().filter(m => m.work).map(m => m.work(ctx).catch(() => [])))).flat().filter(Boolean);
  const due = items.reduce((n, i) => n + (Number(i.count) || 0), 0);
  bell.hidden = false;
  bell.textContent = t('bell.label', { n: due });
  bell.title = items.map(i => `${t(i.label)}: ${i.count}`).join('\n') || t('work.none');
  bell.classList.toggle('due', due > 0);
}
setInterval(() => { if (token()) updateBell(true).catch(() => {}); }, 60_000);

async function render() {
  const route = routeOf(location.hash);
  if (!token()) {
    if (route && route !== 'login') pendingRoute = route;
    state.user = null;
    drawChrome('');
    loginPage();
    return;
  }
  try {
    await refresh();
  } catch (e) {
    if (e.status === 401) return; // whenUnauthorized has sent the user to the login page
    drawChrome('');
    clear(app, errorBox(e));
    return;
  }
  const target = route && route !== 'login' ? route : 'work';
  drawChrome(target);
  for (const r of state.routes) {
    const params = match(r.path, target);
    if (!params) continue;
    if (r.roles && !ctx.hasRole(...r.roles)) break;
    clear(app);
    try {
      await r.render(app, params, ctx);
    } catch (e) {
      clear(app, errorBox(e));
    }
    return;
  }
  clear(app, h('h1', {}, t('common.notfound')), h('p', {}, h('a', { href: '#/work' }, t('nav.work'))));
}

function loginPage() {
  const box = h('div');
  const f = h('form', { class: 'grid', id: 'login-form' }, box,
    h('label', {}, t('login.court'), h('input', { name: 'courtId', required: true, autocomplete: 'organization', autocapitalize: 'none', value: sessionStorage.getItem('cep.court') || '' })),
    h('label', {}, t('login.user'), h('input', { name: 'username', required: true, autocomplete: 'username', autocapitalize: 'none' })),
    h('label', {}, t('login.password'), h('input', { name: 'password', type: 'password', required: true, autocomplete: 'current-password' })),
    h('button', { type: 'submit', class: 'primary', id: 'login-submit' }, t('login.submit')));
  f.addEventListener('submit', async ev => {
    ev.preventDefault();
    const body = { courtId: f.courtId.value.trim(), username: f.username.value.trim(), password: f.password.value };
    f.password.value = '';
    try {
      const res = await api('POST', '/auth/login', body);
      setToken(res.token);
      sessionStorage.setItem('cep.court', body.courtId);
      const next = pendingRoute || 'work';
      pendingRoute = null;
      if (routeOf(location.hash) === next) render(); else ctx.navigate(next);
    } catch (e) {
      clear(box, errorBox(e));
    }
  });
  clear(app, h('div', { class: 'card login' }, h('h1', {}, t('login.title')), f, h('p', { class: 'muted' }, t('login.hint'))));
  // the moment the login form can be used, for the first-load figures
  if (performance.getEntriesByName('cep:login-ready').length === 0) performance.mark('cep:login-ready');
}

logoutButton.addEventListener('click', async () => {
  try { await post('/auth/logout'); } catch (e) { /* the session ends on this side whatever the answer */ }
  setToken(null);
  state.user = null;
  courtList = null;
  sessionStorage.removeItem('cep.viewCourt');
  location.hash = '#/login';
  render();
});

langButton.addEventListener('click', () => { setLang(lang() === 'en' ? 'zh' : 'en'); render(); });

whenUnauthorized(() => {
  setToken(null);
  state.user = null;
  pendingRoute = routeOf(location.hash);
  drawChrome('');
  loginPage();
});

window.addEventListener('hashchange', render);
setLang(lang());
render();

