import { beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../flows/index.js';
import { PART_LABEL, feedbackOf } from '../flows/interview-practice-replies.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { Question } from '../src/data/questions-schema.js';
import { Engine, STORE_DOWN_REPLY, TOO_LONG_REPLY } from '../src/engine/engine.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { StoreUnavailableError } from '../src/engine/session-store.js';
import type { Commit, CommitResult, UserRef } from '../src/engine/session-store.js';
import { analyzeAnswer } from '../src/star/analyze-answer.js';
import { STAR_PARTS } from '../src/star/feedback.js';
import { MOTIVATION_CHECKLIST, PEER_CHECKLIST } from '../src/star/peer-checklist.js';
import { chatWith } from './support/chat.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const DAY_MS = 86_400_000;
const STORY =
  'In March 2023, at the clinic where I was office manager, our patient export had duplicate records and blank dates. My goal was to get a clean list before the board meeting. ' +
  'I sorted the export in Excel, I removed 400 duplicates with a formula, and I checked fifty records by hand against the paper files because I did not trust the blanks. ' +
  'As a result, the report went from 2,300 rows to 1,900 correct ones, and the board used it to plan staffing.';
const FORM = {
  situation: 'In 2024 I ran the front desk of a dental practice, and the weekly no-show list was a paper printout nobody read.',
  task: 'My goal was to cut the no-shows before the new dentist started.',
  action: 'I built a dashboard in Google Sheets from the booking export, I split no-shows by weekday and time, and I showed it to the manager every Monday because she decided the reminders.',
  result: 'As a result, she moved reminder calls to the day before, and no-shows fell from 14% to 8% in two months.',
};
const label = (id: string) => PEER_CHECKLIST.find((item) => item.id === id)?.label;
const motivationLabel = (id: string) => MOTIVATION_CHECKLIST.find((item) => item.id === id)?.label;
const CREDENTIAL_LABEL = 'Used their course, certificate or capstone as evidence';

/** A conversation can fail its commit once, after the turn's delivery went through: a crash between the two writes. */
class FlakyStore extends MemorySessionStore {
  failNextSharedCommit = false;
  override async commit(user: UserRef, commit: Commit): Promise<CommitResult> {
    if (user.shared && this.failNextSharedCommit) {
      this.failNextSharedCommit = false;
      throw new StoreUnavailableError('connection lost');
    }
    return super.commit(user, commit);
  }
}

/** A study group's thread (G1) with Ana, Ben and Cy, on the real data and flows. */
function studyGroup() {
  const store = new FlakyStore();
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: DAY_MS, now: () => clock.now });
  const conversation: UserRef = { platform: 'test', tenant: 'T1', user: 'G1', shared: true };
  const member = (user: string, name: string) => chatWith(engine, { user, name, shared: true, conversation: 'G1' });
  return {
    store,
    clock,
    ana: member('ana', 'Ana'),
    ben: member('ben', 'Ben'),
    cy: member('cy', 'Cy'),
    /** Ana talking to the coach alone. */
    anaDirect: chatWith(engine, { user: 'ana' }),
    conversationDoc: () => store.peek(conversation),
    /** A member's own session: their profile, and the stored text to search. */
    own: (user: string) => store.peek({ platform: 'test', tenant: 'T1', user }) ?? '',
    profileOf: (user: string) => JSON.parse(store.peek({ platform: 'test', tenant: 'T1', user }) ?? '{"profile":{}}').profile,
  };
}
type Group = ReturnType<typeof studyGroup>;

/** `answerer` claims the round for `role` and `scorer` takes the checklist: what comes back is the question. */
async function upToAnswer(answerer: Group['ana'], scorer: Group['ana'], role = 'data analyst') {
  await answerer.say('peer');
  await answerer.click('answerer', 'claim');
  await answerer.say(role);
  return scorer.click('scorer', 'claim');
}

const question = (id: string) => data.questions.byId.get(id) as Question;
const coachOf = (text: string, id: string) => feedbackOf(analyzeAnswer(text, question(id)), text);

