// 培训 Training: this court's modules (trainers write them, every change a new version), sharing them with partner
// courts or the province (court admins), what other courts share with us, drills with the score, completion per
// officer and module, the standards that apply to us, and the case library. Served from the training bundle
// (manifest header Cep-Console-Pages), so the pages come and go with the capability.
import { api, get, post, token } from '../../js/api.js';
import { addMessages, t, both } from '../../js/i18n.js';
import { h, clear, table, kv, form, field, fill, when, link, errorBox } from '../../js/ui.js';

addMessages({
  'tr.menu': ['培训', 'Training'],
  'tr.title': ['执行培训', 'Training'],
  'tr.modules': ['本院培训模块', 'Our training modules'],
  'tr.newModule': ['编写新模块', 'Write a module'],
  'tr.titleZh': ['标题（中文）', 'Title (Chinese)'],
  'tr.titleEn': ['标题（英文，可选）', 'Title (English, optional)'],
  'tr.bodyZh': ['正文（中文）', 'Body (Chinese)'],
  'tr.bodyEn': ['正文（英文，可选）', 'Body (English, optional)'],
  'tr.stages': ['执行阶段', 'Enforcement stages'],
  'tr.version': ['版本', 'Version'],
  'tr.versionN': ['第 {n} 版', 'version {n}'],
  'tr.author': ['作者', 'Author'],
  'tr.court': ['编写法院', 'Author court'],
  'tr.changed': ['修改内容', 'Changed'],
  'tr.changeNote': ['修改说明', 'What changed and why'],
  'tr.published': ['发布时间', 'Published'],
  'tr.versions': ['版本记录', 'Versions'],
  'tr.newVersion': ['发布新版本', 'Publish a new version'],
  'tr.questions': ['演练题（含标准答案）', 'Drill questions (with model answers)'],
  'tr.addQuestion': ['添加演练题', 'Add a question'],
  'tr.kind': ['题型', 'Kind'],
  'tr.single': ['单选', 'single choice'],
  'tr.multiple': ['多选', 'multiple choice'],
  'tr.prompt': ['题目', 'Question'],
  'tr.options': ['选项（每行一个）', 'Options (one per line)'],
  'tr.correct': ['标准答案（选项序号，从 1 开始，逗号分隔）', 'Correct options (numbers from 1, comma separated)'],
  'tr.explanation': ['解析', 'Explanation'],
  'tr.drill': ['演练', 'Drill'],
  'tr.takeDrill': ['参加演练', 'Take the drill'],
  'tr.submit': ['提交答案', 'Submit'],
  'tr.score': ['得分：{score} / {max}（{percent}%）', 'Score: {score} / {max} ({percent}%)'],
  'tr.right': ['正确', 'right'],
  'tr.wrong': ['错误', 'wrong'],
  'tr.model': ['标准答案', 'Model answer'],
  'tr.noQuestions': ['该模块尚无演练题', 'No drill questions yet'],
  'tr.shares': ['共享', 'Sharing'],
  'tr.shareWith': ['共享给法院（法院代码，逗号分隔）', 'Share with courts (court ids, comma separated)'],
  'tr.provinceWide': ['全省共享', 'The whole province'],
  'tr.share': ['共享', 'Share'],
  'tr.unshare': ['取消共享', 'Unshare'],
  'tr.unshareCourts': ['只取消这些法院（可选）', 'Only these courts (optional)'],
  'tr.grantee': ['接收法院', 'Receiving court'],
  'tr.validUntil': ['有效至', 'Valid until'],
  'tr.revoked': ['已取消', 'revoked'],
  'tr.sharedWithUs': ['他院共享给本院', 'Shared with us'],
  'tr.adoptions': ['本院采用的模块', 'Modules we adopted'],
  'tr.adopt': ['采用当前版本', 'Adopt the current version'],
  'tr.update': ['更新到最新版本', 'Update to the newest version'],
  'tr.adopted': ['已采用', 'Adopted'],
  'tr.newer': ['有新版本', 'newer version'],
  'tr.closed': ['已停止共享', 'no longer shared'],
  'tr.completion': ['演练完成情况', 'Drill completion'],
  'tr.taker': ['人员', 'Officer'],
  'tr.module': ['模块', 'Module'],
  'tr.attempts': ['次数', 'Attempts'],
  'tr.best': ['最好成绩', 'Best score'],
  'tr.last': ['最近一次', 'Last taken'],
  'tr.standards': ['适用的执行标准', 'Standards that apply'],
  'tr.source.OWN': ['本院标准', 'our own'],
  'tr.source.HIGHER_COURT': ['上级法院标准', "the higher court's"],
  'tr.source.PROVINCE': ['全省标准', "the province's"],
  'tr.noStandard': ['尚无标准', 'no standard yet'],
  'tr.steps': ['步骤', 'Steps'],
  'tr.documents': ['所需材料', 'Required documents'],
  'tr.deadlines': ['期限', 'Deadlines'],
  'tr.cases': ['典型案例', 'Typical cases'],
  'tr.facts': ['基本案情', 'Facts'],
  'tr.action': ['法院做法', 'What the court did'],
  'tr.significance': ['典型意义', 'Why it matters'],
  'tr.export': ['导出 SCORM 1.2 程序包', 'Export as SCORM 1.2'],
  'tr.import': ['导入 SCORM 1.2 程序包', 'Import a SCORM 1.2 package'],
  'tr.file': ['程序包（.zip）', 'Package (.zip)'],
  'tr.saved': ['已保存', 'Saved'],
});

