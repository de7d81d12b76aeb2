import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAnswer, type AnswerAnalysis, type AnswerContext, type QuestionLike, type StarPart } from '../src/star/analyze-answer.js';
import { countWords, normalizeAnswer } from '../src/star/segment.js';
import { voiceOf } from '../src/star/signals.js';
import { ROOT } from './support/run-node.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/star-answers');
const answer = (name: string): string => readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
const PARTS: StarPart[] = ['situation', 'task', 'action', 'result'];

const GENERAL: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };
const FAILURE: QuestionLike = { competencies: ['failure'], invitesCredential: false };
const CERTIFICATE: QuestionLike = { competencies: ['learning-fast'], invitesCredential: true };
const GDA = 'Google Data Analytics Professional Certificate';

const present = (a: AnswerAnalysis): StarPart[] => PARTS.filter((p) => a.parts[p].present);
const suggestion = (a: AnswerAnalysis, text: string): string | undefined => a.suggestions.find((s) => s.includes(text));

interface Label {
  name: string;
  question?: QuestionLike;
  context?: AnswerContext;
  check(a: AnswerAnalysis): void;
}

/** Each fixture in test/fixtures/star-answers with what a coach would say about it. */
const LABELS: Label[] = [
  {
    name: 'strong',
    check(a) {
      expect(present(a)).toEqual(PARTS);
      expect(PARTS.every((p) => a.parts.action.share >= a.parts[p].share)).toBe(true);
      expect(a).toMatchObject({ hasMetric: true, hypothetical: false, reflection: true });
      expect(a.firstPersonRatio).toBeGreaterThan(0.8);
      expect(a.score).toBeGreaterThanOrEqual(90);
      expect(a.suggestions.length).toBeLessThanOrEqual(1);
    },
  },
  {
    name: 'missing-result',
    check(a) {
      expect(present(a)).toEqual(['situation', 'task', 'action']);
      expect(a.hasMetric).toBe(false);
      expect(a.suggestions[0]).toMatch(/^You end on "I also added conditional formatting so that missing work showed up in\.\.\.": say what changed/);
      expect(a.followUp).toMatch(/What happened in the end/);
    },
  },
  {
    name: 'all-we',
    check(a) {
      expect(a.firstPersonRatio).toBeLessThan(0.2);
      expect(a.parts.action.present).toBe(true);
      expect(a.suggestions[0]).toBe('You wrote "We looked at the spreadsheet": say what you did yourself: "I looked at the spreadsheet and I ..."');
      expect(a.followUp).toBe('What was your part in that, specifically?');
    },
  },
  {
    name: 'no-numbers',
    check(a) {
      expect(present(a)).toEqual(PARTS);
      expect(a.hasMetric).toBe(false);
      expect(a.parts.result.score).toBe(2);
      expect(a.suggestions[0]).toMatch(/^You wrote "the newsletter went out on time and the trustees were happy with\.\.\.": add how much/);
    },
  },
  {
    name: 'rambling',
    check(a) {
      expect(a.words).toBeGreaterThan(350);
      expect(a.speakingSeconds).toBeGreaterThan(150);
      // The whole opening sentence is quoted, not its first clause ("OK").
      expect(suggestion(a, 'this runs past 2 minutes')).toContain('Cut the set-up that starts "OK so this is a long one, but I think it\'s worth...": it takes 44% of the answer');
      expect(a.issues).toContain('too-long');
      expect(a.hedges).toEqual(expect.arrayContaining(['i think', 'basically', 'honestly']));
      expect(a.score).toBeLessThan(70);
    },
  },
  {
    name: 'one-line',
    check(a) {
      expect(a.words).toBe(4);
      expect(present(a)).toEqual(['action']);
      expect(a.parts.action.share).toBe(1);
      // The missing result first, then the length, which names the missing set-up instead of two more suggestions.
      expect(a.suggestions).toEqual([
        'You end on "I fixed the report": say what changed because of it, with a number if you can: "As a result, [what] went from [before] to [after]."',
        '"I fixed the report" takes about 2 s to say, and a story an interviewer can follow takes 1-2 minutes. Add when and where it happened, what you had to achieve and how you did it, step by step.',
      ]);
    },
  },
  {
    name: 'hypothetical',
    check(a) {
      expect(a.hypothetical).toBe(true);
      expect(a.parts.action.present).toBe(false);
      expect(a.score).toBe(0);
      // The purpose ("to understand what the real problem is") is a clause of its own, so the quote ends before it.
      expect(a.suggestions[0]).toMatch(/^You wrote "I would first talk to the stakeholders": that is what you would do, not what you did/);
      expect(a.followUp).toMatch(/one specific time/);
    },
  },
  {
    name: 'usually',
    check(a) {
      expect(a.hypothetical).toBe(true);
      expect(a.suggestions[0]).toContain('You wrote "I always make sure I understand the customer first"');
    },
  },
  {
    name: 'saga-situation',
    check(a) {
      expect(a.parts.situation.share).toBeGreaterThan(0.6);
      expect(a.parts.action.share).toBeLessThan(0.1);
      expect(a.parts.situation.score).toBeLessThan(5);
      expect(a.suggestions[0]).toMatch(/^Your set-up, from "So this was back in 2019, when I was working as an\.\.\.", takes \d+% of the answer/);
    },
  },
  {
    name: 'filler-heavy',
    check(a) {
      expect(a.hedgeCount).toBeGreaterThanOrEqual(10);
      expect(a.hedges).toEqual(expect.arrayContaining(['um', 'basically', 'like', 'kind of', 'i guess', 'sort of', 'maybe', 'i think']));
      expect(suggestion(a, 'drop the fillers')).toMatch(/^You wrote "[^"]+": drop the fillers \(um, basically, like\); "[^"]+" sounds surer\.$/);
      // The filler is no excuse to miss the step: "So I basically, um, started counting" is an Action.
      expect(a.parts.action.present).toBe(true);
    },
  },
  {
    name: 'credential-capstone',
    question: CERTIFICATE,
    context: { credentialName: GDA },
    check(a) {
      expect(a.mentionsCredential).toBe(true);
      expect(suggestion(a, 'invites your')).toBeUndefined();
      expect(a.score).toBeGreaterThanOrEqual(90);
    },
  },
  {
    name: 'credential-missing',
    question: CERTIFICATE,
    context: { credentialName: GDA },
    check(a) {
      expect(a.mentionsCredential).toBe(false);
      // At 36 s the length comes before the credential.
      expect(a.issues.slice(0, 2)).toEqual(['too-short', 'credential']);
      // No credentialCapstone in the context: whether the course ends in a capstone is unknown, so the
      // suggested sentence speaks of studying for it, never of a capstone it may not have.
      expect(a.suggestions[1]).toBe(
        `This question invites your ${GDA} as evidence. After "Last spring I chose a public bike-share data set with about 5...", add: "While studying for the ${GDA}, I ..."`,
      );
    },
  },
  {
    name: 'failure-lesson',
    question: FAILURE,
    check(a) {
      expect(a.reflection).toBe(true);
      expect(a.hypothetical).toBe(false);
      expect(suggestion(a, 'say what you learned')).toBeUndefined();
      // The failure's outcome is timed and counted ("Within a week two of the senior chefs ... on three
      // Saturdays"): measured, with the lesson. A count in words counts as one in digits would.
      expect(a.metrics).toEqual(['Within a week', 'two of the', 'three Saturdays']);
      expect(a.parts.result.score).toBe(5);
    },
  },
  {
    name: 'failure-no-lesson',
    question: FAILURE,
    check(a) {
      expect(a.reflection).toBe(false);
      expect(suggestion(a, 'say what you learned')).toBe(
        'After "By August we were fully staffed every weekend again", say what you learned and what you do differently now: "I learned ..., so now I ..."',
      );
    },
  },
  {
    name: 'money-saved',
    check(a) {
      expect(a.hasMetric).toBe(true);
      expect(a.metrics).toContain('$18,400');
      expect(present(a)).toEqual(PARTS);
    },
  },
  {
    name: 'bullets',
    check(a) {
      expect(present(a)).toEqual(PARTS);
      expect(a.metrics).toEqual(expect.arrayContaining(['12%', '7%']));
    },
  },
  {
    name: 'no-situation',
    check(a) {
      expect(present(a)).toEqual(['action', 'result']);
      // At 16 s, the missing set-up is named in the length suggestion, once.
      expect(a.suggestions[0]).toBe(
        '"I rewrote the onboarding guide from scratch and I recorded three short..." takes about 16 s to say, and a story an interviewer can follow takes 1-2 minutes. Add when and where it happened, what you had to achieve and how you did it, step by step.',
      );
    },
  },
  {
    name: 'career-change',
    question: { competencies: ['why-career-change'], invitesCredential: true },
    check(a) {
      expect(a.mentionsCredential).toBe(true);
      expect(a.firstPersonRatio).toBeGreaterThan(0.8);
      expect(a.parts.action.present).toBe(true);
    },
  },
  {
    name: 'manager-disagreement',
    check(a) {
      expect(present(a)).toEqual(PARTS);
      expect(a.metrics).toContain('40%');
      expect(a.firstPersonRatio).toBe(1);
    },
  },
  {
    name: 'time-saved',
    context: { gapSkills: ['power-query', 'sql'] },
    check(a) {
      expect(a.metrics).toContain('three hours');
      expect(a.relevantSkills).toEqual(['power-query']);
    },
  },
  {
    name: 'mixed',
    check(a) {
      // Who did the steps: three with "I", two with "we". Most of the work is the candidate's own,
      // so "we" does not dominate and no rewrite is asked.
      expect(a.firstPersonRatio).toBeGreaterThan(0.3);
      expect(a.firstPersonRatio).toBeLessThan(0.7);
      expect(a.hasMetric).toBe(true);
      expect(suggestion(a, 'say what you did yourself')).toBeUndefined();
    },
  },
  {
    name: 'real-with-always',
    check(a) {
      // One "I always" inside a real story is a habit, not a False STAR.
      expect(a.hypothetical).toBe(false);
      expect(present(a)).toEqual(PARTS);
      expect(a.metrics).toEqual(expect.arrayContaining(['15', '2']));
    },
  },
  {
    name: 'chat-lowercase',
    check(a) {
      expect(a.parts.action.present).toBe(true);
      expect(a.parts.result.present).toBe(true);
      expect(a.metrics).toContain('20 percent');
      expect(a.firstPersonRatio).toBeGreaterThan(0.5);
    },
  },
];

