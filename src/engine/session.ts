import { z } from 'zod';
import { util } from 'zod/v4/core';

/** Answers and profile values are plain JSON: they round-trip through Redis unchanged. */
const values = z.record(z.string(), z.unknown());

/**
 * What `values` accepts from JSON.parse, without copying it key by key (a third of a turn's
 * schema work): zod's record test for a plain object, then any keys and values. Unlike
 * `values` it does not strip a "__proto__" key: a document with one fails here and is read
 * by the full schema instead (see parseSession), so both read every document alike.
 */
const parsedValues = z.custom<Record<string, unknown>>((value) => util.isPlainObject(value) && !Object.hasOwn(value, '__proto__'));

function schemaOf(values: z.ZodType<Record<string, unknown>>) {
  const flowState = z.object({
    id: z.string().min(1),
    step: z.string().min(1),
    answers: values,
    /** Steps answered so far, in order: `back` walks this trail ("$round" marks a round's end). */
    trail: z.array(z.string()),
    /** The messages collected so far for a step that takes several (see Collect in flow.ts). */
    draft: z.object({ step: z.string(), text: z.string() }).optional(),
    /** Where the flow's repeated group is (see `repeat` in flow.ts): its items, this round, the rounds done. */
    round: z
      .object({
        group: z.string(),
        items: z.array(z.string()),
        index: z.number().int().min(0),
        attempt: z.number().int().min(1),
        /** `at`: the step whose answer ended the round, where `back` returns to. */
        done: z.array(z.object({ item: z.string(), attempt: z.number().int().min(1), answers: values, at: z.string() })),
      })
      .optional(),
  });
  const session = z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    flow: flowState.nullable(),
    /** Flows left half-way through (by `menu` or a hand-over), resumed where they stopped. */
    parked: z.record(z.string(), flowState),
    /** Facts about the user that outlive one flow: role, target, gaps, picks. */
    profile: values,
    /** A question the engine itself asked (a confirmation), answered before the flow continues. */
    /** `menu`: the person asked for the menu in the middle of a flow, so a typed label picks from it. */
    pending: z.enum(['forget', 'menu']).nullable(),
    /** The flow a finished one offered as what comes next (first in the menu; "yes" starts it). */
    offer: z.string().optional(),
    /** false only on a session a delivery created, until its owner's first turn; absent otherwise. */
    greeted: z.literal(false).optional(),
  });
  return { flowState, session };
}

export const SCHEMA_VERSION = 2;

const full = schemaOf(values);
export const sessionSchema = full.session;
/** The same documents as sessionSchema, faster, for parseSession: whatever it refuses goes to sessionSchema. */
const parsedSessionSchema = schemaOf(parsedValues).session;

export type Session = z.infer<typeof sessionSchema>;
export type FlowState = z.infer<typeof full.flowState>;

/** Version 1 kept the current flow's position flat on the document and had no trail. */
const sessionV1Schema = z.object({
  schemaVersion: z.literal(1),
  flowId: z.string().nullable(),
  stepId: z.string().nullable(),
  answers: values,
  profile: values,
  updatedAt: z.iso.datetime(),
});

const migrations: Record<number, (doc: unknown) => unknown> = {
  1: (doc) => {
    const v1 = sessionV1Schema.parse(doc);
    return {
      schemaVersion: 2,
      createdAt: v1.updatedAt,
      updatedAt: v1.updatedAt,
      flow: v1.flowId && v1.stepId ? { id: v1.flowId, step: v1.stepId, answers: v1.answers, trail: [] } : null,
      parked: {},
      profile: v1.profile,
      pending: null,
    };
  },
};

export class SessionDocumentError extends Error {
  override readonly name = 'SessionDocumentError';
}

/** Reads a stored document of any known schema version, migrating it forward step by step. */
export function parseSession(json: string): Session {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new SessionDocumentError('The stored session is not valid JSON.');
  }
  const stored = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (!Number.isInteger(stored)) throw new SessionDocumentError('The stored session has no schemaVersion.');
  for (let version = stored as number; version < SCHEMA_VERSION; version++) {
    const migrate = migrations[version];
    if (!migrate) throw new SessionDocumentError(`No migration from session schemaVersion ${version}.`);
    doc = migrate(doc);
  }
  const fast = parsedSessionSchema.safeParse(doc);
  if (fast.success) return fast.data;
  const parsed = sessionSchema.safeParse(doc);
  if (!parsed.success) {
    throw new SessionDocumentError(`The stored session does not match schema ${SCHEMA_VERSION}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function serializeSession(session: Session): string {
  return JSON.stringify(session);
}

export function newSession(now: Date): Session {
  const at = now.toISOString();
  return { schemaVersion: SCHEMA_VERSION, createdAt: at, updatedAt: at, flow: null, parked: {}, profile: {}, pending: null };
}
