import type { RoleCatalog } from '../data/load-data.js';
import { normalizeTerm } from '../data/load-data.js';
import type { Role } from '../data/roles-schema.js';
import { titleReadings } from './short-forms.js';

/** A catalog role close to a title the catalog does not know, with one line saying why. */
export interface ClosestRole {
  role: Role;
  reason: string;
}

const MAX_CLOSEST = 3;
/** Words every other title has: sharing one of them says nothing about the work. */
const GENERIC = new Set(['junior', 'senior', 'entry', 'level', 'associate', 'lead', 'head', 'of', 'the', 'a', 'an', 'and', 'in', 'for', 'it', 'i', 'want', 'to', 'be', 'work', 'as', 'role', 'job', 'specialist', 'officer', 'assistant', 'team', 'member']);
const stem = (word: string) => (word.length > 5 ? word.slice(0, 5) : word);
/** The kind of worker ("designer", "manager"): sharing only that ranks a role below one that shares what the work is. */
const KIND_OF_WORKER = new Set(['designer', 'manager', 'analyst', 'engineer', 'developer', 'administrator', 'admin', 'architect', 'coordinator', 'consultant', 'technician'].map(stem));
const wordsOf = (text: string) =>
  normalizeTerm(text)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length > 1 && !GENERIC.has(w))
    .map(stem);

/**
 * The closest catalog roles to a title it does not know. First the titles each role lists as
 * close to it with a reason ("product owner" -> product manager: "a product owner runs the backlog
 * ..."); otherwise the roles whose titles share the most words with it ("blockchain developer"
 * -> software developer), said as the nearest title with who the role suits. Empty when nothing
 * is close: the caller asks what the person enjoys instead.
 */
export function closestRoles(catalog: RoleCatalog, typed: string): ClosestRole[] {
  const said = normalizeTerm(typed).replace(/[.!?]+$/, '');
  if (said === '') return [];
  // "pm", "it pm": a short form with two readings, each a title of its own.
  const readings = titleReadings(said);
  const spelledOut = readings.flatMap((reading) => {
    // The longest title the reading holds: "salesforce developer" before "developer".
    const titled = catalog.roles.flatMap((r) => [r.name, ...r.aliases].map(normalizeTerm).filter((t) => containsWords(reading, t)).map((t) => ({ r, t })));
    const role = titled.sort((a, b) => b.t.length - a.t.length)[0]?.r;
    return role ? [{ role, reason: `"${said}" is often short for ${reading}; it suits someone who ${role.goodFor[0]}` }] : [];
  });
  const distinct = spelledOut.filter((s, i) => spelledOut.findIndex((o) => o.role.id === s.role.id) === i);
  if (distinct.length > 0) return distinct.slice(0, MAX_CLOSEST);

  const related = catalog.roles.flatMap((role) =>
    (role.relatedTitles ?? []).filter((r) => said === normalizeTerm(r.title) || containsWords(said, normalizeTerm(r.title))).map((r) => ({ role, reason: r.reason })),
  );
  if (related.length > 0) return related.slice(0, MAX_CLOSEST);

  const typedWords = new Set([said, ...readings].flatMap(wordsOf));
  if (typedWords.size === 0) return [];
  // The role's own titles only (a related title is another job), scored by the share of words in common.
  const scored = catalog.roles.map((role, index) => {
    let best = 0;
    let specific = false;
    for (const title of [role.name, ...role.aliases]) {
      const words = wordsOf(title);
      const shared = words.filter((w) => typedWords.has(w));
      best = Math.max(best, shared.length / Math.max(words.length, typedWords.size));
      specific ||= shared.some((w) => !KIND_OF_WORKER.has(w));
    }
    // Of roles sharing as much, the one whose own name says it ("sf": Salesforce administrator before a Salesforce developer alias).
    const byName = wordsOf(role.name).some((w) => typedWords.has(w) && !KIND_OF_WORKER.has(w));
    return { role, index, best, specific, byName };
  });
  return scored
    .filter((s) => s.best > 0)
    .sort((a, b) => Number(b.specific) - Number(a.specific) || b.best - a.best || Number(b.byName) - Number(a.byName) || a.index - b.index)
    .slice(0, MAX_CLOSEST)
    .map(({ role }) => ({ role, reason: `the nearest title I know; it suits someone who ${role.goodFor[0]}` }));
}

function containsWords(text: string, phrase: string): boolean {
  return ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${phrase.replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
}
