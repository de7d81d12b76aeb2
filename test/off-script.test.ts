import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { ask, defineFlow, goTo } from '../src/engine/flow.js';
import type { AnswerInput, FlowContext } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { askedAgain, type OffScriptQuestion } from '../src/engine/off-script.js';
import { createFlowRegistry } from '../flows/index.js';
import { chatWith } from './support/chat.js';
import { DAY_MS } from './support/memory-engine.js';
import { duetFlow, greetFlow, planFlow, practiceFlow } from './support/sample-flows.js';

/** Questions typed where the coach asked something else. */

describe('the engine and an off-script question', () => {
  function engineWith(answer?: (q: OffScriptQuestion) => string) {
    const asked: OffScriptQuestion[] = [];
    const offScript = answer && ((q: OffScriptQuestion) => (asked.push(q), { text: answer(q), answered: true }));
    const flows = new FlowRegistry([greetFlow, planFlow, practiceFlow, duetFlow], greetFlow.id, { offScript });
    const store = new MemorySessionStore();
    const chat = chatWith(new Engine({ store, flows, ttlMs: 90 * DAY_MS }));
    return { chat, store, asked };
  }
  async function atYears(answer?: (q: OffScriptQuestion) => string) {
    const e = engineWith(answer);
    await e.chat.say('hi');
    await e.chat.say('Ann');
    await e.chat.say('Teacher');
    return e;
  }

  it('gives the question to the answerer with the step it was asked at, then asks the step again', async () => {
    const { chat, asked } = await atYears(() => 'It takes a few minutes.');
    expect(await chat.say('how long does this take?')).toBe('It takes a few minutes.\n(Plan 2/5)\nHow many years have you done it?');
    expect(asked[0]).toMatchObject({ text: 'how long does this take?', rest: '', flow: 'plan', step: 'years', label: 'Years of experience', reask: 'A number of years, for example: 12.' });
    expect(asked[0]?.stepsLeft).toBeGreaterThan(0);
  });

  it('changes nothing stored for a question alone', async () => {
    const { chat, store } = await atYears(() => 'An answer.');
    const before = store.peek(chat.origin);
    await chat.say('why do you need that?');
    expect(store.peek(chat.origin)).toBe(before);
  });

  it('takes an answer sent with the question', async () => {
    const { chat } = await atYears(() => 'About five minutes.');
    expect(await chat.say('12. How long does this take?')).toBe('About five minutes.\n(Plan 3/5)\nWhich role do you want? [Data analyst | Cloud engineer | UX designer]');
  });

  it('says it cannot answer when there is no answerer, never that the answer did not fit', async () => {
    const { chat } = await atYears();
    const reply = await chat.say('is there a free option?');
    expect(reply).toBe("That's a good question, but not one I can answer here. Let's carry on:\n(Plan 2/5)\nHow many years have you done it?");
  });

  it('reads a tentative answer as an answer', async () => {
    const { chat, asked } = await atYears(() => 'unused');
    expect(await chat.say('12?')).toContain('Which role do you want?');
    expect(await chat.say('what about cloud?')).toContain('What can you spend, in US dollars?');
    expect(asked).toEqual([]);
  });

  it('offers a message the step cannot read to the answerer as tentative, and gives only a sure answer', async () => {
    const sure = await atYears((q) => (q.tentative ? 'About Tableau.' : 'unused'));
    expect(await sure.chat.say('what about tableau instead')).toBe('About Tableau.\n(Plan 2/5)\nHow many years have you done it?');
    expect(sure.asked[0]).toMatchObject({ text: 'what about tableau instead', tentative: true, step: 'years' });

    // An answerer that is not sure leaves the message to the step, which says what it needed.
    const flows = new FlowRegistry([greetFlow, planFlow, practiceFlow, duetFlow], greetFlow.id, { offScript: () => ({ text: 'not sure', answered: false }) });
    const chat = chatWith(new Engine({ store: new MemorySessionStore(), flows, ttlMs: 90 * DAY_MS }));
    for (const said of ['hi', 'Ann', 'Teacher']) await chat.say(said);
    const unsure = await chat.say('what about tableau instead');
    expect(unsure).not.toContain('not sure');
    expect(unsure).toContain('A number of years, for example: 12.');
  });

  it('never reads a long text as a question: a pasted posting is the answer', async () => {
    const { chat, asked } = await atYears(() => 'unused');
    await chat.say('12');
    await chat.say('1');
    const posting = 'Data analyst wanted. What will you do? Build dashboards in Tableau and write SQL.';
    expect(await chat.submit('posting', { text: posting })).toContain('What can you spend, in US dollars?');
    expect(asked).toEqual([]);
  });
});

