// Chinese first; English a click away (kept in localStorage: a preference, not a secret).
const messages = { zh: {}, en: {} };
let current = localStorage.getItem('cep.lang') === 'en' ? 'en' : 'zh';

export function lang() { return current; }
export function setLang(l) {
  current = l === 'en' ? 'en' : 'zh';
  localStorage.setItem('cep.lang', current);
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

/** a module adds its own texts, each key with its Chinese and English: addMessages({'cases.title': ['执行案件', 'Cases']}) */
export function addMessages(m) {
  for (const [key, [zh, en]] of Object.entries(m)) {
    messages.zh[key] = zh;
    messages.en[key] = en;
  }
}

/** t('cases.title', {n: 3}) → text with {n} replaced; falls back to Chinese, then to the key */
export function t(key, vars) {
  let s = messages[current][key] ?? messages.zh[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** pick the Chinese or English one of two fields: both(x.nameZh, x.nameEn) */
export function both(zh, en) { return current === 'en' ? (en || zh) : (zh || en); }

addMessages({
  'app.title': ['执行平台工作台', 'Enforcement console'],
  'lang.other': ['English', '中文'],
  'logout': ['退出', 'Log out'],
  'login.title': ['登录', 'Log in'],
  'login.court': ['法院代码', 'Court id'],
  'login.user': ['用户名', 'User name'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Log in'],
  'login.hint': ['法院代码如 hlj-keshan；首次启动时省级管理员为 hlj-high / admin。', 'Court ids look like hlj-keshan; on first start the provincial admin is hlj-high / admin.'],
  'nav.work': ['我的工作', 'My work'],
  'nav.admin': ['本院管理', 'Court admin'],
  'nav.province': ['全省概览', 'Province'],
  'work.title': ['我的工作', 'My work'],
  'bell.title': ['待办事项', 'Things due'],
  'level.basic': ['基层法院', 'basic court'],
  'level.intermediate': ['中级法院', 'intermediate court'],
  'level.high': ['高级法院', 'high court'],
  'comp.basic': ['基础', 'basic'],
  'comp.standard': ['标准', 'standard'],
  'comp.advanced': ['先进', 'advanced'],
  'bell.label': ['待办 {n}', 'Due {n}'],
  'switch.court': ['查看法院', 'Court in view'],
  'work.none': ['今天没有待办事项。', 'Nothing due today.'],
  'work.hello': ['{name}，您好', 'Hello, {name}'],
  'common.loading': ['正在加载…', 'Loading…'],
  'common.none': ['暂无记录', 'Nothing here'],
  'common.save': ['保存', 'Save'],
  'common.create': ['新建', 'Create'],
  'common.search': ['查询', 'Search'],
  'common.open': ['打开', 'Open'],
  'common.yes': ['是', 'yes'],
  'common.no': ['否', 'no'],
  'common.reason': ['理由', 'Reason'],
  'common.status': ['状态', 'Status'],
  'common.date': ['日期', 'Date'],
  'common.back': ['返回', 'Back'],
  'common.notfound': ['没有这个页面', 'No such page'],
  'common.done': ['已完成', 'Done'],
  'error.network': ['无法连接服务器，请稍后再试。', 'The server cannot be reached; try again later.'],
  'admin.title': ['本院管理', 'Court administration'],
  'admin.users': ['用户与角色', 'Users and roles'],
  'admin.caps': ['功能开关', 'Capabilities'],
  'admin.audit': ['审计日志', 'Audit log'],
  'admin.verify': ['校验审计链', 'Verify the audit chain'],
  'admin.intact': ['审计链完整：已校验 {n} 条', 'Audit chain intact: {n} entries checked'],
  'admin.broken': ['审计链被改动：第 {seq} 条', 'Audit chain changed at entry {seq}'],
  'admin.newuser': ['新建用户', 'New user'],
  'admin.username': ['用户名', 'User name'],
  'admin.display': ['姓名', 'Name'],
  'admin.roles': ['角色（逗号分隔）', 'Roles (comma separated)'],
  'admin.active': ['在用', 'Active'],
  'admin.created': ['用户已创建', 'User created'],
  'admin.enable': ['开通', 'Switch on'],
  'admin.disable': ['关闭', 'Switch off'],
  'admin.level': ['最低信息化水平', 'Minimum level'],
  'admin.seq': ['序号', 'Seq'],
  'admin.at': ['时间', 'At'],
  'admin.actor': ['操作人', 'Actor'],
  'admin.action': ['操作', 'Action'],
  'admin.target': ['对象', 'Target'],
  'prov.title': ['全省概览', 'Province'],
  'prov.court': ['法院', 'Court'],
  'prov.level': ['层级', 'Level'],
  'prov.comp': ['信息化水平', 'Computerization'],
  'prov.region': ['地区', 'Region'],
  'prov.scan': ['法院配置检查', 'Court files check'],
  'prov.problems': ['问题', 'Problems'],
  'prov.file': ['文件', 'File'],
  'prov.line': ['行', 'Line'],
  'prov.key': ['键', 'Key'],
  'prov.byLevel': ['按信息化水平开通情况', 'Switched on by computerization level'],
  'cap.on': ['已开通', 'on'],
  'cap.off': ['未开通', 'off'],
});
