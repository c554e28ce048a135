// 交叉执行 Cross-enforcement (art. 237): eligible cases, applications and decisions, orders, transfers
// sent and received.
import { get, post } from '../../js/api.js';
import { addMessages, t, lang } from '../../js/i18n.js';
import { h, clear, table, form, field, fill, today, link, yuan, errorBox } from '../../js/ui.js';

addMessages({
  'ce.menu': ['交叉执行', 'Cross-enforcement'],
  'ce.title': ['交叉执行', 'Cross-enforcement'],
  'ce.eligible': ['符合条件的案件', 'Eligible cases'],
  'ce.applications': ['申请与决定', 'Applications and decisions'],
  'ce.orders': ['上级法院指令', 'Orders from the higher court'],
  'ce.incoming': ['移送来的案件', 'Cases transferred to us'],
  'ce.transfers': ['已移送', 'Transferred'],
  'ce.reason': ['原因', 'Reason'],
  'ce.court': ['原法院', 'Original court'],
  'ce.applicant': ['申请人', 'Applicant'],
  'ce.grounds': ['理由', 'Grounds'],
  'ce.received': ['收到申请日期', 'Application received on'],
  'ce.enter': ['登记申请', 'Enter an application'],
  'ce.refused': ['被指定法院拒收，待重新决定', 'refused by the named court; decide again'],
  'ce.st.PENDING': ['待决定', 'awaiting decision'],
  'ce.st.DECIDING': ['正在决定', 'being decided'],
  'ce.st.DONE': ['已办结', 'done'],
  'ce.st.OPEN': ['待办理', 'to carry out'],
  'ce.st.REJECTED': ['已退回', 'sent back'],
  'ce.decide': ['作出决定', 'Decide'],
  'ce.type': ['决定类型', 'Decision'],
  'ce.named': ['指定法院', 'Named court'],
  'ce.deadline': ['期限', 'Deadline'],
  'ce.overdue': ['已逾期', 'overdue'],
  'ce.accept': ['接收', 'Accept'],
  'ce.reject': ['退回', 'Send back'],
  'ce.newNumber': ['本院新案号', 'Our new case number'],
  'ce.openPkg': ['查看卷宗', 'Open the file'],
  'ce.done': ['办结', 'Done'],
  'ce.send': ['移送案件材料', 'Send the case package'],
  'ce.rejectReason': ['退回理由', 'Why it is sent back'],
  'ce.workOrders': ['待办指令', 'Orders to carry out'],
  'ce.workIncoming': ['待接收的移送案件', 'Transfers to accept'],
  'ce.id': ['编号', 'No.'],
});

const READ = ['enforcement-officer', 'clerk', 'supervisor'];
const base = '/cross-enforcement';
const DECISIONS = [['SUPERVISE', '督促执行 supervise'], ['ELEVATE', '提级执行 take over'], ['DESIGNATE', '指令执行 designate'], ['JOINT', '协同执行 joint']];
const statusText = st => { const k = 'ce.st.' + st; const v = t(k); return v === k ? st : v; };
const overdueTag = x => x.overdue ? h('span', { class: 'tag off warn' }, t('ce.overdue')) : '';

