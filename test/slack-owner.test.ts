import { describe, expect, it } from 'vitest';
import {
  decodeChoice,
  decodeForm,
  decodeModalMeta,
  decodeQuestionBlock,
  encodeChoice,
  encodeForm,
  encodeModalMeta,
  encodeQuestionBlock,
} from '../adapters/slack/owner.js';

describe('session owner in controls', () => {
  it('round-trips a button value, a question block, a form and modal metadata', () => {
    expect(decodeChoice(encodeChoice({ owner: 'U1', stepId: 'first', choiceId: 'gap-interview' }))).toEqual({ owner: 'U1', stepId: 'first', choiceId: 'gap-interview' });
    expect(decodeQuestionBlock(encodeQuestionBlock(3, 'W0ABC', '$menu'))).toEqual({ owner: 'W0ABC', stepId: '$menu' });
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
});
