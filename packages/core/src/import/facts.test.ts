import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog.js';
import { extractFacts } from './facts.js';
import { MappedText } from './mapped-text.js';

const facts = (text: string, year = 2023) =>
  extractFacts(MappedText.of(text), { year, catalog: defaultCatalog, sectionId: 's1' }).map(({ metric, derived }) => ({
    indicator: metric.indicator,
    value: metric.value,
    unit: metric.unit,
    qualifier: metric.qualifier,
    ...(metric.scope ? { scope: metric.scope } : {}),
    ...(metric.asOf ? { asOf: metric.asOf } : {}),
    ...(derived ? { derived } : {}),
    words: text.slice(metric.source?.start, metric.source?.end),
  }));
const inPlans = (text: string) =>
  extractFacts(MappedText.of(text), { year: 2023, catalog: defaultCatalog, sectionId: 's4', plans: true }).map(
    ({ metric }) => [metric.indicator, metric.value, metric.scope],
  );
const values = (text: string) => facts(text).map((f) => [f.value, f.unit, f.qualifier]);

describe('extractFacts: numbers', () => {
  it('reads Arabic, decimal and grouped numbers', () => {
    expect(values('办理12件，合格率98.5%，受理1,234件。')).toEqual([
      [12, '件', 'exact'],
      [98.5, '%', 'exact'],
      [1234, '件', 'exact'],
    ]);
  });

  it('sets aside an average that is no whole number of things, and keeps a whole one', () => {
    expect(values('乡镇民政办平均仅有工作人员1.5名，执法人员人均培训60学时，司法所工作人员3名。')).toEqual([
      [60, '学时', 'exact'],
      [3, '名', 'exact'],
    ]);
  });

  it('multiplies 万 and 亿 into the value, but keeps 万元 as the unit', () => {
    expect(values('覆盖1.2万人次，受理27.5万余件，投入50万元，合计3亿元。')).toEqual([
      [12000, '人次', 'exact'],
      [275000, '件', 'over'],
      [50, '万元', 'exact'],
      [3, '亿元', 'exact'],
    ]);
  });

  it('reads Chinese numerals that are counts', () => {
    expect(values('覆盖两万余人次，开展十余次，举办三十多场，共召开两次，投入五十万元。')).toEqual([
      [20000, '人次', 'over'],
      [10, '次', 'over'],
      [30, '场', 'over'],
      [2, '次', 'exact'],
      [50, '万元', 'exact'],
    ]);
  });

  it('treats spaces Word puts around numbers as nothing', () => {
    expect(facts('审核决策 12 件。')[0]).toMatchObject({ value: 12, unit: '件', words: '12 件' });
  });
});

describe('extractFacts: qualifiers', () => {
  it.each([
    ['咨询800余人次', 'over'],
    ['开展30多场', 'over'],
    ['受理逾200件', 'over'],
    ['服务1000人次以上。', 'over'],
    ['覆盖近200人次', 'nearly'],
    ['审查约50份', 'about'],
    ['审查50份左右', 'about'],
    ['办理不足10件', 'under'],
    ['办理不到10件', 'under'],
    ['办理10件以下。', 'under'],
    ['开展不少于20场', 'over'],
  ])('%s is %s', (text, qualifier) => {
    expect(facts(text)[0]?.qualifier).toBe(qualifier);
  });

  it('includes the qualifier in the source span', () => {
    expect(facts('覆盖近200人次')[0]?.words).toBe('近200人次');
    expect(facts('咨询800余人次')[0]?.words).toBe('800余人次');
  });
});

