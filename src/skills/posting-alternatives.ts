import type { SkillCatalog } from '../data/load-data.js';
import type { DemandLevel } from './posting-cues.js';
import type { LocatedMention } from './extract-skills.js';

/**
 * Which of a posting's demands are one: mentions joined by "or" ("Tableau or Power BI"), by "/" or ","
 * between skills of a kind ("AWS, Azure or GCP"), the examples in a bracket after a skill ("a SIEM
 * (Splunk or Sentinel)"), the backgrounds of one years clause ("3+ years in business analysis,
 * operations or banking"), and a skill beside its kind ("Azure or another cloud platform"). The level
 * of each mention is read in posting-levels.ts; this module only groups them.
 */

// Between two backgrounds of a years clause: commas, "or", "/", and at most two words the catalog does
// not know ("business analysis, operations or banking"); never "similar role in", which qualifies.
const EXPERIENCE_JOIN = /^(?:\s*(?:,|\/|\b(?:and\s*\/\s*)?or\b)\s*(?:(?!(?:in|as|at|with|within|roles?|similar|related|of|for|experience|background|and)\b)[A-Za-z&-]+\s+){0,2})+$/i;
const OR_LATER = /^(?:\s*,\s*[A-Za-z&-]+(?:\s+[A-Za-z&-]+)?)*\s*,?\s*(?:and\s*\/\s*)?or\b/i;
// "in product management, growth marketing, or a similar role": the roles listed are ways to meet
// one demand.
const OR_SIMILAR_AFTER = /^[^.;:\n]*?,?\s+or\s+(?:(?:a|an|any|other|some)\s+)?(?:(?:closely\s+)?(?:similar|related|equivalent|comparable|adjacent)\s+)(?:roles?|fields?|positions?|backgrounds?|experience|functions?|disciplines?)\b/i;

