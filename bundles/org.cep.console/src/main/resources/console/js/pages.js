// The shell's own pages: my work, court administration, province. Capability pages come from modules.
import { get, post, put } from './api.js';
import { t, both } from './i18n.js';
import { h, clear, table, kv, form, field, fill, when, errorBox } from './ui.js';

const ROLES = ['court-admin', 'enforcement-officer', 'enforcement-judge', 'clerk', 'supervisor', 'trainer', 'trial-judge'];

async function workPage(el, _p, ctx) {
  const name = ctx.user.displayName || ctx.user.username;
  const counts = h('div', { class: 'counts', id: 'work-counts' });
  clear(el, h('h1', {}, t('work.title')), h('p', {}, t('work.hello', { name })), counts);
  await fill(counts, async () => {
    const items = (await Promise.all(ctx.modules().filter(m => m.work).map(m => m.work(ctx).catch(() => []))))
      .flat().filter(Boolean);
    if (items.length === 0) return h('p', { class: 'muted' }, t('work.none'));
    return items.map(i => h('a', { class: 'count', href: '#/' + i.route, dataset: { work: i.id } }, h('b', {}, String(i.count)), t(i.label)));
  });
}

async function adminPage(el, _p, ctx) {
  const courtId = ctx.viewCourt();
  const users = h('div'), caps = h('div'), audit = h('div');
  clear(el, h('h1', {}, t('admin.title'), ' · ', courtId),
    h('h2', {}, t('admin.users')), h('section', { class: 'card' }, users),
    h('h2', {}, t('admin.caps')), h('section', { class: 'card' }, caps),
    h('h2', {}, t('admin.audit')), h('section', { class: 'card' }, audit));
  const drawUsers = () => fill(users, async () => {
    const list = ctx.hasRole('provincial-admin') ? await get(`/admin/courts/${encodeURIComponent(courtId)}/users`) : await get('/users');
    return [table([
      { label: t('admin.username'), value: u => u.username },
      { label: t('admin.display'), value: u => u.displayName },
      { label: t('admin.roles'), value: u => u.roles.join(', ') },
      { label: t('admin.active'), value: u => u.active ? t('common.yes') : t('common.no') },
    ], list), h('h2', {}, t('admin.newuser')), form([
      field('username', t('admin.username'), { required: true, autocomplete: 'off' }),
      field('displayName', t('admin.display'), { required: true }),
      field('password', t('login.password'), { type: 'password', required: true, autocomplete: 'new-password' }),
      h('fieldset', {}, h('legend', {}, t('admin.roles')), ROLES.map(r => h('label', { class: 'row' }, h('input', { type: 'checkbox', name: 'role-' + r }), r))),
    ], t('common.create'), async v => {
      const roles = ROLES.filter(r => v['role-' + r]);
      const body = { username: v.username, displayName: v.displayName, password: v.password, roles };
      if (ctx.hasRole('provincial-admin')) await post(`/admin/courts/${encodeURIComponent(courtId)}/users`, body);
      else await post('/users', body);
      drawUsers();
    }, 'new-user')];
  });
  const drawCaps = () => fill(caps, async () => {
    const [court, installed] = await Promise.all([get(`/courts/${encodeURIComponent(courtId)}`), get('/capabilities')]);
    const state = new Map((court.capabilities || []).map(c => [c.id, c]));
    return [kv([[t('prov.comp'), t('comp.' + court.computerization)], [t('prov.level'), t('level.' + court.level)]]), table([
      { label: t('prov.court'), value: c => both(c.nameZh, c.nameEn) },
      { label: t('admin.level'), value: c => c.minimumLevel },
      { label: t('common.status'), value: c => capTag(c.id === 'cases' || !!state.get(c.id)?.enabled) },
      { label: '', value: c => c.id === 'cases' ? '' : h('button', {
          type: 'button', class: 'secondary', dataset: { cap: c.id },
          onclick: async ev => {
            const on = !(state.get(c.id)?.enabled);
            ev.target.disabled = true;
            try {
              await put(`/courts/${encodeURIComponent(courtId)}/capabilities/${encodeURIComponent(c.id)}`, { enabled: on, reason: 'console' });
              drawCaps();
            } catch (e) { ev.target.replaceWith(errorBox(e)); }
          } }, state.get(c.id)?.enabled ? t('admin.disable') : t('admin.enable')) },
    ], installed)];
  });
  const drawAudit = () => fill(audit, async () => {
    const button = h('button', { type: 'button', class: 'secondary', id: 'audit-verify' }, t('admin.verify'));
    const result = h('div', { id: 'audit-result' });
    const base = ctx.hasRole('provincial-admin') ? `/admin/courts/${encodeURIComponent(courtId)}/audit` : '/audit';
    button.addEventListener('click', () => fill(result, async () => {
      const v = await get(base + '/verify');
      return h('div', { class: v.intact ? 'notice' : 'error' },
        v.intact ? t('admin.intact', { n: v.entriesChecked }) : t('admin.broken', { seq: v.firstBadSeq }), ' ', both(v.messageZh, v.messageEn));
    }));
    const v = await get(base + '/verify');
    const entries = await get(`${base}?afterSeq=${Math.max(0, v.entriesChecked - 30)}&limit=30`);
    return [h('div', { class: 'row' }, button), result, table([
      { label: t('admin.seq'), value: e => e.seq, num: true },
      { label: t('admin.at'), value: e => when(e.at) },
      { label: t('admin.actor'), value: e => e.actor },
      { label: t('admin.action'), value: e => e.action },
      { label: t('admin.target'), value: e => e.target },
    ], entries.slice().reverse())];
  });
  await Promise.all([drawUsers(), drawCaps(), drawAudit()]);
}