describe('a credential only chosen, not held', () => {
  const WHY: QuestionLike = { competencies: ['why-career-change'], invitesCredential: true };
  const context: AnswerContext = { credentialName: 'Google Cybersecurity Professional Certificate', credentialHeld: false };
  const STORY =
    'In 2019 I was reviewing our access control logs and noticed one badge opening the count room door at 3am. I pulled the footage and wrote it up, and my certificate work taught me to document it.';

  it('is not credited for a bare "certificate" or a door badge: the answer never named it', () => {
    const a = analyzeAnswer(STORY, WHY, context);
    expect(a.mentionsCredential).toBeNull();
    expect(a.strengths.map((s) => s.text).join(' ')).not.toContain('Google Cybersecurity');
  });

  it('is credited where the answer names it', () => {
    const a = analyzeAnswer(`${STORY} I am taking the Google Cybersecurity course now to learn SIEM tools.`, WHY, context);
    expect(a.mentionsCredential).toBe(true);
    expect(a.strengths.map((s) => s.text).join(' ')).toContain('You use your Google Cybersecurity Professional Certificate as evidence: "I am taking the Google Cybersecurity course');
  });
});

describe('analyzeAnswer on labelled answers', () => {
  it('has a label for every fixture, and at least 20 of them', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.txt$/, ''));
    expect(LABELS.map((l) => l.name).sort()).toEqual(files.sort());
    expect(LABELS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(LABELS)('$name', ({ name, question, context, check }) => {
    check(analyzeAnswer(answer(name), question ?? GENERAL, context));
  });

  it('reads who did the steps, not who is in the scene or shares the outcome', () => {
    const own = analyzeAnswer(
      'At our depot we had forty drivers and we were always short of vans on Mondays. I mapped every route by hand, I moved two rounds to Sunday night and I wrote a new loading order. We hit every Monday slot for the rest of the year and we were all much calmer.',
      GENERAL,
    );
    expect(voiceOf(own.firstPersonRatio)).toBe('i');
    expect(own.issues).not.toContain('i-not-we');
    const team = analyzeAnswer(
      'At my last job I was a shift supervisor. We mapped every route by hand, we moved two rounds to Sunday night and we wrote a new loading order. I was really pleased with how it went.',
      GENERAL,
    );
    expect(voiceOf(team.firstPersonRatio)).toBe('we');
    expect(team.issues).toContain('i-not-we');
  });

  it('reads a step with its subject left out as its subject\'s, and a speaker who names no one acting as "I"', () => {
    const listed = analyzeAnswer(
      'Last spring at the sports centre we took on twelve new lifeguards. I wrote a one-page briefing, walked each group round the pool and paired every starter with a senior guard. Nobody missed a rescue drill.',
      GENERAL,
    );
    expect(voiceOf(listed.firstPersonRatio)).toBe('i');
    expect(voiceOf(analyzeAnswer('Stay calm, check the facts, tell my manager.', GENERAL).firstPersonRatio)).toBe('i');
    expect(voiceOf(analyzeAnswer('It was inspection week at my school. The inspectors praised our team.', GENERAL).firstPersonRatio)).toBe('i');
    expect(voiceOf(analyzeAnswer('Our café was losing money and by the spring it was profitable again.', GENERAL).firstPersonRatio)).toBe('we');
  });

  it('reads a habit, or advice, as a False STAR with no parts', () => {
    for (const text of [
      'Most of the time I let them talk first. Then I say sorry and I explain what I can do right now. Usually they calm down.',
      'Whenever a customer is upset I listen first, and I tell them what I can offer at the moment.',
      'Apologise, fix it, then tell my manager.',
    ]) {
      const a = analyzeAnswer(text, GENERAL);
      expect(a.hypothetical, text).toBe(true);
      expect(present(a), text).toEqual([]);
    }
    // The same words about one real time are a story.
    expect(analyzeAnswer('Last Friday a customer was upset. I let her talk first, then I explained what I could do right then. She calmed down and thanked me.', GENERAL).hypothetical).toBe(false);
  });

  it('takes the time a step took, said at its end, as the measure of the outcome after it', () => {
    const a = analyzeAnswer('A little girl got lost in the shop. I called it over the tannoy and found her by the tills after about 10 mins. Her dad was hugging me.', GENERAL);
    expect(present(a)).toEqual(['situation', 'action', 'result']);
    expect(a.hasMetric).toBe(true);
  });

  it('gives null for the credential when the question does not invite it', () => {
    expect(analyzeAnswer(answer('credential-capstone'), GENERAL).mentionsCredential).toBeNull();
  });

  it('finds the role skills with the extractor when one is given', () => {
    const extractor = { extract: (text: string) => (text.includes('SQL') ? [{ skill: 'sql' }, { skill: 'r' }] : []) };
    expect(analyzeAnswer(answer('credential-capstone'), CERTIFICATE, { gapSkills: ['sql', 'python'], extractor }).relevantSkills).toEqual(['sql']);
  });

  it('suggests naming only tools the person has, that the role asks for, where the question invites tools', () => {
    // Tableau is one kind of data visualisation; Excel is a spreadsheet, a sibling of neither.
    const extractor = {
      extract: (text: string) => [
        ...(/\btableau\b/i.test(text) ? [{ skill: 'tableau' }, { skill: 'data-visualization', inferredFrom: 'tableau' }] : []),
        ...(/\bcharts?\b|\bdashboards?\b/i.test(text) ? [{ skill: 'data-visualization' }] : []),
        ...(/\bexcel\b/i.test(text) ? [{ skill: 'excel' }, { skill: 'spreadsheets', inferredFrom: 'excel' }] : []),
      ],
    };
    const DATA = { competencies: ['data-driven-decision' as const], invitesCredential: false };
    const tools = new Set(['sql', 'tableau', 'excel']);
    const context = {
      role: 'data-analyst',
      roleName: 'Data analyst',
      gapSkills: ['sql', 'tableau', 'stakeholder-management'],
      roleSkills: ['sql', 'tableau', 'stakeholder-management'],
      skillsHeld: ['tableau', 'stakeholder-management', 'welding'],
      isTool: (id: string) => tools.has(id),
      extractor,
      skillName: (id: string) => id.toUpperCase(),
    };
    const named = (a: ReturnType<typeof analyzeAnswer>) => a.suggestions.find((s) => s.startsWith('You know '));
    // Held, asked for and a tool: Tableau only (SQL is not held, stakeholder management is not a tool).
    // Quoted where it was plausibly used: the step with the chart, not the Excel step.
    expect(named(analyzeAnswer(answer('strong'), DATA, context))).toMatch(/^You know TABLEAU, which a Data analyst job asks for\. If you used it in "[^"]*chart[^"]*", name it/);
    // No step of the story could have used Tableau (only Excel tables): no nudge to claim it.
    expect(named(analyzeAnswer(answer('strong').replace(/chart/g, 'table'), DATA, context))).toBeUndefined();
    // A leadership question does not invite tools; nobody is told to name tools they do not have.
    expect(named(analyzeAnswer(answer('strong'), GENERAL, context))).toBeUndefined();
    expect(named(analyzeAnswer(answer('strong'), DATA, { ...context, skillsHeld: ['welding'] }))).toBeUndefined();
    expect(named(analyzeAnswer(answer('strong'), DATA, { ...context, isTool: undefined }))).toBeUndefined();
    expect(named(analyzeAnswer(answer('strong'), DATA, { ...context, roleName: 'IT support specialist' }))).toContain('which an IT support specialist job asks for');
  });
});

