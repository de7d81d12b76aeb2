import { ComponentType, TextInputStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { FormMemory, buildModal } from '../adapters/discord/forms.js';
import { SHARED_OWNER, decodeAction } from '../adapters/discord/owner.js';

const OWNER = '1300000000000000042';
const STAR = [
  { id: 'situation', label: 'Situation', placeholder: 'When and where it happened' },
  { id: 'task', label: 'Task', placeholder: 'What you had to achieve' },
  { id: 'action', label: 'Action', placeholder: 'What you did yourself, step by step' },
  { id: 'result', label: 'Result', placeholder: 'What changed, with a number if you can' },
];
const formAction = { kind: 'form' as const, owner: OWNER, stepId: 'answer', fieldIds: STAR.map((f) => f.id) };

describe('the form behind "Open the form"', () => {
  it('uses the labels and placeholders offered to this member for this step', () => {
    const memory = new FormMemory();
    memory.remember(OWNER, [{ kind: 'long-text', stepId: 'answer', text: 'Tell me', fields: STAR }]);
    expect(memory.fieldsFor(formAction, OWNER)).toEqual(STAR);
  });

  it('makes labels from the ids after a restart, and one "Your answer" field when even those are missing', () => {
    const memory = new FormMemory();
    expect(memory.fieldsFor(formAction, OWNER).map((f) => f.label)).toEqual(['Situation', 'Task', 'Action', 'Result']);
    expect(memory.fieldsFor({ ...formAction, fieldIds: ['job-posting'] }, OWNER)).toEqual([{ id: 'job-posting', label: 'Job posting' }]);
    expect(memory.fieldsFor({ ...formAction, fieldIds: [] }, OWNER)).toEqual([{ id: 'text', label: 'Your answer' }]);
  });

  it("keeps each peer thread's forms apart: their components all carry the same shared owner", () => {
    const memory = new FormMemory();
    const shared = { ...formAction, owner: SHARED_OWNER };
    memory.remember('#1300000000000000301', [{ kind: 'long-text', stepId: 'answer', text: 'Tell us', fields: STAR }]);
    expect(memory.fieldsFor(shared, '#1300000000000000301')).toEqual(STAR);
    expect(memory.fieldsFor(shared, '#1300000000000000302')).toEqual(STAR.map(({ id, label }) => ({ id, label })));
  });

  it('forgets the oldest forms first', () => {
    const memory = new FormMemory(2);
    for (const step of ['a', 'b', 'c']) memory.remember(OWNER, [{ kind: 'long-text', stepId: step, text: 'x', fields: [{ id: 'text', label: `Label ${step}` }] }]);
    expect(memory.fieldsFor({ kind: 'form', owner: OWNER, stepId: 'a', fieldIds: ['text'] }, OWNER)[0]?.label).toBe('Your answer');
    expect(memory.fieldsFor({ kind: 'form', owner: OWNER, stepId: 'c', fieldIds: ['text'] }, OWNER)[0]?.label).toBe('Label c');
  });

  it('is a modal of paragraph inputs in Label components, up to five, within Discord limits', () => {
    const modal = buildModal(formAction, STAR);
    expect(decodeAction(modal.custom_id)).toEqual({ kind: 'modal', owner: OWNER, stepId: 'answer' });
    expect(modal.title).toBe('Your answer');
    expect(modal.components).toHaveLength(4);
    expect(modal.components[0]).toEqual({
      type: ComponentType.Label,
      label: 'Situation',
      component: { type: ComponentType.TextInput, custom_id: 'situation', style: TextInputStyle.Paragraph, max_length: 4000, required: false, placeholder: 'When and where it happened' },
    });
    const many = Array.from({ length: 7 }, (_, i) => ({ id: `f${i}`, label: `A label that is far too long for a modal field ${i}`, placeholder: 'p'.repeat(150) }));
    const big = buildModal(formAction, many);
    expect(big.components).toHaveLength(5);
    for (const component of big.components as { label: string; component: { placeholder: string } }[]) {
      expect(component.label.length).toBeLessThanOrEqual(45);
      expect(component.component.placeholder.length).toBeLessThanOrEqual(100);
    }
    const single = buildModal({ ...formAction, fieldIds: ['text'] }, [{ id: 'text', label: 'Job posting' }]);
    expect(single.title).toBe('Job posting');
    expect((single.components[0] as { component: { required: boolean } }).component.required).toBe(true);
  });
});
