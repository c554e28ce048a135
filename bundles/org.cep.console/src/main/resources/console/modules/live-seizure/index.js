// 活查封 Live seizure: what is due (expiring seizures, overdue visits), the lots and the seizure proposal on a
// case's page, and a seizure's page with its actions, ledger, projection and timeline.
import { get, post } from '../../js/api.js';
import { addMessages, t, both } from '../../js/i18n.js';
import { h, clear, table, kv, form, field, fill, yuan, toFen, when, today, link } from '../../js/ui.js';

addMessages({
  'ls.menu': ['活查封', 'Live seizure'],
  'ls.violations': ['违规及处理', 'Violations'],
  'ls.violation': ['违规 #{id}：短少 {n}', 'Violation #{id}: {n} missing'],
  'ls.vStatus': ['处理状态', 'Status'],
  'ls.explain': ['情况说明', 'Explanation'],
  'ls.explainKind': ['短少原因', 'Why units are missing'],
  'ls.evidence': ['证据', 'Evidence'],
  'ls.adjust': ['核减应在数量', 'Adjust the expected count'],
  'ls.consequence': ['处理决定（执行法官）', 'Consequence (enforcement judge)'],
  'ls.sanctionKind': ['处罚种类', 'Sanction'],
  'ls.partyType': ['被处罚人', 'Sanctioned party'],
  'ls.fine': ['罚款（元）', 'Fine (yuan)'],
  'ls.days': ['拘留天数', 'Detention days'],
  'ls.resolve': ['处理完毕，继续查封', 'Resolve: the seizure goes on'],
  'ls.ladder': ['案件制裁', 'Case sanction'],
  'ls.sanctionId': ['已提请制裁 #{id}（须另一名执行法官决定）', 'Sanction #{id} proposed (another enforcement judge decides)'],
  'ls.payoutDecision': ['批准大额支付（第二人）', 'Approve a large payout (second person)'],
  'ls.entryId': ['台账条目编号', 'Ledger entry number'],
  'ls.title': ['活查封', 'Live seizure'],
  'ls.expiring': ['30 天内到期的查封', 'Seizures expiring within 30 days'],
  'ls.overdue': ['逾期未回访', 'Visits overdue'],
  'ls.seizure': ['查封 #{id}', 'Seizure #{id}'],
  'ls.lots': ['查封标的（批次）', 'Lots'],
  'ls.addLot': ['登记批次', 'Add a lot'],
  'ls.label': ['批次名称', 'Lot name'],
  'ls.unit': ['单位', 'Unit'],
  'ls.count': ['数量', 'Count'],
  'ls.age': ['月龄', 'Age (months)'],
  'ls.weight': ['平均体重（公斤）', 'Average weight (kg)'],
  'ls.value': ['单价（元）', 'Value per unit (yuan)'],
  'ls.tags': ['耳标号', 'Ear tags'],
  'ls.propose': ['提出查封（全部批次）', 'Propose seizure (all lots)'],
  'ls.assess': ['查封限额预审', 'Seizure-limit check'],
  'ls.assetType': ['财产类型', 'Asset type'],
  'ls.reason': ['理由', 'Reason'],
  'ls.confirm': ['已知悉警告，仍然提出', 'Warnings read; propose anyway'],
  'ls.custody': ['保管条件', 'Custody terms'],
  'ls.open': ['打开查封', 'Open seizure'],
  'ls.state': ['状态', 'State'],
  'ls.expiry': ['到期日', 'Expiry'],
  'ls.start': ['起始日', 'Start'],
  'ls.nextVisit': ['下次回访', 'Next visit'],
  'ls.value2': ['查封价值', 'Value seized'],
  'ls.debt': ['债务', 'Debt'],
  'ls.daysLeft': ['剩余天数', 'Days left'],
  'ls.case': ['案件', 'Case'],
  'ls.actions': ['操作', 'Actions'],
  'ls.activate': ['现场启封（生效）', 'Activate on site'],
  'ls.inspect': ['回访记录', 'Record a visit'],
  'ls.inspectors': ['回访人员', 'Inspectors'],
  'ls.present': ['申请人在场', 'Applicant present'],
  'ls.notes': ['备注', 'Notes'],
  'ls.saleReport': ['出售报告', 'Sale report'],
  'ls.buyer': ['买受人', 'Buyer'],
  'ls.expected': ['预计价款（元）', 'Expected price (yuan)'],
  'ls.expectedDate': ['预计日期', 'Expected date'],
  'ls.decision': ['出售决定', 'Sale decision'],
  'ls.saleId': ['出售报告编号', 'Sale report no.'],
  'ls.approve': ['批准', 'Approve'],
  'ls.sale': ['出售成交', 'Sale made'],
  'ls.soldCount': ['出售数量', 'Count sold'],
  'ls.price': ['成交价（元）', 'Price (yuan)'],
  'ls.ledger': ['执行款台账', 'Ledger'],
  'ls.kind': ['类别', 'Kind'],
  'ls.amount': ['金额（元）', 'Amount (yuan)'],
  'ls.party': ['当事人', 'Party'],
  'ls.record': ['记账', 'Record'],
  'ls.release': ['解除查封', 'Release'],
  'ls.closeCase': ['申请人已全额受偿，同时结案', 'Applicant paid in full: close the case'],
  'ls.renew': ['续行查封', 'Renew'],
  'ls.projection': ['以资源换时间测算', 'Time for resources'],
  'ls.pricePerKg': ['每公斤价格（元）', 'Price per kg (yuan)'],
  'ls.ready': ['全部达到出栏', 'All at market age'],
  'ls.total': ['预计总价值', 'Projected value'],
  'ls.covers': ['足以清偿', 'Covers the debt'],
  'ls.shortfall': ['缺口', 'Shortfall'],
  'ls.timeline': ['时间线', 'Timeline'],
  'ls.received': ['收到', 'Received'],
  'ls.costs': ['费用', 'Costs'],
  'ls.paidOut': ['已付申请人', 'Paid out'],
  'ls.balance': ['余额', 'Balance'],
  'ls.stillOwed': ['尚欠', 'Still owed'],
  'ls.allowed': ['可进行的操作', 'Allowed next'],
  'ls.warnings': ['警告', 'Warnings'],
  'ls.done': ['已保存', 'Saved'],
});

