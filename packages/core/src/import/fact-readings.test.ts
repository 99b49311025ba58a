// Readings real reports need that the corpus lacked: what a figure counts decides its indicator,
// and the level a requirement sets is a target.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog.js';
import { importDraft } from '../testing/index.js';
import { validateReport } from '../validate/validate-report.js';
import { extractFacts } from './facts.js';
import { MappedText } from './mapped-text.js';

const read = (text: string) =>
  extractFacts(MappedText.of(text), { year: 2023, catalog: defaultCatalog, sectionId: 's1' }).map(({ metric }) => [
    metric.indicator,
    metric.value,
    metric.unit,
    metric.qualifier,
    metric.scope,
  ]);

describe('an indicator only where the counted noun fits', () => {
  it('counts committees, groups and 县市 as bodies, not as the disputes or reviews they handle', () => {
    expect(read('全区共有人民调解委员会41个，调解小组52个。')).toEqual([
      ['unclassified', 41, '个', 'exact', undefined],
      ['unclassified', 52, '个', 'exact', undefined],
    ]);
    expect(read('全州8个县市全部建立合法性审查机制。')).toEqual([['unclassified', 8, '个', 'exact', undefined]]);
  });

  it('counts villages as places, and those named after 中 as some among the whole', () => {
    expect(read('全乡9个村均建立人民调解委员会，全年调解矛盾纠纷146起。')).toEqual([
      ['unclassified', 9, '个', 'exact', undefined],
      ['disputes.mediated', 146, '起', 'exact', 'year'],
    ]);
    expect(read('全镇14个村中仍有3个村未配齐专职人民调解员。')).toEqual([
      ['unclassified', 14, '个', 'exact', undefined],
      ['unclassified', 3, '个', 'exact', undefined],
    ]);
    expect(read('执法人员中法律专业人员不足3名。')).toEqual([['unclassified', 3, '名', 'under', undefined]]);
  });

  it('reads a hotline’s 咨询投诉 as complaints, and the closure rate after it as theirs', () => {
    expect(read('依托12316三农服务热线，全年受理群众咨询投诉1,206件，办结率98.6%。')).toEqual([
      ['complaints.received', 1206, '件', 'exact', 'year'],
      ['complaints.closedRate', 98.6, '%', 'exact', undefined],
    ]);
  });

  it('reads a bare 成功 after disputes mediated as those resolved, and after another family’s count as none', () => {
    expect(read('全年调解矛盾纠纷312件，成功307件。')).toEqual([
      ['disputes.mediated', 312, '件', 'exact', 'year'],
      ['disputes.resolved', 307, '件', 'exact', 'year'],
    ]);
    expect(read('全年受理法律援助案件23件，成功5件。').at(-1)?.[0]).toBe('unclassified');
  });

  it('still counts model villages and 社区 in 个', () => {
    expect(read('新创建国家级民主法治示范社区2个。')).toEqual([
      ['modelVillages.national', 2, '个', 'exact', undefined],
    ]);
  });

  it('reads 已办结 after 政府信息公开申请 as no complaints closed, and after 12345 诉求 as complaints closed', () => {
    expect(read('受理政府信息公开申请182宗，已办结170宗。')).toEqual([
      ['disclosure.requests', 182, '宗', 'exact', undefined],
      ['unclassified', 170, '宗', 'exact', undefined],
    ]);
    expect(read('受理群众诉求工单500件，办结480件。')).toEqual([
      ['complaints.received', 500, '件', 'exact', undefined],
      ['complaints.closed', 480, '件', 'exact', undefined],
    ]);
  });

  it('reads 法治培训 as no enforcement training, and not as the study before it either', () => {
    expect(read('会前学法11次，举办领导干部法治培训班4期；组织执法人员执法培训16期。')).toEqual([
      ['study.sessions', 11, '次', 'exact', undefined],
      ['unclassified', 4, '期', 'exact', undefined],
      ['training.sessions', 16, '期', 'exact', undefined],
    ]);
  });

  it('reads 法治培训 of enforcement officers as their training', () => {
    expect(read('组织行政执法人员法治培训3次。')).toEqual([['training.sessions', 3, '次', 'exact', undefined]]);
  });

  it('reads 考试人次 as no training', () => {
    expect(read('组织执法人员参加执法资格考试，考试近120人次。')).toEqual([
      ['unclassified', 120, '人次', 'nearly', undefined],
    ]);
  });

  it('reads a count written before the act it counts: 先后5次专题听取汇报', () => {
    expect(read('主要负责同志先后5次专题听取法治政府建设工作汇报。')).toEqual([
      ['leadership.briefings', 5, '次', 'exact', undefined],
    ]);
  });
});