// the pages' own styles, from this folder (the console's CSP allows style sheets of its own origin only)
if (!document.querySelector('link[data-module="training"]')) {
  document.head.append(h('link', { rel: 'stylesheet', href: new URL('training.css', import.meta.url).pathname, dataset: { module: 'training' } }));
}

const READ = ['trainer', 'court-admin', 'enforcement-officer', 'clerk'];
const TAKERS = ['enforcement-officer', 'clerk'];
const base = '/training';
const STAGES = [['ACCEPTANCE', '立案受理', 'Acceptance'], ['PROPERTY_INVESTIGATION', '财产调查', 'Property investigation'],
  ['VALUATION_AUCTION', '评估拍卖', 'Valuation and auction'], ['SETTLEMENT', '执行和解', 'Settlement'],
  ['LIVE_SEIZURE', '活查封', 'Live seizure'], ['CROSS_ENFORCEMENT', '交叉执行', 'Cross-enforcement'],
  ['CONDUCT_ENFORCEMENT', '行为执行', 'Conduct enforcement']];
const stageName = s => { const x = STAGES.find(([id]) => id === s); return x ? both(x[1], x[2]) : s; };
const stages = list => (list || []).map(stageName).join('、');
const lines = text => String(text || '').split('\n').map(s => s.trim()).filter(Boolean);
const ids = text => String(text || '').split(/[,，\s]+/).map(s => s.trim()).filter(Boolean);

/** a block of titled sections, each loaded on its own (one refusal does not hide the others) */
function sections(el, list) {
  return list.map(([key, id, load]) => {
    const box = h('div');
    fill(box, load);
    return [h('h2', {}, t(key)), h('section', { class: 'card', id }, box)];
  });
}

function stageBoxes(chosen = []) {
  return h('fieldset', { class: 'stages' }, h('legend', {}, t('tr.stages')),
    STAGES.map(([id]) => h('label', {}, h('input', { type: 'checkbox', name: 'stage-' + id, checked: chosen.includes(id) }), ' ', stageName(id))));
}

function moduleBody(v) {
  return STAGES.filter(([id]) => v['stage-' + id]).map(([id]) => id);
}

function moduleFields(m = {}) {
  return [field('titleZh', t('tr.titleZh'), { required: true, value: m.titleZh }), field('titleEn', t('tr.titleEn'), { value: m.titleEn }),
    field('bodyZh', t('tr.bodyZh'), { type: 'textarea', required: true, value: m.bodyZh }), field('bodyEn', t('tr.bodyEn'), { type: 'textarea', value: m.bodyEn }),
    stageBoxes(m.stages)];
}

