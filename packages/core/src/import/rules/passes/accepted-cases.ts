import { factPassRule } from './fact-pass-rule.js';

/** The accepted after the applications are the cases (facts/accepted-cases). */
export const acceptedCasesRule = factPassRule({
  id: 'accepted-cases',
  summary:
    'A count of 受理 right after a count of applications for cases (收到行政复议申请96件，依法受理89件) is the cases; the applications are left unclassified.',
  finds: ({ facts }) =>
    facts.some(
      (fact, index) =>
        index > 0 &&
        fact.metric.indicator.endsWith('.cases') &&
        facts[index - 1]?.metric.indicator === 'unclassified' &&
        /申请$/.test(facts[index - 1]?.metric.label ?? ''),
    ),
  examples: {
    reads: ['收到行政复议申请96件，依法受理89件'],
    ignores: ['收到行政复议申请96件，审结89件', '办理行政复议案件96件，受理89件'],
  },
});