describe('figures the importer used to pass over', () => {
  it('reads 种 as a measure word, but not 种植', () => {
    expect(read('开通电子证照180余种，指导3种植大户。')).toEqual([['unclassified', 180, '种', 'over', undefined]]);
  });

  it('reads a numeral before 个重点领域 after a list as a count, but not 三个重点 of an argument', () => {
    expect(read('在农村建房、环境保护等六个重点领域开展执法检查。')).toEqual([
      ['unclassified', 6, '个', 'exact', undefined],
    ]);
    expect(read('在食品药品、生态环境等十个重点领域开展检查，突出三个重点。')).toEqual([
      ['unclassified', 10, '个', 'exact', undefined],
    ]);
  });
});

describe('targets set by a requirement', () => {
  it('reads 不低于, 不少于 and 达到 after 要求 or 明确 as targets, and what was achieved as achieved', () => {
    expect(read('印发工作方案，要求网上可办率不低于95%，即办件占比达到60%，当年实现网上可办率98.2%。')).toEqual([
      ['unclassified', 95, '%', 'over', 'target'],
      ['unclassified', 60, '%', 'exact', 'target'],
      ['unclassified', 98.2, '%', 'exact', undefined],
    ]);
    expect(read('明确各乡镇全年开展普法活动不少于12场，要求负责人出庭应诉率达到100%。')).toEqual([
      ['publicity.events', 12, '场', 'over', 'target'],
      ['litigation.appearanceRate', 100, '%', 'exact', 'target'],
    ]);
  });

  it('reads a level that must be reached (须达到, 应不低于) as a target, whoever set it', () => {
    expect(read('按照县政府要求，案卷评查合格率须达到95%以上，我局自查合格率98.3%。')).toEqual([
      ['unclassified', 95, '%', 'over', 'target'],
      ['unclassified', 98.3, '%', 'exact', undefined],
    ]);
    expect(read('各村普法活动应不少于4场。')).toEqual([['publicity.events', 4, '场', 'over', 'target']]);
  });

  it('keeps 达到 without a requirement an achievement, and after 按照要求 or a 明确 of another clause', () => {
    expect(read('全年调解成功率达到98%。')).toEqual([['disputes.successRate', 98, '%', 'exact', 'year']]);
    expect(read('严格按照上级要求，全年调解成功率达到98%。')).toEqual([
      ['disputes.successRate', 98, '%', 'exact', 'year'],
    ]);
    expect(read('进一步明确职责分工，全年调解成功率达到98%。')).toEqual([
      ['disputes.successRate', 98, '%', 'exact', 'year'],
    ]);
  });

  it('reads 不高于 as a ceiling', () => {
    expect(read('力争行政诉讼败诉率不高于10%。')).toEqual([['litigation.lossRate', 10, '%', 'under', 'target']]);
  });
});

