import { beforeAll, describe, expect, it } from 'vitest';
import { createGapInterviewFlow } from '../flows/gap-interview.js';
import { createInterviewPracticeFlow, practiceProgressFlow } from '../flows/interview-practice.js';
import { welcomeFlow } from '../flows/welcome.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { chatWith } from './support/chat.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const DAY_MS = 86_400_000;
const GAPS = { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'python', share: 0.67 }, { skill: 'tableau', share: 0.67 }] };
const ANALYST = { name: 'Maria', targetRole: 'data-analyst', gapReport: GAPS };

const WEAK = 'We had a messy spreadsheet at work and we cleaned it up together over a few weeks, it was a lot of work but we got there in the end and everyone on the team was happy with it afterwards I think.';
const BETTER =
  'In March 2023, at the clinic where I was office manager, our patient export had duplicate records and blank dates. My goal was to get a clean list before the board meeting. ' +
  'I sorted the export in Excel, I removed 400 duplicates with a formula, and I checked fifty records by hand against the paper files because I did not trust the blanks. ' +
  'As a result, the report went from 2,300 rows to 1,900 correct ones, and the board used it to plan staffing.';
const PIECES = [
  'Last year I was a logistics coordinator at a shipping company.',
  'I wanted to move into data work because the reports were the best part of my job.',
  'So I started the Google Data Analytics certificate in the evenings.',
];
const FORM = {
  situation: 'In 2023 I was a logistics coordinator at a shipping company, and the weekly reports were the part of the job I liked most.',
  task: 'My goal was to move into data analysis within a year without leaving my job.',
  action: 'I enrolled in the Google Data Analytics certificate, I studied six hours a week in the evenings, and for my capstone I analysed a public bike-share data set in SQL and Tableau because I wanted a project I could show.',
  result: 'As a result, I finished the certificate in five months, my capstone dashboard is on my portfolio, and my manager asked me to rebuild our delivery report in Tableau.',
};

/** A user whose stored profile is `profile`, talking to an engine with a clock the test moves. */
async function userWith(profile: Record<string, unknown> = {}) {
  const store = new MemorySessionStore();
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const flows = new FlowRegistry([welcomeFlow, createGapInterviewFlow(data), createInterviewPracticeFlow(data), practiceProgressFlow], welcomeFlow.id);
  const engine = new Engine({ store, flows, ttlMs: DAY_MS, now: () => clock.now });
  const chat = chatWith(engine);
  if (Object.keys(profile).length > 0) {
    const doc = serializeSession({ ...newSession(clock.now), profile });
    await store.commit(chat.origin, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc }, ttlMs: DAY_MS });
  }
  const profileNow = () => JSON.parse(store.peek(chat.origin) ?? '{}').profile;
  return { chat, store, clock, profileNow };
}

/** The number after `label` in a transcript, e.g. the score in "Question 1 of 2: 25/100". */
function numberAfter(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`No ${pattern} in:\n${text}`);
  return Number(match[1]);
}

