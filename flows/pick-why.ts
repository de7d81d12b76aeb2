import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Step } from '../src/engine/flow.js';
import type { CredentialFinder } from './named-credentials.js';

/**
 * "why?" and "why in detail" typed at the credential picks, read as the menu's own options: "why?"
 * (or "why this one?") explains the pick last talked about, else the top pick, in two or three
 * sentences; "why in detail", "more detail" or "how did you score it" gives the scoring formula
 * behind it; "why AZ-900?" or "AZ-900 in detail" names a shown pick by its short name, "why 2" or
 * "why the second one" by its number in the list. The answer
 * is a menu value (`why:<id>`, `detail:<id>`) so the step shows it and asks again, as a click would.
 */

const WHY_ALONE = /^(?:but |and |so |ok,? )?(?:why|how come|reasons?|what are your reasons|why (?:this|that|these|those|them|it|the (?:top|first) (?:one|pick))(?: one| ones| picks?)?|how did you (?:pick|choose) (?:these|them|this|that|it))\s*[?!.]*$/;
export const DETAIL = /\b(?:in detail|detailed|more details?|details|the details|full (?:reasons?|breakdown)|breakdown|tell me more|the formula|the maths?|the math|how did you (?:score|rank|work out)|show (?:me )?(?:the )?scor\w*|scoring)\b/;
export const WHY_WORD = /^(?:but |and |so )?(?:why|how come)\b/;

export type TypedWhy = `why:${string}` | `detail:${string}`;

/**
 * The picks are numbered on screen ("1. *Google Data Analytics*"), so a why may point at one by
 * its place: "why 1", "why? 1", "why is 2", "why number 2?", "why the second one", "why #3 on the
 * list". What is left once the why, the pointing words and the question marks are taken out must
 * be one number or ordinal; anything more ("why is 2 above 1") is not a pointer to one pick.
 */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const POINTING = new Set([
  'is', 'was', 'did', 'do', 'you', 'u', 'the', 'number', 'no', 'nr', 'pick', 'picks', 'option', 'choice', 'credential', 'cert', 'one', 'on', 'in',
  'list', 'there', 'here', 'it', 'that', 'this', 'about', 'for', 'ranked', 'rank', 'put', 'choose', 'chose', 'recommend', 'recommended', 'suggest',
  'suggested', 'picked', 'include', 'included', 'listed', 'shown', 'exactly', 'again',
]);
function pickNumber(said: string, count: number): number | undefined {
  const words = said.replace(WHY_WORD, '').replace(DETAIL, ' ').split(/[\s?!.,:;#()]+/).filter((w) => w !== '' && !POINTING.has(w));
  if (words.length !== 1) return undefined;
  const [word = ''] = words;
  if (word === 'last') return count;
  const ordinal = ORDINALS.indexOf(word);
  if (ordinal >= 0) return ordinal + 1;
  const digits = /^(\d)(?:st|nd|rd|th)?$/.exec(word);
  return digits ? Number(digits[1]) : undefined;
}

/** The menu value a typed why means, or undefined when it is not one. `last` is the pick last explained or chosen. */
export function typedWhy(text: string, picks: readonly CatalogCredential[], last: string | undefined, finder: CredentialFinder): TypedWhy | undefined {
  const said = text.trim().toLowerCase().replace(/[’‘]/g, "'");
  const detail = DETAIL.test(said);
  if (!detail && !WHY_WORD.test(said)) return undefined;
  const at = pickNumber(said, picks.length);
  const named = at === undefined ? finder.named(said).filter((c) => picks.some((p) => p.id === c.id)) : picks.slice(at - 1, at);
  const about = named.length === 1 ? named[0]?.id : WHY_ALONE.test(said) || (detail && at === undefined) ? (picks.some((p) => p.id === last) ? last : picks[0]?.id) : undefined;
  if (!about) return undefined;
  return detail ? `detail:${about}` : `why:${about}`;
}

/** The pick a menu value is about ("why:pmi-pmp", "pick:pmi-pmp"), or undefined. */
export const pickOf = (value: unknown): string | undefined => (typeof value === 'string' ? /^(?:why|detail|pick):(.+)$/.exec(value)?.[1] : undefined);

/**
 * The picks menu, also reading a typed why: `picks` are the credentials shown, `name` says a
 * detail value back in `status` and `back`.
 */
export function withTypedWhy<S extends Step>(step: S, picks: (ctx: Parameters<Step['parse']>[1]) => readonly CatalogCredential[], finder: CredentialFinder): S {
  return {
    ...step,
    parse: (input, ctx) => {
      if (input.kind === 'text') {
        const typed = typedWhy(input.text, picks(ctx), pickOf(ctx.answers[step.id]), finder);
        if (typed) return { ok: true, value: typed };
      }
      return step.parse(input, ctx);
    },
    show: (value, ctx) => {
      const id = typeof value === 'string' && value.startsWith('detail:') ? pickOf(value) : undefined;
      const credential = id ? picks(ctx).find((c) => c.id === id) : undefined;
      return credential ? `Why ${credential.name}, in detail` : step.show(value, ctx);
    },
  };
}