describe('readings from batch 19 (written before the change)', () => {
  const labelled = (text: string) =>
    extractFacts(MappedText.of(text), { year: 2024, catalog: defaultCatalog, sectionId: 's1' }).map(({ metric }) => [
      metric.indicator,
      metric.value,
      metric.label,
      metric.asOf,
    ]);

  it('names a figure by the whole 、 list before it when no figure stands in the list, as it did by the last item where that names one', () => {
    expect(labelled('立案查处违法建设、占道经营等案件264件，审核合同、协议21份。')).toEqual([
      ['enforcement.cases', 264, '立案查处违法建设、占道经营等案件', undefined],
      ['contracts.reviewed', 21, '审核合同、协议', undefined],
    ]);
    // The items of a list closed by 等 are examples of the noun after it, which is what is counted.
    expect(labelled('梳理行政处罚、行政检查等执法事项213项。')[0]?.[0]).toBe('unclassified');
    expect(labelled('主持召开党委会、党委全面依法治镇专题会等相关会议2次。')[0]?.[0]).toBe('leadership.meetings');
    // After a figure, a 、 starts the next item.
    expect(labelled('开展普法活动3次、法律咨询520人次。').map((fact) => fact[2])).toEqual(['开展普法活动', '法律咨询']);
  });

  it('reads a Chinese numeral after what it counts, ending its clause, and a 截至 date in Chinese numerals', () => {
    expect(labelled('截至二〇二四年十一月底，累计创建省级民主法治示范村一个、市级三个、县级八个。')).toEqual([
      ['modelVillages.provincial', 1, '创建省级民主法治示范村', '2024-11-30'],
      ['modelVillages.municipal', 3, '市级民主法治示范村', '2024-11-30'],
      ['modelVillages.county', 8, '县级民主法治示范村', '2024-11-30'],
    ]);
    expect(read('书记带头旁听庭审一次。执法人员中具有法律职业资格的仅两人；建设一个中心，未发生一起事故。')).toEqual([
      ['unclassified', 1, '次', 'exact', undefined],
      ['unclassified', 2, '人', 'exact', undefined],
    ]);
  });

  it('counts those with a quality apart from the whole, and keeps a hotline’s work orders in its own family', () => {
    expect(read('具有法律专业背景的执法人员仅3名，持有执法证的执法人员120名。')).toEqual([
      ['unclassified', 3, '名', 'exact', undefined],
      ['enforcement.certified', 120, '名', 'exact', undefined],
    ]);
    expect(read('信访办接待来访群众210人次，12345政务服务热线转办工单486件，办结率100%。')).toEqual([
      ['petitions.received', 210, '人次', 'exact', undefined],
      ['complaints.received', 486, '件', 'exact', undefined],
      ['complaints.closedRate', 100, '%', 'exact', undefined],
    ]);
    expect(read('听取司法所工作汇报2次，听取县司法局法治建设工作汇报3次。')).toEqual([
      ['leadership.briefings', 2, '次', 'exact', undefined],
      ['leadership.briefings', 3, '次', 'exact', undefined],
    ]);
  });
});

describe('readings from batch 20 (written before the change)', () => {
  it('knows the levels of autonomous regions in a list of awards: 盟市级 and 州级 are a city’s', () => {
    expect(read('累计创建国家级民主法治示范嘎查1个，盟市级4个。')).toEqual([
      ['modelVillages.national', 1, '个', 'exact', 'cumulative'],
      ['modelVillages.municipal', 4, '个', 'exact', 'cumulative'],
    ]);
    expect(read('创建省级民主法治示范村2个、州级1个、县级4个。').map((fact) => fact[0])).toEqual([
      'modelVillages.provincial',
      'modelVillages.municipal',
      'modelVillages.county',
    ]);
  });

  it('counts visits received (群众来访, 接访) as petitions, and some among the officers apart from them', () => {
    expect(read('全年接待群众来访183批次，乡长带头接访群众37人次。').map((fact) => fact[0])).toEqual([
      'petitions.received',
      'petitions.received',
    ]);
    expect(read('乡执法人员中仅1人取得法律职业资格。')).toEqual([['unclassified', 1, '人', 'exact', undefined]]);
  });

  it('counts some among a whole (中, 中有) by what they are, never by an act of another family done to them', () => {
    // Lost cases the court set aside (撤销) are no reconsideration's corrections, and no second loss count.
    expect(read('三是行政诉讼败诉案件中有3件因程序违法被判决撤销。')).toEqual([
      ['unclassified', 3, '件', 'exact', undefined],
    ]);
    expect(read('全县执法人员中有2名取得法律职业资格。')).toEqual([['unclassified', 2, '名', 'exact', undefined]]);
    expect(read('执法人员中仅5名取得行政执法证件。')).toEqual([['enforcement.certified', 5, '名', 'exact', undefined]]);
  });

  it('reads 不足 after a count of places as what each of them lacks, no count of the whole', () => {
    expect(read('11个基层所中有4个执法人员不足5名。')).toEqual([
      ['unclassified', 11, '个', 'exact', undefined],
      ['unclassified', 4, '个', 'exact', undefined],
      ['unclassified', 5, '名', 'under', undefined],
    ]);
    // A total over places (共有) is the whole's.
    expect(read('全县46个行政执法单位共有执法人员986名。').map((fact) => fact[0])).toEqual([
      'unclassified',
      'enforcement.officers',
    ]);
  });

  it('reads 百分之…点… with its decimals, and no court judgments due as a zero', () => {
    expect(read('调解成功率为百分之九十一点五。')).toEqual([['disputes.successRate', 91.5, '%', 'exact', undefined]]);
    expect(read('全年无需要履行的法院生效裁判。')).toEqual([['judgments.due', 0, '件', 'exact', 'year']]);
  });
});

