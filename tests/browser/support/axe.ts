import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

/** axe-core's own build, run in the page as the browser's debugger runs code (no CSP applies). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA, as axe-core tags its rules. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  /** Where: each element's CSS path (inside shadow roots too) and axe's reason for it. */
  nodes: { target: string; summary: string }[];
}

export interface AxeResult {
  findings: AxeFinding[];
  /** How many elements the rules checked and passed, and how many of those lie in a shadow root. */
  passed: number;
  passedInShadow: number;
}

/**
 * Runs axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page (open shadow roots included, as axe
 * walks them) and returns what it finds; no finding is a pass. `include` narrows the check to the
 * elements a selector finds (the hover card's host, say).
 */
export async function axeCheck(target: Page | Frame, include?: string): Promise<AxeResult> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    async ([tags, selector]) => {
      interface Result {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }
      const { axe } = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; passes: Result[] }> } };
      const result = await axe.run(selector ? { include: [selector] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'passes'],
      });
      const passedNodes = result.passes.flatMap((rule) => rule.nodes);
      return {
        findings: result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.map((node) => ({ target: JSON.stringify(node.target), summary: node.failureSummary ?? '' })),
        })),
        passed: passedNodes.length,
        // axe names an element inside a shadow root by a path: [host selector, selector inside].
        passedInShadow: passedNodes.filter((node) => Array.isArray(node.target[0])).length,
      };
    },
    [WCAG_AA_TAGS, include] as const,
  );
}

/** One line a finding, for a test's message: "target-size (serious) 15× — …". */
export const describeFindings = (findings: readonly AxeFinding[]) =>
  findings.map((finding) => `${finding.id} (${finding.impact ?? '?'}) ${finding.nodes.length}× — ${finding.help}: ${finding.nodes.slice(0, 3).map((node) => node.target).join(' ')}`).join('\n');