async function overview(el, _p, ctx) {
  const list = [['tr.modules', 'tr-modules', () => ourModules(ctx)]];
  list.push(['tr.sharedWithUs', 'tr-shared', async () => table([
    { label: t('tr.module'), value: s => link(`training/shared/${s.ownerCourtId}/${s.moduleId}/${s.grantId}`, s.titleZh) },
    { label: t('tr.court'), value: s => both(s.ownerCourtNameZh, s.ownerCourtId) },
    { label: t('tr.adopted'), value: s => s.adoptedVersion ? t('tr.versionN', { n: s.adoptedVersion }) : '' },
    { label: t('tr.validUntil'), value: s => when(s.validUntil) },
  ], await get(base + '/shared'))]);
  list.push(['tr.adoptions', 'tr-adoptions', async () => table([
    { label: t('tr.module'), value: a => a.accessOpen ? link(`training/shared/${a.ownerCourtId}/${a.moduleId}/${a.grantId}`, a.titleZh) : a.titleZh },
    { label: t('tr.court'), value: a => a.ownerCourtId },
    { label: t('tr.adopted'), value: a => t('tr.versionN', { n: a.adoptedVersion }) },
    { label: t('common.status'), value: a => !a.accessOpen ? h('span', { class: 'tag off' }, t('tr.closed'))
      : a.newerVersionAvailable ? h('span', { class: 'tag warn' }, t('tr.newer') + ' ' + t('tr.versionN', { n: a.latestVersion })) : '' },
  ], await get(base + '/adoptions'))]);
  if (ctx.hasRole('court-admin', 'trainer')) list.push(['tr.completion', 'tr-completion', async () => completion(await get(base + '/completion'))]);
  list.push(['tr.standards', 'tr-standards', () => standards()]);
  list.push(['tr.cases', 'tr-cases', async () => table([
    { label: t('tr.module'), value: c => link('training/cases/' + c.id, both(c.titleZh, c.titleEn)) },
    { label: t('tr.stages'), value: c => stages(c.stages) },
  ], await get(base + '/cases'))]);
  clear(el, h('h1', {}, t('tr.title')), sections(el, list));
}

async function ourModules(ctx) {
  const modules = await get(base + '/modules');
  const out = [table([
    { label: t('tr.module'), value: m => link('training/modules/' + m.id, m.titleZh) },
    { label: t('tr.version'), value: m => m.currentVersion, num: true },
    { label: t('tr.stages'), value: m => stages(m.stages) },
    { label: t('tr.author'), value: m => m.createdBy },
  ], modules)];
  if (ctx.hasRole('trainer')) {
    out.push(h('details', {}, h('summary', {}, t('tr.newModule')), form(moduleFields(), t('common.save'), async v => {
      const m = await post(base + '/modules', { titleZh: v.titleZh, titleEn: v.titleEn || null, bodyZh: v.bodyZh, bodyEn: v.bodyEn || null,
        stages: moduleBody(v) });
      ctx.navigate('training/modules/' + m.id);
    }, 'module-form')));
    const file = h('input', { type: 'file', name: 'package', accept: '.zip,application/zip', required: true });
    out.push(h('details', {}, h('summary', {}, t('tr.import')), form([h('label', {}, t('tr.file'), file)], t('tr.import'), async () => {
      const m = await api('POST', base + '/module-packages', file.files[0], { 'Content-Type': 'application/zip' });
      ctx.navigate('training/modules/' + m.id);
    }, 'import-form')));
  }
  return out;
}

function completion(rows) {
  return table([
    { label: t('tr.taker'), value: c => c.taker },
    { label: t('tr.module'), value: c => c.moduleTitle },
    { label: t('tr.court'), value: c => c.ownerCourtId },
    { label: t('tr.attempts'), value: c => c.attempts, num: true },
    { label: t('tr.best'), value: c => `${c.bestScore} / ${c.maxScore}`, num: true },
    { label: t('tr.last'), value: c => when(c.lastTakenAt) },
  ], rows);
}

