import type { AskedCredential } from './person-fit.js';
import { askedCredentialSchema, shortestGrace, type PostingAsk } from './posting-credentials.js';

/**
 * How the person's postings ask for a credential they name, in the words a coach uses: "ask for"
 * only where one requires it, "prefer" where they all only prefer it ("CSM a plus"), and "name"
 * where they do not say, or the session kept the share alone (saved before the terms were read).
 * A posting that only prefers a credential is no screen, so it is never said to "ask for" it.
 */

export type AskVerb = 'ask for' | 'prefer' | 'name';

/** How each posting naming it asks, as kept with the gap report; empty for older sessions. */
function termsOf(asked: AskedCredential | undefined): readonly PostingAsk[] {
  const parsed = askedCredentialSchema.safeParse(asked);
  return parsed.success ? (parsed.data.postings ?? []) : [];
}

/** Required by at least one posting (outright or within months of hire): "ask for"; only preferred: "prefer"; else "name". */
export function askVerb(asked: AskedCredential | undefined): AskVerb {
  const terms = termsOf(asked);
  if (terms.some((t) => t.asks === 'required' || t.withinMonths !== undefined)) return 'ask for';
  return terms.length > 0 && terms.every((t) => t.asks === 'preferred') ? 'prefer' : 'name';
}

/** The verb several credentials share (a path of two), or "name" when their postings ask for them differently. */
export function sharedVerb(asked: readonly (AskedCredential | undefined)[]): AskVerb {
  const verbs = new Set(asked.map(askVerb));
  return verbs.size === 1 ? ([...verbs][0] ?? 'name') : 'name';
}

/** "It is here because your postings ask for it by name" / "prefer it" / "name it". */
export function postingsVerbIt(verb: AskVerb): string {
  return verb === 'ask for' ? 'ask for it by name' : `${verb} it`;
}

const NUMBERS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const counted = (n: number) => NUMBERS[n] ?? String(n);

/**
 * How many of the person's postings require it outright, require it within months of hire, prefer it
 * or only name it, said in one clause to follow a verdict: "one of your 3 postings prefers it",
 * "your posting requires it within 6 months of hire", "both of your postings prefer it". Undefined
 * when no posting's terms were kept.
 */
export function askCountWords(asked: AskedCredential | undefined): string | undefined {
  const terms = termsOf(asked);
  if (!asked || terms.length === 0 || asked.share <= 0) return undefined;
  const total = Math.max(terms.length, Math.round(terms.length / asked.share));
  const grace = terms.filter((t) => t.asks !== 'preferred' && t.withinMonths !== undefined);
  const parts: [number, string, string][] = [
    [terms.filter((t) => t.asks === 'required' && t.withinMonths === undefined).length, 'require', 'it'],
    [grace.length, 'require', `it within ${shortestGrace(grace) ?? ''} of hire`],
    [terms.filter((t) => t.asks === 'preferred').length, 'prefer', 'it'],
    [terms.filter((t) => t.asks === undefined && t.withinMonths === undefined).length, 'name', 'it'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, verb, it], i) => {
    const who = i > 0 ? counted(n) : n >= total ? (total === 1 ? 'your posting' : total === 2 ? 'both of your postings' : `all ${total} of your postings`) : `${n === 1 ? 'one' : n} of your ${total} postings`;
    return `${who} ${verb}${n === 1 ? 's' : ''} ${it}`;
  });
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1) ?? ''}` : said[0];
}
