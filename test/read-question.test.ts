import { describe, expect, it } from 'vitest';
import { readQuestion } from '../src/engine/read/question.js';
import { POSTING_1 } from './support/sample-postings.js';

/** Messages typed at the coach's questions, labelled: a question to the coach, or an answer. */
const QUESTIONS = [
  'is there a free option?',
  // An age worry without a question mark: a number then "too late" asks, it answers no number question.
  'is 50 too late to change careers',
  'Is there a free option',
  'are there any free courses',
  'any free options?',
  'can I do this for free?',
  'what does a data analyst earn?',
  'How much do cloud engineers make',
  'whats the salary for UX designers?',
  "what's the pay like for IT support?",
  'how long does this take?',
  'How long will this take',
  'how many more questions?',
  'why do you need my salary?',
  'why do you need to know that',
  'what is this for?',
  'Why?',
  'hmm, why?',
  'do I need a degree for this?',
  'Do I need a degree',
  'is a Scrum badge worth it for me?',
  'Is the PMP worth it?',
  'how much is the CompTIA A+?',
  'can you explain what a proctored exam is?',
  'what do you mean?',
  'huh?',
  'what?',
  'sorry, what?',
  'I was wondering if there is a free option',
  'tell me why you need my pay',
  'Any tips?',
  'Should I pick the cheapest one?',
  'which one is best for me?',
  'Which is cheaper?',
  'Where do I find job postings?',
  'when will I get my plan?',
  'Who are you?',
  'What can you do?',
  'Ok, is there a free option?',
  'Hi! How long does this take?',
  'quick question: does the Google certificate expire?',
  // Typed without the apostrophe or the question mark, as on a phone.
  'dont i need experience for that',
  'isnt it expensive',
  'doesnt it expire',
  'cant i do it for free',
  'wouldnt the cheaper one do',
  'whats the cheapest',
  'hows the pay',
  // A bare why and the thing asked about.
  'why network+',
  'why the second one',
  // "which one", "which option": asked without a verb after the wh-word.
  'which one would a hiring manager care about',
  'which option is cheaper for me',
  'What path makes sense',
  // Things offered, which is asked; a step asked without the verb first, as in many first languages.
  'i need portfolio or certificate more?',
  'security+ or something ICS specific first?',
  'CCNA or Network+?',
  'bootcamp or self study?',
  'so i should start with security+?',
  'we need a degree for this?',
  // A yes/no question with its verb left out, read by what is asked of the thing.
  'manual tester still have job?',
  'QA still in demand?',
  'google cert worth it?',
  'SQL hard to learn at my age?',
  'data entry jobs dying?',
  'helpdesk companies still hiring?',
];

/** Tentative answers shaped like questions, and plain answers: the step reads them. */
const ANSWERS: [string, 'suggestion' | 'statement'][] = [
  ['what about data analyst?', 'suggestion'],
  ['How about cloud?', 'suggestion'],
  ['data analyst?', 'suggestion'],
  ['10?', 'suggestion'],
  ['maybe 10?', 'suggestion'],
  ['would 500 be enough?', 'suggestion'],
  ['is 10 ok?', 'suggestion'],
  ['Will 8 hours be enough?', 'suggestion'],
  ['Excel, SQL. Is that enough?', 'suggestion'],
  ['yes?', 'suggestion'],
  ['none?', 'suggestion'],
  // Numbers offered, or checked, are a tentative answer.
  ['10 or 15?', 'suggestion'],
  ['ten or twelve hours?', 'suggestion'],
  ['6 months or so?', 'suggestion'],
  ['$500 or maybe $800?', 'suggestion'],
  ['i need 10 hours?', 'suggestion'],
  ['portfolio or certificate, not sure', 'statement'],
  ['I should be fine with 5 hours', 'statement'],
  ['UX designer, or UX research maybe?', 'suggestion'],
  ['data or ux probably?', 'suggestion'],
  // Tentative answers that ask nothing of the thing named.
  ['manual tester?', 'suggestion'],
  ['something with data still?', 'suggestion'],
  ['still 10 hours?', 'suggestion'],
  ['10 hours still?', 'suggestion'],
  // Asked without the verb first after what it is about: left whole, so the answer reads both.
  ['I have already the google certificate, I need another one?', 'suggestion'],
  ['what I enjoy most is helping people', 'statement'],
  ['How I got here is a long story', 'statement'],
  ['Do some SQL and Excel', 'statement'],
  ['can do 10 hours', 'statement'],
  ['Accountant', 'statement'],
  ["I'm 45, been nursing about 20 years", 'statement'],
  ['not sure, I like numbers and explaining things', 'statement'],
  ['advanced Excel, some SQL, budgeting, led a team of 4', 'statement'],
  ['no, I can pay within my budget', 'statement'],
  ['Done.', 'statement'],
  // Apostrophe-less words that start an answer, not a question.
  ['dont know', 'statement'],
  ['cant do more than 5', 'statement'],
  ['doesnt matter to me', 'statement'],
  ['wont work weekends', 'statement'],
  ['why not', 'statement'],
  ['why I want to switch is the pay', 'statement'],
];

/** An answer and a question in one message: both are kept. */
const BOTH: [string, string, string][] = [
  ['Accountant. How long does this take?', 'How long does this take?', 'Accountant.'],
  ['Accountant, how long does this take?', 'how long does this take?', 'Accountant'],
  ['no, is there a free option?', 'is there a free option?', 'no'],
  ['not sure, what would you suggest?', 'what would you suggest?', 'not sure'],
  ['Data analyst, what does it pay?', 'what does it pay?', 'Data analyst'],
  ['Excel, SQL, Tableau, what else?', 'what else?', 'Excel, SQL, Tableau'],
  ['I like numbers. Is that a good fit for data?', 'Is that a good fit for data?', 'I like numbers.'],
  ['isnt that for programmers? one of the jobs said no coding required', 'isnt that for programmers?', 'one of the jobs said no coding required'],
];

describe('questions to the coach', () => {
  it.each(QUESTIONS)('%j is a question', (text) => {
    expect(readQuestion(text)).toMatchObject({ kind: 'question', rest: '' });
  });

  it.each(ANSWERS)('%j is an answer (%s)', (text, kind) => {
    expect(readQuestion(text).kind).toBe(kind);
  });

  it.each(BOTH)('%j is the question %j with the answer %j', (text, question, rest) => {
    expect(readQuestion(text)).toEqual({ kind: 'question', question, rest });
  });

  it('never reads a pasted posting or a long story as a question, whatever questions it contains', () => {
    expect(readQuestion(POSTING_1).kind).toBe('statement');
    const story = [
      'In 2021 our clinic had waits of over an hour. What could we change without more staff? I looked at a month of appointment data in Excel.',
      'I found that most delays came from double-booked rooms. Why had nobody noticed? The rota lived in three places.',
      'I built one shared rota and a simple dashboard, and waits fell by 30% in two months.',
    ].join('\n\n');
    expect(readQuestion(story).kind).toBe('statement');
  });
});