/** for every stage: the applicable standard and whose it is (ours, the higher court's, the province's) */
async function standards() {
  const rows = await Promise.all(STAGES.map(async ([stage]) => {
    try {
      return { stage, a: await get(`${base}/standards/${stage}/applicable`) };
    } catch (e) {
      if (e.status === 404) return { stage, a: null };
      throw e;
    }
  }));
  return rows.map(({ stage, a }) => h('div', { class: 'standard', dataset: { stage } },
    h('h3', {}, stageName(stage), ' · ', a ? [t('tr.source.' + a.source), '（', a.courtNameZh || a.courtId, '）'] : t('tr.noStandard')),
    a ? [h('p', {}, a.standard.titleZh, ' · ', t('tr.versionN', { n: a.standard.revision })), kv([
      [t('tr.steps'), h('ol', {}, a.standard.steps.map(s => h('li', {}, s)))],
      [t('tr.documents'), a.standard.requiredDocuments.join('、')],
      [t('tr.deadlines'), a.standard.deadlines.join('；')],
    ])] : null));
}

function moduleText(m) {
  return [kv([
    [t('tr.version'), t('tr.versionN', { n: m.version }) + (m.version !== m.currentVersion ? ' / ' + t('tr.versionN', { n: m.currentVersion }) : '')],
    [t('tr.stages'), stages(m.stages)],
    [t('tr.author'), m.author],
    [t('tr.published'), when(m.publishedAt)],
    m.changeNote ? [t('tr.changeNote'), m.changeNote] : null,
  ]), m.titleEn ? h('p', { class: 'muted' }, m.titleEn) : null, h('div', { class: 'card module-body', id: 'module-body' }, m.bodyZh),
  m.bodyEn ? h('div', { class: 'card module-body', lang: 'en' }, m.bodyEn) : null];
}

async function modulePage(el, p, ctx) {
  const id = p.id.split('?')[0];
  const version = new URLSearchParams(location.hash.split('?')[1] || '').get('version');
  const m = await get(`${base}/modules/${id}` + (version ? `?version=${encodeURIComponent(version)}` : ''));
  const list = [['tr.versions', 'tr-versions', async () => table([
    { label: t('tr.version'), value: v => link(`training/modules/${id}?version=${v.number}`, t('tr.versionN', { n: v.number })) },
    { label: t('tr.changed'), value: v => v.changed.join(', ') },
    { label: t('tr.changeNote'), value: v => v.changeNote },
    { label: t('tr.author'), value: v => v.author },
    { label: t('tr.published'), value: v => when(v.publishedAt) },
  ], await get(`${base}/modules/${id}/versions`))]];
  if (ctx.hasRole('trainer')) list.push(['tr.questions', 'tr-questions', () => questions(id, ctx)]);
  if (ctx.hasRole(...TAKERS)) list.push(['tr.drill', 'tr-drill', async () => drill(await get(`${base}/modules/${id}/drill`), `${base}/modules/${id}/attempts`)]);
  if (ctx.hasRole('court-admin', 'trainer')) list.push(['tr.shares', 'tr-shares', () => shares(id, ctx)]);
  const actions = [];
  if (ctx.hasRole('trainer')) {
    actions.push(h('details', {}, h('summary', {}, t('tr.newVersion')), form([...moduleFields(m),
      field('changeNote', t('tr.changeNote'), { required: true })], t('common.save'), async v => {
      await post(`${base}/modules/${id}/versions`, { titleZh: v.titleZh, titleEn: v.titleEn || null, bodyZh: v.bodyZh, bodyEn: v.bodyEn || null,
        stages: moduleBody(v), changeNote: v.changeNote, baseVersion: m.currentVersion });
      // shown at the current version: a navigation when a numbered one is in view, else the same route drawn again
      if (location.hash === '#/training/modules/' + id) ctx.rerender(); else ctx.navigate('training/modules/' + id);
    }, 'version-form')));
    actions.push(h('button', { type: 'button', class: 'secondary', id: 'export', onclick: ev => exportPackage(id, ev.target) }, t('tr.export')));
  }
  clear(el, h('p', {}, link('training', t('common.back'))), h('h1', { id: 'module-title' }, m.titleZh), moduleText(m), actions, sections(el, list));
}

