import type { Question } from '../data/questions-schema.js';
import type { ClassifiedClause, Label, StarPart } from './classify.js';
import { IRREGULAR_PAST, NOT_ACTIONS } from './cues.js';
import { checkableWithoutNumber } from './checkable-outcome.js';
import type { Hedges, Pronouns } from './signals.js';
import {
  FILLER_MIN_COUNT,
  FILLER_RATE_LIMIT,
  FIRST_PERSON_MIN,
  PART_SCORE,
  PART_WEIGHT,
  PENALTY,
  QUOTE_CHARS,
  QUOTE_WORDS,
  SAGA_SHARE,
  SETUP_BRIEF,
  SHORT_SECONDS,
  TARGET_SECONDS,
  TOO_LONG,
} from './star-rubric.js';

/**
 * What the analyzer found, turned into part scores, the overall score and the probe an interviewer
 * would ask next (star-rubric.md B3). The advice lives in suggestions.ts and the praise in
 * praise.ts; both read the same Findings and the checks below, so they never disagree.
 */

export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

export interface Findings {
  question: Pick<Question, 'competencies' | 'invitesCredential' | 'followUps' | 'kind'>;
  /** The normalised answer. */
  text: string;
  clauses: readonly ClassifiedClause[];
  /** The clauses a measure counts in: the Result, and the end of the answer outside the set-up. */
  measured: readonly ClassifiedClause[];
  words: number;
  speakingSeconds: number;
  present: Record<StarPart, boolean>;
  shares: Record<StarPart, number>;
  /** Words before the first Action clause, as a share of the answer. */
  setupShare: number;
  pronouns: Pronouns;
  firstPersonRatio: number;
  hasMetric: boolean;
  reflection: boolean;
  hedges: Hedges;
  hypothetical: boolean;
  gapSkills: readonly string[];
  relevantSkills: readonly string[];
  mentionsCredential: boolean | null;
  credentialName?: string;
  /** False when the credential is only chosen, not yet done. */
  credentialHeld: boolean;
  /** Whether the credential ends in a capstone: only then does advice speak of one. */
  credentialCapstone?: boolean;
  role?: string;
  roleName?: string;
  /** Tools the person has that the role asks for (see analyze-answer's toolsToName). */
  toolsToName: readonly string[];
  /** Whether a step plausibly used one of those tools (tool-family.ts); without it, none did. */
  plausiblyUsed?: (tool: string, step: string) => boolean;
  skillName: (id: string) => string;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export const weDominates = (f: Findings): boolean => f.firstPersonRatio < FIRST_PERSON_MIN && f.pronouns.we >= 2;
export const fillerHeavy = (f: Findings): boolean => f.hedges.count >= FILLER_MIN_COUNT && f.hedges.count / Math.max(1, f.words) >= FILLER_RATE_LIMIT;
export const tooLong = (f: Findings): boolean => f.speakingSeconds > TOO_LONG.seconds || f.words > TOO_LONG.words;
export const tooShort = (f: Findings): boolean => f.words > 0 && f.speakingSeconds < SHORT_SECONDS;
export const rightLength = (f: Findings): boolean => f.speakingSeconds >= TARGET_SECONDS.min && !tooLong(f);
/** The clauses told before the first step, anyone's: the set-up. */
export function setupClauses(f: Findings): ClassifiedClause[] {
  const first = f.clauses.findIndex((c) => c.label === 'action');
  return first < 0 ? [] : f.clauses.slice(0, first);
}
/** How many sentences the set-up runs to: a clause that opens a sentence starts one. */
export const setupSentences = (f: Findings): number => setupClauses(f).filter((c) => c.sentenceStart).length;
/**
 * A set-up already as short as a coach asks for, one or two sentences of spoken length: in a short
 * answer it is a large share only because the rest is short, and "keep it to one or two sentences"
 * would ask for what it already is.
 */
export const briefSetup = (f: Findings): boolean =>
  setupSentences(f) <= SETUP_BRIEF.sentences && setupClauses(f).reduce((n, c) => n + c.words, 0) <= SETUP_BRIEF.words;
export const saga = (f: Findings): boolean => f.present.action && f.setupShare > SAGA_SHARE && !briefSetup(f);
export const tooLongTimes = (f: Findings): number => (tooLong(f) ? Math.max(1, Math.ceil(f.speakingSeconds / TOO_LONG.seconds - 1)) : 0);
export const labelled = (f: Findings, label: Label): ClassifiedClause[] => f.clauses.filter((c) => c.label === label);
/** Steps with "I" as the subject: the evidence that the user did them. */
export const ownSteps = (f: Findings): ClassifiedClause[] => labelled(f, 'action').filter((c) => c.iActions.length > 0);

/**
 * The step to praise: the first deed of the person's own done for the task (after it is said),
 * never a thought or an admission ("and I make typing errors sometimes"); else their first deed.
 */
export function strongestStep(f: Findings): ClassifiedClause | undefined {
  const deeds = ownSteps(f).filter((c) => !THOUGHT.test(c.text) && !ADMISSION.test(c.text));
  const task = f.clauses.findIndex((c) => c.label === 'task');
  return (task >= 0 ? deeds.find((c) => f.clauses.indexOf(c) > task) : undefined) ?? deeds[0];
}

/**
 * The Result clauses told after the first step, anyone's: what the work changed. One the reader
 * put in the Result before any step ("the vendor told us 2 weeks out they could not deliver") is
 * the problem handed over, told early. With no Result after a step (or no step), every Result clause.
 */
export function outcomes(f: Findings): ClassifiedClause[] {
  const all = labelled(f, 'result');
  const first = f.clauses.findIndex((c) => c.label === 'action');
  const after = first < 0 ? [] : all.filter((c) => f.clauses.indexOf(c) > first);
  return after.length > 0 ? after : all;
}

/**
 * A measure of the outcome, not of the set-up: a number only in what was handed over ("told us 2
 * weeks out") while the outcome told after the steps has none measures nothing the person did.
 */
export function measuredOutcome(f: Findings): boolean {
  if (!f.hasMetric) return false;
  const first = f.clauses.findIndex((c) => c.label === 'action');
  const counted = f.measured.filter((c) => c.metrics.length > 0);
  const inSetup = first >= 0 && counted.length > 0 && counted.every((c) => f.clauses.indexOf(c) < first);
  const outcomeAfter = first >= 0 && f.clauses.some((c, n) => n > first && c.label === 'result');
  return !(inSetup && outcomeAfter);
}

/**
 * A change said with its size left vague: "the falls went down a lot", "usage went up a lot", "sales
 * were way up", "it was much faster". An interviewer asks "how much?" of it whatever else is measured.
 */
const VAGUE_AMOUNT =
  /\b(?:went|gone|go|goes|came|come|got|get|shot|dropped|drop|fell|fall|rose|rise|grew|grow|climbed|increased|decreased|improved|improve|picked|cut|were|was|are|is)\b(?: (?:up|down|off|back))?(?: (?:[a-z]+ ){0,2}?)(?:a lot|a bit|loads|massively|hugely|way (?:up|down)|so much|heaps|a ton|tons|dramatically|significantly|considerably|a great deal|quite a bit|big time|like crazy|through the roof)\b|(?<!\btook )\b(?:much|way|a lot|far|loads) (?:better|worse|faster|quicker|slower|lower|higher|fewer|less|more|smoother|shorter|longer)\b(?! than (?:i|we|they|anyone|planned|expected)\b)/i;
/** The outcome whose change is told without its size, when nothing in it measures it. */
export function unmeasuredChange(f: Findings): ClassifiedClause | undefined {
  // The last one: "i noticed usage dropped way down" before the fix is what was found, "after that usage went up a lot" what came of it.
  return outcomes(f).findLast((c) => c.metrics.length === 0 && !c.reflection && !partOfLesson(f, c) && !FINDING.test(c.text) && VAGUE_AMOUNT.test(c.text));
}
/** What a step found, not what came of the steps: "i noticed that ...", "we saw that ...". */
const FINDING = /^(?:(?:and|but|so|then) )?(?:i|we) (?:\w+ )?(?:noticed|found|saw|realised|realized|discovered|spotted|learned|learnt)\b/i;
/**
 * A line about the story in general, closing it: "that kind of thing happen a lot in the warehouse",
 * "thats the kind of thing i do all the time". It is no outcome to measure or to link to the role.
 */
const GENERAL_CODA = /^(?:(?:and|but|so|anyway|honestly),? )*(?:that|this|thats|that's|this is|that is)(?: is| was)? (?:(?:the|a|that) )?(?:kind|sort|type) of (?:thing|stuff|situation|problem)s?\b/i;
export const generalCoda = (c: ClassifiedClause): boolean => GENERAL_CODA.test(c.text);

/** An outcome concrete without a number ("no one got hurt", "the client renewed"): nothing to ask "how much" of. */
export const checkableOutcome = (f: Findings): boolean => outcomes(f).some((c) => !c.reflection && checkableWithoutNumber(c.text));
/** A result as concrete as a coach asks for: measured, or with no amount to tell. */
export const concreteResult = (f: Findings): boolean => measuredOutcome(f) || checkableOutcome(f);

/** A thought, not a step: "but I suspected the data", "I realised it was the cable". */
const THOUGHT = /^(?:(?:and|but|so|then)\s+)?(?:i|we)\s+(?:suspected|thought|felt|realised|realized|noticed|knew|wondered|believed|guessed|assumed|hoped|wanted|was|were|had)\b/i;
/** An admission or a problem, not a deed: "and I make typing errors sometimes", "I forgot to check the rota". */
const ADMISSION = /\b(?:i|we) (?:\w+ )?(?:make|made|makes|making) (?:\w+ ){0,2}(?:errors?|mistakes?|typos?)\b|\b(?:i|we) (?:\w+ )?(?:forgot|forget|failed|messed up|got it wrong|was late|were late)\b/i;
/** Verbs that say something was done without saying what: "I helped", "we fixed it", "I handled it". */
const VAGUE_VERBS: ReadonlySet<string> = new Set(['helped', 'did', 'handled', 'dealt', 'sorted', 'managed', 'worked', 'fixed', 'solved', 'got', 'tried', 'went', 'made']);
/** The first step the user did themselves, a deed rather than a thought: the one to ask more about. */
export function concreteStep(f: Findings): ClassifiedClause | undefined {
  const deeds = ownSteps(f).filter((c) => !THOUGHT.test(c.text) && !ADMISSION.test(c.text));
  // After the task is said, a step is the work done for it; before, "I ran the returns bench" may be the scene.
  const task = f.clauses.findLastIndex((c) => c.label === 'task');
  return deeds.find((c) => f.clauses.indexOf(c) > task) ?? deeds[0];
}

/**
 * An outcome with no change anyone could check: "it went well", "it was fine", "it worked out",
 * "everyone was happy". Said as the whole clause; "it went well with the client, who renewed" is not.
 */
const VAGUE_RESULT =
  /^(?:(?:and|but|so|then)\s+)?(?:(?:in the end|overall|luckily|finally|eventually|thankfully|all in all),?\s+)?(?:it|that|this|things|everything|all|the (?:\w+ )?(?:meeting|project|day|launch|event|session|lesson|talk|call|fix|change|result|outcome)|everyone|everybody|they|he|she|(?:the|our|my|his|her|their) (?:\w+ )?(?:customer|client|teacher|manager|boss|team|user|supervisor|director|lead)s?)(?: all)?\s+(?:went|was|were|turned out|worked out|worked|ended up|came out|seemed|felt)(?:\s+(?:really|very|quite|pretty|so|super|all|ok|okay|a|big|great|good))*(?:\s+(?:well|fine|good|great|ok|okay|alright|all right|nice|nicely|smoothly|perfectly|happy|pleased|satisfied|success|a success|sorted|solved|better|out))?(?:\s+with (?:it|that|this|the (?:result|outcome|work)|(?:our|my|the) work|how (?:we|i|it) (?:handled|did|dealt with|managed|went)(?: (?:it|that|things))?))?(?:\s+(?:in the end|after that|at the end|for everyone|for them))?$/i;
export const vagueResult = (text: string): boolean => VAGUE_RESULT.test(text.trim().replace(/[\s.,;:!?]+$/, ''));

/** A past verb opening a step or joined to one by "and", "then" or a comma: "rolled it back ... and wrote a guide". */
const STEP_VERB = new RegExp(String.raw`(?:^|\band (?:then )?|\bthen |, )((?:[a-z]+ed|${IRREGULAR_PAST}))\b`, 'gi');

/** A past verb after "then": "... then restarted the service", "..., and then rang the vendor". */
const THEN_STEP = new RegExp(String.raw`\bthen ((?:[a-z]+ed|${IRREGULAR_PAST}))\b`, 'gi');

/**
 * The verbs of the user's own steps, in order: those said with "I", and those of a step with no
 * subject of its own that follows an "I" step ("I checked each board, ... rolled it back on all 14
 * laptops and wrote a guide"), which are as much the user's as the first.
 */
function ownStepVerbs(actions: readonly ClassifiedClause[]): string[] {
  const verbs: string[] = [];
  let mine = false;
  for (const c of actions) {
    if (c.iActions.length > 0) {
      const said = c.iActions.map((v) => v.toLowerCase());
      verbs.push(...said);
      // "i checked the logs then restarted the service then called the vendor": steps joined by "then" share the "I".
      for (const m of c.text.matchAll(THEN_STEP)) {
        const verb = (m[1] ?? '').toLowerCase();
        if (verb && !NOT_ACTIONS.has(verb) && !said.includes(verb)) verbs.push(verb);
      }
      mine = true;
    } else if (c.weActions.length > 0) {
      mine = false;
    } else if (mine) {
      verbs.push(...[...c.text.matchAll(STEP_VERB)].map((m) => (m[1] ?? '').toLowerCase()).filter((v) => v && !NOT_ACTIONS.has(v)));
    }
  }
  return verbs;
}

/**
 * What the person does differently since, said at the end of the story: "now I spot check the first
 * panel", "after this i write small instruction", "since then I always ...". That is the lesson told
 * as practice; in the middle of a story "after that I called him" is only the next step.
 */
const CHANGED_PRACTICE = /\b(?:now|nowadays|these days|ever since|since then|since that day|from then on|after (?:this|that)(?: day| time)?),? (?:i|we) (?:always |also |still |now )?[a-z]{2,}/i;
/**
 * A lasting change the person put in place, which is what they do differently as much as a habit
 * of their own: a rule, guide, checklist or process they wrote, proposed or set up ("proposed a rule
 * that nothing plugs into a panel without a work order", "wrote a one page reset guide"), a write-up
 * so others work another way ("wrote it up so new techs check handholes first"); how things stand
 * since, told in the present ("so my leads fix it in 5 minutes now", "we have had zero unknown
 * devices on that network since", "the team still uses it today").
 */
const PUT_IN_PLACE = new RegExp(
  [
    String.raw`\b(?:wrote|proposed|introduced|brought in|set up|put in place|created|drew up|built|designed|documented|added|made|started|changed|agreed)\b[^.;!?]{0,60}?\b(?:rule|guide|checklist|check|process|procedure|policy|protocol|template|standard|routine|rota|handbook|manual|playbook|runbook|sop|training)s?\b`,
    String.raw`\b(?:wrote|typed|wrote down|documented|wrote up) (?:it|this|that|them|everything|(?:the|my|a) [a-z-]+(?: [a-z-]+)?)(?: up| down)? so\b`,
    // The fix taught to others, so they work another way: "showed three other drivers how to check
    // the plug", "trained the night shift to do the same", "taught my team to spot it".
    String.raw`\b(?:showed|taught|trained|coached)\b (?:[\w'-]+ ){1,6}?(?:how to|to (?:check|spot|do|use|fix|catch|look|test|handle|follow|avoid|reset|run))\b`,
  ].join('|'),
  'i',
);
/** How things have stood since, closing the story: "... since.", "... now", "... to this day". */
const SINCE_THEN = /(?:\b(?:have|has|'ve|'s)(?: not| never)? [a-z]+\b[^.;!?]*\bsince(?: then)?|\b(?<!\b(?:until|till|up to|by|for|from|right|even) )(?:now|today|to this day|ever since|these days))[.!]*$|^(?:(?:and|so) )?(?:now|since then|ever since|these days|to this day)\b/i;
const PAST_STATE = /\b(?:was|were|had|did)\b/i;
const CLOSING_CLAUSES = 2;
export function changedPractice(f: Findings): ClassifiedClause | undefined {
  const closing = f.clauses.slice(-CLOSING_CLAUSES).filter((c) => c.label !== 'hypothetical' && c.label !== 'none');
  return (
    closing.find((c) => CHANGED_PRACTICE.test(c.text)) ??
    closing.find((c) => c.label === 'action' && c.iActions.length > 0 && PUT_IN_PLACE.test(c.text)) ??
    closing.find((c) => c.label === 'result' && SINCE_THEN.test(c.text.trim()) && !PAST_STATE.test(c.text))
  );
}

/** Three or more steps of one's own carry the story however long its set-up is. */
const MANY_STEPS = 3;

/** How many steps of their own the user tells, however they are joined (commas, "and", "then"). */
export const ownStepCount = (f: Findings): number => ownStepVerbs(labelled(f, 'action')).length;
/** Enough steps of one's own that a short answer needs their reasons, not more of them. */
export const manySteps = (f: Findings): boolean => ownStepCount(f) >= MANY_STEPS;

export function partScores(f: Findings): Record<StarPart, number> {
  const s = PART_SCORE;
  const actions = labelled(f, 'action');
  const own = ownStepVerbs(actions);
  const iSteps = own.length;
  const weSteps = actions.reduce((n, c) => n + c.weActions.length, 0);
  // Specific means what the user did, said with verbs that say what: "I recalibrated the pen",
  // not "I helped" or "we fixed it", which any story could end with.
  const concreteVerbs = new Set(own.filter((v) => !VAGUE_VERBS.has(v))).size;
  // The largest part counts once there are steps to be large: one clause of "I helped" is all action and no story.
  const largest = iSteps >= 2 && STAR_PARTS.every((p) => f.shares.action >= f.shares[p]);
  // A set-up of one or two sentences is no saga, whatever its share of a short answer: scored as the advice reads it.
  const setup = f.setupShare <= SAGA_SHARE || (f.present.action && briefSetup(f)) ? s.situation.notSaga : f.setupShare > 0.5 ? s.situation.saga : 0;
  return {
    situation: f.present.situation ? clamp(s.situation.present + (f.clauses.some((c) => c.anchored) ? s.situation.anchored : 0) + setup, 0, s.max) : 0,
    task: f.present.task ? s.task.present + (labelled(f, 'task').some((c) => c.ownedTask) ? s.task.owned : 0) : 0,
    action: f.present.action
      ? s.action.present +
        (largest || iSteps >= MANY_STEPS ? s.action.largest : 0) +
        (iSteps > 0 && iSteps >= weSteps ? s.action.firstPerson : 0) +
        (concreteVerbs >= 2 || (concreteVerbs >= 1 && actions.some((c) => c.reasoning)) ? s.action.specific : 0)
      : 0,
    // An outcome with no amount to tell ("the audit passed") is as concrete as one with a number.
    result: f.present.result ? s.result.present + (concreteResult(f) ? s.result.metric : 0) + (f.reflection ? s.result.reflection : 0) : 0,
  };
}

/** A story's score; a motivation answer is scored on what it says instead (motivation.ts). */
export function overallScore(f: Findings, parts: Record<StarPart, number>): number {
  const base = STAR_PARTS.reduce((sum, p) => sum + (PART_WEIGHT[p] * parts[p]) / PART_SCORE.max, 0);
  const penalties =
    (weDominates(f) ? PENALTY.weDominates : 0) +
    PENALTY.tooLong * Math.min(PENALTY.tooLongMaxTimes, tooLongTimes(f)) +
    (f.hypothetical ? PENALTY.hypothetical : 0) +
    (fillerHeavy(f) ? PENALTY.fillers * Math.min(PENALTY.fillersMaxTimes, Math.floor(f.hedges.count / f.words / FILLER_RATE_LIMIT)) : 0) +
    (f.mentionsCredential === false ? PENALTY.credentialMissing : 0);
  return Math.round(clamp(base - penalties, 0, 100));
}

const CLOSING_PUNCTUATION = /[\s.,;:!?]+$/;
// A sentence ends at . ! or ? before a space, or at a line break; "2 a.m. handover" ends early, which only shortens a quote.
const SENTENCE_END = /[.!?](?=\s|$)|\n/;

/** The user's words, cut to QUOTE_WORDS words or QUOTE_CHARS characters, without closing punctuation. */
export function excerpt(text: string): { words: string; cut: boolean } {
  const all = text.split(' ', QUOTE_WORDS + 1);
  const joined = all.slice(0, QUOTE_WORDS).join(' ');
  // A pasted run with no spaces is one "word": the character cap keeps it to a line.
  const cut = all.length > QUOTE_WORDS || joined.length > QUOTE_CHARS;
  return { words: joined.slice(0, QUOTE_CHARS).replace(CLOSING_PUNCTUATION, ''), cut };
}
export function quote(text: string): string {
  const { words, cut } = excerpt(text);
  return `"${words}${cut ? '...' : ''}"`;
}

// A clause can open on its connector ("and we went through..."): a quote or rewrite starts on the step.
const CONNECTOR = /^(?:and|but|so|then)\s+(?:then\s+)?/i;
export const withoutConnector = (text: string): string => text.replace(CONNECTOR, '');

/**
 * The user's words from the start of a clause to the end of its sentence: a clause alone can be a
 * word ("OK") or a date ("In March 2023"), too little to recognise in a quote.
 */
export function sentenceFrom(f: Findings, clause: ClassifiedClause, from = 0): string {
  const at = f.text.indexOf(clause.text);
  const rest = at < 0 ? clause.text.slice(from) : f.text.slice(at + from);
  const end = rest.search(SENTENCE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A lesson, or a clause of the sentence a lesson opens ("What I learned is to look at | when a fault happens"). */
export function partOfLesson(f: Findings, clause: ClassifiedClause): boolean {
  for (let at = f.clauses.indexOf(clause); at >= 0; at -= 1) {
    const c = f.clauses[at] as ClassifiedClause;
    if (c.reflection) return true;
    if (c.sentenceStart) return false;
  }
  return false;
}

/** How far back a quote may reach for the start of its sentence: a little past what a quote shows. */
const SENTENCE_REACH = QUOTE_WORDS + 4;
/**
 * The whole sentence a clause is part of, when its start is near: a clause cut from its sentence
 * ("What I learned is to look at", "when a fault happens before asking what it is") is no quote
 * a person recognises. In a long run-on sentence, the clause on to the end of its sentence.
 */
export function sentenceAround(f: Findings, clause: ClassifiedClause): string {
  let at = f.clauses.indexOf(clause);
  if (at < 0) return sentenceFrom(f, clause);
  let words = clause.words;
  while (at > 0 && !f.clauses[at]?.sentenceStart && words + (f.clauses[at - 1]?.words ?? 0) <= SENTENCE_REACH) {
    at -= 1;
    words += f.clauses[at]?.words ?? 0;
  }
  const start = f.clauses[at]?.sentenceStart ? (f.clauses[at] as ClassifiedClause) : clause;
  return sentenceFrom(f, start);
}

// "the saving", "the data", "the first draft": what a follow-up takes for granted the story has.
const PRESUPPOSED = /\bthe (?:(?:first|final|new|old|wrong|same) )?([a-z]{4,})\b/gi;
const GENERIC_NOUNS: ReadonlySet<string> = new Set(['time', 'next', 'end', 'outcome', 'person', 'people', 'hardest', 'most', 'part', 'course', 'first', 'decision', 'problem', 'situation']);
const stem = (word: string): string => word.toLowerCase().replace(/(?:ings?|ed|es|s|e)$/, '');
/** A question's follow-up fits when what it takes for granted ("How did you measure the saving?") is in the story. */
function fitsStory(followUp: string, answer: string): boolean {
  const said = new Set(answer.toLowerCase().split(/[^a-z]+/).filter(Boolean).map(stem));
  return [...followUp.matchAll(PRESUPPOSED)].every(([, noun = '']) => GENERIC_NOUNS.has(noun.toLowerCase()) || said.has(stem(noun)));
}

/** The probe an interviewer would ask next (star-rubric.md B3, item 3), about the biggest gap. */
export function followUp(f: Findings): string {
  if (f.question.kind === 'motivation') return f.question.followUps?.[0] ?? 'When did you first decide this was more than an idea?';
  if (f.words === 0 || f.hypothetical) return 'Can you tell me about one specific time that happened? When was it?';
  if (!f.present.action) return 'What did you do yourself, step by step?';
  if (!f.present.result) return 'What happened in the end, and how did you know it had worked?';
  if (weDominates(f)) return 'What was your part in that, specifically?';
  if (!concreteResult(f)) return 'How did you measure that?';
  return f.question.followUps?.find((q) => fitsStory(q, f.text)) ?? 'What would you do differently next time?';
}