// the enforcement judge (执行法官) reads cases and seizures to decide sales, payouts and violations
const READ = ['enforcement-officer', 'enforcement-judge', 'clerk', 'supervisor'];
const ASSET_TYPES = [['MOVABLE', '动产 movable'], ['REAL_ESTATE', '不动产 real estate'], ['BANK_DEPOSIT', '存款 bank deposit'], ['OTHER_PROPERTY_RIGHT', '其他财产权 other'], ['TRADEMARK', '商标 trademark'], ['PATENT', '专利 patent']];
const base = '/live-seizure';
const num = v => (v === '' || v === undefined ? null : Number(v));

async function overview(el, _p, ctx) {
  const [expiring, overdue] = await Promise.all([get(base + '/seizures/expiring?days=90'), get(base + '/seizures/inspections-overdue')]);
  const cols = [
    { label: t('ls.seizure', { id: '' }), value: s => link('seizures/' + s.seizureId, '#' + s.seizureId) },
    { label: t('ls.case'), value: s => link('cases/' + s.caseId, '#' + s.caseId) },
    { label: t('ls.state'), value: s => s.state },
    { label: t('ls.expiry'), value: s => s.expiryDate },
    { label: t('ls.daysLeft'), value: s => s.daysLeft, num: true },
  ];
  const open = form([field('id', t('ls.seizure', { id: '' }), { required: true, inputmode: 'numeric' })], t('ls.open'), v => ctx.navigate('seizures/' + v.id.trim()));
  clear(el, h('h1', {}, t('ls.title')), h('section', { class: 'card' }, open),
    h('h2', {}, t('ls.expiring').replace('30', '90')), table(cols, expiring), h('h2', {}, t('ls.overdue')), table(cols, overdue));
}

