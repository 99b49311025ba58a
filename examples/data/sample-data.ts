// The sample county 青川县 (invented): a roster of 12 towns and 4 departments and their reports
// for two years, with varied numbers, some approximate, some units missing, some late, some
// not published; each figure's words are its indicator's Chinese label, as a report writes them. Deterministic: the same files every run, so a test can check them.
import { makeMetric, makeReport, makeSection, seededRandom } from '@law-report/core/testing';
import { defaultCatalog, type Metric, type Qualifier, type Report } from '@law-report/core';

const TOWNS = [
  '城关镇',
  '东河镇',
  '西河镇',
  '南坪镇',
  '北山镇',
  '石门镇',
  '柳林乡',
  '杨村乡',
  '青石乡',
  '白水乡',
  '新华街道',
  '滨河街道',
];
const DEPARTMENTS = ['青川县司法局', '青川县公安局', '青川县市场监督管理局', '青川县生态环境局'];

/** Units of 青川县, as the roster lists them. */
export const units = [
  ...TOWNS.map((name, i) => ({ name, level: 'town' as const, code: `510822${String(100 + i * 3).padStart(3, '0')}` })),
  ...DEPARTMENTS.map((name) => ({ name, level: 'department' as const })),
];

/** A seeded generator, so the sample never changes by accident. */
export const random = seededRandom;

/** One unit's report on `year`, varied by `next`. */
export function sampleReport(unit: (typeof units)[number], year: number, next: () => number): Report {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const qualifier = (): Qualifier => (next() < 0.2 ? 'over' : next() < 0.05 ? 'about' : 'exact');
  const metrics: Metric[] = [];
  const count = (indicator: string, value: number, unit: string, section: string, q: Qualifier = 'exact') =>
    metrics.push(
      makeMetric(indicator, value, {
        unit,
        qualifier: q,
        sectionId: section,
        label: defaultCatalog.get(indicator)?.label['zh-CN'] ?? indicator,
        scope: 'year',
      }),
    );
  count('publicity.events', int(5, 60), '场', 'measures', qualifier());
  count('legalServices.consultations', int(50, 1500) * (next() < 0.3 ? 10 : 1), '人次', 'measures', qualifier());
  const handled = int(10, 120);
  const mediated = int(Math.floor(handled / 2), handled);
  const resolved = int(Math.floor(mediated * 0.8), mediated);
  count('disputes.handled', handled, '起', 'measures');
  if (next() < 0.7) {
    count('disputes.mediated', mediated, '起', 'measures');
    count('disputes.resolved', resolved, '起', 'measures');
  }
  metrics.push(
    makeMetric('disputes.successRate', Math.round((resolved / mediated) * 1000) / 10, {
      unit: '%',
      sectionId: 'measures',
      label: '调解成功率',
    }),
  );
  if (unit.level === 'department') {
    const cases = int(0, 12);
    const lost = int(0, Math.min(2, cases));
    count('litigation.cases', cases, '件', 'measures');
    count('litigation.concluded', cases, '件', 'measures');
    count('litigation.lost', lost, '件', 'measures');
    count('enforcement.officers', int(10, 80), '名', 'measures');
  } else {
    count('modelVillages.provincial', int(0, 2), '个', 'measures');
    count('modelVillages.municipal', int(0, 4), '个', 'measures');
  }
  const due = int(0, 3);
  count('judgments.due', due, '件', 'judgments');
  count('judgments.fulfilled', due - (next() < 0.1 && due > 0 ? 1 : 0), '件', 'judgments');
  count('funding.amount', int(5, 80), '万元', 'duties', qualifier());

  const deadlineDay = unit.level === 'town' ? 31 : 60; // days after 1 January
  const late = next() < 0.15;
  const day = late ? deadlineDay + int(3, 40) : int(5, deadlineDay - 1);
  const issuedOn = new Date(Date.UTC(year + 1, 0, day)).toISOString().slice(0, 10);
  const published = next() < 0.8;
  const hasShortcomings = next() < 0.9;
  const sections = [
    makeSection('duties', { id: 'duties', title: `${year}年党政主要负责人履行推进法治建设第一责任人职责情况` }),
    makeSection('measures', { id: 'measures', title: `${year}年推进法治政府建设的主要举措和成效` }),
    ...(hasShortcomings ? [makeSection('shortcomings', { id: 'shortcomings', title: '存在的不足和原因' })] : []),
    ...(unit.level === 'department' || next() < 0.5
      ? [makeSection('judgments', { id: 'judgments', title: '履行法院生效裁判情况' })]
      : []),
    makeSection('plans', { id: 'plans', title: `${year + 1}年工作安排` }),
    ...(next() < 0.3 ? [makeSection('other', { id: 'other', title: '其他需要报告的情况' })] : []),
  ];
  return makeReport({
    title: `${unit.name}${year}年法治政府建设工作情况的报告`,
    year,
    unit: { ...unit, parent: { name: '青川县', code: '510822' } },
    issuer: unit.level === 'town' ? `${unit.name}${unit.name.endsWith('街道') ? '办事处' : '人民政府'}` : unit.name,
    issuedOn,
    ...(published
      ? {
          publishedOn: new Date(Date.UTC(year + 1, 2, int(1, 31))).toISOString().slice(0, 10),
          confidentialityReviewed: true,
        }
      : {}),
    sections,
    metrics: metrics.filter((metric) =>
      metric.sectionId === 'judgments' ? sections.some((s) => s.kind === 'judgments') : true,
    ),
  });
}

/** The sample files, by name: roster.csv, deadlines.json and a JSON Lines file per year. */
export function sampleData(): Record<string, string> {
  const files: Record<string, string> = {
    'roster.csv': `name,level,code,parent\n${units.map((u) => [u.name, u.level, 'code' in u ? u.code : '', '青川县'].join(',')).join('\n')}\n`,
    'deadlines.json': `${JSON.stringify({ submit: { town: '01-31' } }, null, 2)}\n`,
  };
  // Some units never report: the county has to chase them.
  const missing: Record<number, readonly string[]> = { 2022: ['青石乡'], 2023: ['北山镇', '青川县生态环境局'] };
  for (const year of [2022, 2023]) {
    const next = random(year);
    const lines = units
      .filter((unit) => !missing[year]?.includes(unit.name))
      .map((unit) => JSON.stringify(sampleReport(unit, year, next)));
    files[`reports-${year}.jsonl`] = `${lines.join('\n')}\n`;
  }
  return files;
}
