import { describe, expect, it } from 'vitest';
import { homeRead, homeView } from '../adapters/slack/home-tab.js';
import type { Names } from '../adapters/slack/home-tab.js';
import { readProfile } from '../flows/profile.js';
import { Engine } from '../src/engine/engine.js';
import { defineFlow } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';

const names: Names = { skill: (id) => ({ python: 'Python', sql: 'SQL' })[id] ?? id, role: (id) => (id === 'data-analyst' ? 'Data analyst' : id) };
const user = { platform: 'slack', tenant: 'T1', user: 'U1' };
const text = (view: ReturnType<typeof homeView>) => JSON.stringify(view.blocks);

const PROFILE = {
  name: '<!channel> Ann',
  targetRole: 'data-analyst',
  gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'python', share: 0.67 }, { skill: 'sql', share: 0.5 }], at: '2026-11-20T10:00:00.000Z' },
  credentialPick: { ids: ['g'], names: ['Google Data Analytics'], at: '2026-11-21T10:00:00.000Z' },
  plan: { steps: [{ step: 1, title: 'Choose the credential', due: '2026-11-21', done: true }, { step: 2, title: 'Enrol', due: '2026-12-01' }], names: ['Google Data Analytics'] },
  practiceHistory: [{ at: '2026-11-22T10:00:00.000Z', role: 'data-analyst', questions: [{ id: 'q1', score: 70, parts: { situation: 3, task: 3, action: 4, result: 2 } }], average: 70 }],
};

const NOW = new Date('2026-12-07T08:00:00Z');

describe('the App Home tab', () => {
  it('reads the stored profile without changing it', async () => {
    const store = new MemorySessionStore();
    const doc = serializeSession({ ...newSession(new Date('2026-11-22T10:00:00Z')), profile: PROFILE });
    await store.commit(user, { expectedVersion: 0, eventId: 'ev1', write: { kind: 'put', doc }, ttlMs: 86_400_000 });
    const engine = new Engine({ store, flows: new FlowRegistry([defineFlow({ id: 'hi', title: 'Hi', steps: [], finish: () => ({}) })], 'hi'), ttlMs: 86_400_000 });
    const read = homeRead(await engine.storedProfile(user));
    expect(read.kind === 'profile' && read.profile.gapReport?.gaps.map((g) => g.skill)).toEqual(['python', 'sql']);
    expect(store.peek(user)).toBe(doc);
    expect((await store.load(user, 'ev2')).version).toBe(1);
    expect(homeRead(await engine.storedProfile({ ...user, tenant: 'T2' }))).toEqual({ kind: 'none' });
  });

  it('shows gaps, picks, the plan and practice scores, escaping what the user typed', () => {
    const view = homeView({ kind: 'profile', profile: readProfile(PROFILE) }, names, NOW);
    const shown = text(view);
    expect(view.type).toBe('home');
    expect(shown).toContain('Hi &lt;!channel&gt; Ann, here is where your pivot stands.');
    // Dates as Slack dates, each reader's own form; no zone known here, so anchored at noon UTC.
    const date = (seconds: number, words: string) => `<!date^${seconds}^{date_long}|${words}>`;
    expect(shown).toContain(`*Skill gaps* for *Data analyst* (from the postings you pasted, ${date(1795176000, 'Friday 20 November 2026')})\\n1. Python\\n2. SQL`);
    expect(shown).toContain(
      `*Credential pick* (${date(1795262400, 'Saturday 21 November 2026')}): Google Data Analytics\\n1. Choose the credential (done on ${date(1795262400, 'Saturday 21 November 2026')})\\n2. Enrol (by ${date(1796126400, 'Tuesday 1 December 2026')})`,
    );
    expect(shown).toContain('*Interview practice*: 1 session, latest average *70/100*');
    expect(shown).toContain('22 Nov (1 q)  ███████░░░ 70/100');
  });

  it("names practice sessions by the person's own day, in words, the year said only for another year", () => {
    // 11:30 UTC on 6 December is the early hours of the 7th in Auckland; 04:00 UTC on the 7th is still the evening of the 6th in Los Angeles.
    const history = [
      { at: '2025-12-20T10:00:00.000Z', role: 'data-analyst', questions: [{ id: 'q1', score: 40, parts: { situation: 2, task: 2, action: 2, result: 2 } }], average: 40 },
      { at: '2026-12-06T11:30:00.000Z', role: 'data-analyst', questions: [{ id: 'q1', score: 70, parts: { situation: 3, task: 3, action: 4, result: 2 } }], average: 70 },
      { at: '2026-12-07T04:00:00.000Z', role: 'data-analyst', questions: [{ id: 'q1', score: 80, parts: { situation: 4, task: 4, action: 4, result: 3 } }], average: 80 },
    ];
    const rows = (timeZone?: string) => text(homeView({ kind: 'profile', profile: readProfile({ ...PROFILE, practiceHistory: history, ...(timeZone ? { timeZone } : {}) }) }, names, NOW));
    const auckland = rows('Pacific/Auckland');
    expect(auckland).toContain('20 Dec 2025 (1 q)  ████░░░░░░ 40/100\\n7 Dec       (1 q)  ███████░░░ 70/100\\n7 Dec       (1 q)  ████████░░ 80/100');
    const losAngeles = rows('America/Los_Angeles');
    expect(losAngeles).toContain('20 Dec 2025 (1 q)  ████░░░░░░ 40/100\\n6 Dec       (1 q)  ███████░░░ 70/100\\n6 Dec       (1 q)  ████████░░ 80/100');
    // No zone known: the UTC day, said the same way.
    expect(rows()).toContain('20 Dec 2025 (1 q)  ████░░░░░░ 40/100\\n6 Dec       (1 q)  ███████░░░ 70/100\\n7 Dec       (1 q)  ████████░░ 80/100');
    expect(auckland).not.toMatch(/\d{4}-\d{2}-\d{2} \(/);
  });

  it('says what will show there before anything is stored, and for parts not done yet', () => {
    expect(text(homeView({ kind: 'none' }, names))).toContain('Your gaps, picks, plan and practice scores will show here.');
    const partial = text(homeView({ kind: 'profile', profile: readProfile({ name: 'Ann', gapReport: { broken: true } }) }, names));
    expect(partial).toContain('*Skill gaps*\\n_Not yet._ Send me `gaps`');
    expect(partial).toContain('*Interview practice*\\n_Not yet._');
    expect(text(homeView({ kind: 'unreadable' }, names))).toContain("I can't read what I stored for you right now.");
  });
});
