import { figureRule } from '../figure-rule.js';

/** The parts of an argument: 3个方面, 5个环节, 三个重点 — but 十个重点领域 are areas worked in. */
export const argumentParts = figureRule({
  id: 'argument-parts',
  summary:
    'A count in 个 of 方面, 环节, 层面, 维度, 关键, 突出, 主要 or 重点 (not 重点领域/行业/区域…) lists the parts of an argument, no work done.',
  rejects: ({ text, quantity }) =>
    quantity.unit === '个' &&
    /^(?:方面|环节|层面|维度|重点(?!领域|行业|区域|部位|场所|人群|单位|企业|村)|关键|突出|主要)/.test(
      text.slice(quantity.end, quantity.end + 4),
    ),
  examples: {
    reads: ['从3个方面推进', '把握5个环节', '突出3个重点'],
    ignores: ['在食品药品、生态环境等10个重点领域开展检查'],
  },
});