describe('analyzeAnswer properties', () => {
  const all = LABELS.map((l) => ({ name: l.name, text: answer(l.name), question: l.question ?? GENERAL }));
  const MEASURED = ' As a result, the time it took fell from 10 days to 4 days.';

  it.each(all)('adding a measurable result never lowers the result score: $name', ({ text, question }) => {
    const before = analyzeAnswer(text, question);
    const after = analyzeAnswer(text.trimEnd() + MEASURED, question);
    expect(after.parts.result.score).toBeGreaterThanOrEqual(before.parts.result.score);
    expect(after.hasMetric).toBe(true);
  });

  it.each(all)('at most three suggestions, shares summing to 1, quotes from the answer: $name', ({ text, question }) => {
    const a = analyzeAnswer(text, question);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    if (present(a).length) expect(PARTS.reduce((sum, p) => sum + a.parts[p].share, 0)).toBeCloseTo(1, 2);
    for (const p of PARTS) expect(a.parts[p].score).toBe(a.parts[p].present ? a.parts[p].score : 0);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(100);
    const normal = normalizeAnswer(text);
    for (const s of a.suggestions) {
      const quoted = /^You (?:wrote|end on) "([^"]+?)(?:\.\.\.)?"/.exec(s)?.[1];
      if (quoted) expect(normal).toContain(quoted);
    }
  });

  it('is pure: the same answer gets the same feedback', () => {
    expect(analyzeAnswer(answer('mixed'), GENERAL)).toEqual(analyzeAnswer(answer('mixed'), GENERAL));
  });

  it('keeps its invariants on random word salad', () => {
    const vocabulary = ['I', 'we', 'built', 'would', 'usually', 'the', 'report', 'um', 'like,', '40%', '$3,000', 'In 2021,', 'as a result', 'my goal was', 'learned', '.', ',', '\n', '😀', 'kind of'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: Math.floor(next() * 80) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
      const a = analyzeAnswer(text, CERTIFICATE);
      expect(a.suggestions.length).toBeLessThanOrEqual(3);
      const total = PARTS.reduce((sum, p) => sum + a.parts[p].share, 0);
      expect(present(a).length ? Math.abs(total - 1) < 0.01 : total === 0).toBe(true);
      expect(a.firstPersonRatio).toBeGreaterThanOrEqual(0);
      expect(a.firstPersonRatio).toBeLessThanOrEqual(1);
    }
  });
});