/** on a case's page: lots, add a lot, check the seizure limit, propose */
async function caseSection(ctx, c) {
  const lots = await get(`${base}/cases/${c.id}/lots`);
  const out = [h('h2', {}, t('ls.lots')), table([
    { label: t('ls.label'), value: l => l.label },
    { label: t('ls.count'), value: l => `${l.count} ${l.unit || ''}`, num: true },
    { label: t('ls.age'), value: l => l.ageMonths, num: true },
    { label: t('ls.weight'), value: l => l.avgWeightKg, num: true },
    { label: t('ls.value'), value: l => yuan(l.valuePerUnitFen), num: true },
    { label: t('ls.tags'), value: l => l.identifiers },
  ], lots)];
  const reload = () => ctx.rerender();
  if (ctx.hasRole('enforcement-officer', 'clerk')) {
    out.push(h('details', {}, h('summary', {}, t('ls.addLot')), form([
      field('label', t('ls.label'), { required: true }), field('unit', t('ls.unit'), { value: '头' }),
      field('count', t('ls.count'), { required: true, type: 'number' }), field('ageMonths', t('ls.age'), { type: 'number' }),
      field('avgWeightKg', t('ls.weight'), { inputmode: 'decimal' }), field('value', t('ls.value'), { required: true, inputmode: 'decimal' }),
      field('identifiers', t('ls.tags'), { type: 'textarea' }),
    ], t('common.save'), async v => {
      await post(`${base}/cases/${c.id}/lots`, { label: v.label, unit: v.unit, count: num(v.count), ageMonths: num(v.ageMonths),
        avgWeightKg: num(v.avgWeightKg), valuePerUnitFen: toFen(v.value), identifiers: v.identifiers || null });
      reload();
    }, 'lot-form')));
  }
  if (lots.length && ctx.hasRole('enforcement-officer', 'clerk', 'supervisor')) {
    const result = h('div', { id: 'assessment' });
    const request = v => ({ items: Object.fromEntries(lots.map(l => [String(l.id), l.count])), costsFen: toFen(v.costs || '0'),
      assetType: v.assetType, reason: v.reason, custodyTerms: v.custodyTerms, confirmWarnings: !!v.confirmWarnings });
    const fields = () => [field('assetType', t('ls.assetType'), { options: ASSET_TYPES, value: 'MOVABLE' }),
      field('costs', t('ls.costs') + '（元）', { value: '0', inputmode: 'decimal' }), field('reason', t('ls.reason')), field('custodyTerms', t('ls.custody'))];
    out.push(h('details', {}, h('summary', {}, t('ls.assess')), form(fields(), t('ls.assess'), async v => {
      const a = await post(`${base}/cases/${c.id}/seizure-assessment`, request(v));
      clear(result, assessment(a));
    }, 'assess-form'), result));
    if (ctx.hasRole('enforcement-officer')) {
      out.push(h('details', {}, h('summary', {}, t('ls.propose')), form([...fields(),
        h('label', { class: 'row' }, h('input', { type: 'checkbox', name: 'confirmWarnings' }), t('ls.confirm'))], t('ls.propose'), async v => {
        const created = await post(`${base}/cases/${c.id}/seizures`, request(v));
        ctx.navigate('seizures/' + created.seizure.id);
      }, 'propose-form')));
    }
  }
  return out;
}

function assessment(a) {
  return [kv([[t('ls.value2'), yuan(a.seizedValueFen)], [t('ls.debt'), yuan(a.requiredFen)], ['%', (a.coverageBasisPoints / 100).toFixed(2) + ' %']]),
    a.warningsZhEn.length ? h('ul', { class: 'warn' }, a.warningsZhEn.map(w => h('li', {}, w))) : null];
}