describe('readings from batch 21', () => {
  it('reads an on-time rate (按期办结率) beside the closing rate as no second closing rate, so its own counts agree', () => {
    expect(read('全年承接群众诉求工单6,842件，办结6,795件，办结率99.3%，按期办结率96.8%，群众满意率97.1%。')).toEqual([
      ['complaints.received', 6842, '件', 'exact', 'year'],
      ['complaints.closed', 6795, '件', 'exact', 'year'],
      ['complaints.closedRate', 99.3, '%', 'exact', undefined],
      ['unclassified', 96.8, '%', 'exact', undefined],
      ['complaints.satisfactionRate', 97.1, '%', 'exact', undefined],
    ]);
    // Validation recomputes 办结率 from 办结 ÷ 受理: an on-time rate read as it was a rate_mismatch of its own counts.
    const { report } = importDraft(
      '云岭街道2024年度法治政府建设工作报告\n一、主要举措和成效\n全年受理群众诉求6,842件，办结6,795件，按期办结率96.8%。\n',
    );
    expect(report.metrics.map((metric) => metric.indicator)).toEqual([
      'complaints.received',
      'complaints.closed',
      'unclassified',
    ]);
    expect(validateReport(report).issues.filter((issue) => issue.code === 'rate_mismatch')).toEqual([]);
  });
});

describe('readings from batch 22', () => {
  it('reads 口袋书 as publicity material and a 法治宣讲 as a publicity event', () => {
    expect(read('印发《民法典》口袋书逾千份。')).toEqual([['publicity.materials', 1000, '份', 'over', undefined]]);
    expect(read('带头深入学校开展法治宣讲5场。')).toEqual([['publicity.events', 5, '场', 'exact', undefined]]);
  });

  it('reads 低于 as a ceiling and 高于 as a floor, 不低于 still a floor', () => {
    expect(read('确保行政诉讼败诉率低于5%，群众满意率高于95%，调解成功率不低于98%。')).toEqual([
      ['litigation.lossRate', 5, '%', 'under', 'target'],
      ['complaints.satisfactionRate', 95, '%', 'over', 'target'],
      ['disputes.successRate', 98, '%', 'over', 'target'],
    ]);
  });

  it('reads the case files found wanting as no second count of the files reviewed', () => {
    expect(read('抽查案卷260卷，发现问题案卷14卷，不合格案卷3卷。')).toEqual([
      ['enforcement.caseFilesReviewed', 260, '卷', 'exact', undefined],
      ['unclassified', 14, '卷', 'exact', undefined],
      ['unclassified', 3, '卷', 'exact', undefined],
    ]);
  });

  it('reads a bare 培训 after a training named in full as that same training, whoever it trained', () => {
    expect(read('举办教师法治培训4期，培训4,326人次。')).toEqual([
      ['unclassified', 4, '期', 'exact', undefined],
      ['unclassified', 4326, '人次', 'exact', undefined],
    ]);
    expect(read('组织执法人员业务培训3期、培训186人次。')).toEqual([
      ['training.sessions', 3, '期', 'exact', undefined],
      ['training.sessions', 186, '人次', 'exact', undefined],
    ]);
  });

  it('reads officers without a 行政执法证 as no certified officers', () => {
    expect(read('执法人员中仍有1名未取得行政执法证。')).toEqual([['unclassified', 1, '名', 'exact', undefined]]);
  });

  it('reads 全国 as the national level of model villages, and the items after it by their own level', () => {
    expect(read('全县累计创建全国民主法治示范村1个、省级9个、市级27个。')).toEqual([
      ['modelVillages.national', 1, '个', 'exact', 'cumulative'],
      ['modelVillages.provincial', 9, '个', 'exact', 'cumulative'],
      ['modelVillages.municipal', 27, '个', 'exact', 'cumulative'],
    ]);
  });
});

