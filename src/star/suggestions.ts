import type { ClassifiedClause, Label } from './classify.js';
import { FILLER_GAP, HEDGE } from './signal-cues.js';
import { changedPractice, checkableOutcome, generalCoda, unmeasuredChange, concreteStep, ownSteps, excerpt, fillerHeavy, manySteps, measuredOutcome, partOfLesson, quote, saga, sentenceAround, sentenceFrom, setupSentences, tooLong, tooShort, vagueResult, weDominates, withoutConnector, type Findings } from './feedback.js';
import { readMotivation } from './motivation.js';
import { wonWithSize } from './checkable-outcome.js';
import { inPast } from './past-tense.js';
import { MAX_SUGGESTIONS, ONE_LINER_SECONDS, SETUP_BRIEF, TARGET_SECONDS, TOO_LONG } from './star-rubric.js';

/**
 * What to fix, most important first, the way a coach ranks it: a False STAR ("I would...") before
 * anything, then a missing step or result, "we" where the user's own part is unclear, a result
 * with no measure, and only then the set-up, the length and the credential. Polish (fillers,
 * skills, a closing line) comes last. Each suggestion quotes the user's own words.
 */

export type SuggestionKind =
  | 'story'
  | 'real-event'
  | 'own-steps'
  | 'result'
  | 'i-not-we'
  | 'measure'
  | 'set-up'
  | 'scene'
  | 'task'
  | 'too-short'
  | 'too-long'
  | 'credential'
  | 'credential-later'
  | 'more-detail'
  | 'lesson'
  | 'fillers'
  | 'skills'
  | 'transfer'
  | 'reason'
  | 'done-so-far'
  | 'why-now'
  | 'role-link';

export interface Suggestion {
  kind: SuggestionKind;
  text: string;
}

/** Polish: what is left to say about an answer that already works. */
export const MINOR_KINDS: ReadonlySet<SuggestionKind> = new Set<SuggestionKind>(['more-detail', 'lesson', 'fillers', 'skills', 'transfer', 'credential-later', 'role-link', 'why-now']);

/**
 * Questions where naming a tool is evidence: a decision from data, learning something fast. In a
 * conflict or leadership story a tool name is beside the point (a coach would not add AWS to it).
 */
const TOOL_COMPETENCIES: ReadonlySet<string> = new Set(['data-driven-decision', 'learning-fast']);
/**
 * What would or might happen, or advice ("you should"): not a habit. A False STAR without any of
 * these ("we always try to...", "I usually...") is a habit told in the present.
 */
const CONDITIONAL = /\b(?:would|could|might|should|will|shall)\b|'d\b|'ll\b|\bif (?:i|we) (?:were|was|had)\b|\b(?:need|have|want) to\b|\b(?:haven'?t|have not|have never|never|didn'?t|did not)\b/i;
/** "a IT support job" is "an IT support job": vowels, and the letters said with a vowel sound (an SRE, an HR). */
const article = (name: string): string => (/^(?:[aeiouAEIOU]|[AEFHILMNORSX](?:[A-Z]|\b))/.test(name) && !/^(?:U[A-Z]|uni|use|usu|eu|one)/i.test(name) ? 'an' : 'a');
const roleJob = (f: Findings): string | undefined => {
  const name = f.roleName ?? f.role?.replaceAll('-', ' ');
  return name ? `${article(name)} ${name} job` : undefined;
};

