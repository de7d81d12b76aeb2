import { z } from 'zod';
import { timeZoneSchema } from '../dates/person-zone.js';
import { cleanHumanText, cleanInbound } from './human-input.js';
import type { SecretKind } from './human-input.js';

/** Who is talking, where: enough to find one user's session and to reply in the right place. */
const origin = {
  platform: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'a short lowercase platform name such as "slack"'),
  tenant: z.string().min(1).max(128),
  conversation: z.string().min(1).max(256),
  user: z.string().min(1).max(128),
  /** The platform's own id for this event; a second delivery of the same id changes nothing. */
  eventId: z.string().min(1).max(256),
  /**
   * Whose session the event belongs to: the user's own (the default), or the conversation's,
   * shared by everyone in it (peer practice in a study group's thread). Adapters decide which.
   */
  scope: z.enum(['user', 'conversation']).default('user'),
  /** How the user is shown to others in a shared conversation; no markup, adapters escape it. */
  userName: z.string().transform(cleanHumanText).pipe(z.string().trim().min(1).max(80)).optional(),
  /**
   * The person's IANA zone as their platform knows it (Slack's user profile, the terminal's
   * clock); kept in their profile so plan dates and check-in times are in their own calendar.
   * A zone no one can read is dropped rather than refusing the event.
   */
  timeZone: timeZoneSchema.optional().catch(undefined),
};

/** Free text is capped well above a long job posting so that one paste cannot exhaust memory. */
export const MAX_INBOUND_TEXT = 100_000;

const eventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), ...origin, text: z.string().max(MAX_INBOUND_TEXT) }),
  z.object({
    kind: z.literal('choice'),
    ...origin,
    choiceId: z.string().min(1).max(100),
    /** The step the button was drawn for: a click on an older question's button is refused. */
    stepId: z.string().max(100).optional(),
  }),
  /** Several options of a checklist at once (a multi-select); an empty list is "none of them". */
  z.object({
    kind: z.literal('choices'),
    ...origin,
    choiceIds: z.array(z.string().min(1).max(100)).max(25),
    stepId: z.string().max(100).optional(),
  }),
  z.object({
    kind: z.literal('form'),
    ...origin,
    fields: z.record(z.string().max(100), z.string().max(MAX_INBOUND_TEXT)),
    stepId: z.string().max(100).optional(),
  }),
  z.object({
    kind: z.literal('command'),
    ...origin,
    name: z.string().min(1).max(32),
    args: z.string().max(2_000).default('').transform(cleanHumanText),
  }),
]);

type Event = z.infer<typeof eventSchema>;

/**
 * What people typed, cleaned where it enters (see human-input.ts) so that nothing past this point
 * sees a terminal escape, a broken surrogate or a secret: `masked` names the secrets left out,
 * for the turn to say so.
 */
function cleaned(event: Event): Event & { masked?: SecretKind[] } {
  if (event.kind === 'text') {
    const { text, found } = cleanInbound(event.text);
    return found.length > 0 ? { ...event, text, masked: found } : text === event.text ? event : { ...event, text };
  }
  if (event.kind !== 'form') return event;
  const found = new Set<SecretKind>();
  const fields: Record<string, string> = {};
  for (const [id, value] of Object.entries(event.fields)) {
    const clean = cleanInbound(value);
    clean.found.forEach((kind) => found.add(kind));
    fields[id] = clean.text;
  }
  return found.size > 0 ? { ...event, fields, masked: [...found] } : { ...event, fields };
}

export const inboundSchema = eventSchema.transform(cleaned);

export type Inbound = z.infer<typeof inboundSchema>;
export type InboundInput = z.input<typeof inboundSchema>;
export type InboundKind = Inbound['kind'];
