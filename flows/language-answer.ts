import type { Role } from '../src/data/roles-schema.js';
import { plainQuestion } from '../src/credentials/credential-question.js';
import { listOf } from '../src/roles/suggest-roles.js';
import type { Profile } from './profile.js';

/**
 * "My English is not native. Is this a problem for a writer job?", "my english isnt perfect, will that
 * hurt me", "english is my second language, does that matter?": a worry about the person's English,
 * which a careers coach answers from what they have done in English and from what decides the hire
 * (the writing itself, read in samples or a writing test), never with a figure about who gets hired.
 */

/** The language named as theirs, or English said about them. */
const ENGLISH = /\b(?:my (?:english|written english|spoken english|accent|grammar|language skills?)|english (?:is|isn'?t|is not) my (?:first|native|mother|second|third|\w+ )?(?:language|tongue)|(?:non|not a)[- ]?native(?: english)?(?: speaker)?|second[- ]language (?:speaker|english)|(?:esl|ell) (?:speaker|learner))\b/;
/** Said to be less than a native speaker's: the worry itself. */
const SHORT_OF = /\b(?:not|isn'?t|isnt|never|no) (?:native|perfect|fluent|great|good|strong|my first)\b|\bnon[- ]?native\b|\bsecond language\b|\baccent\b|\bmistakes?\b|\b(?:broken|weak|bad|poor|limited)\b/;
/** Asked whether it counts against them. */
const WORRY = /\b(?:problem|issue|hurt|hold (?:me )?back|count against|against me|matter|disadvantage|barrier|deal[- ]?breaker|ok(?:ay)?|fine|chance|hire|hired|accept|reject|enough)\b/;

export const asksAboutLanguage = (text: string): boolean => {
  const plain = plainQuestion(text);
  return ENGLISH.test(plain) && SHORT_OF.test(plain) && WORRY.test(plain);
};

/** What the person told the coach, as the language answer reads it. */
export interface LanguageFacts {
  /** The job as the coach says it back ("freelance translator"), and as they typed it ("a translator, Japanese to English"). */
  readonly currentRole?: string;
  readonly currentRoleSaid?: string;
  readonly yearsExperience?: number;
  /** Their own words for writing they did, as the gap interview quoted them. */
  readonly writingSaid: readonly string[];
}

/** A role whose work is writing: its core skills include documentation or its portfolio piece is written samples. */
const writes = (role: Role | undefined) => role?.skills.some((s) => s.skill === 'documentation' && s.core) === true;

export function languageAnswer(facts: LanguageFacts, role: Role | undefined): string {
  const years = facts.yearsExperience !== undefined ? `for ${facts.yearsExperience} years` : undefined;
  const as = facts.currentRole ? ` as ${/^[aeiou]/i.test(facts.currentRole) ? 'an' : 'a'} ${facts.currentRole}` : '';
  // Translation into English, said in their own job answer, is paid writing in English.
  const intoEnglish = /\b(?:(?:in)?to|→|->) english\b/.test(`${facts.currentRoleSaid ?? ''} ${facts.currentRole ?? ''}`.toLowerCase());
  const evidence = intoEnglish
    ? `You have translated into English${years ? ` ${years}` : ''}${as}: clients paid for your English on the page.`
    : `You have worked in English${years ? ` ${years}` : ''}${as}, and that work is evidence of what you can do.`;
  const written = facts.writingSaid.length > 0 ? ` You told me about ${listOf(facts.writingSaid.slice(0, 3).map((w) => `"${w}"`))}: that is writing a hiring manager can read.` : '';
  const about = role ? `*${role.name}*` : 'the role';
  const decides = writes(role)
    ? ` For ${about} jobs what decides is the writing itself: employers read your samples, and many set a short writing test. Clear, correct, plain English is what they check, not where you learnt it.`
    : ` For ${about} jobs what decides is whether you can explain your work clearly, in your applications and in interviews.`;
  const next = role?.portfolio
    ? ' Your portfolio piece is the proof: write it carefully, ask someone who writes for a living to review it, and let it speak for you.'
    : ' Practising your answers aloud (`practice`) is the way to be sure of it.';
  return `It is not a problem in itself. ${evidence}${written}${decides}${next}`;
}

/** The facts for the answer from the profile: the work they said that the role asks for, in their words. */
export function languageFacts(profile: Profile, role: Role | undefined): LanguageFacts {
  const asked = new Set(role?.skills.map((s) => s.skill) ?? []);
  const writingSaid = [...new Set((profile.skills ?? []).filter((s) => asked.has(s.skill) && s.evidence).map((s) => s.evidence ?? ''))];
  return { currentRole: profile.currentRole, currentRoleSaid: profile.currentRoleSaid, yearsExperience: profile.yearsExperience, writingSaid };
}
