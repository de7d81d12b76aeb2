import { z } from 'zod';

/**
 * What a component's custom_id carries: the member whose session it belongs to (so that a click by
 * anyone else is refused without touching any session), the step it was drawn for (so that the
 * engine can refuse a click on an older question), and what was picked. Discord gives it back
 * verbatim on every click; it is capped at 100 characters.
 *
 * Format: `pc1|<verb>|<owner>|<step>|<rest>`. The step is escaped so that it never holds "|";
 * the rest (a choice id) is everything after the fourth "|", so it needs no escaping.
 */
export const MAX_CUSTOM_ID = 100;
const PREFIX = 'pc1';

/**
 * The owner of components drawn in a peer thread: its conversation, not one member. Any member's
 * click reaches the engine, which knows whose turn each step is. No snowflake is "#".
 */
export const SHARED_OWNER = '#';

export type Action =
  /** A button for one choice. */
  | { kind: 'choice'; owner: string; stepId?: string; choiceId: string }
  /** A select of choices; `part` tells apart the selects of one long list (custom ids must be unique). */
  | { kind: 'select'; owner: string; stepId?: string; part: number }
  /** "Open the form": the field ids travel along in case the form's labels are no longer remembered. */
  | { kind: 'form'; owner: string; stepId?: string; fieldIds: string[] }
  /** The modal that button opens. */
  | { kind: 'modal'; owner: string; stepId?: string }
  /** A multi-select for a checklist: its values are the ticked items. */
  | { kind: 'checklist'; owner: string; stepId?: string }
  /** The disabled marker left on a message once it was answered. */
  | { kind: 'done'; owner: string };

const VERBS = { choice: 'c', select: 's', form: 'f', modal: 'm', checklist: 'k', done: 'x' } as const;
const KINDS = Object.fromEntries(Object.entries(VERBS).map(([kind, verb]) => [verb, kind])) as Record<string, Action['kind']>;

const ownerSchema = z.union([z.string().regex(/^\d{15,21}$/), z.literal(SHARED_OWNER)]);

const escape = (part: string) => part.replace(/%/g, '%25').replace(/\|/g, '%7C').replace(/,/g, '%2C');
const unescape = (part: string) => part.replace(/%7C/gi, '|').replace(/%2C/gi, ',').replace(/%25/g, '%');

function rest(action: Action): string {
  switch (action.kind) {
    case 'choice':
      return action.choiceId;
    case 'select':
      return String(action.part);
    case 'form':
      return action.fieldIds.map(escape).join(',');
    case 'modal':
    case 'checklist':
    case 'done':
      return '';
  }
}

const build = (action: Action, step: string, tail: string) => `${PREFIX}|${VERBS[action.kind]}|${action.owner}|${step}|${tail}`;

/**
 * The custom_id for an action, or undefined when it cannot fit in 100 characters even after
 * dropping what can be dropped: a form's field ids first, then the step (the engine then accepts
 * the answer for whatever the current step is). A choice button drops nothing: the caller draws
 * a select instead, whose option values hold a choice id of up to 100 characters on their own.
 */
export function encodeAction(action: Action): string | undefined {
  const step = 'stepId' in action && action.stepId !== undefined ? escape(action.stepId) : '';
  const tail = rest(action);
  const candidates = [build(action, step, tail)];
  if (action.kind === 'form') candidates.push(build(action, step, ''), build(action, '', ''));
  else if (action.kind !== 'choice') candidates.push(build(action, '', tail));
  return candidates.find((candidate) => candidate.length <= MAX_CUSTOM_ID);
}

/** The action a custom_id stands for, or undefined for one this coach did not make. */
export function decodeAction(customId: string): Action | undefined {
  const parts = customId.split('|');
  if (parts.length < 5 || parts[0] !== PREFIX) return undefined;
  const kind = KINDS[parts[1] ?? ''];
  const owner = ownerSchema.safeParse(parts[2]);
  if (!kind || !owner.success) return undefined;
  const stepId = parts[3] ? unescape(parts[3]) : undefined;
  const tail = parts.slice(4).join('|');
  const withStep = stepId === undefined ? {} : { stepId };
  switch (kind) {
    case 'choice':
      return tail ? { kind, owner: owner.data, ...withStep, choiceId: tail } : undefined;
    case 'select':
      return { kind, owner: owner.data, ...withStep, part: Number.parseInt(tail, 10) || 0 };
    case 'form':
      return { kind, owner: owner.data, ...withStep, fieldIds: tail ? tail.split(',').map(unescape) : [] };
    case 'modal':
    case 'checklist':
      return { kind, owner: owner.data, ...withStep };
    case 'done':
      return { kind, owner: owner.data };
  }
}
