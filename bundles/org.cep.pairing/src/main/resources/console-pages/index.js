// 结对帮扶 Pairing assistance: pairs of the court (or the high court's register), a pair's plan, activities,
// outcomes, help requests, the capability gap and shared training; partner suggestions for the high court.
import { get, post } from '../../js/api.js';
import { addMessages, t, lang, both } from '../../js/i18n.js';
import { h, clear, table, form, field, fill, today, link, yuan, toFen, kv, errorBox } from '../../js/ui.js';

addMessages({
  'pr.menu': ['结对帮扶', 'Pairing'],
  'pr.title': ['结对帮扶', 'Pairing assistance'],
  'pr.pairs': ['结对', 'Pairs'],
  'pr.new': ['建立结对', 'Make a pair'],
  'pr.mentor': ['帮扶法院', 'Mentor court'],
  'pr.mentee': ['受援法院', 'Mentee court'],
  'pr.seat': ['本院角色', 'Our side'],
  'pr.period': ['期间', 'Period'],
  'pr.start': ['开始日期', 'Start'],
  'pr.end': ['结束日期', 'End'],
  'pr.goals': ['目标（每行一项：代码 名称）', 'Goals (one a line: key title)'],
  'pr.goalList': ['目标', 'Goals'],
  'pr.plan': ['帮扶计划', 'Plan'],
  'pr.suggest': ['推荐帮扶法院', 'Suggest mentor courts'],
  'pr.score': ['得分', 'Score'],
  'pr.why': ['依据', 'Why'],
  'pr.activities': ['帮扶活动', 'Activities'],
  'pr.kind': ['类型', 'Kind'],
  'pr.titleField': ['名称', 'Title'],
  'pr.staff': ['交流人员', 'Staff member'],
  'pr.from': ['派出法院', 'From court'],
  'pr.to': ['接收法院', 'To court'],
  'pr.allocated': ['安排资金（元）', 'Allocated (yuan)'],
  'pr.spent': ['已用资金（元）', 'Spent (yuan)'],
  'pr.money': ['资金：安排 {a}，已用 {s}', 'Money: {a} allocated, {s} spent'],
  'pr.outcomes': ['成果', 'Outcomes'],
  'pr.goal': ['目标', 'Goal'],
  'pr.description': ['说明', 'Description'],
  'pr.achieved': ['取得日期', 'Achieved on'],
  'pr.help': ['帮助请求', 'Help requests'],
  'pr.ask': ['请求帮助', 'Ask for help'],
  'pr.body': ['内容', 'Details'],
  'pr.deadline': ['答复期限', 'Deadline'],
  'pr.answer': ['答复', 'Answer'],
  'pr.overdue': ['已逾期', 'overdue'],
  'pr.gap': ['能力差距', 'Capability gap'],
  'pr.caps': ['已开通功能', 'Capabilities on'],
  'pr.level': ['信息化水平', 'Computerization'],
  'pr.kpis': ['交叉执行指标', 'Cross-enforcement KPIs'],
  'pr.gapNow': ['差距：开始时 {a} 项，现在 {b} 项，已补齐 {c} 项', 'Gap: {a} at the start, {b} now, {c} closed'],
  'pr.gained': ['结对期间开通', 'Switched on during the pair'],
  'pr.training': ['共享的培训模块', 'Shared training modules'],
  'pr.shareAgain': ['共享本院模块', 'Share our modules'],
  'pr.revoke': ['撤销共享', 'Revoke the shares'],
  'pr.renew': ['续期', 'Renew'],
  'pr.endPair': ['结束结对', 'End the pair'],
  'pr.work': ['待答复的帮助请求', 'Help requests to answer'],
  'pr.workMine': ['等待答复的本院请求', 'Our requests awaiting an answer'],
});

const READ = ['provincial-admin', 'court-admin', 'supervisor', 'enforcement-judge', 'enforcement-officer', 'trainer', 'clerk'];
const WRITE = ['court-admin', 'enforcement-judge', 'trainer'];
const HIGH = ['provincial-admin', 'court-admin'];
const base = '/pairing';
const KINDS = [['TECHNICAL_SUPPORT', '技术支持 technical support'], ['STAFF_EXCHANGE', '人员交流 staff exchange'],
  ['ON_SITE_HELP', '现场帮扶 on-site help'], ['JOINT_TRAINING', '联合培训 joint training'], ['FUNDING', '专项资金 special funds']];
