import type { RoleCatalog } from '../data/load-data.js';
import type { Role } from '../data/roles-schema.js';

export interface RoleSuggestion {
  role: Role;
  /** Why this role, in words the user can check against what they said. */
  reasons: string[];
  score: number;
}

const STOP = new Set([
  'i', 'me', 'my', 'a', 'an', 'the', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'what', 'that', 'this', 'it', 'is', 'am', 'are', 'be',
  'like', 'likes', 'love', 'enjoy', 'enjoys', 'really', 'very', 'things', 'thing', 'good', 'work', 'working', 'job', 'people', 'when', 'can', 'do', 'doing',
  'some', 'lot', 'lots', 'much', 'more', 'most', 'also', 'too', 'so', 'but', 'not', 'all', 'about', 'from', 'by', 'how', 'who', 'them', 'they', 'than',
  // Words of a sentence about oneself that say nothing about a role ("something with data").
  'something', 'anything', 'stuff', 'someone', 'loves', 'loved', 'enjoying', 'enjoyed', 'liked', 'keen', 'into', 'prefer', 'sure', 'maybe',
]);
const stem = (word: string) => (word.length > 5 ? word.slice(0, 5) : word);
const stems = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)).map(stem));

const ENJOY_WEIGHT = 0.6;
const SKILL_WEIGHT = 0.4;
const MAX_SUGGESTIONS = 3;
/** Words of what someone enjoys that a role's phrases must share for a full enjoy score. */
const FULL_ENJOY = 2;
/** Phrases quoted back as the reason: the ones that share the most words with what was said. */
const REASON_PHRASES = 2;

/**
 * Two or three roles for someone who is not sure yet, from what they enjoy (the words shared with
 * all of a role's "good for" phrases) and the skills they already have (weighted by the role's demand).
 * Nothing is suggested without a reason: an empty list means "tell me more".
 */
export function suggestRoles(catalog: RoleCatalog, enjoys: string, have: readonly string[], skillName: (id: string) => string): RoleSuggestion[] {
  const said = stems(enjoys);
  const owned = new Set(have);
  const suggestions = catalog.roles.map((role) => {
    // Across all of the role's phrases: "numbers" in one and "explaining" in another both count.
    const phrases = role.goodFor.map((phrase) => ({ phrase, hits: [...stems(phrase)].filter((s) => said.has(s)) }));
    const shared = new Set(phrases.flatMap((p) => p.hits));
    const quoted = phrases.filter((p) => p.hits.length > 0).sort((a, b) => b.hits.length - a.hits.length).slice(0, REASON_PHRASES);
    const totalWeight = role.skills.reduce((sum, s) => sum + s.weight, 0);
    const matched = role.skills.filter((s) => owned.has(s.skill)).sort((a, b) => b.weight - a.weight);
    const skillScore = totalWeight > 0 ? matched.reduce((sum, s) => sum + s.weight, 0) / totalWeight : 0;
    const enjoyScore = Math.min(1, shared.size / FULL_ENJOY);
    const reasons: string[] = [];
    if (quoted.length > 0) reasons.push(`it suits someone who ${quoted.map((p) => p.phrase).join(', and ')}`);
    if (matched.length > 0) reasons.push(`you already have ${listOf(matched.slice(0, 3).map((s) => skillName(s.skill)))}, which it asks for`);
    return { role, reasons, score: ENJOY_WEIGHT * enjoyScore + SKILL_WEIGHT * skillScore };
  });
  return suggestions
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTIONS);
}

export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
