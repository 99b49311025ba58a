import type { SectionKind } from '../schema/enums.js';

/**
 * The five contents every report covers, in the order of 《法治政府建设与责任落实督察工作规定》
 * (厅字〔2019〕28号) 第二十五条: 主要举措和成效, 不足和原因, 第一责任人履职情况, 下一年度安排,
 * 其他需要报告的情况. `other` is often legitimately absent: its absence only warns.
 */
export const STATUTORY_CONTENTS: readonly { readonly kind: SectionKind; readonly required: boolean }[] = [
  { kind: 'measures', required: true },
  { kind: 'shortcomings', required: true },
  { kind: 'duties', required: true },
  { kind: 'plans', required: true },
  { kind: 'other', required: false },
];

/** The four contents a report must have (all but `other`). */
export const REQUIRED_CONTENTS: readonly SectionKind[] = STATUTORY_CONTENTS.filter((content) => content.required).map(
  (content) => content.kind,
);

/** The contents a county counts reports by: the statutory five and the common local 履行法院生效裁判. */
export const COUNTED_CONTENTS = [
  'duties',
  'measures',
  'shortcomings',
  'plans',
  'other',
  'judgments',
] as const satisfies readonly SectionKind[];