describe('extractFacts: scope', () => {
  it('reads 全年, 累计, 截至 a date, and a sentence starting with the year', () => {
    expect(facts('全年提供法律咨询800余人次，提供法律援助50余人次。')[1]).toMatchObject({ scope: 'year' });
    expect(facts('已累计开展远程视频会见164余次。')[0]).toMatchObject({ scope: 'cumulative' });
    expect(facts('截至2023年11月30日，办理案件9件。')[0]).toMatchObject({ scope: 'asOf', asOf: '2023-11-30' });
    expect(facts('截至11月底，办理案件9件。')[0]).toMatchObject({ scope: 'asOf', asOf: '2023-11-30' });
    expect(facts('截至2023年底，累计建成示范村8个。')[0]).toMatchObject({ scope: 'cumulative', asOf: '2023-12-31' });
    expect(facts('2023年，我镇需要履行法院生效判决1件。')[0]).toMatchObject({ scope: 'year' });
  });

  it('does not carry a scope past the end of the sentence or onto a rate', () => {
    expect(facts('全年培训2次；组织竞赛3次。')[1]?.scope).toBeUndefined();
    expect(facts('累计排查纠纷22起，调解率100%。')[1]?.scope).toBeUndefined();
  });
});

describe('extractFacts: indicators and shared values', () => {
  it('classifies by the catalog aliases, the unit deciding between rates and counts', () => {
    expect(facts('调解矛盾纠纷32件，调解成功30件，调解成功率93.8%，调解率100%。').map((f) => f.indicator)).toEqual([
      'disputes.mediated',
      'disputes.resolved',
      'disputes.successRate',
      'disputes.mediationRate',
    ]);
  });

  it('names the thing counted after a measure word', () => {
    expect(facts('制定《议事规则》等2份规范性文件。')[0]?.indicator).toBe('normativeDocs.filed');
  });

  it('gives one value shared by several rates to each of them', () => {
    expect(facts('办结率、满意率均为100%。').map((f) => [f.indicator, f.value, f.derived])).toEqual([
      ['complaints.closedRate', 100, 'shared'],
      ['complaints.satisfactionRate', 100, 'shared'],
    ]);
  });

  it('reads 双百 as two rates of 100%', () => {
    expect(facts('群众诉求办结率和满意率实现“双百”。').map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['complaints.closedRate', 100, '%'],
      ['complaints.satisfactionRate', 100, '%'],
    ]);
  });

  it('lets an elliptical list inherit the noun, each with its own level', () => {
    expect(
      facts('目前共有国家级民主法治示范村1个，省级1个，市级2个。').map((f) => [f.indicator, f.value, f.derived ?? '']),
    ).toEqual([
      ['modelVillages.national', 1, ''],
      ['modelVillages.provincial', 1, 'elliptical'],
      ['modelVillages.municipal', 2, 'elliptical'],
    ]);
  });

  it('reads "all of them" as a second fact of the same family', () => {
    expect(facts('需要履行法院生效判决1件，已全部履行完毕。').map((f) => [f.indicator, f.value, f.words])).toEqual([
      ['judgments.due', 1, '1件'],
      ['judgments.fulfilled', 1, '已全部履行完毕'],
    ]);
  });

  it('reads "all of them" only where the verb ends the clause: 均履行…程序 is no second count', () => {
    expect(
      facts('全年作出重大行政决策8项，均履行公众参与、合法性审查程序。').map((f) => [f.indicator, f.value]),
    ).toEqual([['decisions.legalReview', 8]]);
    expect(facts('受理矛盾纠纷5件，均已全部化解。').map((f) => f.value)).toEqual([5, 5]);
  });

  it('reads 无…案件 and 未发生…案件 as a count of zero of a catalog indicator, and nothing else as zero', () => {
    expect(
      facts('发生行政复议案件1件；无行政诉讼案件。全年未发生败诉案件。').map((f) => [
        f.indicator,
        f.value,
        f.unit,
        f.derived ?? '',
        f.words,
      ]),
    ).toEqual([
      ['reconsideration.cases', 1, '件', '', '1件'],
      ['litigation.cases', 0, '件', 'none', '无行政诉讼案件'],
      ['litigation.lost', 0, '件', 'none', '未发生败诉案件'],
    ]);
    // Something the catalog does not know, 案件 not ending its clause, and events are no zero counts.
    expect(facts('无安全生产事故案件。无行政诉讼案件发生。未发生群体性事件。')).toEqual([]);
  });

  it('reads a generic word in the family its own phrase names, before the count before it', () => {
    expect(
      facts('受理行政复议案件68件，审结65件，纠错9件。全区行政诉讼一审案件审结71件，败诉4件。').map((f) => [
        f.indicator,
        f.value,
      ]),
    ).toEqual([
      ['reconsideration.cases', 68],
      ['reconsideration.concluded', 65],
      ['reconsideration.corrected', 9],
      ['litigation.concluded', 71],
      ['litigation.lost', 4],
    ]);
  });

  it('reads an accepted count after a count of applications as the cases, and sets the applications aside', () => {
    expect(facts('全年收到行政复议申请96件，依法受理89件，审结84件。').map((f) => [f.indicator, f.value])).toEqual([
      ['unclassified', 96],
      ['reconsideration.cases', 89],
      ['reconsideration.concluded', 84],
    ]);
    // A figure the catalog does not know, in between, lends no family.
    expect(facts('受理行政复议案件68件，其中涉及征收拆迁32件，审结65件。').map((f) => f.indicator)).toEqual([
      'reconsideration.cases',
      'unclassified',
      'reconsideration.concluded',
    ]);
    // Applications alone are the cases, as before.
    expect(facts('收到行政复议申请12件，审结10件。').map((f) => f.indicator)).toEqual([
      'reconsideration.cases',
      'reconsideration.concluded',
    ]);
  });

  it('reads "all of them" after a 其中 list as all of the whole, not of the last part', () => {
    expect(
      facts('全镇共排查矛盾纠纷30件，其中东村12件、南村18件，全部调解成功。').map((f) => [
        f.indicator,
        f.value,
        f.derived ?? '',
      ]),
    ).toEqual([
      ['disputes.handled', 30, ''],
      ['unclassified', 12, ''],
      ['unclassified', 18, ''],
      ['disputes.resolved', 30, 'all'],
    ]);
  });

  it('reads a generic word in the family of the count before it', () => {
    expect(facts('收到行政复议申请12件，审结10件。').map((f) => f.indicator)).toEqual([
      'reconsideration.cases',
      'reconsideration.concluded',
    ]);
    expect(facts('办理行政诉讼案件8件，审结6件。').map((f) => f.indicator)).toEqual([
      'litigation.cases',
      'litigation.concluded',
    ]);
  });

  it('leaves what the catalog does not know unclassified', () => {
    expect(facts('阅读量同比增长15%。')[0]?.indicator).toBe('unclassified');
  });
});

