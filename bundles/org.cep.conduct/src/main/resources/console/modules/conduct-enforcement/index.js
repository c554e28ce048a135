// 行为执行 Conduct enforcement: a case's conduct obligations (item by item, checks, repeat-infringement
// reports, substitute performance, late-performance payment) and the sanctions ladder on the case, plus a
// respondent's history across the court's cases with the ladder's next step. Served from org.cep.conduct.
import { get, post } from '../../js/api.js';
import { addMessages, t, both } from '../../js/i18n.js';
import { h, clear, table, kv, form, field, fill, today, yuan, toFen, when, link, errorBox } from '../../js/ui.js';

addMessages({
  'cd.menu': ['行为执行', 'Conduct enforcement'],
  'cd.title': ['行为执行', 'Conduct enforcement'],
  'cd.due': ['待检查的义务', 'Obligations due for a check'],
  'cd.open': ['打开案件', 'Open a case'],
  'cd.caseId': ['案件编号', 'Case id'],
  'cd.history': ['被执行人制裁记录', "A respondent's sanctions"],
  'cd.respondent': ['被执行人名称', 'Respondent'],
  'cd.show': ['查询', 'Show'],
  'cd.obligations': ['判决确定的行为义务', 'Conduct obligations of the judgment'],
  'cd.item': ['判项', 'Item'],
  'cd.kind': ['义务类型', 'Kind'],
  'cd.what': ['义务内容', 'Obligation'],
  'cd.obligor': ['义务人', 'Obligor'],
  'cd.deadline': ['履行期限', 'Deadline'],
  'cd.source': ['法律文书', 'Legal document'],
  'cd.delay': ['迟延天数', 'Days late'],
  'cd.late': ['迟延履行金', 'Late-performance payment'],
  'cd.nextCheck': ['下次检查', 'Next check'],
  'cd.add': ['登记义务', 'Record an obligation'],
  'cd.check': ['登记检查', 'Record a check'],
  'cd.finding': ['检查结论', 'Finding'],
  'cd.notes': ['检查情况', 'Notes'],
  'cd.evidenceType': ['证据类型', 'Evidence'],
  'cd.evidence': ['证据说明', 'Evidence description'],
  'cd.report': ['再次侵权举报', 'Repeat-infringement report'],
  'cd.reporter': ['举报人（申请执行人）', 'Reporter (applicant)'],
  'cd.substitute': ['代履行', 'Substitute performance'],
  'cd.performer': ['代履行人', 'Performed by'],
  'cd.costYuan': ['代履行费用（元）', 'Cost (yuan)'],
  'cd.claims': ['由被执行人负担的代履行费用', 'Substitute costs charged to the respondent'],
  'cd.totals': ['合计', 'Totals'],
  'cd.rule': ['迟延履行金规则', 'Late-payment rule'],
  'cd.sanctions': ['制裁措施', 'Sanctions'],
  'cd.propose': ['提请制裁', 'Propose a sanction'],
  'cd.sKind': ['措施', 'Measure'],
  'cd.party': ['主体', 'Party'],
  'cd.reason': ['事实与理由', 'Facts'],
  'cd.amountYuan': ['罚款金额（元）', 'Fine (yuan)'],
  'cd.days': ['拘留天数', 'Detention days'],
  'cd.term': ['失信期限（月）', 'Blacklist term (months)'],
  'cd.grounds': ['失信事由', 'Blacklist grounds'],
  'cd.decide': ['决定', 'Decide'],
  'cd.reject': ['不予决定', 'Reject'],
  'cd.document': ['决定书文号', 'Decision document no.'],
  'cd.execute': ['执行', 'Carry out'],
  'cd.lift': ['解除', 'Lift'],
  'cd.liftReason': ['解除原因', 'Why'],
  'cd.next': ['建议下一步', 'Suggested next step'],
  'cd.cases': ['涉及案件', 'Cases'],
  'cd.workDue': ['待检查的行为义务', 'Conduct obligations due for a check'],
});

const READ = ['enforcement-officer', 'enforcement-judge', 'clerk'];
const WRITE = ['enforcement-officer', 'clerk'];
const base = '/conduct-enforcement';
const KINDS = [['ABSTAIN', '不作为（停止侵权） refrain'], ['ACT', '作为（销毁、刊登声明） act']];
const FINDINGS = [['COMPLIED', '已履行 complied'], ['PARTLY_COMPLIED', '部分履行 partly'], ['NOT_COMPLIED', '未履行 not complied']];
const EVIDENCE = [['PHOTO', '照片 photo'], ['TEST_PURCHASE', '公证购买 test purchase'], ['TAKEDOWN_NOTICE', '平台下架通知 takedown notice'],
  ['DOCUMENT', '书面材料 document']];