/** the package is fetched with the token in the header (never in a URL), then saved from memory */
async function exportPackage(id, button) {
  button.disabled = true;
  try {
    const res = await fetch(`/api/v1${base}/modules/${id}/package`, { headers: { Authorization: `Bearer ${token()}` }, cache: 'no-store' });
    if (!res.ok) throw Object.assign(new Error('export'), { problem: await res.json().catch(() => null) });
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: `training-module-${id}-scorm12.zip` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    button.after(errorBox(e));
  } finally {
    button.disabled = false;
  }
}

async function questions(id, ctx) {
  const qs = await get(`${base}/modules/${id}/questions`);
  return [table([
    { label: t('tr.prompt'), value: q => q.prompt },
    { label: t('tr.kind'), value: q => t(q.kind === 'MULTIPLE' ? 'tr.multiple' : 'tr.single') },
    { label: t('tr.options'), value: q => q.options.map((o, i) => `${i + 1}. ${o}`).join('　') },
    { label: t('tr.model'), value: q => q.correct.map(i => i + 1).join(', ') },
    { label: t('tr.explanation'), value: q => q.explanation },
  ], qs, t('tr.noQuestions')), h('details', {}, h('summary', {}, t('tr.addQuestion')), form([
    field('kind', t('tr.kind'), { options: [['SINGLE', t('tr.single')], ['MULTIPLE', t('tr.multiple')]] }),
    field('prompt', t('tr.prompt'), { required: true }), field('options', t('tr.options'), { type: 'textarea', required: true }),
    field('correct', t('tr.correct'), { required: true }), field('explanation', t('tr.explanation'), { type: 'textarea', required: true }),
  ], t('common.save'), async v => {
    await post(`${base}/modules/${id}/questions`, { kind: v.kind, prompt: v.prompt, options: lines(v.options),
      correct: ids(v.correct).map(n => Number(n) - 1), explanation: v.explanation });
    ctx.rerender();
  }, 'question-form'))];
}

/** a drill as the taker sees it (no answers); after submitting: the score and, per question, right or wrong with the explanation */
function drill(d, submitPath) {
  if (!d.questions.length) return h('p', { class: 'muted' }, t('tr.noQuestions'));
  const result = h('div', { id: 'drill-result', role: 'status' });
  const f = form(d.questions.map((q, qi) => h('fieldset', { dataset: { question: q.id } },
    h('legend', {}, `${qi + 1}. ${q.prompt}`, q.kind === 'MULTIPLE' ? `（${t('tr.multiple')}）` : ''),
    q.options.map((o, oi) => h('label', {}, h('input', { type: q.kind === 'MULTIPLE' ? 'checkbox' : 'radio', name: `q${q.id}-${q.kind === 'MULTIPLE' ? oi : 'one'}`,
      value: String(oi), dataset: { option: oi } }), ' ', o)))), t('tr.submit'), async (_v, formEl) => {
    const answers = d.questions.map(q => ({ questionId: q.id,
      chosen: [...formEl.querySelectorAll(`fieldset[data-question="${q.id}"] input`)].filter(i => i.checked).map(i => Number(i.value)) }));
    const a = await post(submitPath, { answers });
    clear(result, h('p', { class: 'notice', id: 'drill-score' }, t('tr.score', { score: a.score, max: a.maxScore, percent: a.percent })),
      h('ol', {}, a.marks.map(mk => h('li', { class: mk.correct ? 'on' : 'off' }, t(mk.correct ? 'tr.right' : 'tr.wrong'), ' · ', t('tr.model'), '：',
        mk.modelAnswer.map(i => i + 1).join(', '), ' · ', mk.explanation))));
  }, 'drill-form');
  return [f, result];
}

