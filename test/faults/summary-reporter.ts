import type { Reporter, TestModule } from 'vitest/node';
import type { FaultRow } from '../support/fault-ledger.js';

/**
 * Prints one line per fault scenario once the run ends: what the person saw, whether their
 * session moved on, the most copies of one reply, and the four counts that must be zero. Each
 * test records its row (task.meta.fault) before asserting, so a failing scenario still shows
 * what it saw; one that ended before recording anything is listed with its state only, and a
 * passing test that records no scenario (the verdict's own checks) is left out.
 */

const HEAD = ['result', 'scenario', 'advanced', 'copies', 'false "nothing changed"', 'duplicates', 'out of order', 'lost', 'what the person saw'];

function table(rows: string[][]): string {
  const widths = HEAD.map((_, i) => (i === HEAD.length - 1 ? 0 : Math.max(...rows.map((r) => (r[i] ?? '').length))));
  return rows.map((r) => r.map((cell, i) => (i === HEAD.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

export default class FaultSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows: string[][] = [HEAD];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        const row = (test.meta() as { fault?: FaultRow }).fault;
        // A test that is not a scenario (the verdict's own checks) is listed only when it failed.
        if (!row && state === 'passed') continue;
        if (!row) {
          rows.push([state, test.name, '-', '-', '-', '-', '-', '-', '(nothing recorded)']);
          continue;
        }
        rows.push([state, row.scenario, row.advanced ? 'yes' : 'no', String(row.maxCopies), String(row.falseNothingChanged), String(row.duplicates), String(row.outOfOrder), String(row.lost), row.userSaw]);
      }
    }
    process.stdout.write(`\nFault scenarios (required: 0 false "nothing changed", 0 duplicates, 0 out of order, 0 lost)\n${table(rows)}\n\n`);
  }
}