const OR_JOIN = /^\s*,?\s*(?:and\s*\/\s*)?or\s+(?:either\s+)?$/i;
const SLASH_JOIN = /^\s*\/\s*$/;
// "Azure (Data Factory, Blob Storage) or another cloud platform": the skill, its examples, then the kind it is of.
const OR_ANOTHER_JOIN = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:and\s*\/\s*)?or\s+(?:an?\s+|any\s+)?(?:other|another|similar|equivalent|comparable)\s+(?:(?:major|public|modern|leading)\s+)?$/i;
// "a SIEM (Splunk or Sentinel)": products of a category, in a bracket after it, are the category
// named by example; one demand that any of them meets, not a demand for each.
// A product the catalog does not know may come first: "a SIEM (QRadar or Splunk)".
const PAREN_JOIN = /^\s*\(\s*(?:e\.g\.,?\s*|such as\s+|like\s+|including\s+|ideally\s+)?(?:[A-Za-z][\w.-]*\s*(?:,|\bor\b|\/)\s*){0,3}$/i;
const COMMA_JOIN = /^\s*,\s*$/;
// "our SIEM (Splunk)": one product in a bracket right after the kind it is of names the kind by example.
const LONE_PAREN_JOIN = /^\s*\(\s*(?:e\.g\.,?\s*|such as\s+|like\s+|ideally\s+|currently\s+|we use\s+)?$/i;
const LONE_PAREN_CLOSE = /^\s*\)/;
// The next item of a bracket already open: "(DNS, firewalls and VPN)".
const BRACKET_ITEM_JOIN = /^\s*(?:,|\/|(?:,\s*)?(?:and|or|&))\s*$/i;
// A comma and at most two words the catalog does not know: "product management, growth marketing".
const LIST_JOIN = /^\s*,\s*(?:[A-Za-z-]+\s+){0,2}$/;
const OR_NEXT = /^\s*,?\s*(?:and\s*\/\s*)?or\s+(?!similar|equivalent|other|related|comparable|another|any\b)/i;

/** A mention of a posting with the level posting-levels.ts read for it and the clause it sits in. */
export interface Read extends LocatedMention {
  level: DemandLevel;
  /** Named as the work, field or industry of a years clause: an experience demand. */
  experience: boolean;
  /** No word, label or heading set the level: it is required only because nothing said otherwise. */
  byDefault: boolean;
  phrase: string;
  clause: number;
}

/**
 * Two skills a "/" or "," can join into alternatives: evidence of the same broader skill (two BI
 * tools, two clouds) or, after a comma only, two languages or platforms ("Python, R or SAS").
 * "HTML/CSS" is both, not either: a slash between two languages asks for each.
 */
function related(catalog: SkillCatalog, a: string, b: string, sameKindCounts: boolean): boolean {
  const sa = catalog.byId.get(a);
  const sb = catalog.byId.get(b);
  if (!sa || !sb) return false;
  const ba = new Set([a, ...(sa.broader ?? [])]);
  if ((sb.broader ?? []).some((id) => ba.has(id)) || ba.has(b)) return true;
  return sameKindCounts && sa.category === sb.category && (sa.category === 'language' || sa.category === 'platform');
}

/** How many brackets opened in `words` are still open at its end. */
export const openBrackets = (words: string) => (words.match(/\(/g)?.length ?? 0) - (words.match(/\)/g)?.length ?? 0);

/** Every skill `id` is evidence of through `broader`, nearest first. */
export function ancestorsOf(catalog: SkillCatalog, id: string): string[] {
  const found: string[] = [];
  for (const queue = [...(catalog.byId.get(id)?.broader ?? [])]; queue.length > 0; ) {
    const next = queue.shift() as string;
    if (next === id || found.includes(next)) continue;
    found.push(next);
    queue.push(...(catalog.byId.get(next)?.broader ?? []));
  }
  return found;
}

/** Groups whose last member is the kind the posting accepts any of: "Azure or another cloud platform". */
const openKinds = new WeakSet<Read[]>();
/** Items of a bracket that names its broad skill, read as examples of it: firewalls in "Networking (DNS, firewalls)". */
const bracketExamples = new WeakSet<Read>();

/** Whether `group` (from alternatives) ends in the kind the posting accepts any of: "Azure or another cloud platform". */
export const opensKind = (group: readonly Read[]): boolean => openKinds.has(group as Read[]);
/** Whether `read` is an item of a bracket that names its broad skill: firewalls in "Networking (DNS, firewalls)". */
export const isBracketExample = (read: Read): boolean => bracketExamples.has(read);

/**
 * "infrastructure as code with Terraform": a way of working named with the tool it is done with, which is
 * evidence of it, is one demand for the tool. Only a method: "Python with scikit-learn" asks for both.
 */
const WITH_TOOL_JOIN = /^\s*(?:with|using|via|through)\s+$/i;
const methodsWithTool = new WeakSet<Read[]>();
/** Whether `group` (from alternatives) is a method named with its tool: the demand is for the tool, its last member. */
export const namesMethodWithTool = (group: readonly Read[]): boolean => methodsWithTool.has(group as Read[]);

/** Groups mentions of one clause joined by "or" (and "/" or "," between skills of a kind). */
export function alternatives(text: string, reads: readonly Read[], catalog: SkillCatalog): Read[][] {
  const groups: Read[][] = [];
  for (let i = 0; i < reads.length; i++) {
    const cur = reads[i] as Read;
    const prev = reads[i - 1];
    const group = groups[groups.length - 1];
    const join = prev && prev.clause === cur.clause && prev.level === cur.level ? text.slice(prev.end, cur.start) : undefined;
    // "Power BI, Tableau or Qlik": the "or" may lead to a tool the catalog does not know; the
    // skills before it are still alternatives.
    const orUnknown = join !== undefined && COMMA_JOIN.test(join) && OR_NEXT.test(text.slice(cur.end, cur.end + 24)) && related(catalog, prev!.skill, cur.skill, true);
    const orSimilar = join !== undefined && LIST_JOIN.test(join) && OR_SIMILAR_AFTER.test(text.slice(cur.end, cur.segment.end));
    // Only a bracket of alternatives: "Python (pandas)" asks for both, "a SIEM (Splunk or Sentinel)" for one SIEM.
    const bracket = join !== undefined && PAREN_JOIN.test(join) && /\bor\b|,|\//.test(join.slice(join.indexOf('(') + 1) + text.slice(cur.start, Math.max(cur.start, text.indexOf(')', cur.start))));
    // "a SIEM (Splunk)", "a CRM (Salesforce)": the kind, then the one product the team uses; a language and its
    // library ("Python (pandas)") or a platform and its service ask for both.
    const example = join !== undefined && LONE_PAREN_JOIN.test(join) && LONE_PAREN_CLOSE.test(text.slice(cur.end))
      && !['language', 'platform'].includes(catalog.byId.get(prev!.skill)?.category ?? '') && ancestorsOf(catalog, cur.skill).includes(prev!.skill);
    // "Networking basics (DNS, firewalls, VPN)": every item of the bracket, not only the first, is an example of
    // the skill before it, when it is evidence of that skill, or when the bracket already named the broad skill
    // itself (DNS is networking) and the item is a tool or method of it (firewalls).
    const head = group?.[0];
    const namesHead = head !== undefined && catalog.byId.get(head.skill)?.category === 'method' && group!.some((r) => r !== head && r.skill === head.skill)
      && ['tool', 'method'].includes(catalog.byId.get(cur.skill)?.category ?? '');
    const inBracket = join !== undefined && head !== undefined && group!.length > 1 && BRACKET_ITEM_JOIN.test(join) && openBrackets(text.slice(head.end, cur.start)) > 0
      && (related(catalog, head.skill, cur.skill, false) || namesHead);
    if (inBracket && namesHead) bracketExamples.add(cur);
    // "3+ years in business analysis, operations or banking": the backgrounds of a years clause are one demand.
    const backgrounds = join !== undefined && prev!.experience && cur.experience && EXPERIENCE_JOIN.test(join)
      && (/\bor\b/i.test(join) || OR_LATER.test(text.slice(cur.end, cur.segment.end)));
    // "Azure or another cloud platform": any skill of the kind meets it, so it is one demand with the kind.
    const orAnother = join !== undefined && OR_ANOTHER_JOIN.test(join) && ancestorsOf(catalog, prev!.skill).includes(cur.skill);
    const withTool = join !== undefined && group?.length === 1 && group[0] === prev && WITH_TOOL_JOIN.test(join)
      && catalog.byId.get(prev!.skill)?.category === 'method' && ancestorsOf(catalog, cur.skill).includes(prev!.skill);
    if (withTool && group) {
      group.push(cur);
      methodsWithTool.add(group);
      continue;
    }
    const joins = join !== undefined && (backgrounds || orAnother || OR_JOIN.test(join) || orSimilar || orUnknown || ((SLASH_JOIN.test(join) || bracket) && related(catalog, prev!.skill, cur.skill, false)) || inBracket || example);
    if (joins && group) {
      group.push(cur);
      if (orAnother) openKinds.add(group);
    }
    else groups.push([cur]);
  }
  // "AWS, Azure or GCP": a comma before an "or" group joins it when the skills are of a kind.
  for (let g = groups.length - 1; g > 0; g--) {
    const group = groups[g] as Read[];
    const before = groups[g - 1] as Read[];
    const last = before[before.length - 1] as Read;
    const first = group[0] as Read;
    if (group.length > 1 && before.length === 1 && last.clause === first.clause && last.level === first.level
      && COMMA_JOIN.test(text.slice(last.end, first.start)) && related(catalog, last.skill, first.skill, true)) {
      groups.splice(g - 1, 2, [last, ...group]);
    }
  }
  return groups;
}