async function shares(id, ctx) {
  const list = await get(`${base}/modules/${id}/shares`);
  const out = [table([
    { label: t('tr.grantee'), value: s => s.granteeCourtId },
    { label: t('tr.provinceWide'), value: s => s.provinceWide ? t('common.yes') : '' },
    { label: t('tr.validUntil'), value: s => when(s.validUntil) },
    { label: t('common.status'), value: s => s.revokedAt ? h('span', { class: 'tag off' }, t('tr.revoked'), ' ', when(s.revokedAt)) : '' },
  ], list)];
  if (ctx.hasRole('court-admin')) {
    out.push(form([field('courtIds', t('tr.shareWith')), field('provinceWide', t('tr.provinceWide'), { type: 'checkbox' })], t('tr.share'), async v => {
      await post(`${base}/modules/${id}/shares`, v.provinceWide ? { provinceWide: true, courtIds: ids(v.courtIds) } : { courtIds: ids(v.courtIds) });
      ctx.rerender();
    }, 'share-form'));
    out.push(h('details', {}, h('summary', {}, t('tr.unshare')), form([field('reason', t('common.reason'), { required: true }),
      field('courtIds', t('tr.unshareCourts'))], t('tr.unshare'), async v => {
      const courts = ids(v.courtIds);
      await post(`${base}/modules/${id}/shares/revoke`, courts.length ? { reason: v.reason, courtIds: courts } : { reason: v.reason });
      ctx.rerender();
    }, 'unshare-form')));
  }
  return out;
}

/** a module another court shares with us: its author court and version, adopting it, and its drill (the result stays here) */
async function sharedPage(el, p, ctx) {
  const path = `${base}/shared/${encodeURIComponent(p.court)}/modules/${p.module}`;
  const q = `?grant=${encodeURIComponent(p.grant)}`;
  const s = await get(path + q);
  const m = s.module;
  const adopt = ctx.hasRole('court-admin', 'trainer') && (s.adoptedVersion == null || s.newerVersionAvailable)
    ? h('button', { type: 'button', class: 'primary', id: 'adopt', onclick: async ev => {
      ev.target.disabled = true;
      try { await post(path + '/adopt' + q); ctx.rerender(); } catch (e) { ev.target.replaceWith(errorBox(e)); }
    } }, t(s.adoptedVersion == null ? 'tr.adopt' : 'tr.update')) : null;
  const list = ctx.hasRole(...TAKERS) ? [['tr.drill', 'tr-drill', async () => drill(await get(path + '/drill' + q), path + '/attempts' + q)]] : [];
  clear(el, h('p', {}, link('training', t('common.back'))), h('h1', { id: 'module-title' }, m.titleZh),
    h('p', { id: 'shared-from' }, t('tr.court'), '：', both(s.ownerCourtNameZh, s.ownerCourtId), ' · ', t('tr.versionN', { n: m.version }),
      s.adoptedVersion != null ? [' · ', t('tr.adopted'), ' ', t('tr.versionN', { n: s.adoptedVersion })] : '',
      s.newerVersionAvailable ? [' ', h('span', { class: 'tag warn', id: 'newer' }, t('tr.newer'))] : ''),
    adopt, moduleText(m), sections(el, list));
}

async function casePage(el, p) {
  const c = await get(`${base}/cases/${encodeURIComponent(p.id)}`);
  clear(el, h('p', {}, link('training', t('common.back'))), h('h1', { id: 'case-study-title' }, both(c.titleZh, c.titleEn)),
    h('p', { class: 'muted' }, c.courtZh, ' · ', stages(c.stages)),
    h('h2', {}, t('tr.facts')), h('p', {}, both(c.factsZh, c.factsEn)),
    h('h2', {}, t('tr.action')), h('p', {}, both(c.actionZh, c.actionEn)),
    h('h2', {}, t('tr.significance')), h('p', {}, both(c.significanceZh, c.significanceEn)));
}

export default {
  pages: [{ menu: { route: 'training', label: 'tr.menu' }, roles: READ, routes: [
    { path: 'training', render: overview },
    { path: 'training/modules/:id', render: modulePage },
    { path: 'training/shared/:court/:module/:grant', render: sharedPage },
    { path: 'training/cases/:id', render: casePage },
  ] }],
};