describe('analyzeAnswer on bad input', () => {
  it.each([
    ['empty', ''],
    ['blank lines', '   \n\n\t  '],
    ['emoji only', '😀🚀🔥 👍🏽'],
    ['punctuation only', '...,,,;;;---'],
  ])('%s: no parts, score 0, one suggestion to write a story', (_, text) => {
    const a = analyzeAnswer(text, CERTIFICATE);
    expect(a).toMatchObject({ words: 0, speakingSeconds: 0, score: 0, firstPersonRatio: 0, hasMetric: false, hypothetical: false, hedges: [], relevantSkills: [] });
    expect(present(a)).toEqual([]);
    expect(a.suggestions).toEqual([expect.stringMatching(/^Write your answer as one real story/)]);
  });

  it('20,000 words: counted, flagged as far too long, quotes kept short', () => {
    const story = answer('strong');
    const perStory = analyzeAnswer(story, GENERAL).words;
    const text = Array.from({ length: Math.ceil(20_000 / perStory) }, () => story).join('\n');
    const a = analyzeAnswer(text, GENERAL);
    expect(a.words).toBeGreaterThanOrEqual(20_000);
    expect(a.speakingSeconds).toBeGreaterThan(60 * 60);
    expect(suggestion(a, 'runs past 2 minutes')).toBeDefined();
    for (const s of a.suggestions) expect(s.length).toBeLessThan(400);
    expect(a.score).toBeLessThanOrEqual(70);
  });

  it('one 100,000-character "word" is quoted in a short line', () => {
    const a = analyzeAnswer('x'.repeat(100_000), GENERAL);
    expect(a.words).toBe(1);
    for (const s of a.suggestions) expect(s.length).toBeLessThan(400);
  });

  it('a single line with no punctuation', () => {
    const a = analyzeAnswer('i fixed the report and my manager said it was the best one', GENERAL);
    expect(present(a)).toEqual(['action', 'result']);
  });
});

