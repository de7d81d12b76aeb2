import { z } from 'zod';

/**
 * Buttons, menus and forms carry whose session they belong to. In a shared channel anyone can
 * click a button under someone else's question; the owner id travels with the control, so the
 * click can be checked against the clicker before anything reaches the engine. Slack sends back
 * exactly what the message held, and a user cannot edit a bot's message, so these values are
 * as trustworthy as the signed request that carries them.
 *
 * Controls drawn for a shared conversation (peer practice in a thread) carry SHARED instead of a
 * user id: any member may use them, and the engine decides whose turn it is.
 */

/** The owner of a shared conversation's controls: not a user id, which always starts with U or W. */
export const SHARED = '*';
/** A user id, or SHARED. */
export type Owner = string;

/** Whether `user` may use a control drawn for `owner`. */
export const mayUse = (owner: Owner, user: string): boolean => owner === SHARED || owner === user;

const id = z.string().min(1).max(100);
const owner = z.union([z.string().regex(/^[UW][A-Z0-9]{1,40}$/), z.literal(SHARED)]);

const choiceValue = z.object({ o: owner, s: id, c: id });
/** A question's block: owner and step, for menus whose option values (150 characters) are too short for both. */
const questionBlock = z.object({ q: z.number().int().min(0), o: owner, s: id });
const formField = z.tuple([id, z.string().max(200), z.string().max(150).optional()]);
const formValue = z.object({ o: owner, s: id, f: z.array(formField).min(1).max(10) });
/** A checklist's items ride in its button: a checkbox shows at most 75 characters of a label. */
const checklistValue = z.object({ o: owner, s: id, i: z.array(z.tuple([id, z.string().min(1).max(75)])).min(1).max(25) });

export type ChoiceValue = { owner: Owner; stepId: string; choiceId: string };
export type FormField = { id: string; label: string; placeholder?: string };
export type FormValue = { owner: Owner; stepId: string; fields: FormField[] };
export type ChecklistItem = { id: string; label: string };
export type ChecklistValue = { owner: Owner; stepId: string; items: ChecklistItem[] };

function parse<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const encodeChoice = (v: ChoiceValue): string => JSON.stringify({ o: v.owner, s: v.stepId, c: v.choiceId });

export function decodeChoice(raw: string | undefined): ChoiceValue | undefined {
  const v = parse(choiceValue, raw);
  return v && { owner: v.o, stepId: v.s, choiceId: v.c };
}

export const encodeQuestionBlock = (index: number, owner: Owner, stepId: string): string => JSON.stringify({ q: index, o: owner, s: stepId });

export function decodeQuestionBlock(raw: string | undefined): { owner: Owner; stepId: string } | undefined {
  const v = parse(questionBlock, raw);
  return v && { owner: v.o, stepId: v.s };
}

export const encodeForm = (v: FormValue): string =>
  JSON.stringify({ o: v.owner, s: v.stepId, f: v.fields.map((f) => (f.placeholder ? [f.id, f.label, f.placeholder] : [f.id, f.label])) });

export function decodeForm(raw: string | undefined): FormValue | undefined {
  const v = parse(formValue, raw);
  return v && { owner: v.o, stepId: v.s, fields: v.f.map(([fieldId, label, placeholder]) => (placeholder ? { id: fieldId, label, placeholder } : { id: fieldId, label })) };
}

export const encodeChecklist = (v: ChecklistValue): string => JSON.stringify({ o: v.owner, s: v.stepId, i: v.items.map((item) => [item.id, item.label]) });

export function decodeChecklist(raw: string | undefined): ChecklistValue | undefined {
  const v = parse(checklistValue, raw);
  return v && { owner: v.o, stepId: v.s, items: v.i.map(([itemId, label]) => ({ id: itemId, label })) };
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