const SANCTIONS = [['WARNING', '警告 warning'], ['CONSUMPTION_RESTRICTION', '限制高消费 consumption restriction'],
  ['BLACKLIST', '失信名单 blacklist'], ['FINE', '罚款 fine'], ['DETENTION', '拘留 detention'], ['CRIMINAL_REFERRAL', '移送公安/检察 referral']];
const PARTIES = [['ORGANISATION', '单位 organisation'], ['INDIVIDUAL', '个人 individual']];
const GROUNDS = [['', '—'], ['ABLE_BUT_REFUSES', '有履行能力而拒不履行'], ['OBSTRUCTS', '暴力、威胁等妨碍执行'], ['EVADES', '规避执行'],
  ['FALSE_ASSET_REPORT', '违反财产报告制度'], ['BREACHES_CONSUMPTION_ORDER', '违反限制消费令'], ['BREACHES_SETTLEMENT', '拒不履行和解协议']];
const LIFTS = [['PERFORMED', '已履行 performed'], ['TERM_ENDED', '期限届满 term ended'], ['ERROR', '错误 error']];
const evidence = v => v.evidence ? [{ type: v.evidenceType, description: v.evidence }] : [];
const intOrNull = s => (s === '' || s === undefined ? null : Number(s));

async function overview(el, _p, ctx) {
  const due = h('div');
  const history = h('div', { id: 'cd-history' });
  clear(el, h('h1', {}, t('cd.title')),
    h('section', { class: 'card' }, form([field('caseId', t('cd.caseId'), { required: true, inputmode: 'numeric' })], t('cd.open'),
      async v => ctx.navigate('conduct/cases/' + encodeURIComponent(v.caseId.trim())), 'cd-open')),
    h('h2', {}, t('cd.due')), h('section', { class: 'card' }, due),
    h('h2', {}, t('cd.history')), h('section', { class: 'card' }, form([field('respondent', t('cd.respondent'), { required: true })], t('cd.show'),
      async v => { clear(history, await historyView(v.respondent)); }, 'cd-history-form'), history));
  fill(due, async () => table([
    { label: t('cases.number'), value: o => link('conduct/cases/' + o.caseId, '#' + o.caseId) },
    { label: t('cd.item'), value: o => o.itemNo, num: true },
    { label: t('cd.what'), value: o => o.description },
    { label: t('common.status'), value: o => o.stateZh },
    { label: t('cd.nextCheck'), value: o => o.nextCheckOn },
  ], await get(base + '/checks/due?days=30')));
}

async function historyView(respondent) {
  const v = await get('/sanctions/history?respondent=' + encodeURIComponent(respondent));
  return [kv([[t('cd.respondent'), v.respondent], [t('cd.cases'), v.cases],
    [t('cd.next'), h('span', { id: 'cd-advice' }, both(v.advice.explanationZh, v.advice.explanationEn))]]),
  sanctionTable(v.sanctions, null)];
}

