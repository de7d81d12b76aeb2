import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_ID, SHARED_OWNER, decodeAction, encodeAction } from '../adapters/discord/owner.js';
import type { Action } from '../adapters/discord/owner.js';

const OWNER = '1300000000000000042';

describe('custom_id encoding', () => {
  it.each<Action>([
    { kind: 'choice', owner: OWNER, stepId: 'first', choiceId: 'gap-interview' },
    { kind: 'choice', owner: OWNER, stepId: '$forget', choiceId: 'yes' },
    { kind: 'choice', owner: OWNER, stepId: 'choose', choiceId: 'why:google-data|analytics' },
    { kind: 'choice', owner: OWNER, stepId: 'a|b%2C,c', choiceId: 'x' },
    { kind: 'select', owner: OWNER, stepId: 'choose', part: 3 },
    { kind: 'form', owner: OWNER, stepId: 'answer', fieldIds: ['situation', 'task', 'action', 'result'] },
    { kind: 'form', owner: OWNER, stepId: 'postings', fieldIds: ['a,b', 'c|d'] },
    { kind: 'modal', owner: OWNER, stepId: 'postings' },
    { kind: 'done', owner: OWNER },
    { kind: 'checklist', owner: OWNER, stepId: 'score' },
    { kind: 'checklist', owner: SHARED_OWNER, stepId: 'score' },
    { kind: 'choice', owner: SHARED_OWNER, stepId: 'answerer', choiceId: 'claim' },
    { kind: 'form', owner: SHARED_OWNER, stepId: 'answer', fieldIds: ['situation', 'task', 'action', 'result'] },
    { kind: 'modal', owner: SHARED_OWNER, stepId: 'answer' },
    { kind: 'done', owner: SHARED_OWNER },
  ])('round-trips %j', (action) => {
    const id = encodeAction(action) as string;
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
    expect(decodeAction(id)).toEqual(action);
  });

  it('drops the field ids of a form first, then the step, to stay within 100 characters', () => {
    const fieldIds = Array.from({ length: 5 }, (_, i) => `a-rather-long-field-id-${i}`);
    const withoutIds = decodeAction(encodeAction({ kind: 'form', owner: OWNER, stepId: 'answer', fieldIds }) as string);
    expect(withoutIds).toEqual({ kind: 'form', owner: OWNER, stepId: 'answer', fieldIds: [] });
    const longStep = 's'.repeat(90);
    expect(decodeAction(encodeAction({ kind: 'select', owner: OWNER, stepId: longStep, part: 0 }) as string)).toEqual({ kind: 'select', owner: OWNER, part: 0 });
  });

  it("marks a peer thread's components as the conversation's, apart from any member's", () => {
    expect(encodeAction({ kind: 'choice', owner: SHARED_OWNER, stepId: 'scorer', choiceId: 'claim' })).toBe('pc1|c|#|scorer|claim');
    expect(encodeAction({ kind: 'checklist', owner: SHARED_OWNER, stepId: 'score' })).toBe('pc1|k|#|score|');
    // A checklist keeps its select even when its step id is too long to travel along.
    expect(decodeAction(encodeAction({ kind: 'checklist', owner: OWNER, stepId: 's'.repeat(90) }) as string)).toEqual({ kind: 'checklist', owner: OWNER });
  });

  it('refuses a button whose choice id cannot fit (the renderer draws a select instead)', () => {
    expect(encodeAction({ kind: 'choice', owner: OWNER, stepId: 'choose', choiceId: 'x'.repeat(80) })).toBeUndefined();
  });

  it.each(['', 'hello', 'pc1|c|not-an-id|step|x', 'pc1|c|##|step|x', 'pc1|k||score|', 'pc1|c|*|step|x', 'pc1|z|1300000000000000042|step|x', 'pc2|c|1300000000000000042|s|x', 'pc1|c|1300000000000000042|step|'])(
    'does not read %j as one of ours',
    (customId) => {
      expect(decodeAction(customId)).toBeUndefined();
    },
  );
});