describe('interview practice, as a transcript', () => {
  it('a data analyst practises two questions the coach picked from the gap report, retries both, and sees progress', async () => {
    const { chat, store, clock, profileNow } = await userWith(ANALYST);
    expect(await chat.say('practice')).toContain("We'll practise for *Data analyst* (not right? say `back`). How many questions would you like, from 1 to 10?");
    expect(await chat.say('two')).toContain("If you let me choose, I'll pick from what *Data analyst* interviews ask and your gaps (Python and Tableau). [Let the coach choose |");
    const first = await chat.click('focus', 'coach');
    expect(first).toContain('*Question 1 of 2* (Data analyst interviews ask this one):\n"Tell me about a time you worked with messy or incomplete data.');
    expect(first).toContain('40 words or more counts as your whole answer');
    expect(first).toContain('[form: Situation, Task, Action, Result]');

    // A weak answer in one message: feedback quotes it, scores each part, asks what an interviewer would.
    const weak = await chat.say(WEAK);
    const weakScore = numberAfter(weak, /Question 1 of 2: (\d+)\/100/);
    expect(weakScore).toBeLessThan(50);
    expect(weak).toMatch(/Your STAR parts \(0-5\): Situation=\d, Task=0, Action=\d, Result=\d/);
    expect(weak).toContain('1. You wrote "and we cleaned it up together over a few weeks": say what you did yourself: "I cleaned it up over a few weeks and I ..."');
    expect(weak).toMatch(/takes about 1\d s to say, and a story an interviewer can follow takes 1-2 minutes/);
    expect(weak).toContain('An interviewer might ask next: "What was your part in that, specifically?"');
    expect(weak).toContain('[Retry this question | Next question | Stop here and see my summary]');

    // The same question again, told better: what changed is said, part by part.
    expect(await chat.say('retry')).toContain('*Question 1 of 2, try 2:* "Tell me about a time you worked with messy or incomplete data.');
    const better = await chat.say(BETTER);
    const betterScore = numberAfter(better, /try 2: (\d+)\/100/);
    expect(betterScore).toBeGreaterThan(weakScore + 30);
    expect(better).toContain(`Since your last try: ${weakScore} → ${betterScore} (+${betterScore - weakScore}).\nWhat improved:`);
    expect(better).toContain('- You say "I" now where you said "we": "I sorted the export in Excel".');
    expect(better).toContain('- You measured the result now: "the report went from 2,300 rows to 1,900".');
    const resultBefore = numberAfter(weak, /Result=(\d)/);
    const resultAfter = numberAfter(better, /Result=(\d)/);
    expect(resultAfter).toBeGreaterThan(resultBefore);
    expect(better).toContain(`Result ${resultBefore} → ${resultAfter}`);
    // A button from the first feedback no longer moves the session on.
    expect(await chat.click('after', 'next@0.1')).toContain("That isn't one of the options.");

    const second = await chat.say('next');
    expect(second).toContain('*Question 2 of 2* (every career changer gets asked this):\n"Walk me through why you are moving into tech now');

    // An answer in several messages, ended by `done`.
    expect(await chat.say(PIECES[0] as string)).toContain('Got it: 11 words so far for question 2 of 2. Keep going, or say `done` for feedback.');
    expect(await chat.say(PIECES[1] as string)).toContain('Got it: 28 words so far');
    await chat.say(PIECES[2] as string);
    const pieces = await chat.say('done');
    const piecesScore = numberAfter(pieces, /Question 2 of 2: (\d+)\/100/);
    // Why they are changing careers is not a story with a measured result: the coach asks for the link
    // to the role and more time, not for what changed.
    expect(pieces).toContain('At about 16 s spoken, this is short: an interviewer expects 1-2 minutes.');
    expect(pieces).not.toMatch(/say what changed|add how much/);
    expect(pieces).toContain('[Retry this question | One more question | Finish and see my summary]');

    // The retry as a form with the four STAR parts: a submitted form is the whole answer.
    await chat.say('retry');
    const form = await chat.submit('answer', FORM);
    const formScore = numberAfter(form, /Question 2 of 2, try 2: (\d+)\/100/);
    expect(formScore).toBeGreaterThan(piecesScore);
    // A motivation question has no STAR parts: no part scores or chart, what the answer says about the move instead.
    expect(form).not.toMatch(/Part scores|STAR parts|Situation|Action \d/);
    expect(form).toContain('Your answer says why you want this work, why now and what you have done about it. Not there yet: what carries over from the work you do now.');

    clock.now = new Date('2026-03-02T09:40:00Z');
    const summary = await chat.say('finish');
    const average = Math.round((betterScore + formScore) / 2);
    expect(summary).toContain(`*Practice summary* for Data analyst: 2 questions, average *${average}/100*.`);
    expect(summary).toContain(`Your score per question (0-100): 1. Tell me about a time you worked with messy or…=${betterScore}, 2. Walk me through why you are moving into tech…=${formScore}`);
    expect(summary).toMatch(/Average per STAR part \(0-5\): Situation=[\d.]+, Task=[\d.]+, Action=[\d.]+, Result=[\d.]+/);
    expect(summary).toMatch(/What to take away: Strongest parts?=[\w ,]+ \([\d.]+ of 5 on average\); Weakest parts?=[\w ,]+ \([\d.]+ of 5 on average\); The one thing to work on=/);
    expect(summary).toContain('What would you like to do next?');

    // The history keeps ids and scores only: no answer text anywhere in the stored session.
    const history = profileNow().practiceHistory;
    expect(history).toEqual([
      { at: '2026-03-02T09:40:00.000Z', role: 'data-analyst', average, questions: [expect.objectContaining({ id: 'messy-data', score: betterScore }), expect.objectContaining({ id: 'why-tech-now', score: formScore })] },
    ]);
    expect(history[0].questions[0].parts).toEqual({ situation: expect.any(Number), task: 5, action: 5, result: resultAfter });
    // The motivation question keeps its score only: it has no parts to average in progress.
    expect(history[0].questions[1].parts).toBeUndefined();
    for (const words of ['spreadsheet', 'logistics', 'bike-share']) expect(store.peek(chat.origin)).not.toContain(words);

    expect(await chat.say('progress')).toContain(`Your average score per practice session (0-100): 1. 2 Mar (2 q)=${average}\nOne session so far`);

    // A week later: the coach picks questions not practised last time, and progress shows the trend.
    clock.now = new Date('2026-03-09T09:00:00Z');
    await chat.say('practice');
    await chat.say('1');
    expect(await chat.click('focus', 'coach')).toContain('*Question 1 of 1* (Data analyst interviews ask this one):\n"Tell me about a report or dashboard you built');
    const third = numberAfter(await chat.say(BETTER), /Question 1 of 1: (\d+)\/100/);
    await chat.say('finish');
    const progress = await chat.say('progress');
    expect(progress).toContain(`1. 2 Mar (2 q)=${average}, 2. 9 Mar (1 q)=${third}`);
    expect(progress).toContain(`Over 2 sessions your average went from ${average} to ${third}`);
    expect(progress).toMatch(/By STAR part, first session → latest \(0-5\): Situation=[\d.]+ → [\d.]+; Task=/);
  });

  it('re-asks an empty, emoji-only or 20,000-word answer, and `done` with nothing sent, changing nothing', async () => {
    const { chat, store } = await userWith(ANALYST);
    await chat.say('practice');
    await chat.say('1');
    await chat.click('focus', 'failure');
    const before = store.peek(chat.origin);
    expect(await chat.say('')).toContain('That was empty. Tell one real story: one message, shorter messages ending with `done`, or the form.');
    expect(await chat.say('🎉🙌')).toContain("I couldn't find any words in that. Tell one real story");
    expect(await chat.say('done')).toContain("There's nothing to give feedback on yet. Tell one real story");
    const huge = 'I fixed it. '.repeat(6_667);
    expect(huge.split(' ').filter(Boolean).length).toBeGreaterThanOrEqual(20_000);
    expect(await chat.say(huge)).toContain("That's longer than I can keep for this question (30,000 characters at most). Tell one real story");
    // `skip` now passes the question (test/conversation-fixes-journeys.test.ts); a bare number is refused and changes nothing.
    expect(await chat.say('2')).toContain("A number on its own isn't an answer to question 1");
    expect(store.peek(chat.origin)).toBe(before);

    // A long answer under the limit is read, and told to get shorter.
    const long = await chat.say(`${BETTER} `.repeat(12));
    expect(long).toMatch(/At \d+ words \(about \d+ min \d+ s\) this runs past 2 minutes/);
  });

  it('asks for a role when there is none, and offers general questions', async () => {
    const { chat, profileNow } = await userWith();
    await chat.say('hi');
    await chat.say('Sam');
    expect(await chat.click('first', 'interview-practice')).toContain('Which tech role are you interviewing for?');
    expect(await chat.say('astronaut')).toContain("I don't know that role yet. Type a role such as data analyst");
    // A short form with two readings: both roles offered to type.
    expect(await chat.say('pm')).toContain("I don't know *pm* as a role yet. The closest I know: *Project manager / Scrum master* or *Product manager*. Type a role such as");
    expect(await chat.say('I want to become a doctor')).toMatch(/needs a degree or licence, so I have no interview questions for it/);
    expect(await chat.say('general')).toContain("We'll practise the questions any employer asks.");
    await chat.say('1');
    expect(await chat.say('Let the coach choose')).toContain('*Question 1 of 1* (every career changer gets asked this)');
    // Skipping the only question ends the session with nothing to store.
    expect(await chat.say('next')).toContain("You didn't answer any questions this time, so there's nothing to add to your practice history.");
    expect(profileNow().practiceHistory).toBeUndefined();

    await chat.say('practice');
    expect(await chat.say('UX designer')).toContain("We'll practise for *UX designer*");
    expect(profileNow().targetRole).toBe('ux-designer');
  });

  it('says so when a focus has fewer questions than asked for', async () => {
    const { chat } = await userWith(ANALYST);
    const available = data.questions.filter({ role: 'data-analyst', competency: 'failure' }).length;
    expect(available).toBeLessThan(10);
    await chat.say('practice');
    await chat.say('10');
    expect(await chat.say('Failures and mistakes')).toContain(`There are only ${available} questions for that focus, so we'll practise those.\n*Question 1 of ${available}*`);
  });

  it('keeps the last 20 sessions, skips a broken entry, and shows nothing to someone who has not practised', async () => {
    const old = Array.from({ length: 20 }, (_, i) => ({ at: `2026-01-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`, role: 'data-analyst', average: 40 + i, questions: [{ id: 'failed', score: 40 + i, parts: { situation: 3, task: 3, action: 2, result: 2 } }] }));
    const { chat, profileNow } = await userWith({ ...ANALYST, practiceHistory: [{ at: 'broken' }, ...old] });
    await chat.say('practice');
    await chat.say('1');
    await chat.click('focus', 'coach');
    await chat.say(BETTER);
    await chat.say('finish');
    const history = profileNow().practiceHistory;
    expect(history).toHaveLength(20);
    expect(history[0].at).toBe('2026-01-02T10:00:00.000Z');
    expect(history[19].at).toBe('2026-03-02T09:00:00.000Z');
    expect(await chat.say('progress')).toMatch(/\(0-100\): 9\. 10 Jan \(1 q\)=49, .* 20\. 2 Mar \(1 q\)=\d+\nOver 20 sessions/);

    const newcomer = await userWith({ name: 'Ana' });
    expect(await newcomer.chat.say('progress')).toContain("You haven't finished a practice session yet. Say `practice` to start one");
  });

  it('is offered after a gap interview with no gap to close, and starts when chosen', async () => {
    const { chat } = await userWith();
    await chat.say('hi');
    await chat.say('Lee');
    await chat.click('first', 'gap-interview');
    await chat.say('Analyst');
    await chat.say('8');
    await chat.say('data analyst');
    await chat.say('SQL, Tableau, R');
    await chat.submit('postings', { text: 'Junior analyst. Must know SQL and Tableau. Nice to have: R.' });
    const report = await chat.say('done');
    expect(report).toContain('You already have every skill these postings ask for');
    expect(report).toMatch(/practising your interview stories is the best next step\. \[Find my skill gaps \| Practise interview answers\]/);
    expect(await chat.click('$menu', 'interview-practice')).toContain("Let's practise your interview stories. We'll practise for *Data analyst*");
  });
});

