import type { Locale, Widen } from './messages.js';

/**
 * The strings of totals across units (the county's sheet, the dashboard, the years view, the
 * command line's `aggregate`), in a table of their own: a town's page, which never totals, does not
 * load them with the shared messages.
 */
const zhCN = {
  notAReport: '不是有效的报告：{detail}',
  otherYear: '报告年度为 {found} 年，不是 {year} 年',
  rosterTwice: '名册把同一单位列了两次：“{first}”和“{second}”，请删去一个',
  outsideYears: '报告年度为 {found} 年，不在所选的 {from}–{to} 年之内',
  statuses: { reported: '已报送', missing: '未报送', late: '逾期', unpublished: '未公开', unlisted: '不在名册' },
  columns: {
    unit: '单位',
    status: '状态',
    submittedOn: '报送日期',
    deadline: '截止日期',
    daysLate: '逾期天数',
    completeness: '完整度',
  },
  completenessNote: {
    heading: '完整度怎么算',
    intro: '按各单位计入的报告打分，各项相加，满分 100%：',
    content: '法定内容（{kinds}）每有一项 +{points}%',
    figures: '写有至少一个数字（如“化解矛盾纠纷58起”）+{points}%',
    confidentialityReviewed: '已做保密审查 +{points}%',
    published: '已公开 +{points}%',
    separator: '、',
  },
  figureColumns: {
    indicator: '指标',
    total: '合计',
    unit: '计量单位',
    reporting: '报送单位',
    min: '最小',
    median: '中位数',
    max: '最大',
    change: '同比',
    range: '各单位所定',
  },
  yearTotals: '本年度合计（仅计全年数据）',
  cumulativeTotals: '累计及截至某日的数据（单列，不计入本年度）',
  targetTotals: '工作目标（单列，不计入成效）',
  targetRates: '目标比率：各单位所定（单列，不计入成效）',
  yearRates: '本年度比率（由各单位的分子、分母分别合计后重新计算，不取各单位百分比的平均）',
  rateColumns: {
    rate: '比率',
    value: '重算值',
    counts: '分子 ÷ 分母',
    reporting: '纳入计算的单位',
    excluded: '只报了比率的单位',
    reported: '各单位所报比率',
  },
  notRecomputed: '无法重算：没有单位同时报送准确的分子和分母',
  rateReportingNote:
    '纳入计算的单位：同时写出准确的分子和分母、且分母不为 0 的单位。分母为 0 的单位（如需履行 0 件）不影响比率，不计在内。',
  apartTotals: '计量单位不同、单独合计的数据',
  csv: {
    review: '审核状态',
    status: '报送情况',
    qualifier: '{label}（限定）',
    total: '合计',
    completeness: '完整度（%）',
    fileName: '{year}年法治政府建设年度报告汇总.csv',
    fileNameOfCounty: '{county}{year}年法治政府建设年度报告汇总.csv',
    fileNameCounted: '{year}年法治政府建设年度报告汇总（{counting}）.csv',
    fileNameOfCountyCounted: '{county}{year}年法治政府建设年度报告汇总（{counting}）.csv',
    counting: { filed: '仅已备案、已公开', published: '仅已公开' },
    withUnit: '{label}（{unit}）',
    word: '{label}（量词）',
    wordSeparator: '、',
    publishedOn: '公开日期',
    apartNote: '注：{indicator}（{scope}）合计 {total}（{reporting} 个单位报送），单列，不计入上表的本年度合计。',
    apartScopes: { cumulative: '累计及截至某日的数据', target: '工作目标' },
    targetRateNote:
      '注：{indicator}（工作目标）各单位所定为 {range}（{reporting} 个单位报送），单列，不计入上表的本年度合计。',
    range: '{min}至{max}',
    rateNote:
      '注：{indicator}按各单位的分子、分母合计重新计算为 {value}%（{numerator} ÷ {denominator}，{reporting} 个单位）；没有单位单独报送这一比率，故上表没有此列。',
    rateTotalNote:
      '注：{indicator}的合计 {value}% 按分子、分母重新计算（{numerator} ÷ {denominator}，{reporting} 个单位）；另有 {excluded} 个单位只写了比率，没有写出可合计的分子、分母，未计入这个合计（各单位所写的比率见上表该列）。',
    rateColumnNote:
      '注：{indicator}的合计 {value}% 按各单位的分子、分母合计重新计算（{numerator} ÷ {denominator}，{reporting} 个单位），不是上表该列各单位所写比率的平均；只写了分子、分母的单位，该列为空。',
    rateUncountedNote:
      '注：{indicator}无法重新计算合计：没有单位写出可合计的分子、分母；{excluded} 个单位只写了比率，见上表该列，比率不能相加或平均。',
  },
  unclassifiedNote:
    '注：另有 {count} 个数字未归入任何指标（未归类），不计入任何合计：{units}。如需计入，请在报告中为其选择指标。',
  unclassifiedNoteUnnamed:
    '注：另有 {count} 个数字未归入任何指标（未归类），不计入任何合计。如需计入，请在报告中为其选择指标。',
  unclassifiedIn: '{unit} {count} 个',
  listSeparator: '、',
  notCounted:
    '注：{unit}报告中的“{label}”{figure}未计入{indicator}（{scope}）合计：同一报告另有更大的数字，只计一个；如是不同的事项，请核对。',
  unknownIndicator:
    '注：“{indicator}”不在所用的指标目录中，单独合计{scope} {total}（{reporting} 个单位报送），未列入上表。',
} as const;

/** The shape of the totals' strings; zh-CN is the reference and English has every key. */
export type AggregateMessages = Widen<typeof zhCN>;

