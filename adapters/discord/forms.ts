import { ComponentType, TextInputStyle } from 'discord.js';
import { setBounded } from '../../src/engine/bounded-map.js';
import type { APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Reply } from '../../src/engine/reply.js';
import { LIMITS, truncate } from './limits.js';
import { encodeAction } from './owner.js';
import type { Action } from './owner.js';

export interface FormField {
  id: string;
  label: string;
  placeholder?: string;
}

type FormAction = Extract<Action, { kind: 'form' }>;

const VALID_ID = (id: string) => id.length >= 1 && id.length <= LIMITS.customId;
const FALLBACK: FormField[] = [{ id: 'text', label: 'Your answer' }];

/** "job-posting" → "Job posting": a label from a field id, for when the real one is not remembered. */
function labelOf(id: string): string {
  if (id === 'text') return 'Your answer';
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? `${words[0]?.toUpperCase()}${words.slice(1)}` : 'Your answer';
}

/**
 * The labels and placeholders of the forms this process has offered, by party (a member, or a
 * peer thread) and step.
 * A click on "Open the form" carries only ids (custom_id holds 100 characters), and the modal must
 * open at once (no engine turn fits in Discord's 3 seconds before it). After a restart the labels
 * are made from the ids. Bounded: the oldest entries go first.
 */
export class FormMemory {
  private readonly forms = new Map<string, FormField[]>();

  constructor(private readonly max = 10_000) {}

  remember(party: string, replies: readonly Reply[]): void {
    for (const reply of replies) {
      if (reply.kind !== 'long-text') continue;
      const key = `${party}|${reply.stepId}`;
      setBounded(this.forms, key, reply.fields.map(({ id, label, placeholder }) => (placeholder ? { id, label, placeholder } : { id, label })), this.max);
    }
  }

  /** The fields for a form button: as offered when remembered, else from the ids it carries. */
  fieldsFor(action: FormAction, party: string): FormField[] {
    const remembered = this.forms.get(`${party}|${action.stepId ?? ''}`);
    const sameIds = remembered && (action.fieldIds.length === 0 || remembered.map((f) => f.id).join('\n') === action.fieldIds.join('\n'));
    const fields = sameIds ? remembered : action.fieldIds.map((id) => ({ id, label: labelOf(id) }));
    const usable = fields.length > 0 && fields.every((field) => VALID_ID(field.id)) && new Set(fields.map((f) => f.id)).size === fields.length;
    return usable ? fields : FALLBACK;
  }
}

/**
 * The modal for a form: one paragraph input per field (five at most, 4,000 characters each),
 * each in a Label component. A single field is required; of several (the four STAR parts) any
 * may stay empty, and the engine says so if all do.
 */
export function buildModal(action: FormAction, fields: readonly FormField[]): APIModalInteractionResponseCallbackData {
  const shown = fields.slice(0, LIMITS.modalInputs);
  const customId = encodeAction({ kind: 'modal', owner: action.owner, ...(action.stepId !== undefined ? { stepId: action.stepId } : {}) }) as string;
  return {
    custom_id: customId,
    title: truncate(shown.length === 1 ? (shown[0]?.label ?? 'Your answer') : 'Your answer', LIMITS.modalTitle),
    components: shown.map((field) => ({
      type: ComponentType.Label,
      label: truncate(field.label, LIMITS.inputLabel),
      component: {
        type: ComponentType.TextInput,
        custom_id: field.id,
        style: TextInputStyle.Paragraph,
        max_length: LIMITS.inputValue,
        required: shown.length === 1,
        ...(field.placeholder ? { placeholder: truncate(field.placeholder, LIMITS.inputPlaceholder) } : {}),
      },
    })),
  };
}