async function page(el, _p, ctx) {
  const sections = [
    ['ce.eligible', READ, async () => {
      const v = await get(base + '/eligible?limit=50');
      return table([
        { label: t('cases.number'), value: c => link('cases/' + c.caseId, c.caseNumber) },
        { label: t('cases.respondent'), value: c => c.respondent },
        { label: t('cases.owed'), value: c => yuan(c.amountOwedFen), num: true },
        { label: t('ce.reason'), value: c => (lang() === 'en' ? c.reasons : c.reasonsZh || c.reasons || []).join(', ') },
      ], v.items);
    }],
    ['ce.applications', ['clerk', 'supervisor', 'enforcement-officer'], async () => {
      const list = await get(base + '/applications');
      return [table([
        { label: t('ce.id'), value: a => a.id, num: true },
        { label: t('cases.number'), value: a => a.caseNumber },
        { label: t('ce.court'), value: a => a.originalCourtId },
        { label: t('ce.applicant'), value: a => a.applicant },
        { label: t('common.status'), value: a => a.status === 'REJECTED' ? [t('ce.refused'), '：', a.rejectedNote]
          : [a.status === 'DECIDED' ? a.decisionZh : statusText(a.status), ' ', overdueTag(a)] },
        { label: '', value: a => ctx.hasRole('supervisor') && (a.status === 'PENDING' || a.status === 'REJECTED') ? decideForm(a, ctx) : '' },
      ], list), ctx.hasRole('clerk', 'supervisor') ? h('details', {}, h('summary', {}, t('ce.enter')), form([
        field('originalCourtId', t('ce.court'), { required: true, autocapitalize: 'none' }), field('caseNumber', t('cases.number'), { required: true }),
        field('applicant', t('ce.applicant'), { required: true }), field('grounds', t('ce.grounds'), { type: 'textarea' }),
        field('receivedOn', t('ce.received'), { type: 'date', value: today() }),
      ], t('common.save'), async v => { await post(base + '/applications', v); ctx.rerender(); }, 'application-form')) : null];
    }],
    ['ce.orders', READ, async () => table([
      { label: t('ce.id'), value: o => o.id, num: true },
      { label: t('ce.type'), value: o => o.decisionZh },
      { label: t('ce.court'), value: o => o.fromCourtId },
      { label: t('ce.deadline'), value: o => [o.deadline || '', ' ', overdueTag(o)] },
      { label: t('common.status'), value: o => statusText(o.status) },
      { label: '', value: o => ctx.hasRole('enforcement-officer') && o.status === 'OPEN' ? orderAction(o, ctx) : '' },
    ], await get(base + '/orders'))],
    ['ce.incoming', ['enforcement-officer', 'clerk'], async () => table([
      { label: t('ce.court'), value: i => i.fromCourtId },
      { label: t('common.status'), value: i => i.transfer?.stateZh || i.state },
      { label: t('cases.number'), value: i => i.casePackage?.caseData?.caseNumber || i.scope },
      { label: '', value: i => ctx.hasRole('enforcement-officer') && i.transfer && !i.transfer.answeredAt ? incomingActions(i, ctx) : '' },
    ], await get(base + '/incoming'))],
    ['ce.transfers', READ, async () => table([
      { label: t('ce.id'), value: x => x.id, num: true },
      { label: t('cases.number'), value: x => link('cases/' + x.caseId, '#' + x.caseId) },
      { label: t('ce.named'), value: x => x.toCourtId },
      { label: t('common.status'), value: x => x.stateZh || x.state },
    ], await get(base + '/transfers'))],
  ].filter(([, roles]) => ctx.hasRole(...roles));
  clear(el, h('h1', {}, t('ce.title')), sections.map(([title, , load]) => {
    const box = h('div');
    fill(box, load);
    return [h('h2', {}, t(title)), h('section', { class: 'card', id: title.replace('.', '-') }, box)];
  }));
}

/** a transfer order is carried out by sending the package (once; a repeat returns the same transfer); others are reported done */
function orderAction(o, ctx) {
  const transfers = o.decision === 'DESIGNATE' || o.decision === 'ELEVATE';
  return h('button', { type: 'button', class: 'secondary', dataset: { order: o.id }, onclick: async ev => {
    ev.target.disabled = true;
    try {
      await post(`${base}/orders/${o.id}/${transfers ? 'transfer' : 'done'}`, transfers ? {} : { note: 'console' });
      ctx.rerender();
    } catch (e) { ev.target.replaceWith(errorBox(e)); }
  } }, t(transfers ? 'ce.send' : 'ce.done'));
}

/** the receiving court accepts under a new local case number, or sends the package back with a reason */
function incomingActions(i, ctx) {
  return h('div', { dataset: { grant: i.grantId } },
    form([field('caseNumber', t('ce.newNumber'), { required: true })], t('ce.accept'), async v => {
      const r = await post(`${base}/incoming/${i.grantId}/accept`, { caseNumber: v.caseNumber });
      ctx.navigate('cases/' + r.localCase.id);
    }, 'accept-' + i.grantId),
    h('details', {}, h('summary', {}, t('ce.reject')), form([field('reason', t('ce.rejectReason'), { type: 'textarea', required: true })],
      t('ce.reject'), async v => { await post(`${base}/incoming/${i.grantId}/reject`, { reason: v.reason }); ctx.rerender(); }, 'reject-' + i.grantId)));
}

function decideForm(a, ctx) {
  return h('details', { dataset: { application: a.id } }, h('summary', {}, t('ce.decide')), form([
    field('type', t('ce.type'), { options: DECISIONS }), field('namedCourtId', t('ce.named'), { autocapitalize: 'none' }),
    field('deadline', t('ce.deadline'), { type: 'date' }), field('reason', t('ce.reason'), { required: true }),
  ], t('common.save'), async v => {
    await post(`${base}/applications/${a.id}/decision`, { type: v.type, namedCourtId: v.namedCourtId || null, deadline: v.deadline || null, reason: v.reason });
    ctx.rerender();
  }, 'decide-' + a.id));
}

export default {
  pages: [{ menu: { route: 'cross-enforcement', label: 'ce.menu' }, roles: READ, routes: [{ path: 'cross-enforcement', render: page }] }],
  async work(ctx) {
    const out = [];
    if (ctx.hasRole(...READ)) {
      const orders = await get(base + '/orders');
      out.push({ id: 'orders-open', label: 'ce.workOrders', count: orders.filter(o => o.status === 'OPEN').length, route: 'cross-enforcement' });
    }
    if (ctx.hasRole('enforcement-officer', 'clerk')) {
      const incoming = await get(base + '/incoming');
      out.push({ id: 'incoming', label: 'ce.workIncoming', count: incoming.filter(i => !i.transfer?.answeredAt).length, route: 'cross-enforcement' });
    }
    return out;
  },
};
