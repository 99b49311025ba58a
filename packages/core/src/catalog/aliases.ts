// The phrases the importer looks for, per built-in indicator: data, kept apart from the catalog
// so that a page that only shows and checks reports (the elements) does not load them.
// Extension catalogs carry their own `aliases` on each indicator. Each table is checked against the
// built-in keys with `satisfies`, so a misspelt or renamed key fails typecheck.
import type { BuiltInIndicatorKey } from './indicators.js';

/**
 * Marks a gap in an alias: `公开…信息` names 公开交通运输信息 and 公开涉农信息, its words at most
 * six characters apart. For phrases real reports fill with a subject of their own.
 */
export const GAP_MARK = '…';

/**
 * Words that, anywhere before an indicator's alias, say the figure is something else: 清理规范性文件25件
 * counts documents cleared away, not made and filed.
 */
export const BUILT_IN_NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  'normativeDocs.filed': ['清理', '废止', '失效'],
  // 审计核减资金0.8亿元, 节约财政资金20万元, 挽回资金, 追缴资金: money saved or recovered, none put into rule-of-law
  // work; read as 经费投入 it would add hundreds of millions to the county's funding total.
  'funding.amount': ['核减', '节约', '节省', '挽回', '追回', '追缴', '罚没'],
  // 法律顾问列席党委会、常务会议22次: an adviser's attendances at the body's meetings, not meetings the body held
  // on rule-of-law work.
  'leadership.meetings': ['列席'],
} satisfies Partial<Record<BuiltInIndicatorKey, readonly string[]>>;

/**
 * Words that, right before an indicator's alias, say the figure is something else (`words`),
 * unless the phrase names the indicator's own subject anywhere (`unless`): 法治培训 and 普法培训
 * train cadres in law, not enforcement officers (执法培训), so `培训` after them names no indicator,
 * but 执法人员法治培训 is the officers' training still; 特种设备案件 holds 备案 and files nothing;
 * 尚未取得执法证 counts officers without one; 按期办结率 is the share closed on time, no 办结率
 * (办结 ÷ 受理). A wrong key is worse than none.
 */
export const BUILT_IN_NOT_RIGHT_BEFORE: Readonly<
  Record<string, { readonly words: readonly string[]; readonly unless: readonly string[] }>
> = {
  'training.sessions': { words: ['法治', '普法', '学法', '法律知识'], unless: ['执法'] },
  // 特种设备案件: 设 and 备案 make 设备 (equipment), no filing.
  'normativeDocs.filed': { words: ['设'], unless: [] },
  // 化解信访积案 resolves old petitions; none is received.
  'petitions.received': { words: ['化解'], unless: [] },
  // 尚未取得执法证, 无执法证: officers without the certificate.
  'enforcement.certified': { words: ['未取得', '未持有', '无'], unless: [] },
  // 按期办结率, 按时办结率, 及时办结率, 限时办结率: the share closed in time (按期办结率96.8% beside 6,795
  // of 6,842 closed, 99.3%), which the catalog has no indicator for; read as 办结率 it is a wrong figure
  // among the units' closing rates and a rate_mismatch with their own counts. Barred in any family.
  'complaints.closedRate': { words: ['按期', '按时', '及时', '限时'], unless: [] },
  // 按期办结218件, 按时办结3,150件: those closed in time, a part of those closed; read as 办结 they make the county's
  // closed total, and the 办结率 recomputed from it, too low. (及时办结 of a count is mostly a manner of speaking.)
  'complaints.closed': { words: ['按期', '按时'], unless: [] },
  // 发现问题案卷37卷, 不合格案卷3卷: the files found wanting, a part of those reviewed; read as reviewed they
  // add to the files reviewed a second time.
  'enforcement.caseFilesReviewed': { words: ['问题', '不合格', '不规范'], unless: [] },
} satisfies Partial<
  Record<BuiltInIndicatorKey, { readonly words: readonly string[]; readonly unless: readonly string[] }>
>;

/**
 * Words that, anywhere in the phrase, say the indicator's act was done to someone else (`words`), unless
 * the phrase names the indicator's own subject too (`unless`): 培训建筑企业管理人员 and 组织定点医药机构工作人员培训
 * train a trade's or a clinic's staff, no enforcement officers; 组织执法人员和企业安全管理人员培训 still does.
 */
export const BUILT_IN_NOT_WITH: Readonly<
  Record<string, { readonly words: readonly string[]; readonly unless: readonly string[] }>
