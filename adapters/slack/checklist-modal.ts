import type { types } from '@slack/bolt';
import { z } from 'zod';
import { modalView } from './modal.js';
import type { ChecklistItem, ModalMeta } from './owner.js';
import { LIMITS, plainText } from './render-blocks.js';
import type { Block } from './render-blocks.js';

/**
 * The checklist's modal: the items as checkboxes, ten to a group (Block Kit's most for one
 * checkboxes element), every group optional because ticking nothing is an answer too.
 */

export const CHECKLIST_CALLBACK = 'pivot:checklist';
const TICKS_ACTION = 'ticks';
const GROUP_BLOCK = /^ticks:\d+$/;
const groupBlockId = (group: number) => `ticks:${group}`;
/** A checklist has at most 25 items, and the engine takes no more ticks than that. */
const MAX_TICKS = 25;

export function checklistModal(options: { prompt: Block[]; items: readonly ChecklistItem[]; meta: ModalMeta }): types.ModalView {
  const { items } = options;
  const inputs: Block[] = [];
  for (let from = 0; from < items.length; from += LIMITS.optionsPerCheckboxes) {
    const group = items.slice(from, from + LIMITS.optionsPerCheckboxes);
    const numbers = group.length === 1 ? `${from + 1}` : `${from + 1}-${from + group.length}`;
    inputs.push({
      type: 'input',
      block_id: groupBlockId(inputs.length),
      optional: true,
      label: plainText(from === 0 ? 'Tick all that apply' : `More (${numbers})`, 2_000),
      element: {
        type: 'checkboxes',
        action_id: TICKS_ACTION,
        options: group.map((item) => ({ text: plainText(item.label, LIMITS.optionText), value: item.id })),
      },
    });
  }
  return modalView({ callbackId: CHECKLIST_CALLBACK, prompt: options.prompt, inputs, meta: options.meta });
}

const ticked = z.object({ selected_options: z.array(z.object({ value: z.string().min(1).max(150) }).loose()).nullish() }).loose();
const stateValues = z.record(z.string(), z.record(z.string(), ticked));

/** The ticked items' ids, across the groups (empty when nothing was ticked); undefined when the state is not this modal's. */
export function readTicks(values: unknown): string[] | undefined {
  const parsed = stateValues.safeParse(values);
  if (!parsed.success) return undefined;
  const ids = Object.entries(parsed.data)
    .filter(([blockId]) => GROUP_BLOCK.test(blockId))
    .flatMap(([, actions]) => actions[TICKS_ACTION]?.selected_options?.map((option) => option.value) ?? []);
  return ids.length <= MAX_TICKS ? ids : undefined;
}
