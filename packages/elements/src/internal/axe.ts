import axe from 'axe-core';

/**
 * Runs axe on `element` and returns the serious and critical violations, as
 * `rule: target` strings, so a failing assertion says what is wrong. Test-only.
 */
export async function seriousViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
