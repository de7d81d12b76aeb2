import { describe, expect, it } from 'vitest';
import { analyzeAnswer, type QuestionLike } from '../src/star/analyze-answer.js';
import { coachNotes } from '../src/star/coach-notes.js';
import { quote } from '../src/star/feedback.js';
import { scoreAnswer, skillsToShow } from '../src/star/score-answer.js';
import { MINOR_KINDS } from '../src/star/suggestions.js';
import { feedbackOf, feedbackReplies } from '../flows/interview-practice-replies.js';
import { transcript } from './support/chat.js';
import { HYPOTHETICAL, NURSE, RAMBLING, RETRY, WE_SHORT } from './support/practice-answers.js';

const GENERAL: QuestionLike = { competencies: ['teamwork'], invitesCredential: false };

describe('feedback', () => {
  it('quotes at most 12 words or 90 characters, without closing punctuation', () => {
    expect(quote('we fixed the report.')).toBe('"we fixed the report"');
    expect(quote('one two three four five six seven eight nine ten eleven twelve thirteen')).toBe('"one two three four five six seven eight nine ten eleven twelve..."');
    expect(quote('y'.repeat(200))).toBe(`"${'y'.repeat(90)}..."`);
  });

  it('puts a missing Result before filler words', () => {
    const a = analyzeAnswer(
      'In 2022, at my last job, um, basically my goal was to, like, kind of fix the rota, I guess. So I, um, sort of rebuilt the rota in Excel, you know, and I basically trained the team on it, like, over two weeks, and I think I, um, checked it every Friday, honestly.',
      GENERAL,
    );
    expect(a.suggestions[0]).toMatch(/^You end on "and I think I, um, checked it every Friday, honestly": say what changed/);
    expect(a.suggestions[2]).toBe(
      'You wrote "at my last job, um, basically my goal was to, like, kind...": drop the fillers (um, basically, like); "at my last job my goal was to fix the rota" sounds surer.',
    );
  });

  it('charges more for an answer far past two minutes than for one just past it', () => {
    const sentence = 'In 2021 at my last job I rebuilt the rota and as a result the wait fell from 5 days to 2. ';
    const slightly = analyzeAnswer(sentence.repeat(20), GENERAL);
    const far = analyzeAnswer(sentence.repeat(80), GENERAL);
    expect(slightly.speakingSeconds).toBeGreaterThan(150);
    expect(far.score).toBeLessThan(slightly.score);
  });

  it('asks the follow-up an interviewer would ask about the biggest gap', () => {
    expect(analyzeAnswer('I would call the client.', GENERAL).followUp).toMatch(/one specific time/);
    expect(analyzeAnswer('In 2022 our shop had no stock system.', GENERAL).followUp).toBe('What did you do yourself, step by step?');
    expect(analyzeAnswer('I built a stock sheet. As a result stock-outs fell by 30%.', { ...GENERAL, followUps: ['Who used it?'] }).followUp).toBe('Who used it?');
  });
});