describe('extractFacts: what is not a fact', () => {
  it.each([
    ['a hotline glued to a count', '12345受理354件。', [[354, '件']]],
    ['a hotline and a phone number', '开通12348热线和0356-1234567投诉电话。', []],
    ['a document number', '依据阳政办发〔2025〕37号文件。', []],
    ['ordinals and ranks', '开展第五轮评查，位列全市第二，排名前3名。', []],
    ['slogans', '落实“八五”普法，推行“1+1+N”和“3+N”机制，坚持“三重一大”，做到“两个维护”，开展“十个一”活动。', []],
    ['frequencies', '每两月召开1次，每季度通报1次。', []],
    ['thresholds', '审查百万元以上合同，对50万元以上的项目论证。', []],
    ['dates and festival days', '利用“4.15”“6.16”“12.4”等节点，于2023年9月25日开展。', []],
    ['durations', '3个月内整改，近3年来。', []],
    ['a bare 一 used as an article', '建成一个中心，未发生一起事故。', []],
    ['a number cut off at the end', '全年共受理案件1', []],
    ['an over-long digit run', `${'9'.repeat(40)}件`, []],
  ])('%s', (_name, text, expected) => {
    expect(values(text).map(([value, unit]) => [value, unit])).toEqual(expected);
  });
});

