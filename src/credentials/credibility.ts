import type { AssessmentMethod, CatalogCredential } from '../data/credentials-schema.js';
import { monthsSince } from './dates.js';
import { UNKNOWN_VALUE, weightedSum, type Factor } from './factor.js';

/**
 * Provider credibility, the third leg of the seeds' three-factor test, from what the catalog
 * states. Parts and weights:
 * - assessment rigor 0.35: the strongest method (proctored or performance-based 1, capstone or
 *   portfolio 0.8, labs 0.7, peer review 0.6, unproctored exam 0.5, quizzes 0.3): what a badge
 *   proves depends most on how it was earned;
 * - recognised partner 0.30: an industry organisation's name on it (AWS, CompTIA, Google) is what
 *   hiring managers recognise; none named (a university course or a platform's own) is 0.3, not
 *   0, because it may still be recognised: the catalog cannot tell Harvard from an unknown site;
 * - curriculum freshness 0.15: up to 12 months since the last update 1, up to 18 months 0.8, up to
 *   36 months 0.4, older 0.1 (the seeds: stale curricula teach skills the market has left);
 * - verifiable badge 0.10: an employer can check it (Credly);
 * - completion rate 0.10: 60% or more 1, falling to 0.5 at 40%; below 40% it is the rate itself
 *   (the seeds: "a 30% completion rate often signals unrealistic workload").
 * Anything the catalog does not state scores UNKNOWN_VALUE and is marked unknown.
 */

export const RIGOR: Readonly<Record<AssessmentMethod, number>> = {
  'proctored-exam': 1,
  'performance-based': 1,
  capstone: 0.8,
  'portfolio-project': 0.8,
  'hands-on-labs': 0.7,
  'peer-review': 0.6,
  'online-exam': 0.5,
  quizzes: 0.3,
};

export const STALE_AFTER_MONTHS = 18;
export const LOW_COMPLETION_PERCENT = 40;
const NO_PARTNER_VALUE = 0.3;

export const CREDIBILITY_WEIGHTS = { rigor: 0.35, partner: 0.3, freshness: 0.15, badge: 0.1, completion: 0.1 } as const;
type Part = keyof typeof CREDIBILITY_WEIGHTS;
const LABELS: Readonly<Record<Part, string>> = {
  rigor: 'Assessment rigor',
  partner: 'Recognised partner',
  freshness: 'Curriculum freshness',
  badge: 'Verifiable badge',
  completion: 'Completion rate',
};

export interface Credibility {
  readonly value: number;
  readonly parts: readonly Factor[];
}

/** A part with its value, or null when the catalog does not say. */
const part = (key: Part, value: number | null, reason: string): Factor => ({
  key,
  label: LABELS[key],
  weight: CREDIBILITY_WEIGHTS[key],
  value: value ?? UNKNOWN_VALUE,
  known: value !== null,
  reason,
});

function rigor({ assessment }: CatalogCredential): Factor {
  if (assessment.length === 0) return part('rigor', null, 'the catalog does not say how it is assessed');
  const best = assessment.reduce((top, m) => (RIGOR[m] > RIGOR[top] ? m : top));
  return part('rigor', RIGOR[best], `assessed by ${assessment.join(', ')}; strongest: ${best}`);
}

function partner(credential: CatalogCredential): Factor {
  if (credential.partner) return part('partner', 1, `carries ${credential.partner}'s name`);
  return part('partner', NO_PARTNER_VALUE, `no industry partner named (${credential.provider}): check that postings ask for it`);
}

function freshness({ lastCurriculumUpdate: update }: CatalogCredential, today: Date): Factor {
  if (!update) return part('freshness', null, 'no curriculum update date in the catalog');
  const months = monthsSince(update.date, today);
  const value = months <= 12 ? 1 : months <= STALE_AFTER_MONTHS ? 0.8 : months <= 36 ? 0.4 : 0.1;
  return part('freshness', value, `last updated ${update.date} (${months} months ago): ${update.what}`);
}

function badge({ verifiableBadge }: CatalogCredential): Factor {
  if (verifiableBadge === null) return part('badge', null, 'the catalog does not say whether employers can verify it online');
  return part('badge', verifiableBadge ? 1 : 0, verifiableBadge ? 'comes with a verifiable digital badge' : 'no verifiable digital badge');
}

export function completionValue(percent: number): number {
  return percent < LOW_COMPLETION_PERCENT ? percent / 100 : Math.min(1, 0.5 + (percent - LOW_COMPLETION_PERCENT) / 40);
}

function completion({ completionRate: rate }: CatalogCredential): Factor {
  if (!rate) return part('completion', null, 'no sourced completion rate');
  return part('completion', completionValue(rate.percent), `${rate.percent}% complete it (${rate.asOf})`);
}

export function credibility(credential: CatalogCredential, today: Date): Credibility {
  const parts = [rigor(credential), partner(credential), freshness(credential, today), badge(credential), completion(credential)];
  return { value: weightedSum(parts), parts };
}