describe('feedback a coach would give, on five realistic answers', () => {
  const notes = (a: ReturnType<typeof analyzeAnswer>) => coachNotes(a).join('\n');

  it('praises a strong answer for what makes it strong, in the nurse\'s words, with only polish left', () => {
    const a = analyzeAnswer(NURSE, GENERAL);
    expect(a).toMatchObject({ strong: true, hypothetical: false, hasMetric: true });
    expect(a.speakingSeconds).toBeGreaterThanOrEqual(60);
    expect(a.speakingSeconds).toBeLessThanOrEqual(120);
    expect(a.score).toBeGreaterThanOrEqual(90);
    expect(a.issues.every((kind) => MINOR_KINDS.has(kind))).toBe(true);
    expect(coachNotes(a)).toEqual([
      'This is a strong answer. What makes it strong:',
      '- You measured the result: "errors went from 40 a month to 6".',
      '- You say what you did yourself, with "I": "I pulled six months of incident reports into a spreadsheet".',
      `- You anchor it in one real situation: "In March 2023, on the surgical ward at St Mary's where I...".`,
      'To polish it:',
      '1. End by linking "I learned that a clear chart convinces busy people faster than a..." to the job you want: "... and that is what I would bring to this role."',
    ]);
  });

  it('puts the missing result first on a short "we" answer, then "we", then the length, each quoting it', () => {
    const a = analyzeAnswer(WE_SHORT, GENERAL);
    expect(a.words).toBeLessThan(45);
    expect(a.strong).toBe(false);
    expect(a.issues).toEqual(['result', 'i-not-we', 'too-short']);
    expect(a.suggestions).toEqual([
      'You end on "and then we set up a new reminder process for the clients...": say what changed because of it, with a number if you can: "As a result, [what] went from [before] to [after]."',
      // The step, not "We got together as a team", is the line worth saying with "I".
      'You wrote "and we went through all the open invoices": say what you did yourself: "I went through all the open invoices and I ..."',
      '"At my old job in accounts we had a problem with late..." takes about 17 s to say, and a story an interviewer can follow takes 1-2 minutes. Add what you had to achieve and how you did it, step by step.',
    ]);
    expect(notes(a)).toMatch(/^What already works:\n- You anchor it in one real situation: "At my old job in accounts[^\n]*\nWhat to work on first:\n1\. You end on/);
    expect(a.followUp).toBe('What happened in the end, and how did you know it had worked?');
  });

  it('says a hypothetical answer is what they would do, before anything else, and praises nothing in it', () => {
    const a = analyzeAnswer(HYPOTHETICAL, GENERAL);
    expect(a.issues[0]).toBe('real-event');
    expect(a.suggestions[0]).toBe(
      'You wrote "When a client is unhappy I would usually listen first and let...": that is what you would do, not what you did. Tell one real time it happened: "In [month, year], at [place], I ..."',
    );
    expect(a.strengths).toEqual([]);
    expect(notes(a)).toMatch(/^What to work on first:\n1\. You wrote "When a client/);
  });

  it('tells a rambling answer its spoken length and which part to cut', () => {
    const a = analyzeAnswer(RAMBLING, GENERAL);
    expect(a.words).toBeGreaterThan(380);
    expect(a.issues[0]).toBe('too-long');
    // Its set-up is two sentences: the steps are what runs long.
    expect(a.suggestions[0]).toBe(
      `At ${a.words} words (about 2 min ${a.speakingSeconds - 120} s) this runs past 2 minutes. Cut about ${a.words - 290} words from your steps, which start "I started by listing every step of the close on a whiteboard...": keep the two or three that changed the outcome, and the result.`,
    );
    expect(notes(a)).toContain('What already works:\n- You measured the result: "month-end close went from nine days to four".');
  });

  it('calls a story strong whose outcome is concrete without a number, and not one whose outcome is vague', () => {
    const story = (outcome: string) =>
      "Last winter I was the shift lead at a builders' yard in Leeds when a storm brought down part of the timber racking overnight. I was responsible for getting the yard open safely by seven, because the trade customers arrive early and many of them had jobs booked that morning. First I taped off the damaged bay and rang the racking company's emergency line so an engineer was booked for the afternoon. Then I moved the loose timber with the forklift into the covered store, one bundle at a time with a banksman, and I checked every other rack against the inspection sheet before anyone came in. I found two bent uprights in the next bay, so I emptied that bay as well and tagged it out. At half six I briefed the drivers and counter staff at the gate, showed them the closed area on the yard plan, and sent the roofing orders round the back entrance so nobody walked past the damage. " +
      outcome;
    const concrete = analyzeAnswer(story('We opened on time, no one got hurt, and the insurer accepted my photos and notes without a site visit.'), GENERAL);
    expect(concrete.hasMetric).toBe(false);
    expect(concrete.strong).toBe(true);
    expect(analyzeAnswer(story('It all went well in the end.'), GENERAL).strong).toBe(false);
  });

  it('praises the better retry as strong', () => {
    const a = analyzeAnswer(RETRY, GENERAL);
    expect(a.strong).toBe(true);
    expect(coachNotes(a).slice(0, 3)).toEqual([
      'This is a strong answer. What makes it strong:',
      '- You measured the result: "late invoices fell from 120 to 35".',
      '- You say what you did yourself, with "I": "I went through every open invoice myself".',
    ]);
  });
});

describe('the order of importance', () => {
  it('puts a missing result before "we", "we" before a missing measure, and a measure before set-up and length', () => {
    const noResult = analyzeAnswer('In 2022 at my last job we had slow reports. We rebuilt the report and we automated the import.', GENERAL);
    expect(noResult.issues.indexOf('result')).toBeLessThan(noResult.issues.indexOf('i-not-we'));
    const noMeasure = analyzeAnswer('At my last job we had slow reports. We rebuilt the report and we automated the import, and as a result the managers were much happier.', GENERAL);
    expect(noMeasure.issues.slice(0, 2)).toEqual(['i-not-we', 'measure']);
  });

  it('asks a 50-second complete answer for a little more detail, as polish only', () => {
    const text = RETRY.split('. ').filter((s) => !/tracker|called/.test(s)).join('. ');
    const a = analyzeAnswer(text, GENERAL);
    expect(a.speakingSeconds).toBeGreaterThanOrEqual(45);
    expect(a.speakingSeconds).toBeLessThan(60);
    expect(a.strong).toBe(false);
    expect(a.issues[0]).toBe('more-detail');
    expect(coachNotes(a)[0]).toBe('A good answer. What works:');
  });

  it('treats feedback saved before suggestions had kinds as having something to fix', () => {
    expect(coachNotes({ strong: false, strengths: [], suggestions: ['Say what changed.'], issues: [] })).toEqual(['What to work on first:', '1. Say what changed.']);
  });
});

describe('scoreAnswer: one scoring path for the chat and pivot star', () => {
  const role = { id: 'data-analyst', skills: [{ skill: 'tableau', weight: 0.5 }, { skill: 'sql', weight: 0.9 }] } as const;

  it('passes the gaps first, then the role\'s skills, most wanted first, once each', () => {
    expect(skillsToShow({ role, gaps: ['python', 'sql'] })).toEqual(['python', 'sql', 'tableau']);
    expect(skillsToShow({ role })).toEqual(['sql', 'tableau']);
    expect(skillsToShow({})).toBeUndefined();
  });

  it('gives the same analysis as the analyzer with the context it builds, and counts a role skill that is not a gap', () => {
    const context = { role, gaps: ['python'], credentialName: '  Google Data Analytics Professional Certificate ' };
    expect(scoreAnswer(NURSE, GENERAL, context)).toEqual(
      analyzeAnswer(NURSE, GENERAL, { role: 'data-analyst', gapSkills: ['python', 'sql', 'tableau'], credentialName: 'Google Data Analytics Professional Certificate' }),
    );
    const withSql = scoreAnswer(`${RETRY} I wrote the tracker queries in SQL.`, GENERAL, { role, gaps: ['python'] });
    expect(withSql.relevantSkills).toEqual(['sql']);
    expect(withSql.issues).not.toContain('skills');
  });
});

describe('a habit is not what someone would do', () => {
  // What they usually do, told in the present: no "would", no "if".
  const HABIT =
    'When a deadline is tight I always start by writing down everything that needs doing and I put the hardest thing first. ' +
    'I usually block out my calendar and I turn off email for a couple of hours.';
  const feedback = (text: string) => feedbackOf(analyzeAnswer(text, GENERAL), text);

  it('reads each kind of False STAR as what it is', () => {
    expect(analyzeAnswer(HABIT, GENERAL)).toMatchObject({ hypothetical: true, falseStar: 'habit' });
    expect(analyzeAnswer('If a client was unhappy I would listen first and then I would apologise.', GENERAL)).toMatchObject({ hypothetical: true, falseStar: 'would' });
    expect(analyzeAnswer(RETRY, GENERAL)).toMatchObject({ hypothetical: false, falseStar: null });
  });

  it('says a real time replaced the habit on a retry, never "what you would do"', () => {
    const better = transcript(feedbackReplies('try 2', feedback(RETRY), feedback(HABIT)));
    expect(better).toContain('- You tell one real time it happened now, not a general habit: "In March 2023, at a logistics firm');
    expect(better).not.toMatch(/what you would do/);
    const worse = transcript(feedbackReplies('try 3', feedback(HABIT), feedback(RETRY)));
    expect(worse).toContain('- Last time you told one real time it happened; this time it is a general habit.');
    expect(worse).not.toMatch(/what you would do/);
  });

  it('still says "what you would do" after an answer in "I would"', () => {
    const better = transcript(feedbackReplies('try 2', feedback(RETRY), feedback('If a client was unhappy I would listen first and then I would apologise.')));
    expect(better).toContain('- You tell one real time now, not what you would do: "In March 2023');
  });
});

describe('praise names only what the person did', () => {
  const words = (a: ReturnType<typeof analyzeAnswer>) => a.strengths.map((s) => `${s.kind}: ${s.words ?? ''}`);

  it('praises no step said with "we" in a "we" answer', () => {
    const a = analyzeAnswer(
      'Last spring at our food bank fewer volunteers were coming on Saturdays. We put posters in the library, we asked the local college to promote it and we made an online sign-up form. By July we had twelve new regular volunteers.',
      GENERAL,
    );
    expect(a.parts.action.present).toBe(true);
    expect(a.strengths.map((s) => s.kind)).not.toContain('steps');
    expect(a.strengths.map((s) => s.kind)).not.toContain('own-steps');
    expect(words(a).join('\n')).not.toMatch(/we put posters|we asked the local college|we made an online/i);
  });

  it('praises the one step the person did in a mostly "we" answer, not the team\'s', () => {
    const a = analyzeAnswer(
      'In 2023 at a logistics firm our invoices were late. We met every morning, we sorted the invoices by client, we called the clients and I wrote the reminder emails. As a result late invoices fell from 120 to 35.',
      GENERAL,
    );
    const steps = a.strengths.find((s) => s.kind === 'steps' || s.kind === 'own-steps');
    expect(steps?.words).toMatch(/^I wrote the reminder emails/);
  });

  it('praises a goal said with "we" as the team\'s, not as the person\'s own', () => {
    const a = analyzeAnswer(
      'In 2023 our food bank was short of volunteers. We had to find more people before the summer. I put posters in the library and I asked the college to share it. By July twelve new volunteers had joined.',
      GENERAL,
    );
    const task = a.strengths.find((s) => s.kind === 'task');
    expect(task?.text).toMatch(/^You say what the team had to achieve: "We had to find more people/);
  });

  it('praises the strongest own step done for the task, never an admission of a problem', () => {
    const own = (text: string) => analyzeAnswer(text, GENERAL).strengths.find((s) => s.kind === 'own-steps')?.words ?? '';
    const typos = own(
      'At the surgery every Monday I copied the referrals by hand into the system, and I make mistakes sometimes. My job was to get them in right. I built a form that fills the system from the letter, and I checked it against my manual copies for a week. Now referrals take five minutes and nothing is typed twice.',
    );
    expect(typos).toMatch(/^I built a form/);
    const forgot = own(
      'Last year at the depot I forgot to book the cover driver for a bank holiday. My task was to get every parcel out anyway. I rang three agency drivers, split the routes between them and drove one myself. All 400 parcels went out that day.',
    );
    expect(forgot).toMatch(/^I rang three agency drivers/);
  });
});

describe('the measure of an outcome', () => {
  it('does not score a hedged result with no number as measured, and asks how much changed', () => {
    const a = analyzeAnswer(
      'so every spring our school runs a science fair and the kids get really nervous about judging, they think a score of 7 means they failed, which is a common mix-up, so i sort of made a practice round with friendly judges, and i think that helped a lot, the kids seemed calmer',
      GENERAL,
    );
    expect(a.parts.result.present).toBe(true);
    expect(a.hasMetric).toBe(false);
    expect(a.strengths.map((s) => s.kind)).not.toContain('measured');
    expect(a.suggestions.join('\n')).toContain('add how much');
  });

  it('counts a rank reached and a time a thing now takes, not a count in the scene or in a step', () => {
    const metric = (text: string) => analyzeAnswer(text, GENERAL).hasMetric;
    expect(metric('In 2023 our store was last of twelve for mystery shopper scores. I trained every new starter on the greeting myself. By the autumn we were third of twelve.')).toBe(true);
    expect(metric('At the clinic my manager wanted repeat prescriptions sorted faster. I set up a shared inbox and a checklist. Now we turn one round in a day.')).toBe(true);
    expect(metric('When I ran a pub in Leeds we booked a party of 80 and were four staff short on the night. I served behind the bar myself. The party left happy.')).toBe(false);
    expect(metric('Last summer the café queue was out of the door. We sat down, we cut the menu from twenty items to eight and we prepared the salads early. Service was much faster after that.')).toBe(false);
  });
});

describe('a set-up already one or two sentences', () => {
  // Two sentences of set-up, then a short run of steps: a large share only because the answer is short.
  const TWO_SENTENCES =
    'In June 2024 I ran the front desk of a busy dental practice in Cardiff, and patients kept arriving for appointments that had been moved without anyone telling them. My job was to stop the wasted trips before the summer holidays. I rang every patient booked for the next fortnight and I set up a text reminder two days before each visit. Missed visits fell from twelve a week to three.';
  const FOUR_SENTENCES =
    'In June 2024 I was a receptionist at a busy dental practice in Cardiff. The practice was short-staffed that summer. The diary was kept in an old system that nobody liked. Patients kept arriving for appointments that had been moved without anyone telling them, and some of them had taken a day off work for it. I rang every patient booked for the next fortnight, I checked each moved appointment against the diary, and I set up a text reminder two days before each visit. I also wrote a short note for the other receptionists on how to move a booking. Missed visits fell from twelve a week to three.';

  it('is not told to keep it to one or two sentences, nor scored as a saga', () => {
    const a = analyzeAnswer(TWO_SENTENCES, GENERAL);
    expect(a.issues).not.toContain('set-up');
    expect(a.suggestions.join('\n')).not.toContain('one or two sentences');
    expect(a.parts.situation.score).toBe(5);
  });

  it('a set-up of four sentences still is', () => {
    const a = analyzeAnswer(FOUR_SENTENCES, GENERAL);
    expect(a.issues).toContain('set-up');
    expect(a.suggestions.find((s) => s.startsWith('Your set-up'))).toMatch(/Keep it to one or two sentences\.$/);
  });
});

describe('a number asked for only where one exists to tell', () => {
  const SAFETY =
    'Last August I led a team of six volunteers clearing a flooded community hall in Hull. My job was to get it usable for the food bank by Friday. I checked the wiring with the electrician before anyone went in, I split the volunteers into pairs with one trained first-aider each, and I kept a log of who was inside. The hall opened on Friday and nobody was injured.';
  const RENEWED =
    'In 2023 I looked after a small charity client who was unhappy with our monthly reports. My task was to keep their trust. I met their treasurer, I rewrote the report around the three questions the board asked, and I sent a draft a week early each month. At the end of the year the charity renewed its contract with us.';

  it.each([
    ['a safety outcome', SAFETY],
    ['a yes-or-no outcome', RENEWED],
  ])('does not ask "how much" of %s, nor how it was measured, and scores it as concrete', (_, text) => {
    const a = analyzeAnswer(text, GENERAL);
    expect(a.parts.result.present).toBe(true);
    expect(a.issues).not.toContain('measure');
    expect(a.suggestions.join('\n')).not.toContain('add how much');
    expect(a.followUp).not.toBe('How did you measure that?');
    expect(a.parts.result.score).toBeGreaterThanOrEqual(4);
  });

  it('still asks what changed of "the manager was pleased with how we handled it"', () => {
    const a = analyzeAnswer('At the depot our van rota was a mess. We sat down as a team and we redrew the rota by postcode, and we swapped two routes. My manager was pleased with how we handled it.', GENERAL);
    expect(a.suggestions.join('\n')).toContain('You end on "My manager was pleased with how we handled it", which does not say what changed.');
  });
});

describe('the measure praised is the outcome\'s, not the set-up\'s', () => {
  it('does not praise a number in the problem handed over as a measured result', () => {
    const a = analyzeAnswer(
      'in april the printer told us 3 days before the open day that the brochures would be late. we called round and we found a local printer and we picked them up ourselves, the head teacher was relieved',
      GENERAL,
    );
    expect(a.strengths.map((s) => s.kind)).not.toContain('measured');
    expect(a.strengths.map((s) => s.words).join(' ')).not.toMatch(/^printer told us 3 days/);
  });
});

describe('quotes a person recognises', () => {
  it('praises a lesson, and links an ending to the role, with its whole sentence, not a clause cut from it', () => {
    const a = analyzeAnswer(
      'In May 2024 I was a teaching assistant at a primary school in Leeds, and the class laptops kept losing their wifi before lessons. My job was to get them working before the spring tests. I logged which laptops dropped and when, I found they all used an old network name, and I moved each of them to the new one myself. After that no lesson lost time to the wifi for the rest of term. What I took from it is to write down when a fault happens before guessing why.',
      GENERAL,
    );
    const lesson = a.strengths.find((s) => s.kind === 'lesson');
    if (lesson) expect(lesson.text).toMatch(/^You end with what you learned: "What I took from it is to write down when a fault/);
    const link = a.suggestions.find((s) => s.startsWith('End by linking'));
    if (link) expect(link).not.toMatch(/^End by linking "(?:when|and|to write)/);
    expect(lesson ?? link).toBeDefined();
    // The second half of the lesson's sentence is the lesson still, with no amount to tell.
    expect(a.suggestions.join('\n')).not.toMatch(/"when a fault happens before guessing why": add how much/);
  });

  describe('a measure that is the result, a change left vague, and a change put in place', () => {
    const FAILURE: QuestionLike = { competencies: ['failure'], invitesCredential: false };
    const praised = (answer: string, q: QuestionLike = GENERAL) => analyzeAnswer(answer, q).strengths.map((s) => s.text);

    it('takes the fix taught to others as what is done differently since, and asks for a lesson only where none is told', () => {
      const showed =
        'last june i sent the wrong invoice batch to forty clients at the print shop. i had to put it right before the month closed. i called every client, voided the batch, reissued the invoices and checked each total. all forty were corrected in two days, and i trained the other two clerks to check the batch number first.';
      const a = analyzeAnswer(showed, FAILURE);
      expect(a.suggestions.join('\n')).not.toContain('say what you learned');
      expect(a.strengths.find((s) => s.kind === 'lesson')).toMatchObject({ changed: true, text: 'You end with what is done differently since: "i trained the other two clerks to check the batch number first".' });
      const taught = 'in may i mislabelled a pallet of medicine at the depot. i needed to fix it before the van left. i found the pallet, relabelled it and told the driver. it went out on time, and i taught the new starters how to scan the label twice.';
      expect(analyzeAnswer(taught, FAILURE).suggestions.join('\n')).not.toContain('say what you learned');
      const none = 'in may i mislabelled a pallet at the depot. i needed to fix it before the van left. i found the pallet, relabelled it and told the driver. it went out on time and the manager was pleased.';
      expect(analyzeAnswer(none, FAILURE).suggestions.join('\n')).toContain('say what you learned');
    });

    it('asks a short answer with three or more steps why they were taken, not for more steps, and counts steps joined by "then"', () => {
      const four =
        'last year i led the stock move from our old warehouse to the new unit in leeds. my task was to have every one of the 2,000 lines picked from the new racks within six weeks without missing a single customer order. i drew the rack layout with the shift leads, booked the vans for each weekend, trained the twelve pickers on the new scanners and checked each aisle against the system before it went live. every line was live in five weeks, one week early, and no order was late.';
      const said = analyzeAnswer(four, GENERAL).suggestions.join('\n');
      expect(said).not.toContain('more on your steps');
      expect(said).toContain('why you took those steps, starting with "i drew the rack layout with the shift leads"');
      const two = 'last spring our website went down during a sale at the shop. i had to get it back up before lunch and i had nobody else in. i checked the logs and called the host, who was slow to answer. it was back in forty minutes and we lost no orders.';
      const then = two.replace('i checked the logs and called the host', 'i checked the logs then restarted the server then called the host');
      expect(analyzeAnswer(then, GENERAL).parts.action.score).toBeGreaterThan(analyzeAnswer(two, GENERAL).parts.action.score);
    });

    it('quotes the task said in so many words over the request that led to it', () => {
      const a = analyzeAnswer(
        'our no-show rate was about 12% and the dentists asked me to fix it. my task was to cut no-shows without hiring anyone. i set up text reminders and trained the front desk to call anyone unconfirmed. within three months no-shows fell to 5%.',
        GENERAL,
      );
      expect(a.parts.situation.present).toBe(true);
      expect(a.strengths.find((s) => s.kind === 'task')?.text).toBe('You say what was yours to achieve: "my task was to cut no-shows without hiring anyone".');
    });

    it('does not praise a place, an hour or the size of what a step found as the measured result', () => {
      const place =
        'Last winter the tills at our shop kept freezing on a Saturday and the queue was out the door, so I checked every till, and in the end it was the router in bay 7 that had crashed, so I restarted it and everything worked again.';
      expect(praised(place).join('\n')).not.toMatch(/You measured the result/);
      const hour =
        'Last year our ward had too many falls. I pulled the incident reports and I found they mostly happened between 1 and 4 in the morning, so I set up hourly rounding with the night team and the falls went down a lot.';
      const a = analyzeAnswer(hour, GENERAL);
      expect(a.strengths.map((s) => s.text).join('\n')).not.toMatch(/You measured the result/);
      expect(a.suggestions.join('\n')).toContain('You wrote "the falls went down a lot": add how much');
    });

    it('asks how much of a change left vague even where another figure is measured, after the missing parts', () => {
      const a = analyzeAnswer(
        'In 2022 I ran the pilot of our new booking app at my branch. I checked the numbers every week, I found older members stuck on the login screen, and I sat with them on Mondays. After that bookings went up a lot, and head office rolled it out to 40 branches.',
        GENERAL,
      );
      expect(a.strengths.map((s) => s.text)).toContain('You measured the result: "head office rolled it out to 40 branches".');
      expect(a.suggestions.join('\n')).toContain('You wrote "After that bookings went up a lot": add how much');
      // A comparison with what was expected is no change to measure.
      const expected = analyzeAnswer('In 2022 I moved our office to a new building. I planned the move and I booked the vans, which took a lot longer than I expected. We reopened on the Monday with every desk working.', GENERAL);
      expect(expected.suggestions.join('\n')).not.toContain('add how much');
    });

    it('asks how big a won deal was', () => {
      const a = analyzeAnswer('Last year a big hospital was unsure about us, so I ran two demos for the surgeons and I answered every question from their engineers in writing, and eventually we got the deal.', GENERAL);
      expect(a.parts.result.present).toBe(true);
      expect(a.suggestions.join('\n')).toContain('You wrote "eventually we got the deal": say how big it was');
    });

    it('asks for "I" of one "we" step in an answer with no "I" at all', () => {
      const a = analyzeAnswer('we traced the leak to the valve and replaced it\nthe line was back up by lunch', GENERAL);
      expect(a.suggestions.join('\n')).toContain('You wrote "we traced the leak to the valve and replaced it": say what you did yourself');
      // With a step of the person's own, one "we" step is shared work, not a missing "I".
      const own = analyzeAnswer('we traced the leak to the valve and I replaced it\nthe line was back up by lunch', GENERAL);
      expect(own.issues).not.toContain('i-not-we');
    });

    it('does not praise "I" in an answer whose steps are as much "we" as "I"', () => {
      const mixed = 'Last year we had a hospital that was unsure, so we did two demos, and then the engineers had questions, so i answered those, and in the end we got the deal.';
      expect(praised(mixed).join('\n')).not.toContain('You say what you did yourself, with "I"');
    });

    it('takes a change put in place, or how things have stood since, as what is done differently now', () => {
      const lesson = (closing: string) =>
        analyzeAnswer(`Last March our main server went down at night and I was the one on call. I drove in, I found a failed disk and I swapped it, and we were back up in an hour. ${closing}`, FAILURE);
      for (const closing of [
        'I wrote a one page guide so the night staff fix it in ten minutes now.',
        'Afterwards I proposed a rule that every disk is checked weekly, and we have had no outage since.',
        'I wrote it up so the new starters check the disks first.',
      ]) {
        const a = lesson(closing);
        expect(a.suggestions.join('\n')).not.toContain('what you do differently now');
        expect(a.strengths.map((s) => s.text).join('\n')).toContain('You end with what is done differently since');
      }
      // A step with no change put in place still leaves the lesson to be said.
      expect(lesson('I told my manager the next morning.').suggestions.join('\n')).toContain('what you do differently now');
      expect(lesson('He still works with us until now.').strengths.map((s) => s.text).join('\n')).not.toContain('done differently since');
    });

    it('models a learner\'s "we present" as "I presented" in the advice to say "I"', () => {
      const a = analyzeAnswer(
        'In 2023 a bakery chain wanted new packaging. we present three concepts, then we go to two of their shops and we watch the people buying, and then the client was very happy',
        GENERAL,
      );
      expect(a.suggestions.join('\n')).toContain('"I presented three concepts and I ..."');
    });
  });
});