async function seizurePage(el, p, ctx) {
  const id = encodeURIComponent(p.id);
  const [s, sales, violations] = await Promise.all([get(`${base}/seizures/${id}`), get(`${base}/seizures/${id}/sale-reports`),
    get(`${base}/seizures/${id}/violations`)]);
  const path = `${base}/seizures/${id}`;
  const reload = () => seizurePage(el, p, ctx);
  const officer = ctx.hasRole('enforcement-officer');
  // sales are decided by the enforcement judge (执行法官), never by whoever reported them
  const judge = ctx.hasRole('enforcement-judge');
  const action = (title, fields, send, formId) => h('details', {}, h('summary', {}, title), form(fields, t('common.save'), async v => { await send(v); await reload(); }, formId));
  // the newest sale report waiting for a decision, else the newest approved one waiting for its sale
  const newest = state => sales.filter(x => x.status === state).map(x => x.id).sort((a, b) => b - a)[0];
  const pendingSale = newest('REPORTED') ?? newest('APPROVED');
  const approvedSale = newest('APPROVED') ?? pendingSale;
  const counts = v => Object.fromEntries(s.items.map(i => [String(i.lotId), num(v['count-' + i.lotId])]));
  const ledger = h('div'), projection = h('div'), timeline = h('div', { id: 'timeline' });
  clear(el, h('h1', { id: 'seizure-title' }, t('ls.seizure', { id: s.id }), ' · ', both(s.stateZh, s.stateEn)),
    h('section', { class: 'card' }, kv([
      [t('ls.case'), link('cases/' + s.caseId, s.caseNumber)], [t('ls.state'), both(s.stateZh, s.stateEn)], [t('ls.assetType'), s.assetType],
      [t('ls.value2'), yuan(s.seizedValueFen)], [t('ls.debt'), yuan(s.debtFen)], [t('ls.costs'), yuan(s.costsFen)],
      [t('ls.start'), s.startDate], [t('ls.expiry'), s.expiryDate], [t('ls.nextVisit'), s.nextInspectionDate],
      [t('ls.allowed'), s.allowedTransitions.join(', ')],
    ]), table([{ label: t('ls.label'), value: i => i.lotLabel }, { label: t('ls.count'), value: i => i.seizedCount, num: true }], s.items)),
    officer || judge || ctx.hasRole('clerk') ? h('section', { class: 'card', id: 'seizure-actions' }, h('h2', {}, t('ls.actions')),
      officer ? action(t('ls.activate'), [field('date', t('common.date'), { type: 'date', value: today() }), field('reason', t('ls.reason'))],
        v => post(path + '/activate', { version: s.version, reason: v.reason, date: v.date || null }), 'activate-form') : null,
      officer ? action(t('ls.inspect'), [field('date', t('common.date'), { type: 'date', value: today() }), field('inspectors', t('ls.inspectors'), { required: true }),
        s.items.map(i => field('count-' + i.lotId, `${i.lotLabel} · ${t('ls.count')}`, { type: 'number', value: i.expectedCount, required: true })),
        h('label', { class: 'row' }, h('input', { type: 'checkbox', name: 'applicantPresent' }), t('ls.present')), field('notes', t('ls.notes'), { type: 'textarea' })],
        v => post(path + '/inspections', { date: v.date, inspectors: v.inspectors, applicantPresent: !!v.applicantPresent, counts: counts(v), notes: v.notes || null }), 'inspect-form') : null,
      officer || ctx.hasRole('clerk') ? action(t('ls.saleReport'), [field('buyer', t('ls.buyer'), { required: true }), field('expected', t('ls.expected'), { required: true, inputmode: 'decimal' }),
        field('expectedDate', t('ls.expectedDate'), { type: 'date', value: today() })],
        v => post(path + '/sale-reports', { buyer: v.buyer, expectedPriceFen: toFen(v.expected), expectedDate: v.expectedDate }), 'sale-report-form') : null,
      judge ? action(t('ls.decision'), [field('saleId', t('ls.saleId'), { required: true, inputmode: 'numeric', value: pendingSale }),
        field('approve', t('ls.approve'), { options: [['true', t('common.yes')], ['false', t('common.no')]] }), field('note', t('ls.notes'))],
        v => post(`${path}/sale-reports/${encodeURIComponent(v.saleId)}/decision`, { approve: v.approve === 'true', note: v.note }), 'decision-form') : null,
      officer ? action(t('ls.sale'), [field('saleId', t('ls.saleId'), { required: true, inputmode: 'numeric', value: approvedSale }), field('soldCount', t('ls.soldCount'), { type: 'number', required: true }),
        field('weightKg', t('ls.weight'), { inputmode: 'decimal' }), field('price', t('ls.price'), { required: true, inputmode: 'decimal' }),
        field('buyer', t('ls.buyer'), { required: true }), field('date', t('common.date'), { type: 'date', value: today() })],
        v => post(`${path}/sale-reports/${encodeURIComponent(v.saleId)}/sale`, { soldCount: num(v.soldCount), weightKg: num(v.weightKg), priceFen: toFen(v.price), buyer: v.buyer, date: v.date }), 'sale-form') : null,
      officer ? ledgerForm(path, reload) : null,
      judge ? action(t('ls.payoutDecision'), [field('entryId', t('ls.entryId'), { required: true, inputmode: 'numeric' }),
        field('approve', t('ls.approve'), { options: [['true', t('common.yes')], ['false', t('common.no')]] }), field('note', t('ls.notes'))],
        v => post(`${path}/ledger/${encodeURIComponent(v.entryId)}/decision`, { approve: v.approve === 'true', note: v.note || null }), 'payout-decision-form') : null,
      officer ? action(t('ls.renew'), [field('date', t('common.date'), { type: 'date', value: today() }), field('reason', t('ls.reason'))],
        v => post(path + '/renewals', { version: s.version, reason: v.reason, date: v.date || null }), 'renew-form') : null,
      officer ? action(t('ls.release'), [field('reason', t('ls.reason'), { required: true }),
        h('label', { class: 'row' }, h('input', { type: 'checkbox', name: 'closeCase' }), t('ls.closeCase'))],
        v => post(path + '/release', { version: s.version, reason: v.reason, closeCase: !!v.closeCase }), 'release-form') : null) : null,
    violations.length ? [h('h2', {}, t('ls.violations')), h('section', { class: 'card', id: 'violations' },
      violations.map(v => violationCard(path, s, v, officer, judge, reload)))] : null,
    h('h2', {}, t('ls.ledger')), h('section', { class: 'card', id: 'ledger' }, ledger),
    h('h2', {}, t('ls.projection')), h('section', { class: 'card' }, projection),
    h('h2', {}, t('ls.timeline')), h('section', { class: 'card' }, timeline));
  fill(ledger, async () => {
    const l = await get(path + '/ledger');
    return [kv([[t('ls.debt'), yuan(l.debtFen)], [t('ls.received'), yuan(l.receivedFen)], [t('ls.costs'), yuan(l.costsFen)],
      [t('ls.paidOut'), yuan(l.paidOutFen)], [t('ls.balance'), yuan(l.balanceFen)], [t('ls.stillOwed'), yuan(l.stillOwedFen)]]),
    table([{ label: t('admin.at'), value: e => when(e.at) }, { label: t('ls.kind'), value: e => e.kindZh || e.kind },
      { label: t('ls.amount'), value: e => yuan(e.amountFen), num: true }, { label: t('ls.party'), value: e => e.party },
      { label: t('admin.actor'), value: e => e.recordedBy }], l.entries)];
  });
  const priceForm = form([field('price', t('ls.pricePerKg'), { required: true, inputmode: 'decimal', value: '30.00' })], t('common.search'), async v => {
    const r = await get(`${path}/projection?pricePerKgFen=${toFen(v.price)}`);
    clear(result, kv([[t('ls.ready'), r.readyDate], [t('ls.total'), yuan(r.totalProjectedValueFen)], [t('ls.debt'), yuan(r.requiredFen)],
      [t('ls.covers'), r.coversDebt ? t('common.yes') : t('common.no')], [t('ls.shortfall'), yuan(r.shortfallFen)]]),
    bars(r.lots.map(x => [x.marketDate, x.projectedValueFen]), r.requiredFen),
    r.warningsZhEn.length ? h('ul', { class: 'warn' }, r.warningsZhEn.map(w => h('li', {}, w))) : null);
  });
  const result = h('div');
  clear(projection, priceForm, result);
  fill(timeline, async () => {
    const events = await get(path + '/timeline');
    return h('ol', { class: 'timeline' }, events.map(e => h('li', {}, h('time', {}, when(e.at), ' · ', e.actor || ''), both(e.labelZh, e.labelEn), e.detail ? h('div', { class: 'muted' }, e.detail) : null)));
  });
}

