import { describe, expect, it } from 'vitest';
import { emptyFormErrors, formModal, promptAbove, readForm } from '../adapters/slack/modal.js';
import { decodeModalMeta } from '../adapters/slack/owner.js';

const STAR = [
  { id: 'situation', label: 'Situation', placeholder: 'When and where it happened' },
  { id: 'task', label: 'Task' },
];

describe('the long-text form', () => {
  it('one multiline box per field, 3,000 characters each and said so, the owner in private_metadata', () => {
    const view = formModal({ prompt: [{ type: 'section', text: { type: 'mrkdwn', text: 'Tell me a story.' } }], fields: STAR, meta: { owner: 'U1', stepId: 'answer', channel: 'D1', fieldIds: ['situation', 'task'] } });
    expect(view).toMatchObject({ type: 'modal', callback_id: 'pivot:form', title: { text: 'Pivot Coach' }, submit: { text: 'Send' } });
    expect(decodeModalMeta(view.private_metadata)).toEqual({ owner: 'U1', stepId: 'answer', channel: 'D1', fieldIds: ['situation', 'task'] });
    expect(view.blocks[1]).toEqual({
      type: 'input',
      block_id: 'field:situation',
      optional: true,
      label: { type: 'plain_text', text: 'Situation', emoji: true },
      hint: { type: 'plain_text', text: 'Up to 3,000 characters (Slack limits a form box to that). Longer text? Close this and paste it as a message.', emoji: true },
      element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 3000, placeholder: { type: 'plain_text', text: 'When and where it happened', emoji: true } },
    });
    const single = formModal({ prompt: [], fields: [{ id: 'text', label: 'Job posting' }], meta: { owner: 'U1', stepId: 'postings', channel: 'D1', fieldIds: ['text'] } });
    expect(single.blocks[0]).toMatchObject({ optional: false });
  });

  it('reads the filled boxes only, and nothing when all are empty', () => {
    const values = { 'field:situation': { value: { type: 'plain_text_input', value: ' At a bank ' } }, 'field:task': { value: { type: 'plain_text_input', value: null } } };
    expect(readForm(values, ['situation', 'task'])).toEqual({ situation: 'At a bank' });
    expect(readForm({ 'field:task': { value: { value: '  ' } } }, ['situation', 'task'])).toBeUndefined();
    expect(readForm('nonsense', ['task'])).toBeUndefined();
    expect(emptyFormErrors(['situation', 'task'])).toEqual({ 'field:situation': 'Write something here, or close the form and type your answer as a message.' });
  });

  it('shows again the question above the clicked button', () => {
    const blocks = [
      { type: 'context', elements: [] },
      { type: 'section', block_id: 'a', text: { type: 'mrkdwn', text: 'Paste a posting.', verbatim: false } },
      { type: 'actions', block_id: 'pivot-form:0', elements: [] },
    ];
    expect(promptAbove(blocks, 'pivot-form:0')).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Paste a posting.' } }]);
    expect(promptAbove(undefined, 'x')).toEqual([]);
  });
});
