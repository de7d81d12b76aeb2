import { bold, factsOf, plain, type Asker, type CredentialWorld } from '../src/credentials/credential-words.js';
import { gapName } from '../src/credentials/situation.js';
import { postingTermsNote, postingTermsSaid } from '../src/credentials/credential-warnings.js';
import { askCountWords } from '../src/credentials/posting-asks-words.js';
import { roleWords } from '../src/credentials/roi.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Role } from '../src/data/roles-schema.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { postingsVerdict } from './need-credential.js';

/**
 * Two questions about what a credential does for the person's job hunt: one they already hold
 * ("security+ counts for anything here?", "I have already the google certificate, I need another
 * one?") and whether one is enough to be hired ("is the certificate enough to get hired?"). A coach
 * answers from the catalog (what it teaches, who it is made for, how to keep it) and the person's
 * own postings (which name it, which name another), never with a hiring rate: none is known.
 */

const TOP_GAPS = 3;

/** What the role asks for that the credential teaches, by name (the role's list in roles.json). */
function sharedSkills(c: CatalogCredential, role: Role, world: CredentialWorld): string[] {
  const taught = world.index.evidence.get(c.id) ?? new Set(c.skills);
  return role.skills.filter((s) => taught.has(s.skill)).map((s) => world.index.skillName(s.skill));
}

/**
 * The credential their postings name most, apart from those they hold, with how the postings ask for it;
 * one the catalog carries no figures for (CySA+) is named too, since the postings ask for it all the same.
 */
function postingsNext(asker: Asker, world: CredentialWorld): { name: string; carried: boolean; said?: string } | undefined {
  const named = [...(asker.person?.asked ?? []), ...(asker.person?.askedUncarried ?? [])];
  const asked = named.filter((a) => a.share > 0 && !asker.held.includes(a.id)).sort((a, b) => b.share - a.share)[0];
  if (!asked) return undefined;
  const c = world.credentials.find((x) => x.id === asked.id);
  if (c) return { name: c.name, carried: true, said: postingTermsNote(c, asked) };
  const other = world.notCarried?.find((x) => x.id === asked.id);
  return other && { name: other.name, carried: false, said: postingTermsSaid([other.name], asked) };
}

/**
 * Whether another credential is needed: the one their postings name (not one they hold), else the top
 * pick on screen as optional, else, with postings pasted, that none names one. Undefined when nothing
 * is known to say. `pasted`: their gap report was read from postings they pasted.
 */
function anotherWords(asker: Asker, world: CredentialWorld, onScreen: readonly CatalogCredential[], pasted: boolean): string | undefined {
  const next = postingsNext(asker, world);
  if (next) {
    const said = next.said ? `: ${next.said.replace(/^./, (x) => x.toLowerCase())}` : '.';
    const unknown = next.carried ? '' : ` I have no sourced price or study time for it, so check its provider's page.`;
    return `The one your postings name is *${next.name}*${said}${unknown}`;
  }
  const top = onScreen.find((p) => !asker.held.includes(p.id));
  const pick = top ? ` If you add one, ${bold(top)} is my first pick for your gaps, but a portfolio piece may do as much.` : '';
  if (pasted) return `Not necessarily: none of your postings names another credential.${pick || ' A portfolio piece showing the work may do more than another badge.'}`;
  return top ? `Not necessarily.${pick} Paste a few postings in the gap interview (\`gaps\`) to see which credentials your employers name.` : undefined;
}

/**
 * How to keep it current, in one sentence from the catalog's renewal rule: "Keep it with 45 credits ..." is
 * said as "Keep it current with 45 credits ...", never "Keep it current: keep it with"; another rule follows
 * "Keep it current:", its first word in lower case unless it is a name ("PMI's current renewal rule").
 */
export function keepCurrent(renew: string): string {
  const rule = renew.trim().replace(/[.\s]+$/, '');
  const lower = (text: string) => (/^\S[A-Z]/.test(text) ? text : text.replace(/^./, (x) => x.toLowerCase()));
  // "Keep it with 45 credits", "keep it by finishing ...": the rule's own "keep it" gets the word "current".
  const how = /^keep (?:it|them) (?=(?:with|by|through|via)\b)/i.exec(rule);
  if (how) return `Keep it current ${rule.slice(how[0].length)}.`;
  // "Keep it current: retake the exam", "Keep it active by ...": already said as a way to keep it.
  const said = /^keep (?:it|them) current\s*[:,]?\s*/i.exec(rule);
  if (said) return `Keep it current: ${lower(rule.slice(said[0].length))}.`;
  if (/^keep (?:it|them)\b/i.test(rule)) return `${rule.replace(/^./, (x) => x.toUpperCase())}.`;
  return `Keep it current: ${lower(rule)}.`;
}

