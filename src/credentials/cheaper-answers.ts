import type { CatalogCredential } from '../data/credentials-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import { HORIZON_MONTHS, TOP_GAPS, bold, compareLine, factsOf, freeWays, orList, pace, timeWords, type Asker, type CredentialWorld, type Facts } from './credential-words.js';
import { costLinesWords, providerName, totalSource } from './figure-words.js';
import { formatUsd } from './money.js';
import { fitFor, type FitNote } from './person-fit.js';
import { roleWords } from './roi.js';
import { gapName } from './situation.js';
import { weeksText } from './time-to-finish.js';
import { horizonText } from './true-cost.js';

/**
 * Answers to "anything cheaper / quicker / free?": the ways in that cost less or take less time
 * than what the person was shown, from the catalog and what they told the coach. Split from
 * credential-answers.ts along that seam: these answers choose among credentials, the others
 * describe the ones named.
 */

const LISTED = 3;
const ENTRY_LEVELS: ReadonlySet<string> = new Set(['entry-certificate', 'fundamentals']);

/** The pick's own fit rules (person-fit.ts): held, below a held credential, outgrown, not yet sittable. */
export function setAsideFor(c: CatalogCredential, asker: Asker, world: CredentialWorld): FitNote | undefined {
  return fitFor(c, asker.person ?? { held: asker.held, ...(asker.yearsExperience !== undefined ? { yearsExperience: asker.yearsExperience } : {}) }, world.index).setAside;
}

/** The credentials a "cheaper / shorter / free" question chooses among: the role's (or the named one's), not held, covering a gap when gaps are known. */
export function candidates(person: Asker, world: CredentialWorld, than: CatalogCredential | undefined): Facts[] {
  const own = person.role !== undefined && (!than || than.targetRoles.includes(person.role.id));
  const roles = own && person.role ? [person.role.id] : (than?.targetRoles ?? []);
  // Another field's credentials are not measured against this person's gaps.
  const asker = own ? person : { ...person, gaps: [] };
  return world.credentials
    .filter((c) => c.id !== than?.id && !setAsideFor(c, person, world) && (roles.length === 0 || c.targetRoles.some((r) => roles.includes(r))))
    .map((c) => factsOf(c, asker, world))
    // The person's gaps decide only within their own role: "cheaper than the A+" for a data analyst is about IT support.
    .filter((f) => !own || !f.coverage || f.coverage.covered.length > 0);
}

const forWhom = (asker: Asker, than: CatalogCredential | undefined) =>
  asker.role && (!than || than.targetRoles.includes(asker.role.id)) ? ` for ${roleWords(asker.role.name)} roles` : than ? ` in the same field as ${bold(than)}` : '';

/**
 * "anything cheaper?": the free routes first (audit, financial aid, free to earn) among the
 * credentials for the role that cover the person's gaps, then the credentials that cost less and
 * cover one of their top gaps, cheapest first, each with its cost over the horizon and its time at
 * their hours. A credential made for a neighbouring role counts when it covers a top gap (PSM I
 * covers Scrum for an IT project coordinator): it is said to be made for that role. With a named
 * credential, only what costs less than it.
 */