async function casePage(el, p, ctx) {
  const id = encodeURIComponent(p.id);
  const c = await get(`${base}/cases/${id}`);
  const sanctions = h('div', { id: 'cd-sanctions' });
  clear(el, h('h1', { id: 'cd-case-title' }, c.caseNumber, ' · ', t('cd.title')),
    h('section', { class: 'card' }, kv([[t('cases.respondent'), c.respondent], [t('cd.late'), h('span', { id: 'cd-late' }, yuan(c.lateTotalFen))],
      [t('cd.claims'), h('span', { id: 'cd-claims' }, yuan(c.claimsTotalFen))], [t('cd.totals'), yuan(c.totalOwedFen)],
      [t('cd.rule'), c.rule.ruleZh]])),
    h('h2', {}, t('cd.obligations')),
    h('section', { class: 'card', id: 'cd-obligations' }, table([
      { label: t('cd.item'), value: o => o.itemNo, num: true },
      { label: t('cd.kind'), value: o => o.kindZh },
      { label: t('cd.what'), value: o => o.description },
      { label: t('cd.deadline'), value: o => o.deadline },
      { label: t('common.status'), value: o => h('span', { class: 'tag', dataset: { state: o.state } }, o.stateZh) },
      { label: t('cd.delay'), value: o => o.delayDays, num: true },
      { label: t('cd.late'), value: o => yuan(o.lateFen), num: true },
      { label: '', value: o => obligationActions(o, ctx) },
    ], c.obligations)),
    ctx.hasRole(...WRITE) ? h('details', {}, h('summary', {}, t('cd.add')), form([
      field('itemNo', t('cd.item'), { inputmode: 'numeric' }), field('kind', t('cd.kind'), { options: KINDS }),
      field('description', t('cd.what'), { type: 'textarea', required: true }), field('deadline', t('cd.deadline'), { type: 'date', required: true }),
      field('sourceDocument', t('cd.source'), { required: true, placeholder: '（2025）黑01知民初88号民事判决书第一项' }),
    ], t('common.save'), async v => {
      await post(`${base}/cases/${id}/obligations`, { itemNo: intOrNull(v.itemNo), kind: v.kind, description: v.description,
        deadline: v.deadline, sourceDocument: v.sourceDocument });
      ctx.rerender();
    }, 'cd-obligation-form')) : null,
    c.claims.length ? [h('h2', {}, t('cd.claims')), table([
      { label: t('cd.performer'), value: x => x.performer }, { label: t('common.date'), value: x => x.performedOn },
      { label: t('cd.costYuan'), value: x => yuan(x.amountFen), num: true }], c.claims)] : null,
    h('h2', {}, t('cd.sanctions')), sanctions);
  fill(sanctions, () => sanctionsSection(p.id, ctx));
}

function obligationActions(o, ctx) {
  if (o.state === 'SUBSTITUTED') return '';
  const out = [];
  if (ctx.hasRole(...WRITE)) {
    out.push(h('details', { dataset: { check: o.id } }, h('summary', {}, t('cd.check')), form([
      field('finding', t('cd.finding'), { options: FINDINGS }), field('checkedOn', t('common.date'), { type: 'date', value: today() }),
      field('notes', t('cd.notes'), { type: 'textarea' }), field('evidenceType', t('cd.evidenceType'), { options: EVIDENCE }),
      field('evidence', t('cd.evidence')),
    ], t('common.save'), async v => {
      await post(`${base}/obligations/${o.id}/checks`, { finding: v.finding, checkedOn: v.checkedOn, scheduled: true, notes: v.notes || null,
        evidence: evidence(v) });
      ctx.rerender();
    }, 'cd-check-' + o.id)));
    out.push(h('details', { dataset: { report: o.id } }, h('summary', {}, t('cd.report')), form([
      field('reporter', t('cd.reporter'), { required: true }), field('description', t('cd.what'), { type: 'textarea', required: true }),
      field('evidenceType', t('cd.evidenceType'), { options: EVIDENCE }), field('evidence', t('cd.evidence'), { required: true }),
    ], t('common.save'), async v => {
      await post(`${base}/obligations/${o.id}/reports`, { reporter: v.reporter, description: v.description, evidence: evidence(v) });
      ctx.rerender();
    }, 'cd-report-' + o.id)));
  }
  if (ctx.hasRole('enforcement-judge') && o.kind === 'ACT' && o.state !== 'COMPLIED' && o.state !== 'PENDING') {
    out.push(h('details', { dataset: { substitute: o.id } }, h('summary', {}, t('cd.substitute')), form([
      field('performer', t('cd.performer'), { required: true }), field('cost', t('cd.costYuan'), { required: true, inputmode: 'decimal' }),
      field('performedOn', t('common.date'), { type: 'date', value: today() }),
    ], t('common.save'), async v => {
      await post(`${base}/obligations/${o.id}/substitute`, { performer: v.performer, costFen: toFen(v.cost), performedOn: v.performedOn });
      ctx.rerender();
    }, 'cd-substitute-' + o.id)));
  }
  return out;
}

