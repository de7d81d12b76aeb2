import { z } from 'zod';
import type { Awaits } from '../../src/engine/reply.js';
import { truncate } from './escape.js';

/**
 * Buttons, menus and forms carry whose session they belong to. In a shared channel anyone can
 * click a button under someone else's question; the owner id travels with the control, so the
 * click can be checked against the clicker before anything reaches the engine. Slack sends back
 * exactly what the message held, and a user cannot edit a bot's message, so these values are
 * as trustworthy as the signed request that carries them.
 *
 * Controls drawn for a shared conversation (peer practice in a thread) carry SHARED instead of a
 * user id: any member may use them, and the engine decides whose turn it is. A shared question
 * that waits for one member (the engine's `awaits`) also carries that member, so that anyone
 * else's click is refused before a form opens that the engine would refuse anyway.
 */

/** The owner of a shared conversation's controls: not a user id, which always starts with U or W. */
export const SHARED = '*';
/** A user id, or SHARED. */
export type Owner = string;

/** Whether `user` may use a control drawn for `owner`. */
export const mayUse = (owner: Owner, user: string): boolean => owner === SHARED || owner === user;

const id = z.string().min(1).max(100);
const owner = z.union([z.string().regex(/^[UW][A-Z0-9]{1,40}$/), z.literal(SHARED)]);
/** As long as a member's name the adapter gives the engine (to-inbound.ts); only the refusal shows it. */
const AWAITED_NAME_MAX = 80;
/** The awaited member as [id] or [id, name]: short, because a menu's block id holds only 255 characters. */
const awaited = z.tuple([id, z.string().min(1).max(AWAITED_NAME_MAX).optional()]).optional();
/** Slack's longest block id. */
const BLOCK_ID_MAX = 255;

const choiceValue = z.object({ o: owner, s: id, w: awaited, c: id });
/** A question's block: owner and step, for menus whose option values (150 characters) are too short for both. */
const questionBlock = z.object({ q: z.number().int().min(0), o: owner, s: id, w: awaited });
const formField = z.tuple([id, z.string().max(200), z.string().max(150).optional()]);
const formValue = z.object({ o: owner, s: id, w: awaited, f: z.array(formField).min(1).max(10) });
/** A checklist's items ride in its button: a checkbox shows at most 75 characters of a label. */
const checklistValue = z.object({ o: owner, s: id, w: awaited, i: z.array(z.tuple([id, z.string().min(1).max(75)])).min(1).max(25) });

/** What every control carries: whose it is, for which step, and in a shared conversation whom the step waits for. */
export type Control = { owner: Owner; stepId: string; awaits?: Awaits };
export type ChoiceValue = Control & { choiceId: string };
export type FormField = { id: string; label: string; placeholder?: string };
export type FormValue = Control & { fields: FormField[] };
export type ChecklistItem = { id: string; label: string };
export type ChecklistValue = Control & { items: ChecklistItem[] };

/** The member `control` waits for, when that is not `user`: their click is refused before a form opens. */
export const awaitedOther = (control: Control, user: string): Awaits | undefined => (control.awaits?.id === user ? undefined : control.awaits);

const encodeControl = (c: Control) => ({
  o: c.owner,
  s: c.stepId,
  ...(c.awaits ? { w: c.awaits.name ? [c.awaits.id, truncate(c.awaits.name, AWAITED_NAME_MAX)] : [c.awaits.id] } : {}),
});

function decodeControl(v: { o: string; s: string; w?: [string, string?] | undefined }): Control {
  const [awaitedId, name] = v.w ?? [];
  return { owner: v.o, stepId: v.s, ...(awaitedId ? { awaits: name ? { id: awaitedId, name } : { id: awaitedId } } : {}) };
}

function parse<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const encodeChoice = (v: ChoiceValue): string => JSON.stringify({ ...encodeControl(v), c: v.choiceId });

export function decodeChoice(raw: string | undefined): ChoiceValue | undefined {
  const v = parse(choiceValue, raw);
  return v && { ...decodeControl(v), choiceId: v.c };
}

export function encodeQuestionBlock(index: number, control: Control): string {
  const full = JSON.stringify({ q: index, ...encodeControl(control) });
  // A very long step id and name would pass Slack's limit: the block then leaves the awaited member out, and the engine refuses others' picks alone.
  return full.length <= BLOCK_ID_MAX ? full : JSON.stringify({ q: index, o: control.owner, s: control.stepId });
}

export function decodeQuestionBlock(raw: string | undefined): Control | undefined {
  const v = parse(questionBlock, raw);
  return v && decodeControl(v);
}

export const encodeForm = (v: FormValue): string =>
  JSON.stringify({ ...encodeControl(v), f: v.fields.map((f) => (f.placeholder ? [f.id, f.label, f.placeholder] : [f.id, f.label])) });

export function decodeForm(raw: string | undefined): FormValue | undefined {
  const v = parse(formValue, raw);
  return v && { ...decodeControl(v), fields: v.f.map(([fieldId, label, placeholder]) => (placeholder ? { id: fieldId, label, placeholder } : { id: fieldId, label })) };
}

export const encodeChecklist = (v: ChecklistValue): string => JSON.stringify({ ...encodeControl(v), i: v.items.map((item) => [item.id, item.label]) });

export function decodeChecklist(raw: string | undefined): ChecklistValue | undefined {
  const v = parse(checklistValue, raw);
  return v && { ...decodeControl(v), items: v.i.map(([itemId, label]) => ({ id: itemId, label })) };
}

/**
 * What a modal remembers between opening and submission: whose it is, for which step, where to
 * answer, and a form's field ids (a checklist has none: its ticks are the items' ids).
 */
const modalMeta = z.object({ o: owner, s: id, c: z.string().min(1).max(40), t: z.string().max(40).optional(), f: z.array(id).max(10).default([]) });
export type ModalMeta = { owner: Owner; stepId: string; channel: string; threadTs?: string; fieldIds: string[] };

export const encodeModalMeta = (m: ModalMeta): string =>
  JSON.stringify({ o: m.owner, s: m.stepId, c: m.channel, ...(m.threadTs ? { t: m.threadTs } : {}), ...(m.fieldIds.length > 0 ? { f: m.fieldIds } : {}) });

export function decodeModalMeta(raw: string | undefined): ModalMeta | undefined {
  const m = parse(modalMeta, raw);
  return m && { owner: m.o, stepId: m.s, channel: m.c, ...(m.t ? { threadTs: m.t } : {}), fieldIds: m.f };
}
