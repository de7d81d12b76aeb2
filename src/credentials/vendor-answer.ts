import type { CatalogCredential } from '../data/credentials-schema.js';
import { listOf } from '../roles/suggest-roles.js';
import { setAsideFor } from './cheaper-answers.js';
import { compareLine, factsOf, type Asker, type CredentialWorld } from './credential-words.js';
import { roleWords } from './roi.js';

/**
 * "is the aws one or the azure one better for me?": a cloud vendor comparison from the person's own
 * postings (the share of them asking for each vendor, from the gap report) and the catalog (the
 * credentials each vendor has for their role, entry level first, with cost and time at their
 * hours). A vendor with nothing in the catalog for the role is said plainly, with its foundation
 * exam for cloud roles as the nearest, named as made for those roles. The advice follows the
 * postings: the vendor more of them ask for first; asked for equally, the one with a credential
 * for their role.
 */

export interface CloudVendor {
  /** The catalog's vendor id. */
  readonly vendor: string;
  /** The skill id the postings' demand for it is counted under. */
  readonly skill: string;
  readonly name: string;
  /** Words people use for it. */
  readonly words: RegExp;
}

export const CLOUD_VENDORS: readonly CloudVendor[] = [
  { vendor: 'aws', skill: 'aws', name: 'AWS', words: /\b(?:aws|amazon(?: web services)?)\b/i },
  { vendor: 'microsoft', skill: 'azure', name: 'Microsoft Azure', words: /\b(?:azure|microsoft)\b/i },
  { vendor: 'google-cloud', skill: 'google-cloud', name: 'Google Cloud', words: /\b(?:gcp|google cloud)\b/i },
];

/** The cloud vendors a message names, in the order of CLOUD_VENDORS. */
export const cloudVendorsIn = (text: string): CloudVendor[] => CLOUD_VENDORS.filter((v) => v.words.test(text));

const LEVEL_ORDER = ['entry-certificate', 'fundamentals', 'associate', 'professional', 'specialty'];
const byLevel = (a: CatalogCredential, b: CatalogCredential) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.id.localeCompare(b.id);

const shareWords = (share: number) => (share <= 0 ? 'none of your postings' : share >= 1 ? 'every one of your postings' : `${Math.round(share * 100)}% of your postings`);

/** The answer; `named` are the vendors the question names (all three when it names fewer than two). */
export function vendorAnswer(named: readonly CloudVendor[], asker: Asker, world: CredentialWorld): string {
  const vendors = named.length >= 2 ? named : CLOUD_VENDORS;
  const role = asker.role;
  const share = (v: CloudVendor) => asker.gaps.find((g) => g.skill === v.skill)?.share ?? 0;
  const postings = asker.gaps.length > 0 ? `What your postings ask for: ${vendors.map((v) => `${v.name} in ${shareWords(share(v))}`).join(', ')}.` : "I haven't seen your postings: paste a few in the gap interview (`gaps`) and I'll count which vendor they ask for.";
  const forRole = (v: CloudVendor) =>
    world.credentials.filter((c) => c.vendor === v.vendor && (!role || c.targetRoles.includes(role.id)) && !setAsideFor(c, asker, world)).sort(byLevel);
  const lines = vendors.map((v) => {
    const own = forRole(v);
    if (own.length > 0) return `${v.name}, for ${role ? roleWords(role.name) : 'your'} roles:\n${own.slice(0, 2).map((c) => compareLine(factsOf(c, asker, world), asker, world)).join('\n')}`;
    // Its cloud foundation: an entry exam that teaches cloud computing itself (not the vendor's AI foundation).
    const cloud = (c: CatalogCredential) => (c.skills.includes('cloud-computing') ? 0 : 1);
    const nearest = world.credentials
      .filter((c) => c.vendor === v.vendor && (c.level === 'fundamentals' || c.level === 'entry-certificate') && !setAsideFor(c, asker, world))
      .sort((a, b) => cloud(a) - cloud(b) || byLevel(a, b))[0];
    const none = `${v.name}: my catalog has no credential made for ${role ? roleWords(role.name) : 'your'} roles.`;
    return nearest ? `${none} The nearest is its cloud foundation exam, made for ${listOf(nearest.targetRoles.map((id) => roleWords(world.roleName(id) ?? id)))} roles:\n${compareLine(factsOf(nearest, asker, world), asker, world)}` : none;
  });
  const ranked = [...vendors].sort((a, b) => share(b) - share(a) || forRole(b).length - forRole(a).length);
  const [first, second] = ranked;
  const advice = !first || asker.gaps.length === 0
    ? ''
    : second && share(first) === share(second)
      ? forRole(first).length > 0 && forRole(second).length === 0
        ? `\nYour postings ask for ${first.name} and ${second.name} equally, so either serves them; only ${first.name} has a credential for your role in my catalog, so it is the one I can plan.`
        : `\nYour postings ask for ${first.name} and ${second.name} equally, so either serves them: choose the one the employer you want most names, and read its postings' words ("or another cloud platform" accepts either).`
      : `\n${first.name} first: more of your postings ask for it.`;
  return `${postings}\n${lines.join('\n')}${advice}`;
}
