import { describe, expect, it } from 'vitest';
import {
  SHARED,
  decodeChecklist,
  decodeChoice,
  decodeForm,
  decodeModalMeta,
  decodeQuestionBlock,
  encodeChecklist,
  encodeChoice,
  encodeForm,
  encodeModalMeta,
  encodeQuestionBlock,
  awaitedOther,
  mayUse,
} from '../adapters/slack/owner.js';

describe('session owner in controls', () => {
  it('round-trips a button value, a question block, a form and modal metadata', () => {
    expect(decodeChoice(encodeChoice({ owner: 'U1', stepId: 'first', choiceId: 'gap-interview' }))).toEqual({ owner: 'U1', stepId: 'first', choiceId: 'gap-interview' });
    expect(decodeQuestionBlock(encodeQuestionBlock(3, { owner: 'W0ABC', stepId: '$menu' }))).toEqual({ owner: 'W0ABC', stepId: '$menu' });
    const fields = [{ id: 'situation', label: 'Situation', placeholder: 'When' }, { id: 'task', label: 'Task' }];
    expect(decodeForm(encodeForm({ owner: 'U1', stepId: 'answer', fields }))).toEqual({ owner: 'U1', stepId: 'answer', fields });
    const meta = { owner: 'U1', stepId: 'postings', channel: 'C1', threadTs: '1.2', fieldIds: ['text'] };
    expect(decodeModalMeta(encodeModalMeta(meta))).toEqual(meta);
    expect(decodeModalMeta(encodeModalMeta({ ...meta, threadTs: undefined }))).toEqual({ owner: 'U1', stepId: 'postings', channel: 'C1', fieldIds: ['text'] });
  });

  it('refuses values that are not ours', () => {
    for (const raw of [undefined, '', 'yes', '{"o":"U1"}', '{"o":"not a user","s":"a","c":"b"}', '{"o":"U1","s":"","c":"b"}', '[1,2]', '{"o":"U1","s":"a","c":"' + 'x'.repeat(101) + '"}']) {
      expect(decodeChoice(raw)).toBeUndefined();
    }
    expect(decodeQuestionBlock('pivot-form:0')).toBeUndefined();
    expect(decodeForm('{"o":"U1","s":"a","f":[]}')).toBeUndefined();
    expect(decodeModalMeta('{}')).toBeUndefined();
  });

  it("a shared conversation's controls carry the shared marker, which anyone may use; a user's stay theirs", () => {
    expect(decodeChoice(encodeChoice({ owner: SHARED, stepId: 'answerer', choiceId: 'claim' }))).toEqual({ owner: SHARED, stepId: 'answerer', choiceId: 'claim' });
    expect(decodeQuestionBlock(encodeQuestionBlock(0, { owner: SHARED, stepId: 'role' }))).toEqual({ owner: SHARED, stepId: 'role' });
    expect(decodeForm(encodeForm({ owner: SHARED, stepId: 'answer', fields: [{ id: 'situation', label: 'Situation' }] }))?.owner).toBe(SHARED);
    const meta = { owner: SHARED, stepId: 'answer', channel: 'C1', threadTs: '1.2', fieldIds: ['situation'] };
    expect(decodeModalMeta(encodeModalMeta(meta))).toEqual(meta);
    expect(mayUse(SHARED, 'U1')).toBe(true);
    expect(mayUse(SHARED, 'U2')).toBe(true);
    expect(mayUse('U1', 'U1')).toBe(true);
    expect(mayUse('U1', 'U2')).toBe(false);
    // Only the exact marker: anything else that is not a user id is refused.
    for (const owner of ['**', 'shared', '', 'C123']) expect(decodeChoice(JSON.stringify({ o: owner, s: 'a', c: 'b' }))).toBeUndefined();
  });

  it('round-trips a checklist button and the modal metadata of a checklist, which has no fields', () => {
    const items = [
      { id: 'real-event', label: 'One real, specific time' },
      { id: 'i-not-we', label: 'Said "I", not "we"' },
    ];
    expect(decodeChecklist(encodeChecklist({ owner: SHARED, stepId: 'score', items }))).toEqual({ owner: SHARED, stepId: 'score', items });
    const meta = { owner: SHARED, stepId: 'score', channel: 'C1', threadTs: '1.2', fieldIds: [] };
    expect(encodeModalMeta(meta)).toBe('{"o":"*","s":"score","c":"C1","t":"1.2"}');
    expect(decodeModalMeta(encodeModalMeta(meta))).toEqual(meta);
    expect(decodeChecklist('{"o":"*","s":"score","i":[]}')).toBeUndefined();
    expect(decodeChecklist(JSON.stringify({ o: '*', s: 'score', i: [['a', 'x'.repeat(76)]] }))).toBeUndefined();
    expect(decodeChecklist(JSON.stringify({ o: '*', s: 'score', i: Array.from({ length: 26 }, (_, i) => [`i${i}`, 'x']) }))).toBeUndefined();
  });

  it('round-trips the member a shared question waits for, with or without a name, in every control', () => {
    const ana = { id: 'UANA', name: 'Ana "the" <b>' };
    const ben = { id: 'UBEN' };
    expect(decodeChoice(encodeChoice({ owner: SHARED, stepId: 'go', awaits: ana, choiceId: 'yes' }))).toEqual({ owner: SHARED, stepId: 'go', awaits: ana, choiceId: 'yes' });
    expect(encodeChoice({ owner: SHARED, stepId: 'go', awaits: ben, choiceId: 'yes' })).toBe('{"o":"*","s":"go","w":["UBEN"],"c":"yes"}');
    expect(decodeQuestionBlock(encodeQuestionBlock(1, { owner: SHARED, stepId: 'role', awaits: ben }))).toEqual({ owner: SHARED, stepId: 'role', awaits: ben });
    const fields = [{ id: 'situation', label: 'Situation' }];
    expect(decodeForm(encodeForm({ owner: SHARED, stepId: 'answer', awaits: ana, fields }))).toEqual({ owner: SHARED, stepId: 'answer', awaits: ana, fields });
    const items = [{ id: 'real-event', label: 'One real, specific time' }];
    expect(decodeChecklist(encodeChecklist({ owner: SHARED, stepId: 'score', awaits: ben, items }))).toEqual({ owner: SHARED, stepId: 'score', awaits: ben, items });
    // A name longer than any the adapter gives is shortened, so that the control still decodes.
    const long = decodeChoice(encodeChoice({ owner: SHARED, stepId: 'go', awaits: { id: 'UANA', name: 'a'.repeat(200) }, choiceId: 'yes' }));
    expect(long?.awaits?.name).toHaveLength(80);
    for (const w of [[], [''], ['UANA', ''], 'UANA', ['UANA', 'x'.repeat(81)]]) expect(decodeChoice(JSON.stringify({ o: '*', s: 'a', w, c: 'b' }))).toBeUndefined();
  });

  it("a menu's block id stays within Slack's 255 characters: past that it leaves the awaited member to the engine", () => {
    const control = { owner: SHARED, stepId: 's'.repeat(100), awaits: { id: 'UANA', name: '"'.repeat(80) } };
    const blockId = encodeQuestionBlock(12, control);
    expect(blockId.length).toBeLessThanOrEqual(255);
    expect(decodeQuestionBlock(blockId)).toEqual({ owner: SHARED, stepId: control.stepId });
  });

  it('names the awaited member only for someone else', () => {
    const control = { owner: SHARED, stepId: 'answer', awaits: { id: 'UANA', name: 'ana' } };
    expect(awaitedOther(control, 'UCAI')).toEqual({ id: 'UANA', name: 'ana' });
    expect(awaitedOther(control, 'UANA')).toBeUndefined();
    expect(awaitedOther({ owner: SHARED, stepId: 'answerer' }, 'UCAI')).toBeUndefined();
  });
});