describe('analyzeAnswer on an answer split into STAR parts by the user (the form)', () => {
  const form = {
    situation: 'Last spring our clinic moved to a new booking system.',
    task: 'Getting the desk ready fell to me.',
    action: 'I read the vendor guide over a weekend, then I wrote a one-page cheat sheet and ran two lunch sessions for the desk staff.',
    result: 'Within a month the desk handled bookings without calling the vendor, and the practice manager asked me to train the night shift.',
  };

  it('takes each part as labelled, whatever the cues would read in it', () => {
    const joined = analyzeAnswer(Object.values(form).join('\n\n'), GENERAL);
    const labelled = analyzeAnswer(form, GENERAL);
    // Each part's share is exactly the words the user wrote in its box.
    for (const p of PARTS) expect(labelled.parts[p].share, p).toBeCloseTo(countWords(form[p]) / labelled.words, 2);
    expect(present(labelled)).toEqual(PARTS);
    expect(labelled.parts.task.score).toBeGreaterThan(0);
    expect(PARTS.reduce((sum, p) => sum + labelled.parts[p].share, 0)).toBeCloseTo(1, 2);
    expect(labelled.words).toBe(joined.words);
  });

  it('leaves a blank or emoji-only part missing and says what to add', () => {
    const a = analyzeAnswer({ ...form, task: '   ', result: '🙂👍' }, GENERAL);
    expect(present(a)).toEqual(['situation', 'action']);
    expect(suggestion(a, 'say what changed because of it')).toBeDefined();
  });

  it('still flags "I would..." written in the Action box as a False STAR', () => {
    const a = analyzeAnswer({ ...form, action: 'I would usually read the guide and I would probably train people.' }, GENERAL);
    expect(a.hypothetical).toBe(true);
    expect(a.suggestions[0]).toMatch(/that is what you would do, not what you did/);
  });

  it('gives nothing to score for an empty form, as for an empty answer', () => {
    expect(analyzeAnswer({}, GENERAL)).toEqual(analyzeAnswer('', GENERAL));
  });
});
