import { describe, expect, it } from 'vitest';
import { checklistModal, readTicks } from '../adapters/slack/checklist-modal.js';
import { emptyFormErrors, formModal, promptAbove, readForm } from '../adapters/slack/modal.js';
import { SHARED, decodeModalMeta } from '../adapters/slack/owner.js';
import { LIMITS } from '../adapters/slack/render-blocks.js';

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

describe('the checklist modal', () => {
  const meta = { owner: SHARED, stepId: 'score', channel: 'C1', threadTs: '17.1', fieldIds: [] };

  it('checkboxes ten to a group, every group optional, labels within 75 characters, the step and thread in private_metadata', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ id: `item-${i}`, label: `Item ${i} ${'y'.repeat(150)}` }));
    const prompt = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'Ben, tick what you heard.' } }];
    const view = checklistModal({ prompt, items, meta });
    expect(view).toMatchObject({ type: 'modal', callback_id: 'pivot:checklist', submit: { text: 'Send' } });
    expect(decodeModalMeta(view.private_metadata)).toEqual(meta);
    expect(view.blocks[0]).toEqual(prompt[0]);
    const groups = view.blocks.slice(1) as { type: string; block_id: string; optional: boolean; label: { text: string }; element: { type: string; options: { text: { text: string }; value: string }[] } }[];
    expect(groups.map((g) => [g.type, g.block_id, g.optional, g.element.type, g.element.options.length])).toEqual([
      ['input', 'ticks:0', true, 'checkboxes', 10],
      ['input', 'ticks:1', true, 'checkboxes', 10],
      ['input', 'ticks:2', true, 'checkboxes', 5],
    ]);
    expect(groups.map((g) => g.label.text)).toEqual(['Tick all that apply', 'More (11-20)', 'More (21-25)']);
    const options = groups.flatMap((g) => g.element.options);
    expect(options.map((o) => o.value)).toEqual(items.map((item) => item.id));
    for (const option of options) expect(option.text.text.length).toBeLessThanOrEqual(LIMITS.optionText);
    expect(options[0]?.text).toEqual({ type: 'plain_text', text: `Item 0 ${'y'.repeat(67)}…`, emoji: true });
  });

  it('reads the ticks across the groups; nothing ticked is an empty list; a state that is not ours is nothing', () => {
    const state = {
      'ticks:0': { ticks: { type: 'checkboxes', selected_options: [{ value: 'a', text: { type: 'plain_text', text: 'A' } }, { value: 'c' }] } },
      'ticks:1': { ticks: { type: 'checkboxes', selected_options: [{ value: 'k' }] } },
      'ticks:2': { ticks: { type: 'checkboxes', selected_options: [] } },
      'field:other': { value: { type: 'plain_text_input', value: 'ignored' } },
    };
    expect(readTicks(state)).toEqual(['a', 'c', 'k']);
    expect(readTicks({ 'ticks:0': { ticks: { type: 'checkboxes', selected_options: [] } } })).toEqual([]);
    expect(readTicks({ 'ticks:0': { ticks: { type: 'checkboxes', selected_options: null } } })).toEqual([]);
    expect(readTicks('nonsense')).toBeUndefined();
    expect(readTicks({ 'ticks:0': { ticks: { selected_options: Array.from({ length: 26 }, (_, i) => ({ value: `v${i}` })) } } })).toBeUndefined();
  });
});