const minutes = (s: number): string => `${s / 60}`;
/** "1-2 minutes": how a coach says the target, not a range of seconds. */
export const TARGET_SPOKEN = `${minutes(TARGET_SECONDS.min)}-${minutes(TARGET_SECONDS.max)} minutes`;
export const duration = (s: number): string => (s >= 90 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`);

const LEADING_GAP = /^[ ,]+/;
const WE_WORD = /\b(?:we|our|us)\b/i;
// "We got together as a team" says who was there, not what anyone did.
const GATHERING = /\b(?:together|as a team|all of us|each other)\b/i;
/** "we went through the reports", "and then we fixed it": "we" as the subject of the clause, not inside "after we finished, ...". */
const WE_LEADS = /^(?:(?:and|but|so|then)\s+)?(?:then\s+)?(?:we|the team|my team)\b/i;
/** "we kept running out", "we had a problem": the state the team was in, the situation, not a step anyone took. */
const WE_STATE = /^(?:(?:and|but|so|then)\s+)?(?:then\s+)?(?:we|the team|my team)\s+(?:kept|had|were|was|got|needed|ran|started|used to|could|couldn'?t|did not|didn'?t|felt|thought|knew|noticed|realised|realized|saw|wanted|lost|missed)\b/i;
const weDeed = (c: ClassifiedClause): boolean => c.label === 'action' && c.weActions.length > 0 && WE_LEADS.test(c.text) && !WE_STATE.test(c.text) && !GATHERING.test(c.text);
/** The rewrite with "I" is offered only when it is the whole clause, "we" its subject: a cut or a clause inside another comes out garbled. */
const rewritable = (text: string): boolean => WE_LEADS.test(text) && !WE_STATE.test(text) && !excerpt(withoutConnector(text)).cut;

const WE_TO_I: [RegExp, string][] = [
  // "The team" is the subject only at the start: "everyone on the team" stays as it is.
  [/^(?:the|my) team\b/i, 'I'],
  [/\bwe\b/gi, 'I'],
  [/\bour\b/gi, 'my'],
  [/\bus\b/g, 'me'],
  [/ (?:together|as a team|with each other)\b/gi, ''],
];
/** "we fixed the report together" -> "I fixed the report": the same step, owned, and told in the past (past-tense.ts). */
const asI = (text: string): string => inPast(WE_TO_I.reduce((out, [pattern, to]) => out.replace(pattern, to), excerpt(withoutConnector(text)).words));
// HEDGE is global (for counting); a per-clause count needs no shared lastIndex, matchAll clones it.
const hedgeCount = (text: string): number => [...text.matchAll(HEDGE)].length;
const withoutHedges = (text: string): string => quote(text.replace(HEDGE, '').replace(FILLER_GAP, ' ').replace(LEADING_GAP, '').trim());
function mostHedged(clauses: readonly ClassifiedClause[]): ClassifiedClause | undefined {
  let most = 0;
  let found: ClassifiedClause | undefined;
  for (const c of clauses) {
    const count = hedgeCount(c.text);
    if (count > most) [most, found] = [count, c];
  }
  return found;
}
/** A tool's name in the answer in any case, as a word, and not the verb ("excel at", "excel in"). */
function namedAnyCase(text: string, name: string): boolean {
  const escaped = name.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])(?! (?:at|in)\\b)`, 'iu').test(text);
}
const listed = (items: string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** What a short answer needs more of: the missing set-up here (it has no suggestion of its own then), and the steps. */
function toExpand(f: Findings, step: ClassifiedClause | undefined, oneLiner: boolean): string[] {
  return [
    ...(f.present.situation ? [] : ['when and where it happened']),
    ...(f.present.task ? [] : ['what you had to achieve']),
    // Three or more steps told are enough of them: what a short answer lacks then is why they were taken.
    ...(!step
      ? []
      : oneLiner
        ? ['how you did it, step by step']
        : manySteps(f)
          ? [`why you took those steps, starting with ${quote(withoutConnector(step.text))}, and what got in the way`]
          : [`more on your steps after ${quote(withoutConnector(step.text))}: what you did first, and why`]),
  ];
}

/**
 * How to shorten a long set-up: to one or two sentences when it runs to more; one that already is
 * one or two (long) sentences is told to keep only what the story needs, not to become what it is.
 */
const shorterSetup = (f: Findings, toTwo: string): string => (setupSentences(f) > SETUP_BRIEF.sentences ? toTwo : 'Keep only when, where and what was at stake');

/** Where an answer past 2 minutes should lose its words: the part that is longer than it needs to be. */
function whatToCut(f: Findings, opening: ClassifiedClause, step: ClassifiedClause | undefined): string {
  if (saga(f) || !step) {
    return `Cut the set-up that starts ${quote(sentenceFrom(f, opening))}: it takes ${Math.round(f.setupShare * 100)}% of the answer before you say what you did. ${shorterSetup(f, 'One or two sentences of it are enough')}; keep your steps and the result.`;
  }
  const over = f.words - TOO_LONG.words;
  return `Cut about ${over} words from your steps, which start ${quote(step.text)}: keep the two or three that changed the outcome, and the result.`;
}

/**
 * What kind of False STAR an answer is: "would" (what the person would or might do, or advice) or
 * "habit" (what they usually or always do, told in the present), judged on its first such clause;
 * undefined for a real story. The suggestion and a retry's "what improved" both say which it was.
 */
export function falseStarKind(clauses: readonly ClassifiedClause[], hypothetical: boolean): 'would' | 'habit' | undefined {
  const first = clauses.find((c) => c.label === 'hypothetical');
  if (!hypothetical || !first) return undefined;
  return CONDITIONAL.test(first.text) ? 'would' : 'habit';
}

/**
 * A motivation question ("why are you moving into tech?") is answered with a reason, what the
 * person has done about it so far, what carries over to this role and why now (motivation.ts): a
 * coach asks for those, and for a length an interviewer can follow, not for a measured result of a
 * story that was never asked for.
 */
function motivationSuggestions(f: Findings, closing: ClassifiedClause): Suggestion[] {
  const out: (Suggestion | false)[] = [];
  const add = (kind: SuggestionKind, when: boolean, text: () => string) => out.push(when && { kind, text: text() });
  const job = roleJob(f) ?? 'this job';
  const { whyTech, whyNow, carriesOver, done } = readMotivation(f);
  add('reason', !whyTech, () => `Start with why, in one sentence of your own: "I want to move into ${f.roleName ?? 'this work'} because ..."`);
  add('done-so-far', !done, () => 'Say what you have already done about it, with when: a course, a certificate, a project or practice of your own: "Last year I ..., and since then I ..."');
  add('role-link', !carriesOver, () => `After ${quote(withoutConnector(closing.text))}, say what you already do well that ${job} needs: "... and that is why I want ${job}."`);
  add('too-short', tooShort(f), () => `At about ${f.speakingSeconds} s spoken, this is short: an interviewer expects ${TARGET_SPOKEN}. Give the reason, then one thing you did about it and what it showed you.`);
  add('too-long', tooLong(f), () => `At ${f.words} words (about ${duration(f.speakingSeconds)}) this runs past 2 minutes: keep the reason, the one or two things you did about it, and why this role.`);
  // Why now is asked after the length: many honest answers have no single turning point.
  add('why-now', !whyNow, () => 'Say why now: what changed, or when you knew it was time: "After [years] as a ..., I ..." or "Since [when], I ..."');
  const hedged = mostHedged(f.clauses.filter((c) => !CONDITIONAL.test(c.text)));
  add('fillers', fillerHeavy(f) && !!hedged, () => `You wrote ${quote(hedged?.text ?? '')}: drop the fillers (${f.hedges.forms.slice(0, 3).join(', ')}); ${withoutHedges(hedged?.text ?? '')} sounds surer.`);
  add(
    'credential-later',
    !!f.question.invitesCredential && !!f.credentialName && !f.credentialHeld && !f.mentionsCredential,
    () => `Once you are studying for the ${f.credentialName ?? ''}, say so here: it shows the move is under way.`,
  );
  return out.filter((s): s is Suggestion => s !== false);
}

/** Every suggestion that applies, most important first. */
function allSuggestions(f: Findings): Suggestion[] {
  const opening = f.clauses[0];
  const closing = f.clauses.at(-1);
  if (closing && f.question.kind === 'motivation') return motivationSuggestions(f, closing);
  if (!opening || !closing) {
    return [{ kind: 'story', text: 'Write your answer as one real story: when and where it happened, what you had to do, what you did yourself, and what changed because of it.' }];
  }
  const first = (label: Label) => f.clauses.find((c) => c.label === label);
  const last = (label: Label) => f.clauses.findLast((c) => c.label === label);
  const step = first('action');
  // A step worth asking more about is one the user did ("I checked the cables"), not a thought ("but I suspected the data").
  const detailStep = concreteStep(f) ?? f.clauses.find(weDeed) ?? step;
  const { present } = f;
  const short = tooShort(f);
  const oneLiner = f.speakingSeconds < ONE_LINER_SECONDS;
  const out: (Suggestion | false)[] = [];
  const add = (kind: SuggestionKind, when: boolean, text: () => string) => out.push(when && { kind, text: text() });

  const hypothetical = first('hypothetical');
  // "We always try to..." is a habit, not what someone would do: said as such, and still one real time asked for.
  const habit = falseStarKind(f.clauses, f.hypothetical) === 'habit';
  add(
    'real-event',
    f.hypothetical && !!hypothetical,
    () =>
      `You wrote ${quote(hypothetical?.text ?? '')}: ${habit ? 'that is a general habit, not one time it happened' : 'that is what you would do, not what you did'}. Tell one real time it happened: "In [month, year], at [place], I ..."`,
  );
  const scene = last('task') ?? last('situation') ?? opening;
  add('own-steps', !f.hypothetical && !present.action, () => `You set the scene (${quote(scene.text)}) but never say what you did. Give two or three steps of your own: "First I ..., then I ..., because ..."`);
  const lastStep = last('action') ?? closing;
  add('result', present.action && !present.result, () => `You end on ${quote(lastStep.text)}: say what changed because of it, with a number if you can: "As a result, [what] went from [before] to [after]."`);
  // The line worth saying with "I" is a step: one with "we" doing something ("we went through the
  // reports") before the team's state ("we kept running out") or a "we" inside another clause.
  const weSteps = f.clauses.filter((c) => c.weActions.length > 0);
  const weClause =
    weSteps.find(weDeed) ??
    weSteps.find((c) => c.label === 'action' && !GATHERING.test(c.text) && !WE_STATE.test(c.text)) ??
    weSteps.find((c) => c.label === 'action') ??
    weSteps[0] ??
    // A "we" step whose verb the reader does not know ("we reran everything") is still a step; the
    // team's state ("we had a payroll error") is the scene, and asking for "I" there quotes the wrong part.
    f.clauses.find((c) => WE_WORD.test(c.text) && !WE_STATE.test(c.text)) ??
    f.clauses.find((c) => WE_WORD.test(c.text));
  const weText = weClause?.text ?? '';
  // In a False STAR the "we" line is a habit or a wish: "I always try..." would still be one, so the real-event advice says it all.
  // One "we" step and no "I" anywhere ("we found the fault and fixed it") leaves the person's part as unclear as many.
  const onlyWe = f.pronouns.i === 0 && ownSteps(f).length === 0 && f.clauses.some(weDeed);
  add('i-not-we', (weDominates(f) || onlyWe) && !!weClause && !f.hypothetical, () =>
    rewritable(weText) ? `You wrote ${quote(weText)}: say what you did yourself: "${asI(weText)} and I ..."` : `You wrote ${quote(weText)}: say what you did yourself, with "I": "First I ..., then I ..."`,
  );
  const outcome = f.clauses.findLast((c) => c.label === 'result' && !partOfLesson(f, c) && !generalCoda(c)) ?? last('result');
  // "It went well" says nothing changed that anyone could check: asked for, not praised.
  const vague = !!outcome && vagueResult(outcome.text);
  // A habit's "so nobody gets left behind" is its purpose, not an outcome to measure: one real time comes first.
  // A number is asked for only where one exists to tell: not of "no one got hurt" or "the client renewed".
  // A lesson has no amount to tell: "how much" is asked of what changed, never of what was learned.
  // "the falls went down a lot" is a change whose size is left out: asked "how much" even beside a
  // concrete outcome ("the quality people stopped emailing"), which does not say it.
  const vagueChange = f.hypothetical ? undefined : unmeasuredChange(f);
  const howMuch = (c: ClassifiedClause): string => `You wrote ${quote(withoutConnector(c.text))}: add how much: "... from [before] to [after] in [weeks]", or what someone said about it.`;
  // "we got the deal": what was won has a size, asked as that.
  const wonDeal = f.clauses.findLast((c) => c.label === 'result' && wonWithSize(c.text));
  add('measure', !!outcome && !partOfLesson(f, outcome) && !measuredOutcome(f) && !f.hypothetical && (!checkableOutcome(f) || !!vagueChange), () =>
    vagueChange
      ? howMuch(vagueChange)
      : wonDeal
        ? `You wrote ${quote(withoutConnector(wonDeal.text))}: say how big it was: its value, how long it runs or how many it covers: "... a [years]-year contract worth [amount]".`
        : vague
        ? `You end on ${quote(outcome?.text ?? '')}, which does not say what changed. Say what changed, for whom, and how much: "As a result, [who or what] went from [before] to [after]."`
        : `You wrote ${quote(outcome?.text ?? '')}: add how much: "... from [before] to [after] in [weeks]", or what someone said about it.`,
  );

  // A long set-up in a short answer is a sign the steps are thin, which the length suggestion
  // says; in a long answer it is what to cut, said once, here, with the length.
  add('set-up', saga(f) && !tooLong(f) && !short, () => `Your set-up, from ${quote(sentenceFrom(f, opening))}, takes ${Math.round(f.setupShare * 100)}% of the answer before you say what you did. ${shorterSetup(f, 'Keep it to one or two sentences')}.`);
  const long = () => `At ${f.words} words (about ${duration(f.speakingSeconds)}) this runs past 2 minutes. ${whatToCut(f, opening, step)}`;
  add('too-long', tooLong(f) && saga(f), long);
  // A short answer names what is missing in its length suggestion, so it is said once.
  const context = first('situation') ?? opening;
  add('task', present.action && !present.task && !short, () => `After ${quote(context.text)}, say what you had to achieve: "My goal was to ..." or "I was responsible for ..."`);
  add('scene', present.action && !present.situation && !short, () => `Before ${quote(opening.text)}, say when and where it happened: "In [month, year], at [place], ..."`);
  const expand = listed(toExpand(f, detailStep, oneLiner));
  add('too-short', short && oneLiner && !f.hypothetical, () => `${quote(f.text)} takes about ${Math.max(1, f.speakingSeconds)} s to say, and a story an interviewer can follow takes ${TARGET_SPOKEN}.${expand ? ` Add ${expand}.` : ''}`);
  add('too-short', short && !oneLiner && !f.hypothetical, () => `At about ${f.speakingSeconds} s spoken, this is short: an interviewer expects ${TARGET_SPOKEN}.${expand ? ` Add ${expand}.` : ''}`);
  add('too-long', tooLong(f) && !saga(f), long);
  // With a measure elsewhere ("rolled it out to 60 stores"), the change left vague is asked after the missing parts and the length.
  add('measure', !!vagueChange && measuredOutcome(f), () => howMuch(vagueChange as ClassifiedClause));
  const evidence = step ?? opening;
  // Only a credential the person holds is evidence (mentionsCredential is null for one only chosen).
  add(
    'credential',
    f.mentionsCredential === false,
    () =>
      `This question invites your ${f.credentialName ?? 'certificate'} as evidence. After ${quote(evidence.text)}, add: "${f.credentialCapstone ? 'For my capstone in' : 'While studying for'} ${f.credentialName ? `the ${f.credentialName}` : '[the certificate]'}, I ..."`,
  );

  add(
    'more-detail',
    !short && f.speakingSeconds < TARGET_SECONDS.min && !!detailStep && present.result,
    () => `At about ${f.speakingSeconds} s this is on the short side of ${TARGET_SPOKEN}: there is room to say what you tried first, and why you chose the step ${quote(withoutConnector(detailStep?.text ?? ''))}.`,
  );
  add(
    'lesson',
    f.question.competencies.includes('failure') && !f.clauses.some((c) => c.reflection && !c.transfer) && !changedPractice(f),
    () => `After ${quote(closing.text)}, say what you learned and what you do differently now: "I learned ..., so now I ..."`,
  );
  // The rewrite of a hypothetical ("I would set up a meeting") would still be one: no rewrite then.
  const hedged = mostHedged(f.clauses.filter((c) => c.label !== 'hypothetical' && !CONDITIONAL.test(c.text)));
  add('fillers', fillerHeavy(f) && !!hedged, () => `You wrote ${quote(hedged?.text ?? '')}: drop the fillers (${f.hedges.forms.slice(0, 3).join(', ')}); ${withoutHedges(hedged?.text ?? '')} sounds surer.`);
  // Only tools the person has, that the role asks for, in a question about data or learning; one
  // typed in lower case ("put it in excel") is named as much as the extractor's "Excel".
  const named = new Set(f.relevantSkills);
  const tools = f.toolsToName.filter((id) => !named.has(id) && !namedAnyCase(f.text, f.skillName(id)));
  // Only a step that plausibly used the tool is quoted: "if you used Python in 'i make table in google
  // sheets'" nudges a claim of what was not done.
  const usedIn = (step: { text: string }) => tools.filter((id) => f.plausiblyUsed?.(id, step.text) ?? false);
  const toolStep = [concreteStep(f), ...f.clauses.filter((c) => c.label === 'action')].find((c) => c !== undefined && usedIn(c).length > 0);
  const used = toolStep ? usedIn(toolStep) : [];
  add(
    'skills',
    f.question.competencies.some((c) => TOOL_COMPETENCIES.has(c)) && used.length > 0 && tools.length === f.toolsToName.length,
    () =>
      `You know ${listed(used.slice(0, 3).map(f.skillName))}, which ${roleJob(f) ?? 'this role'} asks for. If you used ${used.length > 1 ? 'one of them' : 'it'} in ${quote(withoutConnector(toolStep?.text ?? ''))}, name it and what you did with it.`,
  );
  add(
    'credential-later',
    !!f.question.invitesCredential && !!f.credentialName && !f.credentialHeld && !f.mentionsCredential,
    // Only a credential that ends in one has a capstone to tell (data/credentials.json's assessment).
    () =>
      f.credentialCapstone
        ? `Once you have done the capstone of the ${f.credentialName ?? ''}, it makes a good story for this question.`
        : `Once you are studying for the ${f.credentialName ?? ''}, something you built or fixed for it (a lab, a practice project) makes a good story for this question.`,
  );
  // Linking "it went well" to the role would build on nothing: the result comes first.
  const result = f.clauses.findLast((c) => c.label === 'result' && !vagueResult(c.text) && !generalCoda(c));
  add('transfer', !vague && !!result && !f.hypothetical && !f.clauses.some((c) => c.transfer), () => `End by linking ${quote(result ? withoutConnector(sentenceAround(f, result)) : '')} to the job you want: "... and that is what I would bring to this role."`);
  return out.filter((s): s is Suggestion => s !== false);
}

/** At most MAX_SUGGESTIONS, most important first. */
export const suggestions = (f: Findings): Suggestion[] => allSuggestions(f).slice(0, MAX_SUGGESTIONS);