/**
 * A violation found at a visit and the four steps that deal with it, each offered to the role that may take it:
 * the explanation (officer, clerk), the adjusted count (officer), the consequence and the resolution (judge).
 */
function violationCard(path, s, v, officer, judge, reload) {
  const vPath = `${path}/violations/${v.id}`;
  const step = (title, fields, send, formId) => h('details', {}, h('summary', {}, title),
    form(fields, t('common.save'), async x => { await send(x); await reload(); }, formId));
  const open = v.status === 'OPEN';
  return h('div', { class: 'violation', id: 'violation-' + v.id },
    h('h3', {}, t('ls.violation', { id: v.id, n: v.missingCount })),
    kv([[t('ls.vStatus'), v.status], [t('common.date'), v.foundDate], [t('ls.explain'), [v.explanationKind, v.explanation].filter(Boolean).join(' · ')],
      [t('ls.adjust'), v.adjustReason || ''], [t('ls.consequence'), [v.consequence, v.sanctionKind, v.legalBasis].filter(Boolean).join(' · ')],
      [t('ls.ladder'), v.sanctionId ? t('ls.sanctionId', { id: v.sanctionId }) : '']]),
    open && officer ? step(t('ls.explain'), [
      field('kind', t('ls.explainKind'), { options: [['DIED', '死亡 died'], ['SOLD_WITHOUT_LEAVE', '擅自出售 sold without leave'],
        ['NOT_EXPLAINED', '无法说明 not explained'], ['OTHER', '其他 other']] }),
      field('text', t('ls.notes'), { type: 'textarea' }), field('evidence', t('ls.evidence')), field('buyer', t('ls.buyer')),
      field('price', t('ls.price'), { inputmode: 'decimal' })],
    x => post(vPath + '/explanation', { kind: x.kind, text: x.text || null, evidence: x.evidence || null, buyer: x.buyer || null,
      priceFen: x.price ? toFen(x.price) : null }), 'explain-form-' + v.id) : null,
    open && officer ? step(t('ls.adjust'), [
      s.items.map(i => field('count-' + i.lotId, `${i.lotLabel} · ${t('ls.count')}`, { type: 'number', required: true })),
      field('reason', t('ls.reason'), { required: true }), field('evidence', t('ls.evidence'), { required: true })],
    x => post(vPath + '/adjustment', { counts: Object.fromEntries(s.items.map(i => [String(i.lotId), num(x['count-' + i.lotId])])),
      reason: x.reason, evidence: x.evidence }), 'adjust-form-' + v.id) : null,
    open && judge ? step(t('ls.consequence'), [
      field('decision', t('ls.consequence'), { options: [['WARNING', '警告 warning'], ['SANCTION', '妨害执行处罚 sanction']] }),
      field('sanctionKind', t('ls.sanctionKind'), { options: [['', '—'], ['FINE', '罚款 fine'], ['DETENTION', '拘留 detention'],
        ['REFERRAL_314', '移送（刑法第314条） referral (Criminal Law art. 314)']] }),
      field('partyType', t('ls.partyType'), { options: [['INDIVIDUAL', '个人 individual'], ['ORGANISATION', '单位 organisation']] }),
      field('fine', t('ls.fine'), { inputmode: 'decimal' }), field('days', t('ls.days'), { type: 'number' }), field('note', t('ls.notes'))],
    x => post(vPath + '/consequence', x.decision === 'WARNING' ? { decision: 'WARNING', note: x.note || null }
      : { decision: 'SANCTION', sanctionKind: x.sanctionKind || null, partyType: x.partyType, amountFen: x.fine ? toFen(x.fine) : null,
        days: num(x.days), note: x.note || null }), 'consequence-form-' + v.id) : null,
    open && judge ? step(t('ls.resolve'), [field('note', t('ls.notes'))],
      x => post(vPath + '/resolution', { note: x.note || null }), 'resolve-form-' + v.id) : null);
}