describe('the practice focus, in the person\'s words', () => {
  const text = (id: string) => data.questions.byId.get(id)?.text ?? id;
  /** A practice for `role`, `count` questions, up to the focus answer; the reply to `focus`. */
  async function focusReply(role: string, focus: string, count = '1') {
    const { chat, profileNow } = await userWith({ name: 'Nadia', targetRole: role });
    await chat.say('practice');
    await chat.say(count);
    return { reply: await chat.say(focus), chat, profileNow };
  }

  it.each(['a question about improve a process please', 'process improvement', 'how I improved a process'])(
    'a data engineer asking %j is asked about the process they improved first',
    async (typed) => {
      const { reply } = await focusReply('data-engineer', typed);
      expect(reply).toContain(`*Question 1 of 1* (the one closest to what you asked for):\n"${text('improved-a-process')}"`);
    },
  );

  it('asked for "deadlines, like when something misses a deadline", asks the missed-deadline question first, then the topic\'s others', async () => {
    const { reply, chat } = await focusReply('it-project-coordinator', 'deadlines, like when something misses a deadline', '2');
    expect(reply).toContain(`*Question 1 of 2* (the one closest to what you asked for):\n"${text('missed-goal')}"`);
    expect(await chat.say('status')).toContain('Focus=Priorities and deadlines');
    expect(await chat.say('next')).toMatch(/\*Question 2 of 2\* \(on priorities and deadlines, as you asked\)/);
  });

  it('"deadlines" alone is the topic, with no one question put first', async () => {
    const { reply } = await focusReply('it-project-coordinator', 'deadlines');
    expect(reply).toContain('*Question 1 of 1* (on priorities and deadlines, as you asked)');
  });

  it.each([
    ['explaining to a non-technical audience', 'Explaining to non-experts'],
    ['question for mistake please', 'Failures and mistakes'],
    ['i want practise about conflict with colleague', 'Disagreements and conflict'],
    ['learn new things quick', 'Learning fast'],
    ['something about my career change', 'Why you are changing careers'],
  ])('reads %j as the focus %s', async (typed, label) => {
    const { reply } = await focusReply('data-engineer', typed);
    expect(reply).toContain(`(on ${label.toLowerCase()}, as you asked)`);
  });

  it('a topic it does not have is said so, with the choices again, never guessed', async () => {
    const { reply } = await focusReply('data-engineer', 'the weather on mars');
    expect(reply).toContain("I don't have a topic by that name. Pick one by its number or name");
    expect(await focusReply('data-engineer', '40').then((r) => r.reply)).toContain("That isn't one of the options. There are 12");
  });

  it('asks first, within the topic, the question sharing the subject they named ("a stakeholder who ..."), whatever the role', async () => {
    const { reply } = await focusReply('qa-engineer', 'a stakeholder who kept changing their mind');
    expect(reply).toContain('(on disagreements and conflict, as you asked)');
    expect(reply).toContain(`"${text('difficult-stakeholder')}"`);
  });

  it('keeps the topic\'s own order when only its name is said', async () => {
    const { reply } = await focusReply('qa-engineer', 'Disagreements and conflict');
    expect(reply).toContain(`"${text('disagreed-with-manager')}"`);
  });
});

