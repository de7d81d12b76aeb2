import { z } from 'zod';
import type { Step } from '../src/engine/flow.js';
import { readNumber } from '../src/engine/read/number.js';

/**
 * The answer to "how many years have you been working, in all?" when it comes as a career in
 * parts: "1 yr at helpdesk, 21 in the army", "21 years army then 1 at the helpdesk", "about 3 in
 * IT and 15 in retail before that". Each part's years are read and added up, so the total is the
 * working life asked about, and the profile keeps the current job's years and the earlier
 * career's apart: an experience rule may accept one and not the other.
 *
 * Parts can also overlap: "nine years owner, cooking like 18", "18 years, 9 of them as head chef",
 * "12 in retail, 5 as store manager". A step up in the same trade (owner, manager, head, lead) or
 * "of them" is a span inside the longer career, not a second career, so it is not added: the
 * total is the longest span. Said in sequence ("then", "before that"), the parts are added.
 */

export const careerYearsSchema = z.object({
  total: z.number().min(0),
  /** Years in the current (or most recent) job. */
  current: z.number().min(0),
  /** Years in the work before it, all parts together. */
  earlier: z.number().min(0),
});
export type CareerYears = z.infer<typeof careerYearsSchema>;

/** Where one part of a career ends and the next begins. */
const JOINS = /\s*(?:[,;+]|\band\b|\bthen\b|\bplus\b|\bbefore that\b|\bafter\b|\bbefore\b)\s*/;
/** The part said of the job they have now. */
const NOW = /\b(?:now|currently|current|at the moment|these days|since|present|this job)\b/;
/** Joins that put the parts one after the other. */
const IN_SEQUENCE = /\b(?:then|before that|after|before|after that|earlier|previously|prior)\b/;
/** A part that is a span inside another: "9 of them as owner", or a step up in the same trade. */
const WITHIN = /\b(?:of (?:them|those|which|that)|owner|owned|co-?owner|partner|manag(?:er|ing)|head (?:chef|cook|of)|lead|supervisor|senior|sous|foreman|in charge|promoted)\b/;

/** The years of each part, when the answer gives two or more parts with years of their own; else undefined. */
export function readCareerYears(text: string): CareerYears | undefined {
  const said = text.toLowerCase();
  const parts = said
    .split(JOINS)
    .map((part) => part.trim())
    .flatMap((part) => {
      if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b/.test(part)) return [];
      const reading = readNumber(part, { unit: 'years' });
      return reading.kind === 'number' ? [{ part, years: reading.value }] : [];
    });
  if (parts.length < 2) return undefined;
  // The job they have now is the one they say is now; else the first named, as they answer the job question just asked.
  const current = parts.find((p) => NOW.test(p.part)) ?? (parts[0] as { part: string; years: number });
  const overlapping = !IN_SEQUENCE.test(said) && parts.some((p) => WITHIN.test(p.part));
  const total = overlapping ? Math.max(...parts.map((p) => p.years)) : parts.reduce((sum, p) => sum + p.years, 0);
  return { total, current: current.years, earlier: total - current.years };
}

/** The years step, reading a career in parts as its total with its parts kept. */
export function withCareerYears(step: Step): Step {
  return {
    ...step,
    parse: (input, ctx) => {
      const career = input.kind === 'text' ? readCareerYears(input.text) : undefined;
      return career ? { ok: true, value: career } : step.parse(input, ctx);
    },
    show: (value, ctx) => {
      const career = careerYearsSchema.safeParse(value);
      if (!career.success) return step.show(value, ctx);
      const { total, current, earlier } = career.data;
      return `${total} (${current} in your current job, ${earlier} before it)`;
    },
  };
}

/** What the profile keeps of the answer: the total, and the parts when the answer gave them. */
export function yearsOf(answer: unknown): { yearsExperience?: number; yearsInCurrentRole?: number; earlierCareerYears?: number } {
  if (typeof answer === 'number') return { yearsExperience: answer, yearsInCurrentRole: undefined, earlierCareerYears: undefined };
  const career = careerYearsSchema.safeParse(answer);
  return career.success ? { yearsExperience: career.data.total, yearsInCurrentRole: career.data.current, earlierCareerYears: career.data.earlier } : {};
}
