import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_ID, SHARED_OWNER, decodeAction, encodeAction, ownerFor, readOwner } from '../adapters/discord/owner.js';
import type { Action } from '../adapters/discord/owner.js';

const OWNER = '1300000000000000042';
/** A peer thread's component for a step that waits for OWNER. */
const AWAITING = `#${OWNER}`;

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
    { kind: 'form', owner: AWAITING, stepId: 'answer', fieldIds: ['situation', 'task', 'action', 'result'] },
    { kind: 'modal', owner: AWAITING, stepId: 'answer' },
    { kind: 'checklist', owner: AWAITING, stepId: 'score' },
    { kind: 'choice', owner: AWAITING, stepId: 'ready', choiceId: 'x'.repeat(60) },
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

  it('names the member a peer thread\'s step waits for, and leaves claims and members\' own components as they were', () => {
    expect(ownerFor(SHARED_OWNER, { id: OWNER, name: 'Ana' })).toBe(AWAITING);
    expect(ownerFor(SHARED_OWNER, undefined)).toBe(SHARED_OWNER);
    expect(ownerFor('1300000000000000043', { id: OWNER })).toBe('1300000000000000043');
    expect(readOwner(AWAITING)).toEqual({ shared: true, member: OWNER });
    expect(readOwner(SHARED_OWNER)).toEqual({ shared: true });
    expect(readOwner(OWNER)).toEqual({ shared: false, member: OWNER });
    // The longest: a 21-digit id after "#" still leaves a STAR form its step.
    const longest = encodeAction({ kind: 'form', owner: `#${'9'.repeat(21)}`, stepId: 'answer', fieldIds: ['situation', 'task', 'action', 'result'] }) as string;
    expect(longest.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
    expect(decodeAction(longest)).toMatchObject({ owner: `#${'9'.repeat(21)}`, stepId: 'answer' });
  });

  it('refuses a button whose choice id cannot fit (the renderer draws a select instead)', () => {
    expect(encodeAction({ kind: 'choice', owner: OWNER, stepId: 'choose', choiceId: 'x'.repeat(80) })).toBeUndefined();
  });

  it.each(['', 'hello', 'pc1|c|not-an-id|step|x', 'pc1|c|##|step|x', 'pc1|c|#12345|step|x', 'pc1|c|#ana|step|x', 'pc1|c|1300000000000000042#|step|x', 'pc1|k||score|', 'pc1|c|*|step|x', 'pc1|z|1300000000000000042|step|x', 'pc2|c|1300000000000000042|s|x', 'pc1|c|1300000000000000042|step|'])(
    'does not read %j as one of ours',
    (customId) => {
      expect(decodeAction(customId)).toBeUndefined();
    },
  );
});
