import { describe, expect, it } from 'vitest';
import type { StackMember } from '../src/credentials/best-stack.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { cutAt, cutPath, laterSentence, PLAN_LIMIT_WEEKS, PLAN_SLACK } from '../src/credentials/later-steps.js';
import { scoreCredential } from '../src/credentials/score-credential.js';
import type { Situation } from '../src/credentials/situation.js';
import { credential, line, role, skills, TODAY } from './support/credential-fixtures.js';

const sk = skills({ sql: {}, python: {}, aws: {} });
const gaps = [{ skill: 'sql', share: 0.9 }, { skill: 'python', share: 0.6 }, { skill: 'aws', share: 0.4 }];
const situation = (extra: Partial<Situation> = {}): Situation => ({ hoursPerWeek: 10, today: TODAY, ...extra });

/** A path of rungs with these study hours each (null: unknown), at 10 hours a week. */
function path(hours: readonly (number | null)[], extra: Partial<Situation> = {}): StackMember[] {
  const ids = ['one', 'two', 'three'];
  const catalog = hours.map((h, i) =>
    credential(ids[i] as string, {
      name: (ids[i] as string).replace(/^./, (c) => c.toUpperCase()),
      skills: [['sql', 'python', 'aws'][i] as string],
      costs: [line('exam', 100 * (i + 1))],
      hours: h === null ? null : { min: h, max: h, stated: `${h} h`, source: 'test', confidence: 'S' },
    }),
  );
  const index = buildCredentialIndex(catalog, sk);
  return catalog.map((c) => ({ ...scoreCredential(c, { index, role: role(), gaps, situation: situation(extra) }), reach: 'fits' as const }));
}

describe('later steps of a cut-short path', () => {
  it('cuts after the last rung inside the limit, keeping at least the first, and not for hours it does not know', () => {
    expect(cutAt(path([100, 100, 100]), 25)).toBe(2);
    expect(cutAt(path([300, 100]), 5)).toBe(1);
    expect(cutAt(path([100, null, 100]), 20)).toBe(3);
  });

  it('with no deadline keeps a path of about a year whole and cuts one far past it at a year', () => {
    expect(PLAN_LIMIT_WEEKS * PLAN_SLACK).toBe(65);
    const year = cutPath(path([210, 210, 210]), undefined);
    expect([year.members.length, year.later.length, year.fullWeeks]).toEqual([3, 0, 63]);
    const long = cutPath(path([300, 300, 300]), undefined);
    expect(long.members.map((m) => m.credential.id)).toEqual(['one']);
    expect(long.later.map((m) => m.credential.id)).toEqual(['two', 'three']);
    expect(long.fullWeeks).toBe(90);
  });

  it('with a deadline cuts at it, and gives no whole length when a rung has unknown hours', () => {
    const cut = cutPath(path([100, 100, null]), 15);
    expect(cut.members.map((m) => m.credential.id)).toEqual(['one']);
    expect(cut.later.map((m) => m.credential.id)).toEqual(['two', 'three']);
    expect(cut.fullWeeks).toBeNull();
  });

  it('names the later rungs with the whole length and why, and never their fees: those are said once with the path\'s money', () => {
    const long = cutPath(path([300, 300, 300]), undefined);
    expect(laterSentence(long.later, long.fullWeeks, { situation: situation() })).toBe('Two, then Three, can come later: the whole path would take about 90 weeks at your 10 hours a week, more than a year.');
    const one = path([100, 100], { deadlineWeeks: 5 });
    const deadline = cutPath(one, 5);
    // The rung the postings ask for by name says so.
    expect(laterSentence(deadline.later, deadline.fullWeeks, { situation: situation({ deadlineWeeks: 5, budgetUsd: 0 }), required: ['two'] })).toBe(
      'Two, which your postings ask for by name, can come later: the whole path would take about 20 weeks at your 10 hours a week, past your deadline.',
    );
    expect(laterSentence(deadline.later, null, { situation: situation({ budgetUsd: 0 }) })).toBe('Two can come later.');
    expect(laterSentence([], 10, { situation: situation() })).toBe('');
    expect(laterSentence(deadline.later, deadline.fullWeeks, { situation: situation({ budgetUsd: 0 }) })).not.toMatch(/\$/);
  });
});
