import { z } from 'zod';

/**
 * Buttons, menus and forms carry whose session they belong to. In a shared channel anyone can
 * click a button under someone else's question; the owner id travels with the control, so the
 * click can be checked against the clicker before anything reaches the engine. Slack sends back
 * exactly what the message held, and a user cannot edit a bot's message, so these values are
 * as trustworthy as the signed request that carries them.
 */

const id = z.string().min(1).max(100);
const user = z.string().regex(/^[UW][A-Z0-9]{1,40}$/);

const choiceValue = z.object({ o: user, s: id, c: id });
/** A question's block: owner and step, for menus whose option values (150 characters) are too short for both. */
const questionBlock = z.object({ q: z.number().int().min(0), o: user, s: id });
const formField = z.tuple([id, z.string().max(200), z.string().max(150).optional()]);
const formValue = z.object({ o: user, s: id, f: z.array(formField).min(1).max(10) });

export type ChoiceValue = { owner: string; stepId: string; choiceId: string };
export type FormField = { id: string; label: string; placeholder?: string };
export type FormValue = { owner: string; stepId: string; fields: FormField[] };

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

export const encodeQuestionBlock = (index: number, owner: string, stepId: string): string => JSON.stringify({ q: index, o: owner, s: stepId });

export function decodeQuestionBlock(raw: string | undefined): { owner: string; stepId: string } | undefined {
  const v = parse(questionBlock, raw);
  return v && { owner: v.o, stepId: v.s };
}

export const encodeForm = (v: FormValue): string =>
  JSON.stringify({ o: v.owner, s: v.stepId, f: v.fields.map((f) => (f.placeholder ? [f.id, f.label, f.placeholder] : [f.id, f.label])) });

export function decodeForm(raw: string | undefined): FormValue | undefined {
  const v = parse(formValue, raw);
  return v && { owner: v.o, stepId: v.s, fields: v.f.map(([fieldId, label, placeholder]) => (placeholder ? { id: fieldId, label, placeholder } : { id: fieldId, label })) };
}

/** What a modal remembers between opening and submission: whose it is, for which step, where to answer. */
const modalMeta = z.object({ o: user, s: id, c: z.string().min(1).max(40), t: z.string().max(40).optional(), f: z.array(id).min(1).max(10) });
export type ModalMeta = { owner: string; stepId: string; channel: string; threadTs?: string; fieldIds: string[] };

export const encodeModalMeta = (m: ModalMeta): string =>
  JSON.stringify({ o: m.owner, s: m.stepId, c: m.channel, ...(m.threadTs ? { t: m.threadTs } : {}), f: m.fieldIds });

export function decodeModalMeta(raw: string | undefined): ModalMeta | undefined {
  const m = parse(modalMeta, raw);
  return m && { owner: m.o, stepId: m.s, channel: m.c, ...(m.t ? { threadTs: m.t } : {}), fieldIds: m.f };
}