const en: AggregateMessages = {
  notAReport: 'not a report: {detail}',
  otherYear: 'a report on {found}, not {year}',
  rosterTwice: 'the roster lists one unit twice, as “{first}” and as “{second}”: remove one',
  outsideYears: 'a report on {found}, outside the years chosen ({from}–{to})',
  statuses: {
    reported: 'reported',
    missing: 'missing',
    late: 'late',
    unpublished: 'not published',
    unlisted: 'not on the roster',
  },
  columns: {
    unit: 'Unit',
    status: 'Status',
    submittedOn: 'Submitted',
    deadline: 'Deadline',
    daysLate: 'Days late',
    completeness: 'Completeness',
  },
  completenessNote: {
    heading: 'How completeness is scored',
    intro: 'Each unit’s counted report is scored on these parts, added up to 100% at most:',
    content: 'Each required content ({kinds}): +{points}%',
    figures: 'At least one figure (such as 化解矛盾纠纷58起): +{points}%',
    confidentialityReviewed: 'Confidentiality review (保密审查) recorded: +{points}%',
    published: 'Published: +{points}%',
    separator: ', ',
  },
  figureColumns: {
    indicator: 'Indicator',
    total: 'Total',
    unit: 'Measure word',
    reporting: 'Units',
    min: 'Min',
    median: 'Median',
    max: 'Max',
    change: 'Change',
    range: 'Set at',
  },
  yearTotals: 'Totals for the year (figures for the year only)',
  cumulativeTotals: 'Cumulative and as-of figures (apart, not in the year)',
  targetTotals: 'Targets (apart, not achievements)',
  targetRates: 'Target rates as units set them (apart, not achievements)',
  yearRates:
    'Rates for the year (recomputed from the units’ summed numerators and denominators, never an average of their percentages)',
  rateColumns: {
    rate: 'Rate',
    value: 'Recomputed',
    counts: 'Numerator ÷ denominator',
    reporting: 'Units counted',
    excluded: 'Units giving only the rate',
    reported: 'Rates as units gave them',
  },
  notRecomputed: 'Cannot be recomputed: no unit gave both exact counts',
  rateReportingNote:
    'Units in the computation: those that wrote exact counts for both the numerator and the denominator, the denominator above 0. A unit whose denominator is 0 (no judgments due, say) does not change the rate and is not counted.',
  apartTotals: 'Figures in another measure word, totalled apart',
  csv: {
    review: 'Review',
    status: 'Reporting',
    qualifier: '{label} (qualifier)',
    total: 'Total',
    completeness: 'Completeness (%)',
    fileName: 'Rule-of-law government reports {year}.csv',
    fileNameOfCounty: '{county} rule-of-law government reports {year}.csv',
    fileNameCounted: 'Rule-of-law government reports {year} ({counting}).csv',
    fileNameOfCountyCounted: '{county} rule-of-law government reports {year} ({counting}).csv',
    counting: { filed: 'filed and published only', published: 'published only' },
    withUnit: '{label} ({unit})',
    word: '{label} (measure word)',
    wordSeparator: '/',
    publishedOn: 'Published',
    apartNote:
      'Note: {indicator} ({scope}) totals {total} from {reporting} {reporting|unit|units}; listed apart, not in the year’s totals above.',
    apartScopes: { cumulative: 'running totals and figures as of a date', target: 'targets' },
    targetRateNote:
      'Note: {indicator} (targets) set at {range} by {reporting} {reporting|unit|units}; listed apart, not in the year’s totals above.',
    range: '{min} to {max}',
    rateNote:
      'Note: {indicator}, recomputed from the units’ summed counts, is {value}% ({numerator} ÷ {denominator}, {reporting} {reporting|unit|units}); no unit gave it as a rate, so it has no column above.',
    rateTotalNote:
      'Note: the total of {indicator}, {value}%, is recomputed from counts ({numerator} ÷ {denominator}, {reporting} {reporting|unit|units}); {excluded} more {excluded|unit|units} wrote only the rate, with no counts to add up, and {excluded|is|are} not in this total (each unit’s rate is in its column above).',
    rateColumnNote:
      'Note: the total of {indicator}, {value}%, is recomputed from the units’ summed counts ({numerator} ÷ {denominator}, {reporting} {reporting|unit|units}), not averaged from the rates in its column above; a unit that gave only the counts has that column blank.',
    rateUncountedNote:
      'Note: {indicator} cannot be totalled: no unit gave counts to add up; {excluded} {excluded|unit|units} wrote only the rate, shown in its column above (rates are never added or averaged).',
  },
  unclassifiedNote:
    'Note: {count} {count|figure is|figures are} in no indicator (unclassified) and in no total: {units}. To count {count|it|them}, choose an indicator for {count|it|them} in the report.',
  unclassifiedNoteUnnamed:
    'Note: {count} {count|figure is|figures are} in no indicator (unclassified) and in no total. To count {count|it|them}, choose an indicator for {count|it|them} in the report.',
  unclassifiedIn: '{unit}, {count}',
  listSeparator: '; ',
  notCounted:
    'Note: “{label}” {figure} in the report of {unit} is not in the total of {indicator} ({scope}): the same report gives a larger figure, and only one counts; if they are different things, please check.',
  unknownIndicator:
    'Note: “{indicator}” is not in the catalog used; totalled apart ({scope}) {total} from {reporting} {reporting|unit|units}, not in the columns above.',
};

/**
 * The totals' strings by locale: statuses, column names, notes on what a total leaves out.
 *
 * @example aggregateMessages['zh-CN'].statuses.late // '逾期'
 */
export const aggregateMessages: Readonly<Record<Locale, AggregateMessages>> = { 'zh-CN': zhCN, en };
