import type { CatalogCredential } from '../data/credentials-schema.js';
import type { SkillCatalog } from '../data/load-data.js';

/**
 * What scoring needs from the catalogs, computed once at start (not on every chat turn):
 * which skills each credential is evidence of, and which tools it is built around.
 *
 * Evidence follows skills.json's `broader` ("this skill is evidence of"), transitively: a
 * credential teaching Tableau covers a data-visualization gap, one teaching PyTorch covers deep
 * learning and machine learning. The reverse is never full evidence: teaching "spreadsheets" does
 * not prove Excel, nor "operating systems" Windows. It covers the narrower gap in part (`partly`),
 * said as such: an exam teaching operating systems in general is where Windows is studied, one
 * teaching them through Linux is not, so a credential that teaches the broader skill through a
 * specific tool, platform or language of its own (Azure for cloud computing) covers no sibling of it
 * (AWS) even in part. Only a field of knowledge or practice counts so: a language or a tool (SQL,
 * Python) is no broader skill taught "in general" of the products built on it, and a vendor's own
 * platform (AWS, Azure) is learnt from that vendor's exams, never in part from a general one.
 */

const TOOLISH = new Set(['tool', 'platform', 'language']);

export interface CredentialIndex {
  readonly byId: ReadonlyMap<string, CatalogCredential>;
  /** Skill id -> the credential's own skill it comes from (itself when taught directly). */
  readonly evidence: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Narrower skill id -> the broader skill the credential teaches in general: evidence in part only (Windows through operating systems). */
  readonly partly: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The tools, platforms and languages a credential is built around, most general form only. */
  readonly toolFamilies: ReadonlyMap<string, readonly string[]>;
  /**
   * The vendor platforms a credential teaches (AWS, Azure, Salesforce): platforms that only one
   * vendor's credentials teach. Linux, taught by Google, CompTIA and CNCF alike, is nobody's.
   */
  readonly platforms: ReadonlyMap<string, readonly string[]>;
  /** The credentials that build on this one, directly or further up its ladders (nextSteps, transitively). */
  readonly above: ReadonlyMap<string, ReadonlySet<string>>;
  skillName(id: string): string;
  /** The name inside a sentence: "operating systems", but "Python" and "SQL" as written. */
  skillNameInSentence(id: string): string;
  /** The skills this one is evidence of (skills.json `broader`, transitively): Tableau -> data visualization. */
  broader(id: string): readonly string[];
}

type Skills = Pick<SkillCatalog, 'byId'>;

function closure(skill: string, skills: Skills): string[] {
  const seen = new Set<string>();
  const visit = (id: string) => {
    for (const next of skills.byId.get(id)?.broader ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(skill);
  return [...seen];
}

/** Every credential up the ladders from this one; the loader rejects loops, and `seen` guards a hand-made catalog too. */
function laddersAbove(credential: CatalogCredential, byId: ReadonlyMap<string, CatalogCredential>): Set<string> {
  const seen = new Set<string>();
  const stack = [...credential.nextSteps];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id) || id === credential.id) continue;
    seen.add(id);
    stack.push(...(byId.get(id)?.nextSteps ?? []));
  }
  return seen;
}

export function buildCredentialIndex(credentials: readonly CatalogCredential[], skills: Skills): CredentialIndex {
  const broader = new Map<string, string[]>();
  const broaderOf = (id: string): string[] => {
    let found = broader.get(id);
    if (!found) broader.set(id, (found = closure(id, skills)));
    return found;
  };
  // Broader skill -> the skills it is the broader skill of, directly or further down.
  const narrower = new Map<string, string[]>();
  for (const id of skills.byId.keys()) for (const wider of broaderOf(id)) narrower.set(wider, [...(narrower.get(wider) ?? []), id]);
  // A vendor's own platform (AWS by AWS, Azure by Microsoft, Google Cloud by Google Cloud) is proven by
  // its vendor's exams, never in part by a general course on cloud computing; Windows, which no
  // Microsoft exam in the catalog teaches, is not one of these.
  const own = (id: string, vendor: string) => {
    const skill = skills.byId.get(id);
    const said = vendor.toLowerCase().replace(/-/g, ' ');
    return skill?.category === 'platform' && (skill.id === vendor || skill.name.toLowerCase().includes(said));
  };
  const ownPlatforms = new Set(credentials.flatMap((c) => c.skills.filter((id) => own(id, c.vendor))));
  const evidence = new Map<string, Map<string, string>>();
  const partly = new Map<string, Map<string, string>>();
  const toolFamilies = new Map<string, string[]>();
  const platforms = new Map<string, string[]>();
  for (const credential of credentials) {
    const map = new Map<string, string>(credential.skills.map((id) => [id, id]));
    for (const id of credential.skills) for (const wider of broaderOf(id)) if (!map.has(wider)) map.set(wider, id);
    evidence.set(credential.id, map);
    // A broader skill taught in general, not through a tool of the credential's own (Linux, Azure), covers its narrower skills in part.
    const viaTool = new Set(credential.skills.filter((id) => TOOLISH.has(skills.byId.get(id)?.category ?? '')).flatMap(broaderOf));
    const part = new Map<string, string>();
    for (const wide of credential.skills) {
      if (viaTool.has(wide) || TOOLISH.has(skills.byId.get(wide)?.category ?? '')) continue;
      for (const narrow of narrower.get(wide) ?? []) if (!map.has(narrow) && !part.has(narrow) && !ownPlatforms.has(narrow)) part.set(narrow, wide);
    }
    partly.set(credential.id, part);
    const tools = credential.skills.filter((id) => TOOLISH.has(skills.byId.get(id)?.category ?? ''));
    // Salesforce Flow and Agentforce are Salesforce, which is a CRM: one family, named by its root.
    toolFamilies.set(credential.id, tools.filter((id) => !broaderOf(id).some((wider) => tools.includes(wider))));
    platforms.set(credential.id, credential.skills.filter((id) => skills.byId.get(id)?.category === 'platform'));
  }
  const vendorsOf = new Map<string, Set<string>>();
  for (const credential of credentials) {
    for (const id of platforms.get(credential.id) ?? []) vendorsOf.set(id, (vendorsOf.get(id) ?? new Set()).add(credential.vendor));
  }
  for (const [id, list] of platforms) platforms.set(id, list.filter((p) => vendorsOf.get(p)?.size === 1));
  const byId = new Map(credentials.map((c) => [c.id, c]));
  return {
    byId,
    evidence,
    partly,
    toolFamilies,
    platforms,
    above: new Map(credentials.map((c) => [c.id, laddersAbove(c, byId)])),
    skillName: (id) => skills.byId.get(id)?.name ?? id,
    skillNameInSentence: (id) => {
      const name = skills.byId.get(id)?.name ?? id;
      // A tool, platform or language is a name; a field of knowledge is a common noun, unless it starts with an acronym.
      return TOOLISH.has(skills.byId.get(id)?.category ?? '') || /^[A-Z]{2}/.test(name) ? name : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    },
    broader: broaderOf,
  };
}