> = {
  'training.sessions': {
    // 组织法律明白人参加县级培训2期, 人民调解员培训: they learn law to help their neighbours; no officer is trained.
    words: ['企业', '机构', '群众', '农民', '村民', '网格员', '商户', '经营者', '明白人', '调解员'],
    unless: ['执法'],
  },
  // 解答纳税人咨询1.58万人次: a tax office's questions answered, no legal advice (法律咨询).
  'legalServices.consultations': { words: ['纳税', '税务', '办税', '缴费'], unless: ['法律'] },
  // 信访积案化解率, 信访事项…化解率: the share of petitions settled, no share of disputes mediated to success.
  'disputes.successRate': { words: ['信访', '积案'], unless: ['纠纷', '调解'] },
} satisfies Partial<
  Record<BuiltInIndicatorKey, { readonly words: readonly string[]; readonly unless: readonly string[] }>
>;

/**
 * Aliases that name an act and no thing (办结, 审结, 纠错): after a count of another family they
 * count that family's things (受理政府信息公开申请182宗，已办结170宗 closes requests, not complaints),
 * so they name that family's indicator of the same leaf, or none.
 */
export const BUILT_IN_BARE_ACTS: readonly string[] = ['办结', '审结', '纠错', '撤销', '成功'];

/**
 * The built-in catalog's importer aliases, by indicator key: every built-in indicator has some, and
 * no key is one the catalog lacks. A model village is a 嘎查 in Inner Mongolia (示范嘎查).
 */
