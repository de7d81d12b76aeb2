import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { createFlowRegistry } from '../flows/index.js';
import { newStats, walkProperty } from './support/flow-walk.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

/**
 * A bounded run of the random walks (test/support/flow-walk.ts): a fixed seed, so `npm test` gives
 * the same walks every time; `npm run fuzz` runs new seeds, many more walks and longer ones. A
 * failing walk is reported as it ran, not shrunk (that takes minutes):
 * `npm run fuzz -- --turns 60 --seed <seed> --path <path>` shrinks it to the acts that matter.
 */
const SEED = 20_261_207;
const WALKS = 25;
const ACTS = 60;

describe('random walks through every flow and command', () => {
  it('never throw, always answer, save, resume on a fresh engine, and go back to the same place', async () => {
    const stats = newStats();
    await fc.assert(walkProperty(data, ACTS, stats), { seed: SEED, numRuns: WALKS, endOnFailure: true });
    // The plausible answers take walks deep: to the picks, practice feedback and a peer's checklist.
    for (const step of ['credential-pick/choose', 'interview-practice/after', 'peer-practice/score']) expect(stats.reached.get(step) ?? 0).toBeGreaterThan(0);
  });

  it('never leave a question without a way forward: every re-ask gives an example or a word to say', () => {
    const coach = createFlowRegistry(data);
    const flows = [coach, coach.shared].flatMap((registry) => [...(registry?.menu ?? []).map((c) => registry?.get(c.id)), registry?.entry]);
    const steps = [...new Set(flows)].flatMap((flow) => (flow ? flow.steps.map((step) => ({ at: `${flow.id}/${step.id}`, reask: step.reask })) : []));
    expect(steps.length).toBeGreaterThan(20);
    for (const { at, reask } of steps) expect({ at, forward: /for example|`[^`]+`/.test(reask) }).toEqual({ at, forward: true });
  });
});