describe('extractFacts: more lists and dates', () => {
  it('splits a shared list on 、和及 but not inside 及时', () => {
    expect(facts('报备率、及时率和规范率均达100%。').map((f) => f.value)).toEqual([100, 100, 100]);
    expect(
      extractFacts(MappedText.of('报备率、及时率和规范率均达100%。'), {
        year: 2023,
        catalog: defaultCatalog,
        sectionId: 's1',
      }).map((f) => f.metric.label),
    ).toEqual(['报备率', '及时率', '规范率']);
  });

  it('dates a rate by its sentence’s 截至, but not by 累计 or 截至目前', () => {
    expect(facts('截至12月底，全县网上可办率达到98%。')[0]).toMatchObject({ scope: 'asOf', asOf: '2023-12-31' });
    expect(facts('截止目前，累计排查22起，调解率100%。')[1]?.scope).toBeUndefined();
  });
});

describe('extractFacts: what real reports write', () => {
  it('marks figures a plan promises as targets: in a plans section, and after 力争/确保/计划开展', () => {
    expect(inPlans('全年组织集体学法不少于12次。')).toEqual([['study.sessions', 12, 'target']]);
    expect(facts('力争全镇法律明白人达到600名，确保调解成功率达到95%以上。').map((f) => f.scope)).toEqual([
      'target',
      'target',
    ]);
    expect(facts('计划开展案卷评查4次。')[0]?.scope).toBe('target');
    // 学法计划 is the thing counted, not a promise.
    expect(facts('制定年度学法计划1份。')[0]?.scope).toBeUndefined();
  });

  it('reads the measure words real reports use: 卷, 幅, 户次, 家次, 批次, 件次', () => {
    expect(
      values('评查案卷120卷，悬挂标语46幅，检查1240户次、870家次，抽检326批次，处理12件次。').map((v) => v[1]),
    ).toEqual(['卷', '幅', '户次', '家次', '批次', '件次']);
    expect(facts('评查执法案卷42卷。')[0]?.indicator).toBe('enforcement.caseFilesReviewed');
  });

  it('reads 学时 and 课时 as teaching hours, which no sessions indicator counts', () => {
    expect(facts('力争执法人员年度培训时长达到60学时。').map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['unclassified', 60, '学时'],
    ]);
  });

  it('names a figure by its own words when they end in 共计 or 达, not by the count before it', () => {
    expect(facts('全年办理行政处罚案件21件，罚款金额共计3.5万元。').map((f) => [f.indicator, f.value, f.unit])).toEqual(
      [
        ['enforcement.cases', 21, '件'],
        ['unclassified', 3.5, '万元'],
      ],
    );
    expect(
      extractFacts(MappedText.of('办理行政处罚案件21件，罚款金额共计3.5万元。'), {
        year: 2023,
        catalog: defaultCatalog,
        sectionId: 's1',
      })[1]?.metric.label,
    ).toBe('罚款金额');
  });

  it('reads gapped aliases: 公开…信息 names what a report fills in between, within six characters', () => {
    expect(facts('通过门户网站公开交通运输信息236条，在专栏发布政务信息145条。').map((f) => f.indicator)).toEqual([
      'disclosure.items',
      'disclosure.items',
    ]);
    // Reporting upward is not disclosure, and words too far apart name nothing together.
    expect(facts('向县委报送政务信息30条，公开本镇各项重大民生工作的信息12条。').map((f) => f.indicator)).toEqual([
      'unclassified',
      'unclassified',
    ]);
  });

  it('reads percentages written out: 百分之九十八, 百分之百, 百分之95以上', () => {
    expect(values('参考率百分之九十八，公示率达到百分之百，满意率百分之95以上。')).toEqual([
      [98, '%', 'exact'],
      [100, '%', 'exact'],
      [95, '%', 'over'],
    ]);
    expect(facts('持证率百分之百。')[0]).toMatchObject({ indicator: 'enforcement.certifiedRate', words: '百分之百' });
  });

  it('reads 上百, 上千 and 上万 as floors, but 上 before any other number as no qualifier', () => {
    expect(values('开展活动上百场，受众上千人次，线上3次。')).toEqual([
      [100, '场', 'over'],
      [1000, '人次', 'over'],
      [3, '次', 'exact'],
    ]);
  });

  it('reads no count in 数十次 or 几十场, or in a range (3至5名, 2-3次)', () => {
    expect(values('组织培训数十次，开展活动几十场，各村有法律明白人3至5名，每村开展2-3次。')).toEqual([]);
    expect(values('开展活动十余场，受理3件。')).toEqual([
      [10, '场', 'over'],
      [3, '件', 'exact'],
    ]);
  });

  it('reads 全部持证上岗 after a count of officers as the certified officers', () => {
    expect(facts('现有执法人员31名，全部持证上岗。').map((f) => [f.indicator, f.value, f.derived ?? ''])).toEqual([
      ['enforcement.officers', 31, ''],
      ['enforcement.certified', 31, 'all'],
    ]);
  });

  it('reads 小时 as a measure word of nothing the catalog sums, and 突破 as a floor', () => {
    expect(
      facts('开展志愿服务300小时，力争法律援助案件突破500件。').map((f) => [f.indicator, f.value, f.unit, f.qualifier]),
    ).toEqual([
      ['unclassified', 300, '小时', 'exact'],
      ['legalAid.cases', 500, '件', 'over'],
    ]);
  });

  it('reads 调处 before the disputes as mediated, whatever stands between', () => {
    expect(facts('全年调处各类矛盾纠纷96件，调处辖区矛盾纠纷12件，排查矛盾纠纷30件。').map((f) => f.indicator)).toEqual(
      ['disputes.mediated', 'disputes.mediated', 'disputes.handled'],
    );
  });

  it('dates the figures of a 截至 sentence, but not those after a 全年 that follows the date', () => {
    expect(
      facts('截至2024年12月31日，在册社区矫正对象126人，全年新接收58人，解除矫正63人。').map((f) => [
        f.value,
        f.scope,
        f.asOf ?? '',
      ]),
    ).toEqual([
      [126, 'asOf', '2024-12-31'],
      [58, 'year', ''],
      [63, 'year', ''],
    ]);
  });

  it('reads the land, distance and vehicle words of enforcement reports, as figures the catalog does not sum', () => {
    expect(
      values('收缴木材15立方米，恢复植被3.2公顷，清理林地120亩，出动车辆120台次，巡护1.8万公里，清运垃圾6吨。').map(
        (v) => [v[0], v[1]],
      ),
    ).toEqual([
      [15, '立方米'],
      [3.2, '公顷'],
      [120, '亩'],
      [120, '台次'],
      [18000, '公里'],
      [6, '吨'],
    ]);
  });

  it('reads model villages glossed in brackets, at 自治区 level, and newly created', () => {
    expect(
      facts('新创建民主法治示范嘎查（村）9个，其中：国家级1个，自治区级2个，市级6个。').map((f) => [
        f.indicator,
        f.value,
      ]),
    ).toEqual([
      ['modelVillages.total', 9],
      ['modelVillages.national', 1],
      ['modelVillages.provincial', 2],
      ['modelVillages.municipal', 6],
    ]);
    expect(facts('累计建成国家级民主法治示范村（社区）15个、省级118个。').map((f) => [f.indicator, f.value])).toEqual([
      ['modelVillages.national', 15],
      ['modelVillages.provincial', 118],
    ]);
  });

  it('reads a count written after the one it is at most of as what is counted (案件审结, 纠纷调解成功)', () => {
    expect(facts('全市一审行政诉讼案件审结1,530件，矛盾纠纷调解成功50件。').map((f) => f.indicator)).toEqual([
      'litigation.concluded',
      'disputes.resolved',
    ]);
    // A modifier before a part still decides: online training is a part, not at most.
    expect(facts('组织参加线上“行政执法大讲堂”培训27次。')[0]?.indicator).toBe('training.online');
  });

  it('reads a generic rate of a family its phrase names as that family’s, or as nothing the catalog has', () => {
    expect(
      facts('行政复议决定履行率100%，生效裁判履行率100%，法律援助案件办结率99%，12345热线办结率98%。').map(
        (f) => f.indicator,
      ),
    ).toEqual(['unclassified', 'judgments.fulfillmentRate', 'unclassified', 'complaints.closedRate']);
  });

  it('reads a generic rate after a count of another family in its sentence as that family’s, or as nothing', () => {
    expect(facts('受理信访事项43件，办结率100%。受理群众诉求218件，办结率99%。').map((f) => f.indicator)).toEqual([
      'petitions.received',
      'unclassified',
      'complaints.received',
      'complaints.closedRate',
    ]);
  });

  it('reads no figure inside a short quotation, and a verb alone as counting what the clause before named', () => {
    expect(
      facts('严格落实“三个100%”要求，每季度召开1次法治建设专题会议，全年共召开4次。').map((f) => [
        f.indicator,
        f.value,
        f.derived ?? '',
      ]),
    ).toEqual([['leadership.meetings', 4, 'elliptical']]);
    // A verb alone after a clause that names nothing the catalog has stays unclassified.
    expect(facts('每月走访1次企业，全年共开展12次。').map((f) => f.indicator)).toEqual(['unclassified']);
  });

  it('reads 受理…纠纷 as disputes handled and 覆盖 before people as the audience', () => {
    expect(facts('受理医疗纠纷37件，覆盖师生8.6万人次。').map((f) => [f.indicator, f.value])).toEqual([
      ['disputes.handled', 37],
      ['publicity.audience', 86000],
    ]);
  });

  it('reads no figure of last year in brackets, but this year’s before it', () => {
    expect(values('提供法律咨询520人次（上年为480人次），学法4次（2023年为3次），培训6期（其中线上2期）。')).toEqual([
      [520, '人次', 'exact'],
      [4, '次', 'exact'],
      [6, '期', 'exact'],
      [2, '期', 'exact'],
    ]);
    expect(facts('受理12315投诉举报3,450件。')[0]?.indicator).toBe('complaints.received');
  });

  it('reads the n-th figure after 分别为 as the n-th item’s', () => {
    expect(
      facts('全年受理行政复议、行政诉讼案件分别为4件、2件，国家级、省级示范村分别为1个、2个。').map((f) => [
        f.indicator,
        f.value,
      ]),
    ).toEqual([
      ['reconsideration.cases', 4],
      ['litigation.cases', 2],
      ['modelVillages.national', 1],
      ['modelVillages.provincial', 2],
    ]);
  });

  it('reads a modifier under 其中 as a part the catalog declares, and any other as unclassified', () => {
    expect(
      facts('组织执法培训5次，其中线上2次、线下3次；开展普法活动20场，其中进校园8场。').map((f) => [
        f.indicator,
        f.value,
      ]),
    ).toEqual([
      ['training.sessions', 5],
      ['training.online', 2],
      ['training.offline', 3],
      ['publicity.events', 20],
      ['unclassified', 8],
    ]);
  });

  it('reads no count in a formula (7×24小时) or in the parts of an argument (3个方面, 5个环节)', () => {
    expect(values('实行7×24小时值班，聚焦3个方面，从5个环节推进，在4个层面发力，开展2个专项行动。')).toEqual([
      [2, '个', 'exact'],
    ]);
  });

  it('reads 清理, 废止 or 失效 before 规范性文件 as no filing', () => {
    expect(facts('出台规范性文件3件，清理规范性文件25件，废止规范性文件6件。').map((f) => f.indicator)).toEqual([
      'normativeDocs.filed',
      'unclassified',
      'unclassified',
    ]);
  });

  it('reads the other words real reports use for the catalog’s counts', () => {
    expect(
      facts(
        '开展执法人员轮训2轮，发放宣传品5000余件，覆盖居民1.5万余人次，调处成功86件，召开法治建设工作会议3次。',
      ).map((f) => [f.indicator, f.unit]),
    ).toEqual([
      ['training.sessions', '轮'],
      ['publicity.materials', '件'],
      ['publicity.audience', '人次'],
      ['disputes.resolved', '件'],
      ['leadership.meetings', '次'],
    ]);
  });

  it('keeps 余 inside a money word as a lower bound in 万元', () => {
    expect(values('罚没款0.5万余元。')).toEqual([[0.5, '万元', 'over']]);
  });

  it('reads Chinese numerals that count in running text: 三次, 两场, 近百名, 近万人次', () => {
    expect(values('研究法治工作三次，开展普法活动两场，近百名群众参加，受众近万人次。')).toEqual([
      [3, '次', 'exact'],
      [2, '场', 'exact'],
      [100, '名', 'nearly'],
      [10000, '人次', 'nearly'],
    ]);
    // A numeral before 个 or 项 is as often a slogan.
    expect(values('坚持两个确立，落实三项制度。')).toEqual([]);
  });

  it('classifies a count written before its noun', () => {
    expect(facts('对12件重大事项决策进行合法性审查。')[0]?.indicator).toBe('decisions.legalReview');
  });

  it('classifies by the head noun next to the number, not by a longer word further off', () => {
    expect(facts('局党组会议前学法11次。')[0]?.indicator).toBe('study.sessions');
    expect(facts('组织参加线上“行政执法大讲堂”培训27次。')[0]?.indicator).toBe('training.online');
  });

  it('classifies by no bare level word, generic verb or 会议 alone', () => {
    expect(facts('省级检查3次。')[0]?.indicator).toBe('unclassified');
    expect(facts('受理申请8件。')[0]?.indicator).toBe('unclassified');
    expect(facts('召开会议5次。')[0]?.indicator).toBe('unclassified');
  });

  it('flags a fact classified through an alias of two characters or fewer', () => {
    const [fact] = extractFacts(MappedText.of('全年开展培训6次。'), {
      year: 2023,
      catalog: defaultCatalog,
      sectionId: 's1',
    });
    expect(fact).toMatchObject({ metric: { indicator: 'training.sessions' }, weak: '培训' });
  });

  it('keeps each elliptical item’s own level in its label', () => {
    const labels = extractFacts(MappedText.of('辖区内已创建国家级民主法治示范社区1个，省级2个，市级3个。'), {
      year: 2023,
      catalog: defaultCatalog,
      sectionId: 's1',
    }).map((f) => [f.metric.indicator, f.metric.label]);
    expect(labels).toEqual([
      ['modelVillages.national', '辖区内已创建国家级民主法治示范社区'],
      ['modelVillages.provincial', '省级民主法治示范社区'],
      ['modelVillages.municipal', '市级民主法治示范社区'],
    ]);
  });

  it('carries the sentence a figure came from, at most 200 characters', () => {
    const [fact] = extractFacts(MappedText.of('前言。全年排查矛盾纠纷136件，调解成功128件。后文。'), {
      year: 2023,
      catalog: defaultCatalog,
      sectionId: 's1',
    });
    expect(fact?.metric.source?.quote).toBe('全年排查矛盾纠纷136件，调解成功128件。');
    const long = extractFacts(MappedText.of(`${'很长的句子'.repeat(100)}共计12件${'后面还有'.repeat(100)}。`), {
      year: 2023,
      catalog: defaultCatalog,
      sectionId: 's1',
    });
    expect(long[0]?.metric.source?.quote?.length).toBeLessThanOrEqual(200);
    expect(long[0]?.metric.source?.quote).toContain('12件');
  });
});