export function cheaper(than: CatalogCredential | undefined, asker: Asker, world: CredentialWorld): string {
  const own = than ? factsOf(than, asker, world) : undefined;
  const ceiling = own?.cost.expectedCents;
  if (than && (ceiling === null || ceiling === undefined)) {
    const pool = candidates(asker, world, than).filter((f) => f.cost.expectedCents !== null).sort(byCost);
    const lead = `${bold(than)}: price unknown: check the provider, so I can't say what is cheaper. The least costly I know${forWhom(asker, than)}:`;
    return pool.length === 0 ? lead.replace(/ The least costly.*$/, '') : `${lead}\n${pool.slice(0, LISTED).map((f) => compareLine(f, asker, world)).join('\n')}`;
  }
  const freeRoutes = (than ? [] : candidates(asker, world, undefined)).filter((f) => freeWays(f).length > 0 && (f.cost.toEarnCents ?? 1) > 0);
  const pool = topGapPool(asker, world, than);
  // At one price, the role's own credential before one made for another role.
  const other = (f: Facts) => (asker.role && !f.c.targetRoles.includes(asker.role.id) ? 1 : 0);
  const known = pool.filter((f) => f.cost.expectedCents !== null).sort((x, y) => (x.cost.expectedCents ?? 0) - (y.cost.expectedCents ?? 0) || other(x) - other(y) || x.c.id.localeCompare(y.c.id));
  const unknown = pool.length - known.length;
  const below = ceiling === null || ceiling === undefined ? known : known.filter((f) => (f.cost.expectedCents ?? 0) < ceiling);
  const unknownNote = unknown > 0 ? ` ${unknown === 1 ? 'One more has' : `${unknown} more have`} no known price: check the provider.` : '';
  const parts: string[] = [];
  if (freeRoutes.length > 0) parts.push(`Free first: ${freeRoutes.slice(0, LISTED).map((f) => freeRouteWords(f, asker)).join(' ')}`);
  const top = asker.gaps.slice(0, TOP_GAPS).map((g) => gapName(g, world.index.skillName));
  if (below.length > 0) {
    const lead = !than
      ? asker.gaps.length > 0 && asker.role
        ? `The least costly credentials I know that cover your top gaps (${listOf(top)}), over ${horizonText(HORIZON_MONTHS)}:`
        : `The least costly ways in I know${forWhom(asker, than)}, over ${horizonText(HORIZON_MONTHS)}:`
      : `${bold(than)} comes to ${formatUsd(ceiling ?? 0)} over ${horizonText(HORIZON_MONTHS)}. Cheaper${forWhom(asker, than)}:`;
    parts.push(`${lead}\n${below.slice(0, LISTED).map((f) => `${compareLine(f, asker, world)}${madeFor(f.c, asker, world)}`).join('\n')}${unknownNote}`);
  } else if (parts.length === 0) {
    return `${than && ceiling != null ? `Nothing I know${forWhom(asker, than)} costs less than ${bold(than)} (${formatUsd(ceiling)} over ${horizonText(HORIZON_MONTHS)}).` : `I know no priced credential${forWhom(asker, than)} that covers your gaps.`}${unknownNote}`;
  }
  return parts.join('\n');
}

const byCost = (x: Facts, y: Facts) => (x.cost.expectedCents ?? 0) - (y.cost.expectedCents ?? 0) || x.c.id.localeCompare(y.c.id);

/**
 * For a "cheaper" answer: the role's own credentials (as `candidates` gives them) and, when the
 * person's top gaps are known, any other entry-level credential (a course certificate or a
 * fundamentals exam) not set aside for them that covers one of those top gaps, whatever role it is
 * made for: a way in, not another field's associate exam.
 */
function topGapPool(asker: Asker, world: CredentialWorld, than: CatalogCredential | undefined): Facts[] {
  const own = candidates(asker, world, than);
  const top = new Set(asker.gaps.slice(0, TOP_GAPS).map((g) => g.skill));
  if (top.size === 0 || !asker.role || (than && !than.targetRoles.includes(asker.role.id))) return own;
  const seen = new Set(own.map((f) => f.c.id));
  const more = world.credentials
    .filter((c) => c.id !== than?.id && !seen.has(c.id) && ENTRY_LEVELS.has(c.level) && !setAsideFor(c, asker, world))
    .map((c) => factsOf(c, asker, world))
    .filter((f) => f.coverage?.covered.some((g) => top.has(g.skill)));
  return [...own, ...more];
}

/** " It is made for project manager roles." for a credential made for other roles than the person's. */
function madeFor(c: CatalogCredential, asker: Asker, world: CredentialWorld): string {
  if (!asker.role || c.targetRoles.includes(asker.role.id)) return '';
  return ` It is made for ${listOf(c.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)))} roles.`;
}

/** One free route in words: how it is free, and what certifying costs at the person's pace. */
function freeRouteWords(f: Facts, asker: Asker): string {
  const ways = freeWays(f).map((w) => (w === 'free to audit' ? 'you can audit it free (study it without the certificate)' : w === 'financial aid' ? 'you can apply for financial aid on its course page' : w));
  const paid = f.cost.toEarnCents === null ? 'the price of certifying is unknown: check the provider' : `certifying costs ${formatUsd(f.cost.toEarnCents)} at your pace, about ${f.time.known ? weeksText(f.time.weeks) : 'an unknown time'} ${pace(asker)}`;
  return `${bold(f.c)}: ${orList(ways)}; ${paid}.`;
}