async function sanctionsSection(caseId, ctx) {
  const list = await get(`/cases/${encodeURIComponent(caseId)}/sanctions`);
  return [sanctionTable(list, ctx), ctx.hasRole(...WRITE) ? h('details', {}, h('summary', {}, t('cd.propose')), form([
    field('kind', t('cd.sKind'), { options: SANCTIONS }), field('partyType', t('cd.party'), { options: PARTIES }),
    field('respondent', t('cd.respondent')), field('reason', t('cd.reason'), { type: 'textarea', required: true }),
    field('amount', t('cd.amountYuan'), { inputmode: 'decimal' }), field('days', t('cd.days'), { inputmode: 'numeric' }),
    field('termMonths', t('cd.term'), { inputmode: 'numeric' }), field('ground', t('cd.grounds'), { options: GROUNDS }),
  ], t('cd.propose'), async v => {
    await post(`/cases/${encodeURIComponent(caseId)}/sanctions`, { kind: v.kind, partyType: v.partyType, respondent: v.respondent || null,
      reason: v.reason, amountFen: v.amount ? toFen(v.amount) : null, days: intOrNull(v.days), termMonths: intOrNull(v.termMonths),
      grounds: v.ground ? [v.ground] : null });
    ctx.rerender();
  }, 'cd-propose-form')) : null];
}

function sanctionTable(list, ctx) {
  return table([
    { label: t('cases.number'), value: s => s.caseNumber },
    { label: t('cd.sKind'), value: s => s.kindZh },
    { label: t('cd.party'), value: s => s.respondent },
    { label: '', value: s => s.amountFen != null ? yuan(s.amountFen) : s.days != null ? s.days + ' 日' : s.termMonths != null ? s.termMonths + ' 个月' : '' },
    { label: t('common.status'), value: s => h('span', { class: 'tag', dataset: { sanction: s.id } }, s.stateZh,
      s.publication ? ' · ' + (s.publication === 'PUBLISHED' ? '已发布' : '已删除') : '') },
    { label: t('cd.document'), value: s => s.decisionDocument || '' },
    { label: '', value: s => (ctx ? sanctionActions(s, ctx) : when(s.proposedAt)) },
  ], list);
}

function sanctionActions(s, ctx) {
  const act = (path, body) => async ev => {
    ev.target.disabled = true;
    try { await post(`/sanctions/${s.id}/${path}`, { ...body, version: s.version }); ctx.rerender(); } catch (e) { ev.target.replaceWith(errorBox(e)); }
  };
  if (s.state === 'PROPOSED' && ctx.hasRole('enforcement-judge')) {
    return h('div', { dataset: { decide: s.id } }, form([field('decisionDocument', t('cd.document'), { required: true })], t('cd.decide'),
      async v => { await post(`/sanctions/${s.id}/decision`, { approve: true, decisionDocument: v.decisionDocument, version: s.version }); ctx.rerender(); },
      'cd-decide-' + s.id),
    h('button', { type: 'button', class: 'secondary', onclick: act('decision', { approve: false, note: '不予决定' }) }, t('cd.reject')));
  }
  const out = [];
  if (s.state === 'DECIDED' && ctx.hasRole('enforcement-officer', 'enforcement-judge')) {
    out.push(h('button', { type: 'button', class: 'primary', dataset: { execute: s.id }, onclick: act('execution', {}) }, t('cd.execute')));
  }
  if ((s.state === 'DECIDED' || s.state === 'EXECUTED') && ctx.hasRole('enforcement-judge')) {
    out.push(h('details', { dataset: { lift: s.id } }, h('summary', {}, t('cd.lift')), form([field('reason', t('cd.liftReason'), { options: LIFTS }),
      field('note', t('cd.notes'))], t('cd.lift'), async v => {
      await post(`/sanctions/${s.id}/lifting`, { reason: v.reason, note: v.note || null, version: s.version }); ctx.rerender();
    }, 'cd-lift-' + s.id)));
  }
  return out;
}

/** on the case page of the cases module: the conduct summary and a link to this capability's page */
async function caseSection(ctx, c) {
  if (!ctx.hasRole(...READ)) return null;
  const v = await get(`${base}/cases/${c.id}`);
  return h('section', { class: 'card', id: 'cd-case-section' }, h('h2', {}, t('cd.title')), kv([
    [t('cd.obligations'), v.obligations.length], [t('cd.late'), yuan(v.lateTotalFen)], [t('cd.claims'), yuan(v.claimsTotalFen)]]),
  link('conduct/cases/' + c.id, t('cd.open')));
}

export default {
  pages: [{
    menu: { route: 'conduct', label: 'cd.menu' }, roles: READ,
    routes: [{ path: 'conduct', render: overview }, { path: 'conduct/cases/:id', render: casePage }],
  }],
  caseSections: caseSection,
  async work(ctx) {
    if (!ctx.hasRole(...READ)) return [];
    const due = await get(base + '/checks/due?days=0');
    return [{ id: 'conduct-due', label: 'cd.workDue', count: due.length, route: 'conduct' }];
  },
};
