import type { types } from '@slack/bolt';
import { z } from 'zod';
import { encodeModalMeta } from './owner.js';
import type { FormField, ModalMeta } from './owner.js';
import { plainText } from './render-blocks.js';
import type { Block } from './render-blocks.js';

export const FORM_CALLBACK = 'pivot:form';
/** Slack's cap on a plain_text_input; said in the hint so a long paste is not cut by surprise. */
export const INPUT_MAX_LENGTH = 3_000;
const FIELD_HINT = 'Up to 3,000 characters (Slack limits a form box to that). Longer text? Close this and paste it as a message.';
const MAX_PROMPT_BLOCKS = 10;
const fieldBlockId = (id: string) => `field:${id}`;

/** Every modal of the coach: the question it answers on top, its inputs, and what it remembers until submitted. */
export function modalView(options: { callbackId: string; prompt: Block[]; inputs: Block[]; meta: ModalMeta }): types.ModalView {
  return {
    type: 'modal',
    callback_id: options.callbackId,
    private_metadata: encodeModalMeta(options.meta),
    title: plainText('Pivot Coach', 24),
    submit: plainText('Send', 24),
    close: plainText('Cancel', 24),
    blocks: [...options.prompt.slice(0, MAX_PROMPT_BLOCKS), ...options.inputs],
  };
}

/**
 * The long-text form: the question on top, then one multiline box per field. With several
 * fields (the four STAR parts) each may stay empty, so that a missing part is something the
 * feedback can point out; one field is required.
 */
export function formModal(options: { prompt: Block[]; fields: FormField[]; meta: ModalMeta }): types.ModalView {
  const { prompt, fields, meta } = options;
  const inputs: Block[] = fields.map((field) => ({
    type: 'input',
    block_id: fieldBlockId(field.id),
    optional: fields.length > 1,
    label: plainText(field.label, 2_000),
    hint: plainText(FIELD_HINT, 2_000),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: true,
      max_length: INPUT_MAX_LENGTH,
      ...(field.placeholder ? { placeholder: plainText(field.placeholder, 150) } : {}),
    },
  }));
  return modalView({ callbackId: FORM_CALLBACK, prompt, inputs, meta });
}

const sectionBlock = z.object({ type: z.literal('section'), block_id: z.string().optional(), text: z.object({ type: z.literal('mrkdwn'), text: z.string() }) });

/**
 * The question above a clicked form button, taken from the message Slack sent back with the
 * click: it is text this app wrote (already escaped), so it is shown again as it was.
 */
export function promptAbove(messageBlocks: unknown[] | undefined, buttonBlockId: string): Block[] {
  if (!messageBlocks) return [];
  const at = messageBlocks.findIndex((block) => (block as { block_id?: unknown }).block_id === buttonBlockId);
  const prompt: Block[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const parsed = sectionBlock.safeParse(messageBlocks[i]);
    if (!parsed.success) break;
    prompt.unshift({ type: 'section', text: { type: 'mrkdwn', text: parsed.data.text.text } });
  }
  return prompt;
}

const stateValues = z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }).loose()));

/** The submitted boxes that hold something, by field id; undefined when all are empty. */
export function readForm(values: unknown, fieldIds: string[]): Record<string, string> | undefined {
  const parsed = stateValues.safeParse(values);
  if (!parsed.success) return undefined;
  const fields: Record<string, string> = {};
  for (const id of fieldIds) {
    const value = parsed.data[fieldBlockId(id)]?.value?.value?.trim();
    if (value) fields[id] = value;
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** The inline error Slack shows under the first box when the whole form came back empty. */
export function emptyFormErrors(fieldIds: string[]): Record<string, string> {
  return { [fieldBlockId(fieldIds[0] ?? 'text')]: 'Write something here, or close the form and type your answer as a message.' };
}
