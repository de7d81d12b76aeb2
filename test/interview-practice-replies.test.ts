import { describe, expect, it } from 'vitest';
import { ISSUES, addToHistory, feedbackOf, feedbackReplies, oneThing, partsTakeaway, progressReplies, readHistory, sessionEntry, shortLabel, summaryReplies } from '../flows/interview-practice-replies.js';
import type { Feedback, Issue, PracticeSession } from '../flows/interview-practice-replies.js';
import { analyzeAnswer, type QuestionLike } from '../src/star/analyze-answer.js';
import { transcript } from './support/chat.js';
import { HYPOTHETICAL, NURSE, RAMBLING, RETRY, WE_SHORT } from './support/practice-answers.js';

const parts = (n: number) => ({ situation: n, task: n, action: n, result: n });
/** An entry as solo practice has always stored it. */
const solo = (day: number, average: number): PracticeSession => ({
  at: `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  role: 'data-analyst',
  questions: [{ id: 'messy-data', score: average, parts: parts(3) }, { id: 'why-tech-now', score: average, parts: parts(3) }],
  average,
});
const peer = (day: number, average: number, scoredBy: 'coach' | 'peer', id = `peer-practice:${day}:x`): PracticeSession => ({
  id,
  at: `2026-03-${String(day).padStart(2, '0')}T18:00:00.000Z`,
  role: null,
  questions: [{ id: 'why-tech-now', score: average, parts: parts(4) }],
  average,
  scoredBy,
  peer: { by: 'Ben', score: 70, parts: parts(4), missed: ['About 2 minutes, without rambling'] },
});

describe('practice history', () => {
  it('reads solo entries as before, keeps the peer part, and leaves out an entry whose peer part is broken', () => {
    const stored = [solo(1, 50), peer(2, 65, 'peer'), { ...peer(3, 60, 'coach'), peer: { by: 'Ben' } }, { at: 'broken' }];
    expect(readHistory(stored)).toEqual([solo(1, 50), peer(2, 65, 'peer')]);
    expect(readHistory('not a list')).toEqual([]);
  });

  it('adds an entry once by its id, and keeps the last 20', () => {
    const once = addToHistory([solo(1, 50)], peer(2, 65, 'peer'));
    expect(addToHistory(once, peer(2, 99, 'peer'))).toEqual(once);
    // Solo entries have no id: each is a new session.
    expect(addToHistory(once, solo(1, 50))).toHaveLength(3);
    const full = Array.from({ length: 20 }, (_, i) => solo(i + 1, 40 + i));
    const added = addToHistory(full, peer(28, 90, 'peer'));
    expect(added).toHaveLength(20);
    expect(added[0]?.at).toBe(solo(2, 41).at);
    expect(added.at(-1)?.id).toBe('peer-practice:28:x');
  });
});

const MARCH = new Date('2026-03-20T12:00:00Z');

describe('progress', () => {
  it('shows solo sessions as before', () => {
    const shown = transcript(progressReplies([solo(1, 50), solo(8, 62)], 'Europe/London', MARCH));
    expect(shown).toBe(
      [
        'Your average score per practice session (0-100): 1. 1 Mar (2 q)=50, 2. 8 Mar (2 q)=62',
        'Over 2 sessions your average went from 50 to 62 (+12).',
        'By STAR part, first session → latest (0-5): Situation=3 → 3; Task=3 → 3; Action=3 → 3; Result=3 → 3',
      ].join('\n'),
    );
  });

  it('marks peer sessions by whose score they show, and says how they count', () => {
    const shown = transcript(progressReplies([solo(1, 50), peer(2, 65, 'peer'), peer(3, 72, 'coach')], 'Europe/London', MARCH));
    expect(shown).toContain('1. 1 Mar (2 q)=50, 2. 2 Mar (1 q, scored by Ben)=65, 3. 3 Mar (1 q, with Ben)=72');
    expect(shown).toContain("With a peer, a typed answer counts my score and one said out loud counts the peer's checklist score.");
    expect(shown).toContain('Over 3 sessions your average went from 50 to 72 (+22).');
  });

  it("names each session by its day where the person is, not the UTC day", () => {
    // 18:00 UTC on 2 March is the morning of the 3rd in Auckland; 03:00 UTC on the 8th is still the evening of the 7th in Los Angeles.
    const early = { ...solo(8, 62), at: '2026-03-08T03:00:00.000Z' };
    expect(transcript(progressReplies([peer(2, 65, 'peer'), early], 'Pacific/Auckland', MARCH))).toContain('1. 3 Mar (1 q, scored by Ben)=65, 2. 8 Mar (2 q)=62');
    expect(transcript(progressReplies([peer(2, 65, 'peer'), early], 'America/Los_Angeles', MARCH))).toContain('1. 2 Mar (1 q, scored by Ben)=65, 2. 7 Mar (2 q)=62');
    expect(transcript(progressReplies([peer(2, 65, 'peer'), early], undefined, MARCH))).toContain('1. 2 Mar (1 q, scored by Ben)=65, 2. 8 Mar (2 q)=62');
    // Sessions from last year say their year.
    expect(transcript(progressReplies([solo(1, 50)], 'America/Los_Angeles', new Date('2027-02-01T12:00:00Z')))).toContain('1. 1 Mar 2026 (2 q)=50');
  });
});

const GENERAL: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };
const feedback = (text: string): Feedback => feedbackOf(analyzeAnswer(text, GENERAL), text);
const WHY_TECH: QuestionLike = { competencies: ['why-career-change'], invitesCredential: false, kind: 'motivation' };
const WHY_BETTER =
  'I want to move into data work because I love finding patterns, and after ten years in logistics I am ready for it. Last year I finished the Google Data Analytics certificate, and I already build the weekly reports at work.';

describe('feedback on one try', () => {
  it('leads a strong answer with praise, not "what to work on"', () => {
    const shown = transcript(feedbackReplies('Question 1 of 1', feedback(NURSE)));
    expect(shown).toContain('This is a strong answer. What makes it strong:\n- You measured the result: "errors went from 40 a month to 6".');
    expect(shown).toContain('To polish it:\n1. End by linking');
    expect(shown).not.toContain('What to work on first');
  });

  it('gives a weak answer one thing that works, then the fixes, biggest first', () => {
    const shown = transcript(feedbackReplies('Question 1 of 2', feedback(WE_SHORT)));
    expect(shown).toMatch(/^\*Question 1 of 2: \d+\/100\*\nYour STAR parts \(0-5\): Situation=5, Task=0, Action=\d, Result=0\n/);
    expect(shown).toContain('What already works:\n- You anchor it in one real situation: "At my old job in accounts we had a problem with late...".\nWhat to work on first:\n1. You end on');
    expect(shown).toContain('2. You wrote "and we went through all the open invoices": say what you did yourself');
    expect(shown).toContain('3. "At my old job in accounts we had a problem with late..." takes about 17 s to say');
  });

  it('shows a motivation answer no STAR chart or part scores, first try or retry: what it says about the move instead', () => {
    const why = (text: string): Feedback => feedbackOf(analyzeAnswer(text, WHY_TECH), text);
    const first = feedbackReplies('Question 2 of 2', why('I am doing a course in the evenings.'));
    const retry = feedbackReplies('Question 2 of 2, try 2', why(WHY_BETTER), why('I am doing a course in the evenings.'));
    for (const replies of [first, retry]) {
      expect(replies.some((r) => r.kind === 'chart')).toBe(false);
      expect(transcript(replies)).not.toMatch(/STAR parts|Part scores|Situation|Task \d|Action \d|Result \d/);
    }
    expect(transcript(first)).toContain('An interviewer listens here for four things: why you want this work, why now, what carries over from the work you do now and what you have done about it. Your answer does not say them yet.');
    expect(transcript(retry)).toContain('You say why you want this work now: "I want to move into data work because I love finding patterns".');
  });

  it('keeps no parts for a motivation question in the session, and progress compares the stories only', () => {
    const story = { id: 'messy-data', ...feedback(NURSE) };
    const whyTech = { id: 'why-tech-now', ...feedbackOf(analyzeAnswer(WHY_BETTER, WHY_TECH), WHY_BETTER), motivationQuestion: true };
    const entry = sessionEntry([story, whyTech], null, MARCH);
    expect(entry.questions[1]).toEqual({ id: 'why-tech-now', score: whyTech.score });
    const onlyWhy = sessionEntry([whyTech], null, new Date('2026-03-27T12:00:00Z'));
    const shown = transcript(progressReplies([entry, onlyWhy], 'Europe/London', new Date('2026-03-28T12:00:00Z')));
    // The last session has no story: no STAR part to compare, rather than a 0 that was never scored.
    expect(shown).not.toContain('By STAR part');
    const summary = transcript(summaryReplies([whyTech], onlyWhy, (id) => id));
    expect(summary).not.toMatch(/STAR part|Strongest|Weakest/);
  });

  it('sums up a session from the fixes said on its answers: a long set-up is "get to your steps sooner", polish only when nothing bigger', () => {
    const said = (issue?: Issue, polish?: Issue) => ({ issue, polish });
    expect(oneThing([said('sooner-to-steps'), said(undefined, 'more-steps')])).toBe(ISSUES['sooner-to-steps']);
    expect(oneThing([said('sooner-to-steps')])).not.toMatch(/under 2 minutes/);
    expect(oneThing([said(undefined, 'more-steps'), said(undefined, 'link-to-role'), said(undefined, 'more-steps')])).toBe(`Nothing big. To polish: ${ISSUES['more-steps']}`);
    expect(oneThing([said()])).toBe('Nothing big: practise your stories out loud, each in 1-2 minutes.');
  });

  it('sums up a short answer with all four parts as more on its steps, not as a whole story to tell', () => {
    const text =
      'In 2022 I ran the stock room of a sports shop in Derby when the tills kept selling shoes we did not have. My job was to stop the false sales before the sale weekend. I counted every shoe shelf myself and fixed the numbers in the system. False sales went from about ten a day to two a week.';
    const a = analyzeAnswer(text, { competencies: ['teamwork'], invitesCredential: false });
    expect(a.issues[0]).toBe('too-short');
    expect(feedbackOf(a, text).issue).toBe('longer-steps');
  });

  it('names the kind of the biggest fix for the session summary', () => {
    expect(feedback(WE_SHORT).issue).toBe('result');
    expect(feedback(HYPOTHETICAL).issue).toBe('real-event');
    expect(feedback(RAMBLING).issue).toBe('shorter');
    expect(feedback(NURSE).issue).toBeUndefined();
  });
});

describe('a retry', () => {
  it('says in words what improved, quoting the new try, and praises only what it has not named', () => {
    const before = feedback(WE_SHORT);
    const now = feedback(RETRY);
    const shown = transcript(feedbackReplies('Question 1 of 2, try 2', now, before));
    expect(shown).toContain(
      [
        `Since your last try: ${before.score} → ${now.score} (+${now.score - before.score}).`,
        'What improved:',
        '- Your result is there now, with a number: "late invoices fell from 120 to 35".',
        '- You say "I" now where you said "we": "I went through every open invoice myself".',
        '- You say what you had to achieve now: "My goal was to get late payments down before the year-end audit".',
        `- It is a whole story now: about ${now.seconds} s spoken, up from 17 s.`,
        // A "we" answer with no step of one's own is a thin Action, whatever its verbs.
        `Part scores: Task 0 → 5, Action ${before.parts.action} → 5, Result 0 → 4.`,
      ].join('\n'),
    );
    expect(shown).toContain('This is a strong answer now. What makes it strong:\n- You anchor it in one real situation: "In March 2023, at a logistics firm');
    // Named as improvements, so not praised again.
    expect(shown.match(/late invoices fell from 120 to 35/g)).toHaveLength(1);
  });

  it('says a real time replaced "I would", and what slipped when a try gets worse', () => {
    const better = transcript(feedbackReplies('try 2', feedback(RETRY), feedback(HYPOTHETICAL)));
    expect(better).toContain('- You tell one real time now, not what you would do: "In March 2023, at a logistics firm where I worked in accounts...".');
    const worse = transcript(feedbackReplies('try 3', feedback(WE_SHORT), feedback(RETRY)));
    expect(worse).toContain(
      [
        'What slipped:',
        '- Last time you said what changed; this time the result is missing.',
        '- Last time you said "I" for your steps; this time it is mostly "we".',
        '- Last time you said what you had to achieve; this time that is missing.',
      ].join('\n'),
    );
    expect(worse).toContain('Still to work on:\n1. You end on');
  });

  it('says when a long answer now fits, and when nothing changed', () => {
    expect(transcript(feedbackReplies('try 2', feedback(RETRY), feedback(RAMBLING)))).toMatch(/- It fits in 2 minutes now: about \d+ s spoken, down from 2 min \d+ s\./);
    const weShort = feedback(WE_SHORT);
    const same = transcript(feedbackReplies('try 2', weShort, weShort));
    expect(same).toContain(`Since your last try: ${weShort.score} → ${weShort.score} (0).\nThis try has the same strengths and gaps as the last one.`);
  });

  it('still names the parts that appeared when the last try was saved before strengths were kept', () => {
    const old: Feedback = { ...feedback(WE_SHORT), strengths: undefined };
    expect(transcript(feedbackReplies('try 2', feedback(RETRY), old))).toContain(`(+${feedback(RETRY).score - old.score}).\nYour Task and Result are there now.\nPart scores: Task 0 → 5`);
  });
});

describe('the session summary', () => {
  const parts = (situation: number, task: number, action: number, result: number) => ({ situation, task, action, result });

  it('names the real strongest and weakest parts', () => {
    expect(partsTakeaway(parts(5, 2.5, 4.5, 2))).toEqual([
      { label: 'Strongest part', value: 'Situation (5 of 5 on average)' },
      { label: 'Weakest part', value: 'Result (2 of 5 on average)' },
    ]);
    expect(partsTakeaway(parts(3, 0, 4, 4))).toEqual([
      { label: 'Strongest parts', value: 'Action and Result (4 of 5 on average)' },
      { label: 'Weakest part', value: 'Task (missing every time)' },
    ]);
  });

  it('never calls a part at 0 the strongest, and says plainly when all parts are equal', () => {
    expect(partsTakeaway(parts(0, 0, 0, 0))).toEqual([{ label: 'Your STAR parts', value: 'None of the four parts scored yet: tell one real story, with the steps you took yourself.' }]);
    expect(partsTakeaway(parts(3, 3, 3, 3))).toEqual([{ label: 'Your STAR parts', value: 'All four parts scored the same, 3 of 5 on average: none stands out as stronger or weaker.' }]);
    expect(partsTakeaway(parts(5, 5, 5, 5))).toEqual([{ label: 'Your STAR parts', value: 'All four at 5 of 5: keep telling your stories this way.' }]);
  });

  it('shows them in the card with the one thing to work on, the more important on a tie', () => {
    const results = [WE_SHORT, HYPOTHETICAL].map((text, i) => ({ id: `q${i}`, ...feedback(text) }));
    const shown = transcript(summaryReplies(results, sessionEntry(results, null, new Date('2026-03-02T10:00:00Z')), (id) => id));
    expect(shown).toContain('What to take away: Strongest part=Situation (2.5 of 5 on average); Weakest parts=Task and Result (missing every time); The one thing to work on=Tell one real time it happened ("In [month, year], at [place], I ..."), not what you would usually do.');
  });

  it('cuts a long question label at a whole word, ending in "…"', () => {
    const question = 'Tell me about a time something you were responsible for broke. What did you do in the first hour?';
    const label = shortLabel(question);
    expect(label.length).toBeLessThanOrEqual(48);
    expect(label.endsWith('…')).toBe(true);
    expect(question.startsWith(label.slice(0, -1))).toBe(true);
    // The cut falls before a space: the last word shown is whole.
    expect(question[label.length - 1]).toBe(' ');
    expect(shortLabel('Tell me about a team success.')).toBe('Tell me about a team success.');
  });

  it('averages the STAR parts over the stories only: a motivation question has no Task to be missing', () => {
    const story = { id: 'story', ...feedback(NURSE) };
    const why = { id: 'why', score: 60, parts: parts(0, 0, 3, 0) };
    const results = [story, why];
    const entry = sessionEntry(results, null, new Date('2026-03-02T10:00:00Z'));
    const withWhy = transcript(summaryReplies(results, entry, (id) => id, undefined, (id) => id !== 'why'));
    const storyOnly = transcript(summaryReplies([story], entry, (id) => id));
    const takeaway = (text: string) => text.split('\n').find((l) => l.startsWith('What to take away'))?.replace(/; The one thing.*$/, '');
    expect(takeaway(withWhy)).toBe(takeaway(storyOnly));
    expect(withWhy).not.toContain('missing every time');
  });
});
