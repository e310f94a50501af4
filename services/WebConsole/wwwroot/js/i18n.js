// Every string the console shows, in both languages, in one place. Chinese is the default; the choice is
// remembered in this browser.
const strings = {
  zh: {
    brand: '湖里区科技成果供需对接',
    language: 'English',
    signOut: '退出',
    signIn: '登录',
    signInTitle: '登录对接平台',
    user: '用户名',
    password: '密码',
    signInFailed: '用户名或密码错误。',
    loading: '加载中…',
    saved: '已保存。',
    save: '保存',
    cancel: '取消',
    edit: '编辑',
    none: '暂无数据。',
    error: '出错了',
    retry: '重试',
    roles: { enterprise: '企业', institute: '科研机构', coordinator: '联盟协调员', 'member-admin': '成员管理员' },
    nav: {
      needs: '我的需求', results: '我的成果', instituteMatches: '匹配的需求', review: '审核队列', board: '对接看板',
      flagged: '超时提醒', reports: '统计报表', members: '联盟成员', inbox: '消息',
    },
    needs: {
      title: '我的技术需求', post: '发布需求', editTitle: '编辑需求', newTitle: '发布新需求', matches: '查看匹配',
      fieldTitle: '需求名称', description: '需求描述', keywords: '关键词（逗号分隔）', fields: '产业领域',
      confidentiality: '保密要求', trlMin: '最低技术成熟度', trlMax: '最高技术成熟度', status: '状态', updated: '更新时间',
    },
    confidentiality: { public: '公开', summaryOnly: '仅公开摘要', sealed: '保密（协调员确认后对机构可见）' },
    needStatus: { open: '征集中', closed: '已关闭', expired: '已过期', matched: '已对接' },
    matches: {
      title: '匹配结果', rank: '排名', score: '得分', result: '科技成果', institute: '机构', terms: '命中词',
      reasons: '主要理由', status: '状态', askContact: '申请对接', asked: '已提交对接申请，协调员会联系您。',
      empty: '还没有匹配结果；匹配完成后会显示在这里。',
    },
    results: {
      title: '我的科技成果', add: '登记成果', fieldTitle: '成果名称', abstract: '成果简介', keywords: '关键词（逗号分隔）',
      fields: '产业领域', trl: '技术成熟度（1-9）', import: '导入文件', importHint: 'CSV、XLSX 或 JSON 文件，每行一项成果。',
      upload: '上传并导入', report: '导入报告', rows: '行数', created: '新增', updated: '更新', unchanged: '未变',
      merged: '合并', rejected: '拒收', row: '行', field: '字段', message: '问题', notices: '提示',
    },
    instituteMatches: {
      title: '与我的成果匹配的需求', need: '需求', result: '我的成果', sealed: '保密需求：协调员确认对接后可见',
      enterprise: '企业',
    },
    review: {
      title: '待审核的配对', filters: '筛选', status: '状态', field: '产业领域', need: '需求编号', any: '全部',
      apply: '筛选', open: '查看', badNeedId: '需求编号应为 GUID，例如 0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f。', need_: '需求', result: '成果', total: '共 {n} 条', prev: '上一页', next: '下一页',
    },
    pairing: {
      title: '配对详情', need: '技术需求', result: '科技成果', explanation: '匹配说明', confirm: '确认配对',
      reject: '驳回', reason: '驳回理由', notes: '备注', steps: '推进流程', history: '流程记录', amount: '合同金额（万元）',
      contractType: '合作方式', closeReason: '关闭原因', move: '推进到：{state}', version: '版本', flagged: '已超时',
      by: '操作人', at: '时间', from: '从', to: '到', trl: '技术成熟度', contract: '合同', stateSince: '进入当前状态',
      back: '返回队列', tenThousandYuan: '万元',
    },
    board: { title: '对接看板' },
    flagged: { title: '超过时限的配对' },
    reports: {
      title: '统计报表', funnel: '对接漏斗', byField: '按产业领域和月份', time: '需求到首次确认的天数', contracts: '合同金额',
      csv: '导出 CSV', pairings: '配对', contractsCount: '合同', median: '中位数 {n} 天', p90: '90% 在 {n} 天内',
      needsCount: '需求数 {n}', count: '合同数 {n}', total: '总金额 {n} 万元', days: '天',
    },
    inbox: { title: '消息', empty: '没有消息。', markRead: '标为已读', unread: '未读' },
    members: {
      title: '联盟成员', register: '登记成员', name: '成员名称', code: '成员编号', kind: '类型', delivery: '接收方式',
      fields: '订阅的产业领域', open: '查看', contacts: '联系人', addContact: '再加一位联系人', contactName: '联系人姓名',
      email: '邮箱', phone: '电话', subscription: '订阅', modes: '合作方式', regions: '地区（逗号分隔）',
      webhookUrl: 'Webhook 地址', webhookSecret: 'Webhook 签名密钥', busUser: '消息总线用户名', busPassword: '消息总线密码',
      busQueue: '队列', busVirtualHost: '虚拟主机', registered: '已登记：{name}（{code}）',
      shownOnce: '以下凭据只显示这一次，之后任何页面和接口都不会再显示。请立即复制并安全地交给该成员。Webhook 密钥遗失后可在成员页重新生成；消息总线密码遗失只能重新登记。',
      saved: '我已妥善保存', back: '返回成员列表', editSubscription: '修改订阅', deliveries: 'Webhook 投递记录',
      deliveryKey: '投递键', status: '状态', attempts: '尝试次数', lastAttempt: '最近尝试', lastError: '最近错误',
      replay: '重新投递', replayDead: '重新投递全部死信', noDeliveries: '暂无投递记录。',
      suspend: '暂停成员', confirmSuspend: '确认暂停', suspendReason: '暂停原因', suspendedAt: '暂停时间', suspendedBy: '操作人',
      statusHistory: '暂停与恢复记录', changedAt: '时间', changedBy: '操作人',
      suspendHint: '暂停后不再向该成员推送任何配对；消息总线成员的登录立即失效，其队列暂停期间不接收消息。Webhook 未发出的投递保留到恢复后再发。',
      reinstate: '恢复成员', reinstateHint: '该成员已暂停。恢复后按原订阅继续推送，消息总线成员沿用原密码。',
      rotateSecret: '重新生成签名密钥', confirmRotate: '确认重新生成',
      rotateHint: '旧密钥立即作废，之后的投递都用新密钥签名。密钥泄露、或签名密钥因密钥环丢失无法读取（投递因此进入死信）时使用；生成后再重新投递死信。',
      newSecret: '新的签名密钥只显示这一次。请立即复制并安全地交给该成员。',
    },
    memberStatus: { active: '正常', suspended: '已暂停' },
    memberKinds: {
      industryAssociation: '行业协会', researchInstitute: '科研院所', financingBody: '金融机构', testingAgency: '检验检测机构',
      innovationPlatform: '创新平台', keyLab: '重点实验室',
    },
    deliveries: { webhook: 'Webhook（签名的 HTTP 推送）', bus: '消息总线（RabbitMQ 专属队列）' },
    deliveryStatus: { pending: '投递中', delivered: '已送达', deadLettered: '死信（重试已用完）' },
    states: {
      proposed: '待审核', confirmed: '已确认', rejected: '已驳回', contacted: '已联系', ndaSigned: '已签保密协议',
      visit: '实地考察', negotiating: '洽谈中', contractSigned: '已签合同', closed: '已关闭',
    },
    modes: { transfer: '转让', licensing: '许可', jointDevelopment: '合作开发', technicalService: '技术服务', equity: '作价入股' },
    problems: { fields: '请检查标出的字段。', conflict: '操作冲突', forbidden: '没有权限。', notFound: '没有找到，或您无权查看。' },
  },
  en: {
    brand: 'Huli Tech Transfer Matchmaking',
    language: '中文',
    signOut: 'Sign out',
    signIn: 'Sign in',
    signInTitle: 'Sign in',
    user: 'User name',
    password: 'Password',
    signInFailed: 'Unknown user or wrong password.',
    loading: 'Loading…',
    saved: 'Saved.',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    none: 'Nothing here yet.',
    error: 'Something went wrong',
    retry: 'Retry',
    roles: { enterprise: 'Enterprise', institute: 'Institute', coordinator: 'Coordinator', 'member-admin': 'Member admin' },
    nav: {
      needs: 'My needs', results: 'My results', instituteMatches: 'Matching needs', review: 'Review queue', board: 'Pipeline',
      flagged: 'Flagged', reports: 'Reports', members: 'Members', inbox: 'Inbox',
    },
    needs: {
      title: 'My technical needs', post: 'Post a need', editTitle: 'Edit need', newTitle: 'Post a new need', matches: 'Matches',
      fieldTitle: 'Title', description: 'Description', keywords: 'Keywords (comma separated)', fields: 'Industry fields',
      confidentiality: 'Confidentiality', trlMin: 'Lowest TRL', trlMax: 'Highest TRL', status: 'Status', updated: 'Updated',
    },
    confidentiality: { public: 'Public', summaryOnly: 'Summary only', sealed: 'Sealed (released when a coordinator confirms)' },
    needStatus: { open: 'Open', closed: 'Closed', expired: 'Expired', matched: 'Matched' },
    matches: {
      title: 'Matches', rank: 'Rank', score: 'Score', result: 'Research result', institute: 'Institute', terms: 'Matched terms',
      reasons: 'Main reasons', status: 'Status', askContact: 'Ask for contact', asked: 'Contact requested; a coordinator will be in touch.',
      empty: 'No matches yet; they appear here once matching has run.',
    },
    results: {
      title: 'My research results', add: 'List a result', fieldTitle: 'Title', abstract: 'Abstract', keywords: 'Keywords (comma separated)',
      fields: 'Industry fields', trl: 'TRL (1-9)', import: 'Import a file', importHint: 'A CSV, XLSX or JSON file, one result per row.',
      upload: 'Upload and import', report: 'Import report', rows: 'Rows', created: 'Created', updated: 'Updated', unchanged: 'Unchanged',
      merged: 'Merged', rejected: 'Rejected', row: 'Row', field: 'Field', message: 'Problem', notices: 'Notices',
    },
    instituteMatches: {
      title: 'Needs matching my results', need: 'Need', result: 'My result', sealed: 'Sealed need: visible once a coordinator confirms',
      enterprise: 'Enterprise',
    },
    review: {
      title: 'Pairings to review', filters: 'Filters', status: 'Status', field: 'Industry field', need: 'Need id', any: 'Any',
      apply: 'Filter', open: 'Open', badNeedId: 'A need id is a GUID, e.g. 0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f.', need_: 'Need', result: 'Result', total: '{n} in all', prev: 'Previous', next: 'Next',
    },
    pairing: {
      title: 'Pairing', need: 'Technical need', result: 'Research result', explanation: 'Why they match', confirm: 'Confirm',
      reject: 'Reject', reason: 'Reason for rejecting', notes: 'Notes', steps: 'Move the pairing on', history: 'History',
      amount: 'Contract amount (10k CNY)', contractType: 'Cooperation mode', closeReason: 'Reason for closing', move: 'Move to: {state}',
      version: 'Version', flagged: 'Overdue', by: 'By', at: 'At', from: 'From', to: 'To', trl: 'TRL', contract: 'Contract',
      stateSince: 'In this state since', back: 'Back to the queue', tenThousandYuan: '× 10,000 CNY',
    },
    board: { title: 'Pipeline board' },
    flagged: { title: 'Pairings past their time limit' },
    reports: {
      title: 'Reports', funnel: 'Funnel from pairing to contract', byField: 'By industry field and month', time: 'Days from need to first confirmed pairing',
      contracts: 'Contract amounts', csv: 'Export CSV', pairings: 'Pairings', contractsCount: 'Contracts', median: 'median {n} days',
      p90: '90% within {n} days', needsCount: '{n} needs', count: '{n} contracts', total: '{n} (10k CNY) in all', days: 'days',
    },
    inbox: { title: 'Inbox', empty: 'No messages.', markRead: 'Mark read', unread: 'Unread' },
    members: {
      title: 'Alliance members', register: 'Register a member', name: 'Name', code: 'Code', kind: 'Kind', delivery: 'Delivery',
      fields: 'Subscribed industry fields', open: 'Open', contacts: 'Contacts', addContact: 'Add another contact', contactName: 'Contact name',
      email: 'E-mail', phone: 'Phone', subscription: 'Subscription', modes: 'Cooperation modes', regions: 'Regions (comma separated)',
      webhookUrl: 'Webhook URL', webhookSecret: 'Webhook signing secret', busUser: 'Broker user', busPassword: 'Broker password',
      busQueue: 'Queue', busVirtualHost: 'Virtual host', registered: 'Registered: {name} ({code})',
      shownOnce: 'These credentials are shown this once; no page or API shows them again. Copy them now and hand them to the member safely. A lost webhook secret can be replaced on the member\'s page; a lost broker password means registering the member again.',
      saved: 'I have saved them', back: 'Back to the members', editSubscription: 'Change the subscription', deliveries: 'Webhook deliveries',
      deliveryKey: 'Delivery key', status: 'Status', attempts: 'Attempts', lastAttempt: 'Last attempt', lastError: 'Last error',
      replay: 'Replay', replayDead: 'Replay all dead letters', noDeliveries: 'No deliveries yet.',
      suspend: 'Suspend member', confirmSuspend: 'Suspend', suspendReason: 'Reason for the suspension', suspendedAt: 'Suspended at', suspendedBy: 'Suspended by',
      statusHistory: 'Suspensions and reinstatements', changedAt: 'When', changedBy: 'By',
      suspendHint: 'A suspended member is sent no pairings; a bus member\'s login stops working at once and its queue receives nothing meanwhile. Webhook deliveries not yet sent wait until it is reinstated.',
      reinstate: 'Reinstate member', reinstateHint: 'This member is suspended. Once reinstated it receives its subscription again; a bus member keeps its password.',
      rotateSecret: 'New signing secret', confirmRotate: 'Make a new secret',
      rotateHint: 'The old secret stops working at once; every later delivery is signed with the new one. Use it when the secret leaked, or when it can no longer be unsealed because the key ring was lost (its deliveries are then dead-lettered); replay the dead letters afterwards.',
      newSecret: 'The new signing secret is shown this once. Copy it now and hand it to the member safely.',
    },
    memberStatus: { active: 'Active', suspended: 'Suspended' },
    memberKinds: {
      industryAssociation: 'Industry association', researchInstitute: 'Research institute', financingBody: 'Financing body', testingAgency: 'Testing agency',
      innovationPlatform: 'Innovation platform', keyLab: 'Key lab',
    },
    deliveries: { webhook: 'Webhook (signed HTTP posts)', bus: 'Message bus (own RabbitMQ queue)' },
    deliveryStatus: { pending: 'Pending', delivered: 'Delivered', deadLettered: 'Dead-lettered (retries used up)' },
    states: {
      proposed: 'Proposed', confirmed: 'Confirmed', rejected: 'Rejected', contacted: 'Contacted', ndaSigned: 'NDA signed',
      visit: 'Visit', negotiating: 'Negotiating', contractSigned: 'Contract signed', closed: 'Closed',
    },
    modes: { transfer: 'Transfer', licensing: 'Licensing', jointDevelopment: 'Joint development', technicalService: 'Technical service', equity: 'Equity' },
    problems: { fields: 'Please check the marked fields.', conflict: 'Conflict', forbidden: 'You may not do this.', notFound: 'Not found, or not visible to you.' },
  },
};

const storageKey = 'huli.language';

export function language() {
  const chosen = localStorage.getItem(storageKey);
  return chosen === 'en' ? 'en' : 'zh';
}

export function setLanguage(value) {
  localStorage.setItem(storageKey, value);
  document.documentElement.lang = value === 'en' ? 'en' : 'zh-CN';
}

/** t('pairing.move', { state: 'x' }): the string for a dotted key, with {name} placeholders filled in. A key
 *  missing in English falls back to Chinese, and a missing key shows itself, so a gap is visible, not blank. */
export function t(key, params = {}) {
  const look = (table) => key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), table);
  const text = look(strings[language()]) ?? look(strings.zh) ?? key;
  return String(text).replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** The name of an industry field in the current language, from the field list the server sends. */
export function fieldName(fields, code) {
  const field = fields.find((f) => f.code === code);
  return field ? (language() === 'en' ? field.en : field.zh) : code;
}

export const allStrings = strings;