export const BUILT_IN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'leadership.meetings': [
    '专题会',
    '常务会',
    '党委会',
    '研究法治',
    '研究部署法治',
    '专题会议',
    '常务会议',
    '党委会议',
    '党组会议',
    '党组会',
    '研究法治建设',
    '领导小组会议',
    '法治建设工作会议',
    '法治工作会议',
  ],
  'leadership.briefings': ['听取专题法治汇报', '听取法治', '法治工作汇报', '法治建设工作汇报', '专题汇报', '听取…汇报'],
  'study.sessions': ['中心组', '集体学法', '学法活动', '会前学法', '专题学法', '专题学习', '学法', '集中学习', '学习'],
  'study.lectures': ['专题讲座', '法治讲座', '讲座', '党课', '法治课', '法治专题课'],
  'decisions.legalReview': [
    '法律顾问审核',
    '合法性审查',
    '合法性审核',
    '审核重大',
    '重大决策',
    '重大事项决策',
    '重大行政决策',
  ],
  'normativeDocs.filed': ['规范性文件', '备案'],
  'contracts.reviewed': ['审查合同', '合同审查', '审核合同', '合同'],
  'disclosure.items': ['信息公开', '公开各类信息', '公开信息', '政务公开', '发布信息', '公开…信息', '发布…信息'],
  'disclosure.requests': ['依申请公开', '政府信息公开申请'],
  'enforcement.rules': ['执法制度'],
  'enforcement.documents': ['软件资料', '台账', '执法事项清单'],
  'enforcement.caseFilesReviewed': ['评查案卷', '执法案卷', '案卷评查', '案卷'],
  'enforcement.cases': ['行政处罚', '执法案件', '立案查处', '查处'],
  'enforcement.officers': ['执法人员'],
  // 行政执法证 whole, so that 未取得 stands right before it (1名未取得行政执法证 counts no certified officer).
  'enforcement.certified': ['持证', '执法证', '行政执法证', '持有行政执法证', '持有执法证'],
  'enforcement.certifiedRate': ['持证率'],
  'training.sessions': ['执法培训', '业务培训', '培训', '轮训'],
  'training.online': ['线上培训', '网络培训', '网上培训', '大讲堂'],
  'training.offline': ['线下培训', '集中培训'],
  'publicity.events': [
    '普法活动',
    '普法宣传',
    '宣传活动',
    '法治宣传',
    '送法',
    '宣传周',
    '宣传月',
    '普法讲座',
    '法治宣传教育活动',
    '普法',
    '活动',
    // 开展法治宣讲5场, 民法典宣讲: a talk to the public on the law.
    '宣讲',
  ],
  'publicity.materials': ['宣传资料', '宣传册', '发放', '宣传手册', '法律知识手册', '宣传单', '宣传品', '口袋书'],
  'publicity.audience': [
    '培训群众',
    '覆盖居民',
    '覆盖',
    '受众',
    '受教育',
    '覆盖群众',
    '参与群众',
    '群众参加',
    '群众参与',
    '参与人数',
    '受益群众',
  ],
  'publicity.legalLiterates': ['法律明白人'],
  'modelVillages.total': ['民主法治示范村', '示范村', '示范社区', '民主法治示范…村', '示范嘎查', '民主法治示范嘎查'],
  'modelVillages.national': [
    '全国民主法治示范村',
    '全国民主法治示范社区',
    '国家级示范村',
    '国家级民主法治示范村',
    '国家级民主法治示范社区',
    '国家级民主法治示范…村',
    '国家级示范嘎查',
    '国家级民主法治示范嘎查',
  ],
  'modelVillages.provincial': [
    '省级示范村',
    '省级民主法治示范村',
    '省级民主法治示范社区',
    '省级民主法治示范…村',
    '自治区级示范村',
    '自治区级民主法治示范村',
    '自治区级民主法治示范社区',
    '自治区级民主法治示范…村',
    '自治区级示范嘎查',
    '自治区级民主法治示范嘎查',
  ],
  'modelVillages.municipal': [
    '市级示范村',
    '市级民主法治示范村',
    '市级民主法治示范社区',
    '市级民主法治示范…村',
    '市级示范嘎查',
    '市级民主法治示范嘎查',
    '州级示范村',
    '州级民主法治示范村',
    '州级民主法治示范社区',
    '州级民主法治示范…村',
    '盟级示范嘎查',
    '盟级民主法治示范嘎查',
  ],
  'modelVillages.county': [
    '县级示范村',
    '县级民主法治示范村',
    '县级民主法治示范社区',
    '县级民主法治示范…村',
    // A district (区) is of a county's level; 自治区级 is longer and stays the province's.
    '区级示范村',
    '区级民主法治示范村',
    '区级民主法治示范社区',
    '区级民主法治示范…村',
    '县级示范嘎查',
    '旗级示范嘎查',
    '旗级民主法治示范嘎查',
  ],
  'disputes.handled': ['受理…纠纷', '排查化解', '排查', '受理矛盾纠纷', '矛盾纠纷', '排查各类纠纷', '排查化解各类纠纷'],
  'disputes.mediated': [
    '调解纠纷',
    '调处',
    '调解',
    '调处各类纠纷',
    '调解各类纠纷',
    '调解各类矛盾纠纷',
    '调处…矛盾纠纷',
  ],
  'disputes.resolved': ['调解成功', '化解', '成功调解', '调处成功', '成功'],
  'disputes.mediationRate': ['调解率'],
  'disputes.successRate': ['调解成功率', '化解率', '成功率'],
  'petitions.received': ['信访', '信访事项', '来信来访', '群众来访', '接访'],
  'legalServices.consultations': ['法律咨询', '咨询'],
  'legalAid.cases': ['法律援助', '援助'],
  'remoteVisits.sessions': ['远程视频会见', '视频会见'],
  'complaints.received': ['诉求', '工单', '热线', '群众诉求', '诉求工单', '投诉举报', '投诉'],
  'complaints.closed': ['办结'],
  'complaints.closedRate': ['办结率'],
  'complaints.satisfactionRate': ['满意率', '满意度'],
  'reconsideration.cases': ['行政复议', '复议'],
  'reconsideration.concluded': ['复议审结', '审结复议'],
  'reconsideration.corrected': ['纠错', '撤销', '确认违法'],
  'reconsideration.correctionRate': ['纠错率'],
  'litigation.cases': ['行政诉讼', '行政应诉', '应诉'],
  'litigation.concluded': ['审结'],
  'litigation.lost': ['败诉'],
  'litigation.lossRate': ['败诉率'],
  'litigation.hearings': ['开庭审理', '开庭'],
  'litigation.headAppearances': ['负责人出庭', '出庭应诉'],
  'litigation.appearanceRate': ['出庭应诉率', '出庭率'],
  'judgments.due': ['需要履行', '需履行', '应履行', '生效判决', '生效裁判'],
  'judgments.fulfilled': ['已履行', '履行完毕', '全部履行', '已全部履行'],
  'judgments.fulfillmentRate': ['履行率'],
  'funding.amount': ['经费', '投入资金', '资金'],
} satisfies Record<BuiltInIndicatorKey, readonly string[]>;
