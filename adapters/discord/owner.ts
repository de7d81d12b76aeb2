import { z } from 'zod';
import type { Awaits } from '../../src/engine/reply.js';

/**
 * What a component's custom_id carries: the member whose session it belongs to (so that a click by
 * anyone else is refused without touching any session), the step it was drawn for (so that the
 * engine can refuse a click on an older question), and what was picked. Discord gives it back
 * verbatim on every click; it is capped at 100 characters.
 *
 * Format: `pc1|<verb>|<owner>|<step>|<rest>`, the owner a member's id, "#" or "#<id>" (see below).
 * The step is escaped so that it never holds "|"; the rest (a choice id) is everything after the
 * fourth "|", so it needs no escaping.
 */
export const MAX_CUSTOM_ID = 100;
const PREFIX = 'pc1';

/**
 * The owner of components drawn in a peer thread: its conversation, not one member. Any member's
 * click reaches the engine, which knows whose turn each step is. No snowflake is "#".
 */
export const SHARED_OWNER = '#';

/**
 * A peer thread's components for a step that waits for one member (the engine's `awaits`) carry
 * "#" and that member's id: they still belong to the thread, but anyone else is refused before a
 * modal opens that they could not submit. A claim, awaiting nobody, stays open to all ("#").
 * A member's own components (any owner but "#") stay theirs alone.
 */
export function ownerFor(owner: string, awaits: Awaits | undefined): string {
  return owner === SHARED_OWNER && awaits ? `${SHARED_OWNER}${awaits.id}` : owner;
}

/** Whose a component is: a member's own, or a peer thread's, waiting for one member or for anyone. */
export function readOwner(owner: string): { shared: false; member: string } | { shared: true; member?: string } {
  if (!owner.startsWith(SHARED_OWNER)) return { shared: false, member: owner };
  const member = owner.slice(SHARED_OWNER.length);
  return member ? { shared: true, member } : { shared: true };
}

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

/** A member's id, "#", or "#" and the id of the member a peer thread's step waits for. */
const ownerSchema = z.string().regex(/^(#|#?\d{15,21})$/);

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
