// 执行案件 Enforcement cases (always on): list, search by case number, create, a case's page with what
// every other capability hangs on the case (their caseSections).
import { get, post } from '../../js/api.js';
import { addMessages, t } from '../../js/i18n.js';
import { h, clear, table, kv, form, field, fill, yuan, toFen, when, link, errorBox } from '../../js/ui.js';

addMessages({
  'cases.menu': ['执行案件', 'Cases'],
  'cases.title': ['执行案件', 'Enforcement cases'],
  'cases.number': ['案号', 'Case number'],
  'cases.applicant': ['申请执行人', 'Applicant'],
  'cases.respondent': ['被执行人', 'Respondent'],
  'cases.owed': ['执行标的', 'Amount owed'],
  'cases.owedYuan': ['执行标的（元）', 'Amount owed (yuan)'],
  'cases.new': ['新建案件', 'New case'],
  'cases.search': ['按案号查询', 'Search by case number'],
  'cases.created': ['立案时间', 'Filed'],
  'cases.count': ['共 {n} 件', '{n} cases'],
  'cases.close': ['结案', 'Close case'],
  'cases.closeReason': ['结案理由', 'Reason for closing'],
});

// the enforcement judge (执行法官) reads cases and seizures to decide sales, payouts and violations
const READ = ['enforcement-officer', 'enforcement-judge', 'clerk', 'supervisor'];
const CREATE = ['enforcement-officer', 'clerk', 'court-admin'];

/** courts write （2024）黑0230执123号 with full-width brackets; accept ASCII ones in a search */
const canonical = s => s.trim().replace(/\(/g, '（').replace(/\)/g, '）');

async function listPage(el, _p, ctx) {
  const results = h('div', { id: 'case-list' });
  const q = h('input', { name: 'q', type: 'search', id: 'case-search', placeholder: '（2024）黑0230执123号' });
  let all = [];
  const draw = () => {
    const needle = canonical(q.value);
    const rows = needle ? all.filter(c => c.caseNumber.includes(needle)) : all;
    clear(results, h('p', { class: 'muted' }, t('cases.count', { n: rows.length })), table([
      { label: t('cases.number'), value: c => link('cases/' + c.id, c.caseNumber) },
      { label: t('cases.applicant'), value: c => c.applicant },
      { label: t('cases.respondent'), value: c => c.respondent },
      { label: t('cases.owed'), value: c => yuan(c.amountOwedFen), num: true },
      { label: t('common.status'), value: c => c.statusZh || c.status },
    ], rows));
  };
  q.addEventListener('input', draw);
  clear(el, h('h1', {}, t('cases.title')),
    ctx.hasRole(...CREATE) ? h('p', {}, h('a', { href: '#/cases/new', id: 'case-new' }, t('cases.new'))) : null,
    h('label', {}, t('cases.search'), q), results);
  try {
    all = await get('/cases');
    draw();
  } catch (e) {
    clear(results, errorBox(e));
  }
}

function newPage(el, _p, ctx) {
  clear(el, h('h1', {}, t('cases.new')), h('section', { class: 'card' }, form([
    field('caseNumber', t('cases.number'), { required: true, placeholder: '（2024）黑0230执123号' }),
    field('applicant', t('cases.applicant'), { required: true }),
    field('respondent', t('cases.respondent'), { required: true }),
    field('amountOwed', t('cases.owedYuan'), { required: true, inputmode: 'decimal' }),
  ], t('common.create'), async v => {
    const c = await post('/cases', { caseNumber: v.caseNumber, applicant: v.applicant, respondent: v.respondent, amountOwedFen: toFen(v.amountOwed) });
    ctx.navigate('cases/' + c.id);
  }, 'case-form')));
}

async function casePage(el, p, ctx) {
  const c = await get('/cases/' + encodeURIComponent(p.id));
  const sections = ctx.modules().filter(m => m.caseSections).map(m => {
    const box = h('div');
    fill(box, () => m.caseSections(ctx, c));
    return box;
  });
  clear(el, h('h1', { id: 'case-title' }, c.caseNumber), h('section', { class: 'card' }, kv([
    [t('cases.applicant'), c.applicant], [t('cases.respondent'), c.respondent], [t('cases.owed'), yuan(c.amountOwedFen)],
    [t('common.status'), c.statusZh || c.status], [t('cases.created'), when(c.createdAt)],
    c.closeReason ? [t('cases.closeReason'), c.closeReason] : null,
  ])), sections);
}

export default {
  pages: [{
    menu: { route: 'cases', label: 'cases.menu' }, roles: READ,
    routes: [
      { path: 'cases', render: listPage },
      { path: 'cases/new', render: newPage, roles: CREATE },
      { path: 'cases/:id', render: casePage },
    ],
  }],
};