function ledgerForm(path, reload) {
  // one key per form shown: pressing twice (or a retry after a lost answer) records the money once
  const key = crypto.randomUUID();
  return h('details', {}, h('summary', {}, t('ls.ledger'), ' · ', t('ls.record')), form([
    field('kind', t('ls.kind'), { options: [['RECEIVED', '收到 received'], ['COST', '费用 cost'], ['PAID_OUT', '付申请人 paid out'], ['RETURNED', '退被执行人 returned']] }),
    field('amount', t('ls.amount'), { required: true, inputmode: 'decimal' }), field('party', t('ls.party')),
  ], t('ls.record'), async v => {
    await post(path + '/ledger', { kind: v.kind, amountFen: toFen(v.amount), party: v.party || null }, { 'Idempotency-Key': key });
    await reload();
  }, 'ledger-form'));
}

/** projected value per lot against the debt, as bars (SVG built node by node: no markup strings) */
function bars(points, required) {
  const NS = 'http://www.w3.org/2000/svg';
  const max = Math.max(required, ...points.map(p => p[1]), 1);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 320 ${points.length * 24 + 28}`);
  svg.setAttribute('role', 'img');
  const mk = (tag, attrs, text) => { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text) e.textContent = text; svg.append(e); };
  points.forEach(([date, v], i) => {
    mk('text', { x: 0, y: i * 24 + 16, 'font-size': 11 }, date);
    mk('rect', { x: 80, y: i * 24 + 4, height: 16, width: Math.max(1, 200 * v / max), class: 'bar' });
  });
  const x = 80 + 200 * required / max;
  mk('line', { x1: x, x2: x, y1: 0, y2: points.length * 24 + 8, stroke: '#1f2933', 'stroke-dasharray': '4 2' });
  mk('text', { x: Math.min(x, 250), y: points.length * 24 + 22, 'font-size': 11 }, t('ls.debt'));
  return svg;
}

export default {
  pages: [{
    menu: { route: 'seizures', label: 'ls.menu' }, roles: READ,
    routes: [{ path: 'seizures', render: overview }, { path: 'seizures/:id', render: seizurePage }],
  }],
  caseSections: caseSection,
  async work(ctx) {
    if (!ctx.hasRole(...READ)) return [];
    const [expiring, overdue] = await Promise.all([get(base + '/seizures/expiring?days=30'), get(base + '/seizures/inspections-overdue')]);
    return [{ id: 'seizures-expiring', label: 'ls.expiring', count: expiring.length, route: 'seizures' },
      { id: 'inspections-overdue', label: 'ls.overdue', count: overdue.length, route: 'seizures' }];
  },
};
