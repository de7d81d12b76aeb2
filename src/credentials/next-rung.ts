import type { CredentialLevel } from '../data/credentials-schema.js';
import type { StackContext, StackMember, StackPath } from './best-stack.js';
import { coverageOf } from './coverage.js';
import type { ScoredCredential } from './score-credential.js';

/** Foundations first: a next rung is never below the path's last member. */
const LEVEL_ORDER: readonly CredentialLevel[] = ['entry-certificate', 'fundamentals', 'associate', 'professional', 'specialty'];
const levelRank = (level: CredentialLevel) => LEVEL_ORDER.indexOf(level);

/**
 * The rung after the path follows the person's role, not one vendor's ladder. First a credential
 * most of their postings name (ctx.required) that the path does not hold, at the path's level or
 * above: the screen asks for it (a network administrator's postings name CCNA after Network+).
 * Otherwise the ladder's next step (nextSteps, sourced in the catalog) when it is made for the
 * path's roles and teaches something the person's gaps ask for: Security+ after Network+ is a
 * security analyst's next rung, not a network administrator's whose postings ask for no security skill.
 */
export function nextRung(members: readonly StackMember[], candidates: ReadonlyMap<string, ScoredCredential>, ctx: StackContext): StackPath['next'] {
  const last = members[members.length - 1];
  if (!last) return undefined;
  const onPath = new Set(members.map((m) => m.credential.id));
  const named = (ctx.required ?? [])
    .map((id) => candidates.get(id)?.credential)
    .find((c) => c !== undefined && !onPath.has(c.id) && levelRank(c.level) >= levelRank(last.credential.level));
  if (named) return { id: named.id, name: named.name, level: named.level, named: true };
  const asked = (id: string) => ctx.gaps.length === 0 || coverageOf(ctx.index, [id], ctx.gaps).covered.length > 0;
  const id = last.credential.nextSteps.find(
    (step) => !onPath.has(step) && (candidates.has(step) || ctx.index.byId.get(step)?.targetRoles.some((r) => last.credential.targetRoles.includes(r))) && asked(step),
  );
  const credential = id === undefined ? undefined : ctx.index.byId.get(id);
  return credential ? { id: credential.id, name: credential.name, level: credential.level } : undefined;
}
