/**
 * axe-core on an element, shadow root included: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best
 * practices. Every violation fails the test, with the rule, the nodes and how to fix them.
 */
import 'axe-core';
import type * as AxeCore from 'axe-core';
import { AssertionError } from '../../../tools/browser/assert.js';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;

const options: AxeCore.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

function describe(violation: AxeCore.Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${JSON.stringify(node.target)}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
    .join('\n');
  return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
}

/** Fails with every axe violation found in `element` (its shadow root included), labelled with `state`. */
export async function expectNoAxeViolations(element: Element, state: string): Promise<void> {
  const results = await axe.run(element, options);
  if (results.violations.length > 0) {
    throw new AssertionError(`axe, ${state}: ${results.violations.length} violation(s)\n${results.violations.map(describe).join('\n')}`);
  }
}
