import { bold, type Asker, type CredentialWorld } from '../src/credentials/credential-words.js';
import { answerCredentialQuestion } from '../src/credentials/credential-answers.js';
import { payCutSentence, type TargetPay } from '../src/credentials/roi.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { payOf } from './pay-answer.js';

/**
 * Questions people ask beside the credential pick that its own figures answer: "will I have to take
 * a pay cut?" (the entry pay against what they said they earn, as the pick's pay sentence does),
 * "which cert would impress a software company most?" (what their postings name among what is on
 * screen, and how employers see it) and the hours a week said inside "how long at 6 hours a week?".
 */

/** "will I have to take a pay cut?", "would I earn less?", "am I going to lose money on this?". */
const PAY_CUT =
  /\bpay ?cuts?\b|\b(?:take|taking|took) a (?:pay |salary )?(?:cut|hit)\b|\b(?:earn|make|be paid|get paid|be making|be earning) less\b|\bless (?:money|pay)\b|\blose (?:money|income|pay)\b|\b(?:drop|cut) in (?:pay|salary|income)\b|\bsalary (?:drop|cut)\b/;

export const asksPayCut = (text: string): boolean => PAY_CUT.test(text.toLowerCase());

/** The pay-cut answer from the role's entry pay and the pay answer the pick was given (a number, a pension, none). */
export function payCutAnswer(pay: TargetPay, payAnswer: unknown): string {
  const { currentPayUsd, currentIncome } = payOf(payAnswer);
  return payCutSentence(pay, currentPayUsd, currentIncome);
}

/**
 * "which cert would impress a software company most?", "what do employers value most?", "which one stands out?",
 * "which one do employers actually care about?", "which one looks best on a resume?".
 */
const MOST_RECOGNISED =
  /\bimpress\w*\b|\bstands? out\b|\b(?:employers?|companies|company|hiring managers?|recruiters?|hr) (?:\w+ ){0,2}(?:value|want|like|prefer|respect|recogni[sz]e|look for)\b|\b(?:which|what)\b.*\b(?:employers?|companies|hiring managers?|recruiters?|hr) (?:\w+ ){0,2}cares? (?:about|for|more|most)\b|\b(?:looks?|reads?) (?:the )?(?:best|better|strongest|most impressive) on (?:a |my |the |your )?(?:resume|r[eé]sum[eé]|cv|linkedin|application)\b|\b(?:best|better|most) (?:for|on) (?:a |my |the )?(?:resume|r[eé]sum[eé]|cv|linkedin)\b|\bmost (?:recogni[sz]ed|respected|valued|known|wanted|in demand)\b|\bcarr(?:y|ies) (?:the )?most weight\b/;

export const asksMostRecognised = (text: string): boolean => MOST_RECOGNISED.test(text.toLowerCase());

/**
 * Which credential an employer would rate most, for this person: among those on screen and those their
 * postings name, the one the most postings name (their own evidence of what employers ask for), then
 * how employers see it. Undefined when there is nothing on screen and no posting names one. `postingsPasted`: their
 * gap report was read from postings they pasted, so none naming a credential is itself the answer.
 */
export function mostRecognisedAnswer(onScreen: readonly CatalogCredential[], asker: Asker, world: CredentialWorld, postingsPasted = false): string | undefined {
  const asked = asker.person?.asked ?? [];
  const share = (c: CatalogCredential) => asked.find((a) => a.id === c.id)?.share ?? 0;
  const named = asked.flatMap((a) => world.credentials.find((c) => c.id === a.id && a.share > 0) ?? []);
  const pool = [...new Map([...onScreen, ...named].map((c) => [c.id, c])).values()];
  // A stable sort keeps the screen's order among those the postings name alike.
  const [top] = [...pool].sort((a, b) => share(b) - share(a));
  if (!top) return undefined;
  const lead =
    share(top) > 0
      ? `The one your own postings name is ${bold(top)}: what an employer asks for in its posting is what it rates, so that is the one to show.`
      : postingsPasted
        ? `None of your postings names a credential, so the employers behind them will judge you more on the work you can show than on which certificate you hold; here is how ${bold(top)} is seen.`
        : `None of your postings names a credential, so I can't say which one a given employer rates most; here is how ${bold(top)} is seen.`;
  return `${lead} ${answerCredentialQuestion({ kind: 'employers', credentials: [top], postingsPasted }, asker, world)}`;
}

/** "at 6 hours a week", "with 10 hrs per week": the hours a week said in a question, or undefined. */
export function hoursSaid(text: string): number | undefined {
  const said = /\b(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?|h)\s*(?:a|an|per|each|every|\/)\s*(?:week|wk)\b/i.exec(text)?.[1];
  const hours = said === undefined ? undefined : Number(said);
  return hours !== undefined && hours > 0 && hours <= 60 ? hours : undefined;
}