/**
 * A credential they hold, asked about at any step: it counts (it is on their profile and never
 * suggested again), what it shows for the target role, how their postings ask for it, how to keep it,
 * and whether another is needed.
 */
export function heldAnswer(c: CatalogCredential, asker: Asker, world: CredentialWorld, role: Role | undefined, onScreen: readonly CatalogCredential[], pasted: boolean): string {
  const lines = [`Yes, it counts: you hold ${bold(c)}, it is on your profile, and I never suggest it to you again.`];
  if (role && c.targetRoles.includes(role.id)) lines.push(`It is made for ${roleWords(role.name)} jobs, so put it near the top of your resume.`);
  else if (role?.kindOf && c.targetRoles.includes(role.kindOf.role)) {
    const wider = roleWords(world.roleName(role.kindOf.role) ?? role.kindOf.role);
    lines.push(`It is made for ${wider} jobs, and ${roleWords(role.name)} is one of them, so put it near the top of your resume.`);
  }
  else if (role) {
    const shared = sharedSkills(c, role, world);
    const madeFor = listOf(c.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)));
    lines.push(
      shared.length > 0
        ? `It is made for ${madeFor} roles rather than ${roleWords(role.name)} ones, but it shows ${listOf(shared.slice(0, 3))}, which ${roleWords(role.name)} jobs ask for too: keep it on your resume and mention it when a posting asks for that side of the work.`
        : `It is made for ${madeFor} roles, and nothing it teaches is on the ${roleWords(role.name)} list, so it shows you can study and pass an exam: keep it on your resume, but lead with the work you have done.`,
    );
  }
  // Held, it is no longer something to apply without: only how many postings ask for it is news.
  const asks = askCountWords(asker.person?.asked?.find((a) => a.id === c.id));
  if (asks) lines.push(`${asks.replace(/^./, (x) => x.toUpperCase())}: you have it, so name it where they will see it.`);
  if (c.expiry.expires === true && c.expiry.renew) lines.push(keepCurrent(plain(c.expiry.renew)));
  const another = anotherWords(asker, world, onScreen, pasted);
  if (another) lines.push(`Do you need another? ${another}`);
  return lines.join(' ');
}

/** "do i need another certificate?" with none named: whether another is needed, then what they hold, which counts. */
export function anotherAnswer(held: readonly CatalogCredential[], asker: Asker, world: CredentialWorld, onScreen: readonly CatalogCredential[], pasted: boolean): string {
  const another = anotherWords(asker, world, onScreen, pasted) ?? "It depends on the jobs you want: paste a few postings in the gap interview (`gaps`) and I'll show which credentials they name and how firmly.";
  const counts = held.length > 0 ? ` What you hold already counts (${listOf(held.map(bold))}), and I never suggest it to you again.` : '';
  return `${another}${counts}`;
}

/**
 * "is the certificate enough to get hired?": not on its own, said plainly. What their postings make of
 * it (a screen that requires it, a plus, or not named), the top gaps it leaves, and what to pair it with:
 * the role's portfolio piece (roles.json), networking and interview practice.
 */
export function enoughToHireAnswer(c: CatalogCredential | undefined, asker: Asker, world: CredentialWorld, role: Role | undefined, postingsPasted: boolean): string {
  const it = c ? bold(c) : 'a certificate';
  const lines = [`Not on its own: ${it} gets your application read, and what gets you hired is showing you can do the work.`];
  if (c) {
    const { kind, said } = postingsVerdict(c, asker, postingsPasted);
    if (kind === 'required') lines.push(`${said ?? `Some of your postings require ${bold(c)}.`} There it gets you past the screen, which is needed but not enough.`);
    else if (kind === 'preferred' || kind === 'named') lines.push(said ?? `Some of your postings name ${bold(c)}, so it helps you stand out there.`);
    else if (kind === 'not-named') lines.push(`None of your postings names ${bold(c)}, so for them it is evidence of learning, not a requirement.`);
    const f = factsOf(c, asker, world);
    const left = asker.gaps.slice(0, TOP_GAPS).filter((g) => !f.coverage?.covered.some((x) => x.skill === g.skill));
    if (f.coverage && left.length > 0) lines.push(`It leaves ${listOf(left.map((g) => gapName(g, world.index.skillName)))} among your top gaps to show another way.`);
  }
  const piece = role?.portfolio.text;
  lines.push(
    piece
      ? `Pair it with a portfolio piece (${piece.charAt(0).toLowerCase()}${piece.slice(1).replace(/\.$/, '')}), with networking in the field, and with interview practice (\`practice\`); your plan dates each of them.`
      : 'Pair it with a portfolio piece that shows the work, with networking in the field, and with interview practice (`practice`).',
  );
  return lines.join(' ');
}