function capTag(on) {
  return h('span', { class: 'tag ' + (on ? 'on' : 'off') }, on ? t('cap.on') : t('cap.off'));
}

async function provincePage(el, _p, ctx) {
  const matrix = h('div'), chart = h('div'), scan = h('div');
  clear(el, h('h1', {}, t('prov.title')), h('section', { class: 'card', id: 'court-matrix' }, matrix),
    h('h2', {}, t('prov.byLevel')), h('section', { class: 'card' }, chart),
    ctx.hasRole('provincial-admin') ? [h('h2', {}, t('prov.scan')), h('section', { class: 'card' }, scan)] : null);
  await fill(matrix, async () => {
    // one request for the whole province: every court with the capabilities it has on
    const m = await get('/capabilities/matrix');
    const caps = m.capabilities;
    const on = (c, cap) => c.enabled.includes(cap.id);
    drawChart(chart, m.courts, caps.filter(c => c.id !== 'cases'), on);
    return table([
      { label: t('prov.court'), value: c => [both(c.nameZh, c.nameEn), h('div', { class: 'muted' }, c.courtId)] },
      { label: t('prov.level'), value: c => t('level.' + c.level) },
      { label: t('prov.comp'), value: c => t('comp.' + c.computerization) },
      ...caps.map(cap => ({ label: both(cap.nameZh, cap.nameEn), value: c => capTag(on(c, cap)) })),
    ], m.courts);
  });
  if (ctx.hasRole('provincial-admin')) {
    await fill(scan, async () => {
      const r = await get('/admin/tenant-config');
      return [kv([[t('prov.file'), r.files], [t('admin.at'), when(r.at)]]), table([
        { label: t('prov.file'), value: p => p.file },
        { label: t('prov.line'), value: p => p.line, num: true },
        { label: t('prov.key'), value: p => p.key },
        { label: t('prov.problems'), value: p => both(p.messageZh, p.messageEn) },
      ], r.problems || [])];
    });
  }
}

/** bars: for each computerization level, how many of its courts have each capability on */
function drawChart(el, courts, caps, on) {
  const levels = ['basic', 'standard', 'advanced'].filter(l => courts.some(c => c.computerization === l));
  const NS = 'http://www.w3.org/2000/svg';
  const rowH = 22, labelW = 160, barW = 200;
  const rows = levels.flatMap(l => caps.map(cap => {
    const inLevel = courts.filter(c => c.computerization === l);
    return { label: `${t('comp.' + l)} · ${both(cap.nameZh, cap.nameEn)}`, n: inLevel.filter(c => on(c, cap)).length, of: inLevel.length };
  }));
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${labelW + barW + 60} ${rows.length * rowH + 4}`);
  svg.setAttribute('role', 'img');
  rows.forEach((r, i) => {
    const y = i * rowH + 2;
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', 0); text.setAttribute('y', y + 15); text.setAttribute('font-size', 12);
    text.textContent = r.label;
    const bar = document.createElementNS(NS, 'rect');
    bar.setAttribute('x', labelW); bar.setAttribute('y', y + 3); bar.setAttribute('height', rowH - 8);
    bar.setAttribute('width', r.of ? Math.max(1, barW * r.n / r.of) : 0); bar.setAttribute('class', 'bar');
    const n = document.createElementNS(NS, 'text');
    n.setAttribute('x', labelW + barW + 6); n.setAttribute('y', y + 15); n.setAttribute('font-size', 12);
    n.textContent = `${r.n}/${r.of}`;
    svg.append(text, bar, n);
  });
  clear(el, svg);
}

export const shellPages = [
  { menu: { route: 'work', label: 'nav.work' }, routes: [{ path: 'work', render: workPage }] },
  { menu: { route: 'admin', label: 'nav.admin' }, roles: ['court-admin', 'provincial-admin'], routes: [{ path: 'admin', render: adminPage }] },
  { menu: { route: 'province', label: 'nav.province' }, roles: ['provincial-admin', 'supervisor'], routes: [{ path: 'province', render: provincePage }] },
];
