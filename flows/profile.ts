import { z } from 'zod';
import { statedDegreeSchema } from '../src/credentials/degree-held.js';
import type { FlowContext } from '../src/engine/flow.js';
import { checkinProfileSchema } from '../src/checkins/checkin-profile.js';
import { timeZoneSchema } from '../src/dates/person-zone.js';
import { askedCredentialSchema } from '../src/credentials/posting-credentials.js';
import { readHistory } from './interview-practice-replies.js';

/**
 * What the coach knows about a person, kept across flows in their session's profile. One schema,
 * each field written by one flow (named beside it) and read by any: flows read it through
 * `profileOf`, adapters through the engine's `storedProfile` and `readProfile` here. The stored
 * profile stays plain JSON; a field a flow no longer writes in this shape is read as absent,
 * so an old session never breaks a flow (the flow asks for it again instead).
 */

const skillHeld = z.object({ skill: z.string(), level: z.enum(['basic', 'intermediate', 'advanced']).optional(), evidence: z.string().optional() }).loose();

const gapReportSchema = z.object({
  /** The role id the gaps are for. */
  role: z.string(),
  source: z.enum(['postings', 'catalog']).optional(),
  /** Most important first; `share` 0 to 1 of postings (or typical demand) asking for the skill. */
  gaps: z.array(z.object({ skill: z.string(), share: z.number(), alternatives: z.array(z.string()).optional(), name: z.string().optional() })),
  /** How much of the weighted demand the person already covers: ready (most), close, gap. */
  verdict: z.object({ kind: z.enum(['ready', 'close', 'gap']), covered: z.number().min(0).max(1) }).optional(),
  at: z.string().optional(),
  /**
   * Catalog credentials the pasted postings name ("Preferred: CSM or PSM"), with the share of postings naming each
   * and how each posting asks (required, preferred, within N months of hire); sessions saved with the share alone still load.
   */
  credentialsAsked: z.array(askedCredentialSchema).optional(),
});

const credentialPickSchema = z.object({ ids: z.array(z.string()).default([]), names: z.array(z.string()), at: z.string().optional() });

const planSchema = z.object({
  /** `done`: the step was done in the conversation (postings pasted, credential chosen), on `due`. */
  steps: z.array(z.object({ step: z.number(), title: z.string(), due: z.string().nullable(), done: z.boolean().optional() })),
  names: z.array(z.string()),
});

const peerPracticeSchema = z.object({ round: z.number().int().min(0).default(0), asked: z.array(z.string()).default([]) });

export const profileSchema = z.object({
  /** welcome */
  name: z.string().min(1),
  /** gap interview: the job title, as the coach says it back ("insurance agency owner") */
  currentRole: z.string().min(1),
  /** gap interview: the answer the job title was read from, as typed (the evidence for it) */
  currentRoleSaid: z.string().min(1),
  /** gap interview */
  yearsExperience: z.number().min(0),
  /** gap interview: of those years, the current (or most recent) job's, when the answer gave its career in parts */
  yearsInCurrentRole: z.number().min(0),
  /** gap interview: of those years, the earlier career's ("21 in the army"), when the answer gave them */
  earlierCareerYears: z.number().min(0),
  /** gap interview, credential pick or interview practice: whichever the person names it in first; a role id */
  targetRole: z.string().min(1),
  /** gap interview */
  skills: z.array(skillHeld),
  /** gap interview (and any flow that hears it): catalog ids of credentials the person already holds, never recommended back */
  credentialsHeld: z.array(z.object({ id: z.string(), evidence: z.string().optional() })),
  /** gap interview: catalog ids of credentials the person held once and let lapse; what they taught counts, they never stand in for the next credential */
  credentialsLapsed: z.array(z.object({ id: z.string(), evidence: z.string().optional() })),
  /** gap interview (the skills and job answers): a degree the person said they hold, so no first degree is priced for them */
  degreeHeld: statedDegreeSchema,
  /** gap interview */
  gapReport: gapReportSchema,
  /** credential pick */
  hoursPerWeek: z.number().positive(),
  /** credential pick */
  budgetUsd: z.number().min(0),
  /** credential pick */
  credentialPick: credentialPickSchema,
  /** credential pick */
  plan: planSchema,
  /** interview practice (and peer practice, delivered to the one who answered) */
  practiceHistory: z.array(z.unknown()).transform(readHistory),
  /** peer practice, in a study group's shared conversation */
  peerPractice: peerPracticeSchema,
  /** weekly check-ins (flows/checkins.ts): when, and what was answered */
  checkins: checkinProfileSchema,
  /**
   * the engine, from the person's platform (Slack's user time zone, the terminal's clock): their
   * IANA zone, for plan dates and times in their own calendar (src/dates/person-zone.ts; a zone
   * said for check-ins comes first)
   */
  timeZone: timeZoneSchema,
});

export type Profile = Partial<z.infer<typeof profileSchema>>;
type ProfileField = keyof z.infer<typeof profileSchema>;
export type GapReportFacts = z.infer<typeof gapReportSchema>;
export type PlanFacts = z.infer<typeof planSchema>;

const FIELDS = Object.keys(profileSchema.shape) as ProfileField[];

/** The profile as typed facts, field by field: a field that does not match its schema is left out. */
export function readProfile(stored: Readonly<Record<string, unknown>>): Profile {
  const profile: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (stored[field] === undefined) continue;
    const parsed = profileSchema.shape[field].safeParse(stored[field]);
    if (parsed.success) profile[field] = parsed.data;
  }
  return profile as Profile;
}

/** Read afresh each time: a turn's answers change the profile in place as it goes. */
export const profileOf = (ctx: Pick<FlowContext, 'profile'>): Profile => readProfile(ctx.profile);
