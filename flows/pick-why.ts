import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Step } from '../src/engine/flow.js';
import type { CredentialFinder } from './named-credentials.js';

/**
 * "why?" and "why in detail" typed at the credential picks, read as the menu's own options: "why?"
 * (or "why this one?") explains the pick last talked about, else the top pick, in two or three
 * sentences; "why in detail", "more detail" or "how did you score it" gives the scoring formula
 * behind it; "why AZ-900?" or "AZ-900 in detail" names a shown pick by its short name. The answer
 * is a menu value (`why:<id>`, `detail:<id>`) so the step shows it and asks again, as a click would.
 */

const WHY_ALONE = /^(?:but |and |so |ok,? )?(?:why|how come|reasons?|what are your reasons|why (?:this|that|these|those|them|it|the (?:top|first) (?:one|pick))(?: one| ones| picks?)?|how did you (?:pick|choose) (?:these|them|this|that|it))\s*[?!.]*$/;
export const DETAIL = /\b(?:in detail|detailed|more details?|details|the details|full (?:reasons?|breakdown)|breakdown|tell me more|the formula|the maths?|the math|how did you (?:score|rank|work out)|show (?:me )?(?:the )?scor\w*|scoring)\b/;
export const WHY_WORD = /^(?:but |and |so )?(?:why|how come)\b/;

export type TypedWhy = `why:${string}` | `detail:${string}`;

/** The menu value a typed why means, or undefined when it is not one. `last` is the pick last explained or chosen. */
export function typedWhy(text: string, picks: readonly CatalogCredential[], last: string | undefined, finder: CredentialFinder): TypedWhy | undefined {
  const said = text.trim().toLowerCase().replace(/[’‘]/g, "'");
  const detail = DETAIL.test(said);
  if (!detail && !WHY_WORD.test(said)) return undefined;
  const named = finder.named(said).filter((c) => picks.some((p) => p.id === c.id));
  const about = named.length === 1 ? named[0]?.id : WHY_ALONE.test(said) || detail ? (picks.some((p) => p.id === last) ? last : picks[0]?.id) : undefined;
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