export function shorter(than: CatalogCredential | undefined, asker: Asker, world: CredentialWorld): string {
  const own = than ? factsOf(than, asker, world) : undefined;
  const pool = candidates(asker, world, than);
  const known = pool.filter((f) => f.time.known).sort((x, y) => (x.time.known && y.time.known ? x.time.weeks - y.time.weeks : 0) || x.c.id.localeCompare(y.c.id));
  const ceiling = own?.time.known ? own.time.weeks : undefined;
  const below = ceiling === undefined ? known : known.filter((f) => f.time.known && f.time.weeks < ceiling);
  const lead = !than
    ? `The quickest I know${forWhom(asker, than)}, ${pace(asker)}:`
    : ceiling === undefined
      ? `I don't know how long ${bold(than)} takes. The quickest I know${forWhom(asker, than)}:`
      : `${bold(than)} takes ${own ? timeWords(own, asker) : ''}. Quicker${forWhom(asker, than)}:`;
  if (below.length === 0) return than ? `Nothing I know${forWhom(asker, than)} is quicker than ${bold(than)}.` : `I have no study hours for the credentials${forWhom(asker, than)}: check each provider's page.`;
  return `${lead}\n${below.slice(0, LISTED).map((f) => compareLine(f, asker, world)).join('\n')}`;
}

export function free(named: readonly CatalogCredential[], asker: Asker, world: CredentialWorld): string {
  if (named.length > 0) {
    return named
      .map((c) => {
        const f = factsOf(c, asker, world);
        const zero = c.costs.filter((l) => l.amountUsd === 0 && l.type !== 'renewal' && l.type !== 'retake');
        const ways = freeWays(f).filter((w) => w !== 'free to earn');
        const said = [
          ...costLinesWords(c, (l) => zero.includes(l)),
          ...ways.map((w) => (w === 'free to audit' ? 'auditing means studying it free, without the certificate' : 'financial aid is applied for on the course page')),
        ];
        const joined = said.join('; ');
        if (said.length === 0) return `${bold(c)}: no free route in my notes; check ${providerName(c)}'s page for vouchers or discounts.`;
        const label = ways.length > 0 ? ` (${ways.join(', ')})` : '';
        const source = totalSource(c, (l) => !l.optional && l.type !== 'renewal');
        const keeping = f.cost.toEarnCents === 0 && (f.cost.expectedCents ?? 0) > 0 ? ` Keeping it costs ${formatUsd(f.cost.expectedCents ?? 0)} over ${horizonText(HORIZON_MONTHS)} (membership and renewal fees).` : '';
        const paid =
          f.cost.toEarnCents !== null && f.cost.toEarnCents > 0
            ? ` Certifying still costs ${formatUsd(f.cost.toEarnCents)}${source ? ` (${source})` : ''}${asker.budgetUsd === 0 ? ', a cost for later' : ''}.`
            : f.cost.toEarnCents === null
              ? ' The price of certifying is unknown: check the provider.'
              : keeping;
        return `${bold(c)}${label}: ${joined}.${paid}`;
      })
      .join('\n');
  }
  const pool = candidates(asker, world, undefined).filter((f) => freeWays(f).length > 0);
  if (pool.length === 0) return `I don't know of a free way in${forWhom(asker, undefined)} in my notes; check each provider's page for vouchers.`;
  const shown = pool.slice(0, 5).map((f) => `${bold(f.c)} (${freeWays(f).join(', ')})`);
  const more = pool.length > 5 ? `, and ${pool.length - 5} more` : '';
  const where = asker.role ? ` for *${asker.role.name}*` : '';
  return `Yes. Ways in that cost nothing up front${where}: ${shown.join('; ')}${more}. Auditing means learning free without the certificate; financial aid is applied for on the course platform. Certifying may still cost: ask me what one costs.`;
}

/**
 * "what is the cheapest way to learn ISO 27001?": about that skill, never a cheaper credential for other
 * gaps. The catalog's credentials that teach it, not set aside for the person: free routes first, then
 * the priced ones cheapest first, then those with no known price. `said` is the name they used; when it
 * is narrower than the skill the catalog files it under (ISO 27001 under security frameworks), that is
 * said, since no course here is about it alone. With none, that is said plainly, with how it is learnt.
 */
