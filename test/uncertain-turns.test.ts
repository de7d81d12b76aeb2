import { describe, expect, it } from 'vitest';
import type { Inbound } from '../src/engine/inbound.js';
import { REPEAT_WINDOW_MS, UncertainTurns } from '../src/engine/uncertain-turns.js';

const origin = { platform: 'slack', tenant: 'T1', conversation: 'D1', user: 'U1', scope: 'user' as const };
const text = (t: string, eventId = 'e2'): Inbound => ({ kind: 'text', ...origin, eventId, text: t });

describe('UncertainTurns: which message repeats an uncertain turn', () => {
  it('matches the same text (case and spaces aside) right after, once, with every uncertain event id', () => {
    const turns = new UncertainTurns();
    turns.remember('u1', text('Ten  hours', 'e1'), ['e0', 'e1'], 1_000);
    expect(turns.take('u1', text(' ten hours '), 2_000)).toEqual(['e0', 'e1']);
    // Taken: the message after it is an ordinary one again.
    expect(turns.take('u1', text('ten hours'), 3_000)).toBeUndefined();
  });

  it('does not match another text, another person, a click, or a repeat after the window; any next message ends the record', () => {
    const turns = new UncertainTurns();
    turns.remember('u1', text('12', 'e1'), ['e1'], 0);
    expect(turns.take('u2', text('12'), 1)).toBeUndefined();
    expect(turns.take('u1', text('13'), 1)).toBeUndefined();
    expect(turns.take('u1', text('12'), 2)).toBeUndefined();
    turns.remember('u1', text('12', 'e1'), ['e1'], 0);
    expect(turns.take('u1', { kind: 'choice', ...origin, eventId: 'e3', stepId: 's', choiceId: '12' }, 1)).toBeUndefined();
    turns.remember('u1', text('12', 'e1'), ['e1'], 0);
    expect(turns.take('u1', text('12'), REPEAT_WINDOW_MS + 1)).toBeUndefined();
  });
});
