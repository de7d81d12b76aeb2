/**
 * The verdict a coach gives before any list of gaps: is this person ready to apply, close, or
 * facing a real gap? It reads the share of the role's weighted demand the person covers and
 * whether they hold its core competencies. The thresholds are the team's judgement:
 *
 * - ready: at least READY_SHARE (80%) of the weighted demand, or every core competency held at a
 *   working level with at least CLOSE_SHARE (50%) of the demand. Postings list more than any one
 *   hire has, and a tool beyond the core is learnt in weeks on the job, so someone with the core
 *   and half the tools is hired on interviews and evidence, not on another credential.
 * - close: at least half of the weighted demand, or at least half of the core competencies: one
 *   or two focused gaps, a course or a project each, not a programme.
 * - gap: less than that.
 *
 * Someone whose current job is the target role, or a job the target usually leads to (a senior
 * analyst aiming at analyst, a project manager aiming at project coordinator), holds its core
 * competencies by doing that job: they count as covered, and the verdict is ready. When a
 * credential (the PMP), not the job title, shows the same job, it proves only its own skills: the
 * verdict is then read from the figures like anyone's, since the target may add a whole side (the
 * tech of an IT project) the credential says nothing about. A step down stays ready either way.
 *
 * Years a posting asks for in a role, field or industry ("2-4 years as a business analyst or similar role")
 * are experience, not skills: they are counted here apart (how many such asks, how many the person's
 * background may meet) and said beside the verdict, never folded into the share covered or the gaps. The
 * verdict's kind stays the skills': years are met by doing the work, which a list of gaps cannot close.
 */

export const READY_SHARE = 0.8;
export const CLOSE_SHARE = 0.5;

/** How the target role relates to the person's job now. */
export type RoleRelation = 'same' | 'step-down' | 'other';

export type VerdictKind = 'ready' | 'close' | 'gap';

export interface Verdict {
  kind: VerdictKind;
  /** Share of the weighted demand for technical skills the person covers, 0 to 1. */
  covered: number;
  /** Share of the role's core competencies (technical ones) the person covers, 0 to 1; 1 when the role names none. */
  coreCovered: number;
  /** Core competencies missing altogether, most important first (display names). */
  coreMissing: string[];
  relation: RoleRelation;
  /** The postings' asks for years in a role, field or industry, and how many of them the person's background may meet. */
  experience?: { asked: number; met: number };
}

export interface VerdictInput {
  covered: number;
  coreCovered: number;
  coreMissing: string[];
  /** Every core competency is held at a working level (none missing, none basic). */
  coreHeld: boolean;
  relation: RoleRelation;
  /** The relation was shown by a credential held, not by the job title. */
  byCredential?: boolean;
  experience?: { asked: number; met: number };
}

export function verdictOf({ covered, coreCovered, coreMissing, coreHeld, relation, byCredential = false, experience }: VerdictInput): Verdict {
  const base = { covered, coreCovered, coreMissing, relation, ...(experience && experience.asked > 0 ? { experience } : {}) };
  if (relation === 'step-down' || (relation === 'same' && !byCredential)) return { kind: 'ready', ...base };
  if (covered >= READY_SHARE || (coreHeld && covered >= CLOSE_SHARE)) return { kind: 'ready', ...base };
  if (covered >= CLOSE_SHARE || coreCovered >= CLOSE_SHARE) return { kind: 'close', ...base };
  return { kind: 'gap', ...base };
}
