import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CatalogCredential } from '../data/credentials-schema.js';
import { listOf } from '../roles/suggest-roles.js';

/**
 * "does the GI bill pay for these?", "will my company pay for it", "can WIOA fund this": a question
 * about whether a programme pays, answered honestly (aid in general, "any scholarship?", is the
 * credential questions' `free` answer). The catalog knows only whether a provider offers financial aid
 * or a free way in; it has no rules, approvals or amounts for any funding programme, so a programme
 * named is answered "I don't know whether it covers these" with where to check (data/funding.json,
 * each pointer with its basis). Prices are never the answer: who pays is not what it costs.
 */

const basisSchema = z.object({ source: z.string().min(1), url: z.url(), asOf: z.string().min(1) });
const programmeSchema = z.object({
  id: z.string().min(1),
  /** As said in a sentence: "the GI Bill", "your employer". */
  name: z.string().min(1),
  /** A regular expression for the words people use for it, matched on the lower-cased question. */
  words: z.string().min(1),
  /** Where to check, in a sentence fragment for the person. */
  check: z.string().min(1),
  /** The public page the pointer comes from; required when the pointer names a programme's own office or tool. */
  basis: basisSchema.optional(),
});
export const fundingSchema = z.object({
  notes: z.string(),
  programmes: z.array(programmeSchema).min(1),
});
export type Funding = z.infer<typeof fundingSchema>;
export type FundingProgramme = z.infer<typeof programmeSchema>;

export const DEFAULT_FUNDING_PATH = new URL('../../data/funding.json', import.meta.url);
export const loadFunding = (path: URL = DEFAULT_FUNDING_PATH): Funding => fundingSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

/** Asks whether someone else pays or covers it, not what it costs: "does X pay for", "will X cover", "can I use X". */
const WHO_PAYS = /\b(?:pay|pays|paid|paying|cover|covers|covered|fund|funds|funded|reimburse|reimburses|reimbursed|sponsor|sponsors|approved|eligible|qualify|foot the bill)\b|\buse (?:my|the|our|it|them)\b/;

/** The programme a question asks to pay, or undefined when the message asks no programme to pay. */
export function readFundingQuestion(text: string, funding: Funding): FundingProgramme | undefined {
  const said = text.toLowerCase().replace(/[’‘]/g, "'");
  const programme = funding.programmes.find((p) => new RegExp(p.words).test(said));
  return programme && WHO_PAYS.test(said) ? programme : undefined;
}

/** What the catalog says of aid for one credential: financial aid, a free audit, or nothing known. */
function aidLine(c: CatalogCredential): string {
  const ways = [c.financialAid === true && 'its provider offers financial aid', c.freeAudit === true && 'you can audit the course free'].filter((w): w is string => typeof w === 'string');
  if (ways.length > 0) return `*${c.name}*: ${listOf(ways)}.`;
  const unknown = c.financialAid === null ? 'my notes have nothing on financial aid or free vouchers for it' : 'its provider offers no financial aid that I know of';
  return `*${c.name}*: ${unknown}; check ${c.provider}'s own page.`;
}

/** The answer, about the credentials on screen or named (none: in general). */
export function fundingAnswer(programme: FundingProgramme, credentials: readonly CatalogCredential[]): string {
  const about = credentials.length === 0 ? 'these credentials' : credentials.length === 1 ? 'this one' : 'these';
  const lead = `I don't know whether ${programme.name} ${/^your\b/.test(programme.name) ? 'pays for' : 'covers'} ${about}: my notes have no rules or approvals for it. Check ${programme.check} before you count on it.`;
  const lines = credentials.map(aidLine);
  const notes = lines.length > 0 ? `\nWhat my notes do say about aid:\n${lines.join('\n')}` : '';
  return `${lead}${notes}`;
}