const SEATS = { ISSUER: ['建立方', 'made it'], MENTOR: ['帮扶方', 'mentor'], MENTEE: ['受援方', 'mentee'] };
const seat = s => both(...(SEATS[s] || [s, s]));
const overdueTag = x => x.overdue ? h('span', { class: 'tag off warn' }, t('pr.overdue')) : '';

function section(title, id, load) {
  const box = h('div');
  fill(box, load);
  return [h('h2', {}, title), h('section', { class: 'card', id }, box)];
}

async function listPage(el, _p, ctx) {
  const parts = [h('h1', {}, t('pr.title')), section(t('pr.pairs'), 'pr-pairs', async () => table([
    { label: 'No.', value: p => link('pairing/' + p.id, '#' + p.id) },
    { label: t('pr.seat'), value: p => seat(p.seat) },
    { label: t('pr.mentor'), value: p => p.mentorNameZh || p.mentorCourtId },
    { label: t('pr.mentee'), value: p => p.menteeNameZh || p.menteeCourtId },
    { label: t('pr.period'), value: p => `${p.startDate} – ${p.endDate}` },
    { label: t('common.status'), value: p => p.status },
  ], await get(base + '/pairs')))];
  if (ctx.hasRole(...HIGH)) {
    parts.push(h('details', {}, h('summary', {}, t('pr.new')), form([
      field('mentorCourtId', t('pr.mentor'), { required: true }), field('menteeCourtId', t('pr.mentee'), { required: true }),
      field('startDate', t('pr.start'), { type: 'date', value: today(), required: true }), field('endDate', t('pr.end'), { type: 'date', required: true }),
      field('goals', t('pr.goals'), { type: 'textarea', required: true }), field('planZh', t('pr.plan'), { type: 'textarea' }),
    ], t('common.save'), async v => {
      const goals = v.goals.split('\n').map(l => l.trim()).filter(Boolean).map(l => {
        const [key, ...title] = l.split(/\s+/);
        return { key, titleZh: title.join(' ') || key };
      });
      const p = await post(base + '/pairs', { mentorCourtId: v.mentorCourtId.trim(), menteeCourtId: v.menteeCourtId.trim(), startDate: v.startDate,
        endDate: v.endDate, goals, planZh: v.planZh || null });
      ctx.navigate('pairing/' + p.id);
    }, 'pair-form')));
    const results = h('div', { id: 'pr-suggestions' });
    parts.push(h('h2', {}, t('pr.suggest')), h('section', { class: 'card' }, form([field('menteeCourtId', t('pr.mentee'), { required: true })],
      t('common.search'), async v => {
        const list = await get(`${base}/suggestions?menteeCourtId=${encodeURIComponent(v.menteeCourtId.trim())}`);
        clear(results, table([
          { label: '#', value: s => s.rank, num: true },
          { label: t('pr.mentor'), value: s => both(s.nameZh, s.nameEn) },
          { label: t('pr.score'), value: s => s.score, num: true },
          { label: t('pr.why'), value: s => h('ul', {}, s.parts.map(x => h('li', {}, `${both(x.explanationZh, x.explanationEn)}（${x.points >= 0 ? '+' : ''}${x.points}）`))) },
        ], list));
      }, 'suggest-form'), results));
  }
  clear(el, parts);
}

