import { describe, expect, it } from 'vitest';
import { STORE_DOWN_REPLY } from '../../src/engine/replies.js';
import { NONE, failures, verdict } from '../support/fault-ledger.js';
import type { Observed, Shown } from '../support/fault-ledger.js';

/**
 * The counts every fault scenario is judged by, on hand-made observations: each one must see
 * the fault it is named for, so that a scenario's zeros mean something.
 */

const sent = [
  { eventId: 'ev:E1', text: 'hi' },
  { eventId: 'ev:E2', text: 'Maria' },
];
const saidDown = STORE_DOWN_REPLY.kind === 'text' ? STORE_DOWN_REPLY.text : '';
const shown = (...ids: string[]): Shown[] => ids.map((replyId) => ({ replyId, text: `reply ${replyId}` }));
const seen = (over: Partial<Observed>): Observed => ({ sent, shown: [], waiting: [], landed: new Set(['ev:E1', 'ev:E2']), before: 'none', after: 'welcome/topic', ...over });

describe('fault verdict', () => {
  it('finds nothing wrong when each reply arrived once, in order', () => {
    const row = verdict('clean', seen({ shown: shown('ev:E1#0', 'ev:E1#1', 'ev:E2#0') }));
    expect(failures(row)).toEqual(NONE);
    expect(row.maxCopies).toBe(1);
    expect(row.advanced).toBe(true);
    expect(row.userSaw).toBe('hi → "reply ev:E1#0" +1; Maria → "reply ev:E2#0"');
  });

  it('counts a reply shown twice', () => {
    const row = verdict('twice', seen({ shown: shown('ev:E1#0', 'ev:E1#0', 'ev:E2#0') }));
    expect(row.duplicates).toBe(1);
    expect(row.maxCopies).toBe(2);
  });

  it('counts a reply shown after one that was due later, across turns and within one', () => {
    expect(verdict('turns', seen({ shown: shown('ev:E2#0', 'ev:E1#0') })).outOfOrder).toBe(1);
    expect(verdict('parts', seen({ shown: shown('ev:E1#1', 'ev:E1#0', 'ev:E2#0') })).outOfOrder).toBe(1);
    expect(verdict('discord parts', seen({ shown: shown('ev:E1@2#0', 'ev:E1@0#1', 'ev:E2#0') })).outOfOrder).toBe(1);
  });

  it('counts a landed turn whose replies neither arrived nor wait, and a gap in a turn', () => {
    expect(verdict('gone', seen({ shown: shown('ev:E1#0') })).lost).toBe(1);
    expect(verdict('gap', seen({ shown: shown('ev:E1#0', 'ev:E1#2', 'ev:E2#0') })).lost).toBe(1);
  });

  it('does not count replies still waiting in the outbox, a whole turn waiting, or a turn that never landed', () => {
    expect(verdict('waiting', seen({ shown: shown('ev:E1#0'), waiting: ['ev:E2#0'] })).lost).toBe(0);
    expect(verdict('turn waiting', seen({ shown: shown('ev:E1#0'), waiting: ['ev:E2#turn'] })).lost).toBe(0);
    expect(verdict('not landed', seen({ shown: shown('ev:E1#0'), landed: new Set(['ev:E1']) })).lost).toBe(0);
  });

  it('counts "nothing has changed" only for a turn whose write landed', () => {
    const down = [{ replyId: 'ev:E2#0', text: saidDown }];
    expect(verdict('false', seen({ shown: [...shown('ev:E1#0'), ...down] })).falseNothingChanged).toBe(1);
    expect(verdict('true', seen({ shown: [...shown('ev:E1#0'), ...down], landed: new Set(['ev:E1']) })).falseNothingChanged).toBe(0);
  });
});