describe('questions answered from the coach\'s data', () => {
  let data: CoachData;
  beforeAll(async () => {
    data = await loadCoachData();
  });

  function coach() {
    const store = new MemorySessionStore();
    const chat = chatWith(new Engine({ store, flows: createFlowRegistry(data), ttlMs: 86_400_000 }));
    return { chat, store };
  }
  async function inGapInterview() {
    const c = coach();
    await c.chat.say('hi');
    await c.chat.say('Maria');
    await c.chat.click('first', 'gap-interview');
    return c;
  }

  it('what a role earns: entry-level pay with its source and date, the median said as no promise', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Nurse');
    await chat.say('20');
    const reply = await chat.say('what does a cybersecurity analyst earn?');
    expect(reply).toContain(
      'An entry-level cybersecurity analyst earns about $92,000 a year, and $70,000 at the low end: the 25th and 10th percentiles for information security analysts (BLS, May 2024). Half of everyone in the field, experienced staff included, earns more than $125,000.',
    );
    expect(reply).toMatch(/Which tech role are you aiming for\?/);
  });

  it('pay for a role named in the plural ("how much do cloud engineers make")', async () => {
    const { chat } = await inGapInterview();
    expect(await chat.say('How much do cloud engineers make')).toContain('An entry-level cloud engineer earns about $76,000 a year');
    expect(await chat.say('and what does a cloud engineer job pay?')).toContain('An entry-level cloud engineer earns about $76,000 a year');
  });

  it('how long this part takes, from the steps left', async () => {
    const { chat } = await inGapInterview();
    const reply = await chat.say('how long does this take?');
    expect(reply).toMatch(/^This part has about \d+ more questions after this one, a few minutes in all\./);
    expect(reply).toContain('What is your current (or most recent) job?');
  });

  it('an answer with a question: both are taken', async () => {
    const { chat, store } = await inGapInterview();
    const reply = await chat.say('Accountant. How long does this take?');
    expect(reply).toMatch(/^This part has about \d+ more questions/);
    expect(reply).toContain('how many years have you been working');
    expect(JSON.parse(store.peek(chat.origin) ?? '{}').profile.currentRole).toBe('Accountant.');
  });

  it('"what about data analyst?" at the role question is an answer', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Nurse');
    await chat.say('20');
    expect(await chat.say('what about data analyst?')).toContain('Which skills do you already have?');
  });

  it('why the coach asks for something', async () => {
    const { chat } = await inGapInterview();
    expect(await chat.say('why do you need my job title?')).toContain('Your current job tells me which skills you already have from it');
    await chat.say('Nurse');
    expect(await chat.say('why?')).toContain('Years of work tell me how much you bring');
  });

  it('"which one do employers care about?" after the pick is about the one chosen', async () => {
    const { chat } = coach();
    await chat.say('hi');
    await chat.say('Maria');
    await chat.click('first', 'credential-pick');
    for (const said of ['data analyst', 'Excel, some SQL', '600', '6', 'skip', 'skip', 'no', 'yes']) await chat.say(said);
    const plan = await chat.say('1');
    const chosen = /You chose \*([^*]+)\*/.exec(plan)?.[1];
    expect(chosen).toBeDefined();
    const said = await chat.say('which one do employers actually care about?');
    expect(said).toMatch(/^None of your postings names a credential, so I can't say which one a given employer rates most; here is how \*/);
    expect(said).toContain(`*${chosen ?? ''}*`);
    expect(said).toContain('What would you like to do next?');
  });

  it('a credential named with no other topic ("what does ECBA mean") is described as "what is ECBA?" is, exam and all', async () => {
    const { chat } = await inGapInterview();
    const said = await chat.say('what does ECBA mean?');
    expect(said).toMatch(/^\*IIBA Entry Certificate in Business Analysis \(ECBA\)\*, from IIBA, is an entry-level \(fundamentals\) certification\./);
    expect(said).toContain('No work experience is needed');
    expect(said).toContain('It ends with a 60-minute online exam of 50 questions');
    expect(said).toContain('What is your current (or most recent) job?');
  });

  it('whether a degree is needed, from the role\'s degree note', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Nurse');
    await chat.say('20');
    await chat.say('software developer');
    expect(await chat.say('do I need a degree for this?')).toContain("*Software developer*: A bachelor's degree is the typical entry-level education for software developers, BLS says. That is common practice, not a legal rule");
  });

  it('whether a degree is needed, from the note of the occupation BLS counts the role under', async () => {
    const { chat } = await inGapInterview();
    await chat.say('army sergeant');
    await chat.say('22');
    await chat.say('soc analyst');
    const answer = await chat.say('do i need a degree?');
    expect(answer).toContain('*SOC analyst*: my notes have nothing for the title itself; the nearest occupation BLS describes is Information Security Analysts.');
    expect(answer).toContain("Employers typically want a bachelor's degree plus related experience for security analyst jobs, BLS says.");
  });

  it('whether a degree is needed for ML engineering: the sentence written for the person, not the research note', async () => {
    const { chat } = await inGapInterview();
    await chat.say('maths teacher');
    await chat.say('19');
    await chat.say('machine learning engineer');
    const answer = await chat.say('do i need a masters?');
    expect(answer).toContain("a master's degree is the typical entry-level education");
    expect(answer).toContain('what your own postings ask for is the best guide');
    expect(answer).not.toMatch(/flag this|15-1221/i);
  });

  it('what a credential costs, line by line, and how long one takes at the hours given', async () => {
    const { chat } = coach();
    await chat.say('hi');
    await chat.say('Maria');
    await chat.click('first', 'credential-pick');
    await chat.say('IT support');
    const price = await chat.say('how much is the CompTIA A+?');
    // Each figure with where it was seen and when; the two exams said once with their count.
    expect(price).toContain('*CompTIA A+*: 2 exams at ~$253 per attempt each (seen on a third-party website, certqna.pages.dev, as of May 2026, not confirmed by CompTIA); renewal $25 a year');
    expect(price).toMatch(/That is \$[\d,]+ in all over 3 years\./);
    await chat.say('SQL');
    await chat.say('300');
    await chat.say('12');
    expect(await chat.say('how long does the Google Data Analytics certificate take?')).toContain(
      '*Google Data Analytics Professional Certificate*: about 19 weeks at your 12 hours a week (180–260 hours, Google\'s own figure: under 6 months at under 10 hours a week, with 180 or more hours of instruction, as of 2026).',
    );
  });

  it('at a menu, a question that names an option picks it; a yes/no answered with a question keeps both', async () => {
    const { chat } = coach();
    await chat.say('hi');
    await chat.say('Maria');
    await chat.click('first', 'credential-pick');
    for (const answer of ['data analyst', 'SQL, Tableau and Python', '300', '10', '6', 'skip']) await chat.say(answer);
    const both = await chat.say('no, is there a free option?');
    expect(both).toMatch(/^Yes\. Ways in that cost nothing up front for \*Data analyst\*/);
    expect(both).toContain('Is that fine for you?');
    await chat.say('yes');
    expect(await chat.say('why Google Data Analytics?')).toContain('Of your top gaps, SQL, Tableau and Python, it covers SQL and Tableau.');
    expect(await chat.say('can I compare?')).toContain('Side by side:\nAn entry-level data analyst earns about');
  });

  it('a question with what it is about after it ("why? 1") is one request at a menu, never the question plus a choice', async () => {
    // A menu that reads "why N" as asking about option N, as the credential picks do.
    const menu = ask.choice('pick', {
      label: 'Pick',
      prompt: 'Which one?',
      reask: 'Pick one by number.',
      choices: [
        { id: 'a', label: 'Choose A' },
        { id: 'b', label: 'Choose B' },
      ],
      next: (id) => (id.startsWith('why:') ? goTo('pick') : undefined),
    });
    const whyMenu = { ...menu, parse: (input: AnswerInput, ctx: FlowContext) => {
      const asked = input.kind === 'text' ? /^why\W+(\d)$/i.exec(input.text.trim()) : null;
      return asked ? { ok: true as const, value: `why:${asked[1]}` } : menu.parse(input, ctx);
    } };
    const flow = defineFlow({ id: 'menu', title: 'Menu', steps: [whyMenu], finish: ({ answers }) => ({ replies: [{ kind: 'text', text: `Chose ${String(answers.pick)}.` }] }) });
    const asked: OffScriptQuestion[] = [];
    const flows = new FlowRegistry([flow], flow.id, { offScript: (q) => (asked.push(q), { text: 'Because.', answered: true }) });
    const chat = chatWith(new Engine({ store: new MemorySessionStore(), flows, ttlMs: DAY_MS }));
    await chat.say('hi');
    const reply = await chat.say('why? 1');
    expect(reply).not.toContain('Chose');
    expect(reply).toContain('Which one?');
    expect(asked).toEqual([]);
    // A question with an answer the step reads the same way alone is still both.
    expect(await chat.say('1. why?')).toContain('Chose a.');
  });

  it('beside the picks, "how long will it take me?" is the top pick at the hours given, "is it worth it?" one verdict on it, and the length of this part only when asked about it', async () => {
    const { chat } = coach();
    await chat.say('hi');
    await chat.say('Maria');
    await chat.click('first', 'credential-pick');
    for (const said of ['IT support', 'Windows, networking', '600', '6', 'skip', 'skip', 'no']) await chat.say(said);
    const picks = await chat.say('yes');
    const top = /^1\. \*([^*]+)\*: \$[\d,]+ in all, about (\d+) weeks at 6 hours a week/m.exec(picks);
    expect(top).not.toBeNull();
    const [, name, weeks] = top ?? [];
    const long = await chat.say('how long will it take me?');
    expect(long.startsWith(`*${name}*: about ${weeks} weeks at your 6 hours a week (`)).toBe(true);
    expect(long).not.toContain('last question of this part');
    const worth = await chat.say('is it worth it for me?');
    expect(worth).toMatch(new RegExp(`^(?:Yes|It fits|Only|Probably not|Little|Worth it)[^.]*\\*${name?.replace(/[+()]/g, '\\$&')}\\*`));
    expect(worth).not.toContain('my notes go from');
    // Asked about the conversation itself: this part, not the study.
    expect(await chat.say('how many more questions?')).toMatch(/^This is the last question of this part, a few minutes in all\./);
  });

  it('"how long at N hours a week?" is study time at those hours, never the length of this part; a pay-cut question gets the pick\'s pay figures; after a pick, the plan\'s own dates', async () => {
    const { chat } = coach();
    await chat.say('hi');
    await chat.say('Maria');
    await chat.click('first', 'credential-pick');
    for (const said of ['IT support', 'Windows, networking', '600']) await chat.say(said);
    // At the hours question nothing is on screen yet: it depends on the credential, said at the hours asked.
    const early = await chat.say('how long will it take at 6 hours a week?');
    expect(early).toMatch(/^It depends on the credential: name one and I'll give you its weeks at 6 hours a week/);
    expect(early).not.toContain('last question of this part');
    for (const said of ['6', 'skip', '52000']) await chat.say(said);
    // Pay given: the pick's own entry-pay sentence, answered first.
    const cut = await chat.say('will I have to take a pay cut?');
    expect(cut).not.toContain("my notes don't cover it");
    expect(cut).toMatch(/^(?:Likely, at first|Not at the typical start|Not a cut, but no raise either at first)\. An entry-level IT support specialist earns about \$[\d,]+ a year/);
    await chat.say('no');
    const picks = await chat.say('yes');
    const top = /^1\. \*([^*]+)\*: \$[\d,]+ in all, about (\d+) weeks at 6 hours a week/m.exec(picks);
    const [, name] = top ?? [];
    // Hours said in the question, not the 6 given: its weeks at 12.
    const faster = await chat.say('how long will it take at 12 hours a week?');
    expect(faster).toMatch(new RegExp(`^\\*${name?.replace(/[+()]/g, '\\$&')}\\*: about \\d+ weeks at your 12 hours a week`));
    const plan = await chat.say('1');
    const studyDue = /Enroll and study on a weekly schedule=by ([^:]+):/.exec(plan)?.[1];
    expect(studyDue).toBeDefined();
    const after = await chat.say('how long will it take me?');
    expect(after).toContain(`Your plan at 6 hours a week has its study done by ${studyDue ?? ''} and ends by`);
  });

  it('a role with one credential gets that credential\'s cost, never a range from it to itself', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Insurance agent');
    await chat.say('20');
    await chat.say('salesforce admin');
    const reply = await chat.say('how much do these certs cost?');
    expect(reply).toContain('*Salesforce Certified Administrator*');
    expect(reply).not.toMatch(/my notes go from (\$[\d,]+) \(\*([^*]+)\*\) to \1 \(\*\2\*\)/);
  });

  it('"do i need the cert if i already do this at work?" is answered from the credential and what work changes, never with where to look', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Insurance agent');
    await chat.say('20');
    await chat.say('salesforce admin');
    const reply = await chat.say('do i need the cert if i already do this at work?');
    expect(reply).toContain('It depends on the jobs: paste a few postings in the gap interview (`gaps`)');
    expect(reply).toContain('most of the study is exam preparation');
    expect(reply).toMatch(/It costs \$[\d,]+ in all/);
    expect(reply).not.toContain("my notes don't cover it");
  });

  it('"what do you mean?" gets the step\'s example', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Nurse');
    expect(await chat.say('what do you mean?')).toContain("Sorry, I'll put it more simply. A number of years, for example: 15");
  });

  it('an age worry is answered kindly and honestly, with no figure invented, then the step asked again', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Payroll manager');
    await chat.say('25');
    for (const said of ['is 56 too old for this?', 'am I too old', 'is it too late for me at my age?', 'is 58 too old to start in cyber?', 'am I too old for the PMP?']) {
      const reply = await chat.say(said);
      expect(reply, said).toContain('Age bias does exist at some employers');
      expect(reply, said).toContain('show recent learning (a current course or credential), keep a small portfolio of real work');
      expect(reply, said).toContain('your 25 years of work as strengths');
      expect(reply, said).not.toMatch(/\d+ ?%|percent|studies show/i);
      expect(reply, said).toContain('Which tech role are you aiming for?');
    }
    expect(await chat.say('is 56 too old for this?')).toContain('no, 56 is not too old for this');
    // Why the coach asks is not an age worry.
    await chat.say('back');
    expect(await chat.say('why do you need my years?')).not.toContain('Age bias');
  });

  it('"whats PMP" and "whats CCSP" at any step: what a catalog credential teaches, or plainly not in my notes, then the step again', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Nurse');
    const known = await chat.say('whats PMP');
    expect(known).toMatch(/^\*[^*]*Project Management Professional[^*]*\*[^\n]* teaches Project management/);
    expect(known).toContain('And roughly how many years have you been working, in all?');
    const unknown = await chat.say('whats CCSP');
    expect(unknown).toContain("*CCSP*: I don't have sourced figures for that one: it isn't in my notes");
    expect(unknown).not.toMatch(/\$\d/);
    expect(unknown).not.toContain("I couldn't read a number");
    // A skill is no credential: left to the step as before.
    expect(await chat.say('whats SQL')).not.toContain('sourced figures');
  });

  it('"whats CCSP" at a choice step is a question about a credential, never "not one of the options"', async () => {
    const { chat } = coach();
    await chat.say('hi');
    expect(await chat.say('Maria')).toContain('What would you like to work on first?');
    const reply = await chat.say('whats CCSP');
    expect(reply).toContain("*CCSP*: I don't have sourced figures for that one");
    expect(reply).not.toContain("isn't one of the options");
    expect(reply).toContain('What would you like to work on first?');
    expect(await chat.say('whats the PMP?')).toMatch(/^\*[^*]*Project Management Professional[^*]*\*[^\n]* teaches Project management/);
  });

  it('an age said before a hiring question at a choice step is an age worry, never "not one of the options"', async () => {
    const { chat } = coach();
    await chat.say('hi');
    await chat.say('Maria');
    for (const said of ['i am 55. they will hire old teacher?', "I'm 61. Would a company even hire me?", 'im 48 now, do employers accept people like me']) {
      const reply = await chat.say(said);
      expect(reply, said).toContain('Age bias does exist at some employers');
      expect(reply, said).not.toContain("isn't one of the options");
      expect(reply, said).toContain('What would you like to work on first?');
    }
  });

  it('a question at the menu between parts is answered as at any step, then the menu again', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Nurse');
    await chat.say('20');
    await chat.say('data analyst');
    await chat.say('none');
    const report = await chat.say('skip');
    expect(report).toContain('What would you like to do next?');
    const age = await chat.say('is 56 too old for this?');
    expect(age).toContain('Age bias does exist at some employers');
    expect(age).toMatch(/What would you like to do next\? \[/);
    const pay = await chat.say('what does a data analyst earn?');
    expect(pay).toContain('An entry-level data analyst earns about');
    expect(pay).toContain('What would you like to do next?');
    // What the notes do not cover: where to look, and the menu, not "Back to my question:".
    const ohio = await chat.say('is the job market good in Ohio?');
    expect(ohio).toContain('bls.gov/ooh');
    expect(ohio).not.toContain('Back to my question');
    expect(ohio).toContain('What would you like to do next?');
    // A menu label still starts its part.
    expect(await chat.say('Find my skill gaps')).toContain('Last time you told me you work as *Nurse*');
  });

  it('a long list just shown is asked again in a line after an aside, not printed whole again', async () => {
    const { chat } = await inGapInterview();
    await chat.say('Nurse');
    await chat.say('20');
    await chat.say('data analyst');
    const reply = await chat.say('how long does this take?');
    expect(reply).toContain('Name tools or methods you have used');
    expect(reply).not.toContain('10) ');
    expect(askedAgain({ reask: 'Pick one.' }, 'Which role?')).toBe('Which role?');
    expect(askedAgain({ reask: 'Pick one.' }, ['Picks:', '1', '2', '3', '4', '5', '6', 'Which one?'].join('\n'))).toBe('Pick one.');
  });

  it('what the data does not cover is acknowledged with where to look', async () => {
    const { chat } = await inGapInterview();
    const reply = await chat.say('is the job market good in Ohio?');
    expect(reply).toContain("my notes don't cover it");
    expect(reply).toContain('bls.gov/ooh');
    expect(reply).toContain('What is your current (or most recent) job?');
  });
});