describe('peer practice, as a transcript', () => {
  it('Ana types her answer, Ben scores it, both scores are shown side by side, and the result lands in her own history', async () => {
    const { ana, anaDirect, ben, conversationDoc, own, profileOf } = studyGroup();
    const intro = await ana.say('peer');
    expect(intro).toContain('One of you answers an interview question, the other scores the answer with a checklist');
    expect(intro).toContain('I keep the result in the practice history of the one who answered (the scores, never the answer). Who is answering this round? [I\'ll answer]');
    expect(await ana.click('answerer', 'claim')).toContain('Ana, which tech role are you interviewing for?');
    expect(await ana.say('data analyst')).toContain("Ana answers this round. Who is scoring? You'll get a short checklist of what to listen for. [I'll score]");
    const asked = await ben.say("I'll score");
    expect(asked).toContain('*Ben*, while Ana answers, listen for:\n- One real, specific time (not "usually" or "I would")\n- When and where it happened');
    expect(asked).toContain(`- ${CREDENTIAL_LABEL}\n*Ana*, your question for Data analyst:\n"${question('messy-data').text}"`);
    expect(asked).toContain('say `spoken` when you have finished, or type your whole answer here in one message or in the form. One real story, about 2 minutes. [form: Situation, Task, Action, Result]');

    const checklist = await ana.say(STORY);
    expect(checklist).toContain("Ben, tick what you heard in Ana's answer: click them, or type their numbers (for example \"1 3 4\"), `all` or `none`. It was typed, so I've scored it too");
    expect(checklist).toContain('[tick: One real, specific time (not "usually" or "I would") | When and where it happened, in a sentence or two |');
    expect(checklist).toContain(`| ${CREDENTIAL_LABEL}]`);
    // Only the scores are kept, from the turn the answer arrived in.
    for (const words of ['clinic', 'duplicates', 'staffing']) expect(conversationDoc()).not.toContain(words);

    const ticked = ['real-event', 'when-where', 'own-task', 'steps', 'result-evidence', 'length', 'relevant'];
    expect(await ben.tick('score', ticked)).toContain('Last thing, Ben: one thing that worked, or one thing Ana could change (300 characters at most). Say `skip` to leave it out.');
    const end = await ben.say('The numbers at the end were great. Say why you checked by hand.');

    const coach = coachOf(STORY, 'messy-data');
    const peerParts = { situation: 5, task: 5, action: 2, result: 3 };
    // 15 + 15 + 35 * 2/5 + 35 * 3/5 = 65, less 5 for the credential item not ticked.
    expect(end).toContain(`*Ana answered, Ben scored:* "${question('messy-data').text}"\nBen's checklist: *60/100*. My reading of the typed answer: *${coach.score}/100*.`);
    const { situation: s, task: t, action: a, result: r } = coach.parts;
    expect(end).toContain(`Ben and me, per STAR part (0-5): Situation=Ben 5, me ${s}; Task=Ben 5, me ${t}; Action=Ben 2, me ${a}; Result=Ben 3, me ${r}`);
    const apart = STAR_PARTS.filter((p) => Math.abs(peerParts[p] - coach.parts[p]) >= 2).map((p) => PART_LABEL[p]);
    expect(end).toContain(apart.length > 0 ? `We differ on ${apart.join(', ')}: worth talking through` : 'Ben and I agree within a point on every part.');
    expect(end).toContain(`What to work on (not ticked by Ben):\n- ${label('i-not-we')}\n- ${label('action-most')}\n- ${label('learned')}\n- ${CREDENTIAL_LABEL}`);
    expect(end).toContain(`Ben's note: "The numbers at the end were great. Say why you checked by hand."`);
    expect(end).toContain("Saved to Ana's practice history: Ana, `progress` shows it whenever you ask me on your own here. Next round, swap: Ben answers and Ana scores (say `peer`).");
    expect(end).toContain('What would you like to do next? [Practise with a peer]');

    // In Ana's own session: one entry, scored by the coach (the answer was typed), Ben's checklist beside it.
    expect(profileOf('ana').practiceHistory).toEqual([
      {
        id: 'peer-practice:1:2026-03-02T09:00:00.000Z',
        at: '2026-03-02T09:00:00.000Z',
        role: 'data-analyst',
        questions: [{ id: 'messy-data', score: coach.score, parts: coach.parts }],
        average: coach.score,
        scoredBy: 'coach',
        peer: { by: 'Ben', score: 60, parts: peerParts, missed: [label('i-not-we'), label('action-most'), label('learned'), CREDENTIAL_LABEL], note: 'The numbers at the end were great. Say why you checked by hand.' },
      },
    ]);
    expect(profileOf('ben').practiceHistory).toBeUndefined();
    for (const words of ['clinic', 'duplicates', 'staffing']) expect(own('ana')).not.toContain(words);
    expect(await anaDirect.say('progress')).toContain(`Your average score per practice session (0-100): 1. 2 Mar (1 q, with Ben)=${coach.score}\nWith a peer, a typed answer counts my score`);
  });

  it('scores an answer said out loud by the checklist alone, and leaves Ana where she was in her own session', async () => {
    const { ana, anaDirect, ben, clock, profileOf } = studyGroup();
    // Ana is half-way through setting up solo practice in her own session.
    await anaDirect.say('practice');
    expect(await anaDirect.say('general')).toContain('How many questions would you like');

    clock.now = new Date('2026-03-03T18:30:00Z');
    // "Why tech, why now?" is no story: Ben listens for the reasons, not a Situation, Task, Action and Result.
    const asked = await upToAnswer(ana, ben, 'general');
    expect(asked).toContain(`*Ben*, while Ana answers, listen for:\n- ${motivationLabel('why-tech')}\n- ${motivationLabel('why-now')}\n- ${motivationLabel('carries-over')}`);
    expect(asked).not.toContain(label('real-event'));
    expect(asked).toContain(`*Ana*, your question:\n"${question('why-tech-now').text}"`);
    expect(asked).toContain('Your own reasons and what you have done about them, 1 to 2 minutes.');
    expect(await ana.say('I said it out loud')).toContain("Ben, tick what you heard in Ana's answer");
    // Numbers typed as words.
    expect(await ben.say('one, two, four and six')).toContain('Last thing, Ben');
    const end = await ben.say('skip');
    // Why this work (35) and what she has done (35); why now is asked for, not scored, as the coach does.
    expect(end).toContain("Ben's checklist: *70/100*.");
    expect(end).not.toContain('My reading');
    expect(end).not.toContain('per STAR part');
    expect(end).toContain('What Ben heard: Why this work=yes; Why now=yes; What carries over=no; What they have done=yes');
    expect(end).toContain(`What to work on (not ticked by Ben):\n- ${motivationLabel('carries-over')}\n- ${motivationLabel('length')}\nSaved to Ana's`);
    expect(end).not.toContain("Ben's note");

    const [entry] = profileOf('ana').practiceHistory;
    expect(entry).toMatchObject({ role: null, questions: [{ id: 'why-tech-now', score: 70 }], average: 70, scoredBy: 'peer', peer: { by: 'Ben', score: 70 } });
    // No STAR parts kept for a question that has none, from the peer or in the question's entry.
    expect(entry.questions[0]).not.toHaveProperty('parts');
    expect(entry.peer).not.toHaveProperty('parts');
    expect(entry.peer).not.toHaveProperty('note');
    const progress = await anaDirect.say('progress');
    expect(progress).toContain('1. 3 Mar (1 q, scored by Ben)=70');
    // A view: Ana is still at her own question.
    expect(progress).toContain('How many questions would you like');
  });

  it('answers the message right after `menu`, even one that picks nothing, then goes back to ignoring chatter', async () => {
    const { ana } = studyGroup();
    await ana.say('peer');
    expect(await ana.say('menu')).toContain('What would you like to work on?');
    const reply = await ana.say('0');
    expect(reply).toContain("I didn't catch who's taking this part.");
    expect(reply).toContain("I'll answer");
    expect(await ana.say('lol')).toBe('');
  });

  it('ignores the others\' chatter while Ana answers, and refuses a click or a move that is not theirs', async () => {
    const { ana, ben, cy, conversationDoc } = studyGroup();
    await ana.say('peer');
    await ana.click('answerer', 'claim');
    const before = conversationDoc();
    expect(await ben.say('good luck Ana!')).toBe('');
    expect(await ben.say('data analyst')).toBe('');
    expect(await ben.say('back')).toContain("That's for Ana to decide: this question is theirs.");
    expect(conversationDoc()).toBe(before);

    await ana.say('data analyst');
    expect(await ana.click('scorer', 'claim')).toContain("You're answering this round, so someone else scores it.");
    expect(await ana.say('me')).toContain("You're answering this round, so someone else scores it.");
    await ben.click('scorer', 'claim');
    const waiting = conversationDoc();
    expect(await ben.say('take your time')).toBe('');
    expect(await cy.say('I think she has got this')).toBe('');
    expect(await ben.submit('answer', { situation: 'x', task: 'y', action: 'z', result: 'w' })).toContain('That one is for Ana to answer.');
    expect(conversationDoc()).toBe(waiting);

    await ana.say('spoken');
    expect(await ana.say('did I do ok?')).toBe('');
    expect(await cy.tick('score', ['real-event'])).toContain('That one is for Ben to answer.');
    expect(await ana.tick('score', ['real-event', 'steps'])).toContain('That one is for Ben to answer.');
    expect(await ben.tick('score', ['real-event'])).toContain('Last thing, Ben');
  });

  it('delivers one entry when the finishing event comes again, even after a crash before the conversation was saved', async () => {
    const { ana, anaDirect, ben, store, profileOf, conversationDoc } = studyGroup();
    await upToAnswer(ana, ben);
    await ana.say('spoken');
    await ben.say('all');
    // The delivery to Ana goes through, then the conversation's own write fails.
    store.failNextSharedCommit = true;
    expect(await ben.send({ kind: 'text', text: 'Clear and short.' }, 'finish-1')).toEqual([STORE_DOWN_REPLY]);
    expect(profileOf('ana').practiceHistory).toHaveLength(1);
    expect(conversationDoc()).toContain('"step":"note"');
    // Enough of Ana's own turns that her session no longer remembers the delivery's event id.
    for (let i = 0; i < 40; i++) await anaDirect.say('status');

    const retried = await ben.say('Clear and short.', 'finish-1');
    expect(retried).toContain("Saved to Ana's practice history");
    expect(await ben.say('Clear and short.', 'finish-1')).toBe('');
    const history = profileOf('ana').practiceHistory;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ scoredBy: 'peer', average: 100, peer: { by: 'Ben', note: 'Clear and short.' } });
  });

  it('asks a new question each round, swapping roles, and keeps each result with the one who answered', async () => {
    const { ana, ben, profileOf, conversationDoc } = studyGroup();
    await upToAnswer(ana, ben);
    await ana.say('done');
    await ben.say('all');
    await ben.say('skip');

    const second = await upToAnswer(ben, ana);
    expect(second).toContain(`*Ben*, your question for Data analyst:\n"${question('dashboard-users').text}"`);
    // The form: scored by the parts as Ben labelled them.
    await ben.submit('answer', FORM);
    await ana.say('none');
    expect(await ana.say('skip')).toContain("*Ben answered, Ana scored:*");

    expect(await upToAnswer(ana, ben)).toContain(`"${question('error-in-live-report').text}"`);
    expect(JSON.parse(conversationDoc() ?? '{}').profile.peerPractice).toEqual({ round: 2, asked: ['messy-data', 'dashboard-users'] });
    expect(profileOf('ana').practiceHistory.map((s: { questions: { id: string }[] }) => s.questions[0]?.id)).toEqual(['messy-data']);
    const labelled = feedbackOf(analyzeAnswer(FORM, question('dashboard-users')), Object.values(FORM).join('\n'));
    expect(profileOf('ben').practiceHistory).toMatchObject([
      { id: expect.stringMatching(/^peer-practice:2:/), questions: [{ id: 'dashboard-users', score: labelled.score, parts: labelled.parts }], scoredBy: 'coach', peer: { by: 'Ana', score: 0 } },
    ]);
    for (const words of ['dental', 'no-shows']) expect(conversationDoc()).not.toContain(words);
  });

  it('re-asks an empty, emoji-only, one-line or far too long answer, changing nothing', async () => {
    const { ana, ben, conversationDoc } = studyGroup();
    await upToAnswer(ana, ben);
    const before = conversationDoc();
    const reask = 'Say `spoken` once you have answered out loud, or type your whole answer in one message or in the form.';
    expect(await ana.say('')).toContain(`That was empty. ${reask}`);
    expect(await ana.say('🎉🙌')).toContain(`I couldn't find any words in that. ${reask}`);
    expect(await ana.say('ok give me a second')).toContain(`That's 5 words, short for a whole answer, so I haven't scored it. ${reask}`);
    const huge = 'I fixed it. '.repeat(6_667);
    expect(huge.split(' ').filter(Boolean).length).toBeGreaterThanOrEqual(20_000);
    expect(await ana.say(huge)).toContain("That's longer than I can keep for this question (30,000 characters at most).");
    expect(await ana.send({ kind: 'text', text: 'answered '.repeat(20_000) })).toEqual([TOO_LONG_REPLY]);
    expect(await ana.submit('answer', { situation: '', task: ' ', action: '', result: '' })).toContain('That was empty.');
    expect(await ana.say('skip')).toContain("This question can't be skipped");
    expect(conversationDoc()).toBe(before);
  });

  it('reads a checklist typed in words, re-asks one it cannot read, and shows a note as plain text on one line', async () => {
    const { ana, ben } = studyGroup();
    await upToAnswer(ana, ben);
    await ana.say('spoken');
    expect(await ben.say('nice one')).toContain('I couldn\'t match "nice one" to the list. Type the numbers of what you heard, for example "1 3 4", or say `all` or `none`.');
    expect(await ben.say('one and three.')).toContain('Last thing, Ben');
    expect(await ben.say('x'.repeat(301))).toContain("That's longer than I can keep for this question (300 characters at most).");
    const end = await ben.say('**Great** _result_ `code`\n> quoted\n- <@U123> and <!channel> @everyone');
    expect(end).toContain('Situation=3, Task=5, Action=0, Result=0');
    expect(end).toContain(`Ben's note: "Great result code quoted - @U123 and !channel @everyone"\nSaved to Ana's`);
  });

  it('runs only in shared conversations', () => {
    const flows = createFlowRegistry(data);
    expect(flows.get('peer-practice')).toBeUndefined();
    expect(flows.forCommand('peer')).toBeUndefined();
    expect(flows.shared?.entry.id).toBe('peer-practice');
    expect(flows.shared?.menu).toEqual([{ id: 'peer-practice', label: 'Practise with a peer' }]);
  });
});