describe('one more question after the last', () => {
  for (const said of ['one more', 'another question', 'can i get one more question?', 'One more question please']) {
    it(`gives another question for "${said}", after keeping the summary of the one practised`, async () => {
      const { chat, profileNow } = await userWith(ANALYST);
      await chat.say('practice');
      await chat.say('1');
      const first = await chat.say('let the coach choose');
      const asked = /\n"([^"]+)"/.exec(first)?.[1];
      await chat.say(BETTER);
      const more = await chat.say(said);
      expect(more).toContain('*Practice summary*');
      expect(more).toMatch(/\*Question 1 of 1\* \(/);
      expect(more).not.toContain(`"${asked ?? ''}"`);
      expect(more).not.toContain("my notes don't cover it");
      expect(profileNow().practiceHistory).toHaveLength(1);
    });
  }

  it.each(['I would like to try that one again, please.', 'can I do this question again?', 'could i have another go please', 'let me redo it', 'Try it again please'])(
    'reads %j as a retry',
    async (said) => {
      const { chat } = await userWith(ANALYST);
      await chat.say('practice');
      await chat.say('1');
      await chat.say('let the coach choose');
      await chat.say(BETTER);
      expect(await chat.say(said)).toContain('try 2');
    },
  );

  it.each(['I would like another question, please.', 'one more please'])('reads %j as another question, not a retry', async (said) => {
    const { chat } = await userWith(ANALYST);
    await chat.say('practice');
    await chat.say('1');
    await chat.say('let the coach choose');
    await chat.say(BETTER);
    expect(await chat.say(said)).not.toContain('try 2');
  });

  it('keeps "one more time" a retry', async () => {
    const { chat } = await userWith(ANALYST);
    await chat.say('practice');
    await chat.say('1');
    await chat.say('let the coach choose');
    await chat.say(BETTER);
    expect(await chat.say('one more time')).toContain('try 2');
  });
});