describe('last year’s figures and figures per place in running text (batch 23)', () => {
  const values = (text: string, year = 2023) =>
    extractFacts(MappedText.of(text), { year, catalog: defaultCatalog, sectionId: 's1' }).map(
      ({ metric }) => metric.value,
    );

  it('sets aside a figure after 上年, 去年 or an earlier year with 为, 是 or 的, and keeps the change', () => {
    expect(values('全年排查矛盾纠纷186件，2024年为152件；较2024年的7件增加4件。', 2025)).toEqual([186, 4]);
    expect(values('全年办理行政处罚案件57件，上年同期为49件；调解成功率由上年的95.2%提高到97.8%。')).toEqual([
      57, 97.8,
    ]);
    // The report's own year is this year's figure, and 共 before a figure is no comparison.
    expect(values('2024年为4次，2023年为3次。', 2024)).toEqual([4]);
    expect(values('2023年共受理12件，较上年增加9件。')).toEqual([12, 9]);
  });

  it('shares a 每 with a bare figure that goes on its list after 、, not with an item of its own', () => {
    expect(values('为每个村配备1名法律顾问、2名法律明白人，全镇共培育法律明白人64名。')).toEqual([64]);
    expect(values('每月开展1次、全年共开展12次。')).toEqual([12]);
    expect(values('严格落实每月学法制度、组织领导干部集中学法12次。建立每周研判机制、排查化解矛盾纠纷148件。')).toEqual(
      [12, 148],
    );
  });

  it('keeps this year’s work on last year’s cases, and ends a sentence at an ASCII stop before a year', () => {
    expect(values('化解上年的3件信访积案。')).toEqual([3]);
    expect(
      read('截至2025年12月31日,全乡累计建成法治示范村12个.2025年全年受理行政复议案件12件.').map((fact) => fact[4]),
    ).toEqual(['cumulative', 'year']);
  });

  it('reads money saved or recovered as no funding', () => {
    expect(read('节约财政资金20万元。')[0]?.[0]).toBe('unclassified');
    expect(read('政府投资项目审计核减资金0.8亿元，全年投入法治建设资金50万元。')).toEqual([
      ['unclassified', 0.8, '亿元', 'exact', undefined],
      ['funding.amount', 50, '万元', 'exact', 'year'],
    ]);
  });

  it('reads an adviser’s attendances at the body’s meetings as no meetings held', () => {
    expect(read('镇法律顾问全年列席镇党委会、镇长办公会22次，全年召开党委会专题研究法治工作6次。')).toEqual([
      ['unclassified', 22, '次', 'exact', 'year'],
      ['leadership.meetings', 6, '次', 'exact', 'year'],
    ]);
  });

  it('reads a first 个 as 个百分点 when the second figure writes it for both', () => {
    expect(read('纠错率、败诉率较上年分别下降2.1个和1.3个百分点。').map((fact) => [fact[1], fact[2]])).toEqual([
      [2.1, '个百分点'],
      [1.3, '个百分点'],
    ]);
    expect(read('建成示范村3个和社区5个。').map((fact) => fact[2])).toEqual(['个', '个']);
  });

  it('reads every number of a 分别 list whose measure word is written once, after the last', () => {
    expect(read('法律咨询、法律援助分别为1.2、0.3万人次。').map((fact) => [fact[0], fact[1], fact[2]])).toEqual([
      ['legalServices.consultations', 12000, '人次'],
      ['legalAid.cases', 3000, '人次'],
    ]);
    expect(read('调解成功率、群众满意率分别为98.5、99%。').map((fact) => [fact[0], fact[1]])).toEqual([
      ['disputes.successRate', 98.5],
      ['complaints.satisfactionRate', 99],
    ]);
    // No list of figures without 分别, and ordinals stay ordinals.
    expect(values('分别于3、5月开展专项检查。两村在考评中获第1、2名。')).toEqual([]);
  });

  it('reads the share of petitions settled as no success rate of disputes', () => {
    expect(read('信访积案化解率100%，矛盾纠纷化解率98%。').map((fact) => fact[0])).toEqual([
      'unclassified',
      'disputes.successRate',
    ]);
  });

  it('reads training of 法律明白人, a tax office’s questions and a quarter’s count as no indicator of the year', () => {
    expect(read('组织法律明白人参加县级培训2期，开展执法人员培训3期。').map((fact) => fact[0])).toEqual([
      'unclassified',
      'training.sessions',
    ]);
    expect(read('全年解答纳税人咨询1.58万人次，接待群众法律咨询320人次。').map((fact) => fact[0])).toEqual([
      'unclassified',
      'legalServices.consultations',
    ]);
    expect(read('局长带头讲授法治专题课1次。')[0]?.[0]).toBe('study.lectures');
    expect(
      read('全年排查矛盾纠纷136件。其中第四季度排查纠纷29件，每季度召开分析会1次。').map((fact) => fact[0]),
    ).toEqual(['disputes.handled', 'unclassified']);
  });

  it('reads a count of bodies named after its measure word as no count of their work', () => {
    expect(read('全县312个人民调解委员会全年调解矛盾纠纷4,861件。')).toEqual([
      ['unclassified', 312, '个', 'exact', undefined],
      ['disputes.mediated', 4861, '件', 'exact', 'year'],
    ]);
  });
});