async function pairPage(el, params, ctx) {
  const id = params.id;
  const p = await get(`${base}/pairs/${id}`);
  const active = p.status === 'ACTIVE';
  const writer = active && p.seat !== 'ISSUER' && ctx.hasRole(...WRITE);
  const out = [h('h1', {}, `${t('pr.title')} #${p.id}`), h('section', { class: 'card', id: 'pr-pair' }, kv([
    [t('pr.seat'), seat(p.seat)],
    [t('pr.mentor'), p.mentorNameZh || p.mentorCourtId],
    [t('pr.mentee'), p.menteeNameZh || p.menteeCourtId],
    [t('pr.period'), `${p.startDate} – ${p.endDate}`],
    [t('common.status'), p.status + (p.endedReason ? `（${p.endedReason}）` : '')],
    [t('pr.goalList'), p.goals.map(g => `${g.key} ${both(g.titleZh, g.titleEn)}`).join('；')],
    [t('pr.plan'), p.planZh || ''],
    ['', t('pr.money', { a: yuan(p.allocatedFen), s: yuan(p.spentFen) })],
  ]))];
  if (p.seat === 'ISSUER' && active && ctx.hasRole(...HIGH)) {
    out.push(h('details', {}, h('summary', {}, t('pr.renew')), form([field('endDate', t('pr.end'), { type: 'date', required: true })], t('pr.renew'),
      async v => { await post(`${base}/pairs/${id}/renew`, { endDate: v.endDate }); ctx.rerender(); }, 'renew-form')),
    h('details', {}, h('summary', {}, t('pr.endPair')), form([field('reason', t('common.reason'), { required: true })], t('pr.endPair'),
      async v => { await post(`${base}/pairs/${id}/end`, { reason: v.reason }); ctx.rerender(); }, 'end-form')));
  }
  out.push(section(t('pr.activities'), 'pr-activities', async () => [table([
    { label: t('common.date'), value: a => a.startDate === a.endDate ? a.startDate : `${a.startDate} – ${a.endDate}` },
    { label: t('pr.kind'), value: a => both(a.kindZh, a.kindEn) },
    { label: t('pr.titleField'), value: a => a.title },
    { label: t('pr.staff'), value: a => a.staffName ? `${a.staffName}：${a.fromCourtId} → ${a.toCourtId}` : '' },
    { label: t('pr.allocated'), value: a => yuan(a.allocatedFen), num: true },
    { label: t('pr.spent'), value: a => yuan(a.spentFen), num: true },
  ], await get(`${base}/pairs/${id}/activities`)), writer ? h('details', {}, h('summary', {}, t('common.create')), form([
    field('kind', t('pr.kind'), { options: KINDS }), field('title', t('pr.titleField'), { required: true }),
    field('staffName', t('pr.staff')), field('fromCourtId', t('pr.from')), field('toCourtId', t('pr.to')),
    field('startDate', t('pr.start'), { type: 'date', value: today(), required: true }), field('endDate', t('pr.end'), { type: 'date' }),
    field('allocated', t('pr.allocated'), { inputmode: 'decimal', value: '0' }), field('spent', t('pr.spent'), { inputmode: 'decimal', value: '0' }),
  ], t('common.save'), async v => {
    const allocatedFen = toFen(v.allocated);
    const spentFen = toFen(v.spent);
    if (allocatedFen === null || spentFen === null) throw { problem: { messageZh: '金额须为不超过两位小数的非负数', messageEn: 'amounts are non-negative with at most two decimals', code: 'INVALID_AMOUNT' } };
    await post(`${base}/pairs/${id}/activities`, { kind: v.kind, title: v.title, staffName: v.staffName || null, fromCourtId: v.fromCourtId || null,
      toCourtId: v.toCourtId || null, startDate: v.startDate, endDate: v.endDate || null, allocatedFen, spentFen });
    ctx.rerender();
  }, 'activity-form')) : null]));
  out.push(section(t('pr.outcomes'), 'pr-outcomes', async () => [table([
    { label: t('pr.goal'), value: o => o.goalKey },
    { label: t('pr.description'), value: o => o.description },
    { label: t('pr.achieved'), value: o => o.achievedOn },
  ], await get(`${base}/pairs/${id}/outcomes`)), writer ? form([
    field('goalKey', t('pr.goal'), { options: p.goals.map(g => [g.key, `${g.key} ${both(g.titleZh, g.titleEn)}`]) }),
    field('description', t('pr.description'), { required: true }), field('achievedOn', t('pr.achieved'), { type: 'date', value: today() }),
  ], t('common.save'), async v => { await post(`${base}/pairs/${id}/outcomes`, v); ctx.rerender(); }, 'outcome-form') : null]));
  out.push(section(t('pr.help'), 'pr-help', async () => [table([
    { label: t('pr.titleField'), value: x => x.title },
    { label: t('pr.body'), value: x => x.body },
    { label: t('pr.deadline'), value: x => [x.deadline, ' ', overdueTag(x)] },
    { label: t('pr.answer'), value: x => x.answer || (writer && p.seat === 'MENTOR' ? answerForm(id, x, ctx) : x.status) },
  ], await get(`${base}/pairs/${id}/help-requests`)), writer && p.seat === 'MENTEE' ? h('details', {}, h('summary', {}, t('pr.ask')), form([
    field('title', t('pr.titleField'), { required: true }), field('body', t('pr.body'), { type: 'textarea', required: true }),
    field('deadline', t('pr.deadline'), { type: 'date', required: true }),
  ], t('common.save'), async v => { await post(`${base}/pairs/${id}/help-requests`, v); ctx.rerender(); }, 'help-form')) : null]));
  if (ctx.hasRole('provincial-admin', 'court-admin', 'supervisor', 'enforcement-judge', 'trainer')) {
    out.push(section(t('pr.gap'), 'pr-gap', async () => gapView(await get(`${base}/pairs/${id}/gap`))));
  }
  out.push(section(t('pr.training'), 'pr-training', async () => [table([
    { label: t('pr.titleField'), value: s => s.titleZh },
    { label: t('common.status'), value: s => s.revokedAt ? `✕ ${s.revokedBy || ''}` : '✓' },
  ], await get(`${base}/pairs/${id}/training`)), active && p.seat === 'MENTOR' && ctx.hasRole('court-admin') ? h('div', { class: 'row' },
    h('button', { type: 'button', class: 'secondary', id: 'share-again', onclick: async ev => {
      try { await post(`${base}/pairs/${id}/training/share`); ctx.rerender(); } catch (e) { ev.target.replaceWith(errorBox(e)); }
    } }, t('pr.shareAgain')),
    form([field('reason', t('common.reason'), { required: true })], t('pr.revoke'),
      async v => { await post(`${base}/pairs/${id}/training/revoke`, { reason: v.reason }); ctx.rerender(); }, 'revoke-form')) : null]));
  clear(el, out);
}