export function cheapestToLearn(skill: string, said: string, asker: Asker, world: CredentialWorld, onlyFree: boolean): string {
  const name = world.index.skillName(skill);
  const narrower = said.trim().toLowerCase() !== name.toLowerCase() && !name.toLowerCase().includes(said.trim().toLowerCase());
  const teaching = world.credentials.filter((c) => (world.index.evidence.get(c.id)?.has(skill) ?? c.skills.includes(skill)) && !setAsideFor(c, asker, world)).map((c) => factsOf(c, asker, world));
  const about = narrower ? `My catalog has no course on ${said.trim()} alone; it files it under ${name}.` : '';
  if (teaching.length === 0) {
    return `${about || `My catalog has no course for ${name}.`} ${narrower ? 'No credential in it teaches that either' : 'It'} is learnt from the source itself and by using it on real work (at your job, as a volunteer or in a portfolio piece): check the body that publishes it for free guides.`.replace(/\s+/g, ' ');
  }
  const free = teaching.filter((f) => freeWays(f).length > 0);
  const priced = teaching.filter((f) => freeWays(f).length === 0 && f.cost.expectedCents !== null).sort(byCost);
  const unknown = teaching.length - free.length - priced.length;
  const lines: string[] = [];
  if (free.length > 0) lines.push(`Free first: ${free.slice(0, LISTED).map((f) => freeRouteWords(f, asker)).join(' ')}`);
  else if (onlyFree) lines.push(`I know no free course that teaches ${name}.`);
  if (priced.length > 0 && (!onlyFree || free.length === 0)) lines.push(`${free.length > 0 ? 'Then the' : 'The'} least costly that teach ${name}, over ${horizonText(HORIZON_MONTHS)}:\n${priced.slice(0, LISTED).map((f) => `${compareLine(f, asker, world)}${madeFor(f.c, asker, world)}`).join('\n')}`);
  if (unknown > 0) lines.push(`${unknown === 1 ? 'One more teaches' : `${unknown} more teach`} it with no known price: check the provider.`);
  return [about, ...lines].filter(Boolean).join('\n');
}

/** A platform's name as whole words in a text, in any case. */
export const platformNamed = (platform: string, text: string): boolean => new RegExp(`\\b${platform.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text);

/**
 * "is trailhead free?": the learning site a credential is studied on, named by the person, with no free audit or
 * aid in the catalog for it. What the catalog says of the site (the study hours counted on it, what is free there,
 * such as maintenance modules), what paying for the credential itself costs, and where to check the rest.
 */
export function platformFree(platform: string, credentials: readonly CatalogCredential[], asker: Asker, world: CredentialWorld): string | undefined {
  const on = credentials.filter((c) => c.platform?.toLowerCase() === platform.toLowerCase() && freeWays(factsOf(c, asker, world)).length === 0).slice(0, 2);
  if (on.length === 0) return undefined;
  return on
    .map((c) => {
      const f = factsOf(c, asker, world);
      const says = (c.hours?.says ?? '').replace(/^an estimate: /, '');
      const counted = platformNamed(platform, says) ? ` By my notes, ${says.replace(/\.?$/, '.')}` : '';
      const freeThere = [c.expiry.renew, ...c.costs.filter((l) => l.amountUsd === 0).map((l) => l.note ?? '')].find((t) => t && /\bfree\b/i.test(t) && platformNamed(platform, t));
      const keeping = freeThere ? ` Once you hold it: ${freeThere.charAt(0).toLowerCase()}${freeThere.slice(1).replace(/\.?$/, '.')}` : '';
      const paid = c.costs.filter((l) => l.amountUsd > 0 && (l.type === 'exam' || l.type === 'retake'));
      const exam = paid.length > 0 ? ` Certifying is not free: ${costLinesWords(c, (l) => paid.includes(l)).join('; ')}.` : f.cost.toEarnCents === null ? ' The price of certifying is unknown: check the provider.' : '';
      return `*${platform}* is where ${providerName(c)}'s own lessons for ${bold(c)} are.${counted} My notes give no price for those lessons, so check ${platform} itself before you count on them being free.${keeping}${exam}`;
    })
    .join('\n');
}