function answerForm(id, x, ctx) {
  return form([field('answer', t('pr.answer'), { type: 'textarea', required: true })], t('pr.answer'),
    async v => { await post(`${base}/pairs/${id}/help-requests/${x.id}/answer`, { answer: v.answer }); ctx.rerender(); }, 'answer-' + x.id);
}

function gapView(g) {
  const side = s => h('div', { class: 'card' }, h('h3', {}, both(s.nameZh, s.nameEn)), kv([
    [t('pr.level'), lang() === 'en' ? s.computerization : s.computerizationZh],
    [t('pr.caps'), s.capabilities.join('、')],
  ]), s.kpis.length ? table([
    { label: t('pr.kpis'), value: k => both(k.labelZh, k.labelEn) },
    { label: '', value: k => k.unit === 'fen' ? yuan(k.value) : k.value, num: true },
  ], s.kpis) : null);
  return [h('p', {}, t('pr.gapNow', { a: g.gap.gapAtStart, b: g.gap.gapNow, c: g.gap.closed })),
    g.gap.gainedDuringPair.length ? h('p', { id: 'pr-gained' }, `${t('pr.gained')}：${g.gap.gainedDuringPair.join('、')}`) : null,
    h('div', { class: 'row' }, side(g.mentor), side(g.mentee))];
}

export default {
  pages: [{ menu: { route: 'pairing', label: 'pr.menu' }, roles: READ,
    routes: [{ path: 'pairing', render: listPage }, { path: 'pairing/:id', render: pairPage }] }],
  async work(ctx) {
    if (!ctx.hasRole('court-admin', 'enforcement-judge', 'trainer', 'enforcement-officer')) return [];
    const open = await get(base + '/help-requests?open=true');
    const mine = ctx.user?.courtId;
    return [
      { id: 'pr-help-in', label: 'pr.work', count: open.filter(x => x.menteeCourtId !== mine).length, route: 'pairing' },
      { id: 'pr-help-out', label: 'pr.workMine', count: open.filter(x => x.menteeCourtId === mine).length, route: 'pairing' },
    ];
  },
};
