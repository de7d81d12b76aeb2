import { describe, expect, it } from 'vitest';
import { classifyClauses, type Label } from '../src/star/classify.js';
import { segment } from '../src/star/segment.js';

const labels = (answer: string): [string, Label][] => classifyClauses(segment(answer).clauses).map((c) => [c.text, c.label]);
const one = (clause: string) => {
  const [first] = classifyClauses(segment(clause).clauses);
  if (!first) throw new Error(`no clause in ${clause}`);
  return first;
};

describe('classifyClauses', () => {
  it('labels each part by its cues', () => {
    expect(one('At my previous job we had no shared tracker.').label).toBe('situation');
    expect(one('My goal was to cut the wait.').label).toBe('task');
    expect(one('I interviewed five teachers.').label).toBe('action');
    expect(one('As a result the wait fell from 5 days to 2.').label).toBe('result');
    expect(one('I learned to check a plan with the people it affects.')).toMatchObject({ label: 'result', reflection: true });
  });

  it('gives the time anchor of a step to the Situation and the step to the Action', () => {
    expect(one('In March 2022 I rebuilt the rota.')).toMatchObject({ label: 'action', anchorWords: 3, iActions: ['rebuilt'] });
    expect(one('In early 2021 I joined a start-up.')).toMatchObject({ label: 'situation', anchorWords: 0 });
    expect(one('We finished two weeks early.').label).toBe('result');
  });

  it('reads past fillers and ignores verbs in relative clauses', () => {
    expect(one('I kind of fixed the report.')).toMatchObject({ label: 'action', iActions: ['fixed'] });
    expect(one('the school where I taught maths').iActions).toEqual([]);
    expect(one('I noticed the numbers were off.').iActions).toEqual([]);
  });

  it('tells a False STAR from a reflection', () => {
    expect(one('I would set up a meeting with everyone.').label).toBe('hypothetical');
    expect(one('Usually I ask a lot of questions.').label).toBe('hypothetical');
    expect(one('Next time I would share a draft first.')).toMatchObject({ label: 'result', reflection: true });
    expect(one('That is what I would bring to this team.')).toMatchObject({ label: 'result', transfer: true });
  });

  it('lets uncued clauses continue the part before, and counts "we" steps apart from "I" steps', () => {
    expect(labels('We fixed the report, which took a while. It was hard.')).toEqual([
      ['We fixed the report', 'action'],
      ['which took a while.', 'action'],
      ['It was hard.', 'action'],
    ]);
    expect(one('We fixed the report.')).toMatchObject({ iActions: [], weActions: ['fixed'] });
  });

  it('makes a number a result only after a step, and recognition after the result part of it', () => {
    expect(labels('There were 12 of us. 300 tickets a day.')).toEqual([
      ['There were 12 of us.', 'situation'],
      ['300 tickets a day.', 'situation'],
    ]);
    expect(labels('I set up a rota. It took 3 weeks. As a result complaints fell. My manager asked me to share it.').map(([, l]) => l)).toEqual([
      'action',
      'result',
      'result',
      'result',
    ]);
  });

  it('reads what the candidate saw or noticed, placed in time, as the scene, not a clause of nothing', () => {
    expect(labels('I noticed the POS froze at 7pm on a Saturday. I restarted it and called the vendor. We were back up in 10 minutes.').map(([, l]) => l)).toEqual([
      'situation',
      'action',
      'result',
    ]);
    expect(one('I saw the card machine crash on a Friday night.')).toMatchObject({ label: 'situation', timeAnchored: true, iActions: [] });
    expect(one('I noticed during lunch service that the dishwasher had stopped.').timeAnchored).toBe(true);
    // "Saw" with no event after it is a meeting, a step of the story's, not what was seen.
    expect(labels('I needed them working together. I saw each of them on their own.').map(([, l]) => l)).not.toContain('situation');
    // A day told after a step's verb dates the step inside a plan, not the story's scene.
    const [, plan] = classifyClauses(segment('The goal was to move the records over one weekend. I planned four batches and ran a test batch on Friday night.').clauses);
    expect(plan).toMatchObject({ label: 'action', anchored: false, anchorWords: 0 });
  });

  it('puts a number that stood in the scene, and a rise or fall told before the steps in the problem, never in the Result', () => {
    expect(labels('I set up a triage rota. We had 40 tickets a day.').map(([, l]) => l)).toEqual(['action', 'situation']);
    expect(labels('Our sales dropped 20% over the summer. I started a loyalty card. Sales came back.').map(([, l]) => l)).toEqual(['situation', 'action', 'result']);
    // A total reached after the steps, and a result told first, are still outcomes.
    expect(labels('I ran a sign-up stall at the fair. We had 340 sign-ups.').map(([, l]) => l)).toEqual(['action', 'result']);
    expect(one('Our event sold out in four days.').label).toBe('result');
    expect(labels('I took cash and rang the bank. We lost no orders.').map(([, l]) => l)).toEqual(['action', 'result']);
  });

  it('reads steps told in the present as steps in a story, and as a habit in an answer with no past', () => {
    expect(labels('Last year I work in a hotel. I make a new schedule and I order the food myself.').map(([, l]) => l)).toEqual(['situation', 'action', 'action']);
    expect(labels('I make a list every morning and I check it with my manager.').map(([, l]) => l)).toEqual(['hypothetical', 'hypothetical']);
    expect(labels('I just stay positive and keep going.').map(([, l]) => l)).toEqual(['hypothetical']);
    // "put" and "set" are present too: the habit runs to the end of its sentence, as no part of a
    // story and not one more "I would" to count.
    expect(labels('Normally I set the agenda and I put the hardest job first.').map(([, l]) => l)).toEqual(['hypothetical', 'none']);
    expect(labels('I always test before I scale. Last spring I ran two versions of the email.').map(([, l]) => l)).toEqual(['hypothetical', 'none', 'action']);
    expect(one('- pulled three months of scans')).toMatchObject({ label: 'action', iActions: ['pulled'] });
  });

  it('takes a heading as the part of the lines under it', () => {
    expect(labels('Goal: go live without stopping shipments\nOutcome: went live on schedule').map(([, l]) => l)).toEqual(['task', 'task', 'result', 'result']);
    expect(labels('the problem: open rate had dropped\nthe goal: get it back above 20%').map(([, l]) => l)).toEqual(['situation', 'situation', 'task', 'task']);
  });

  it('reads an aim as the Task, not its outcome words as a Result', () => {
    expect(one('The goal was to get vans out on time.').label).toBe('task');
    expect(one('Our team was asked to cut the wait.').label).toBe('task');
    expect(one('My store was asked to cut food waste by 20% in six months.').label).toBe('task');
    expect(one('I was put in charge of fixing it.').label).toBe('task');
    expect(one('I decided to find out why.').label).toBe('task');
    // News is not a goal.
    expect(one('At our store we were told our scores were the lowest.').label).toBe('situation');
  });

  it('ends the story with what happened after the last step, and finds the scene told after a step', () => {
    expect(labels('I rebuilt the report. The client renewed for another year.').map(([, l]) => l)).toEqual(['action', 'result']);
    expect(labels('I rebuilt the report. A manager saw it and asked me to present it.').map(([, l]) => l)).toEqual(['action', 'result']);
    expect(labels('I rebooked forty guests when the coach company cancelled.').map(([, l]) => l)).toEqual(['action', 'situation']);
    expect(labels('I built a booking app for a groomer. She now takes half her bookings through it.').map(([, l]) => l)).toEqual(['action', 'result']);
    expect(labels('Last year our team launched a new process. Returns piled up for two weeks and we had to go back to the old one.').map(([, l]) => l)).toEqual([
      'action',
      'result',
      'result',
    ]);
  });

  it('gives a False STAR no real scene or outcome, but keeps a real example and a real outcome', () => {
    expect(labels('In retail there is always too much to do. Usually I make a list.').map(([, l]) => l)).toEqual(['none', 'hypothetical']);
    expect(labels('I usually listen first. For example, last year a customer shouted at me. I took her aside.').map(([, l]) => l)).toEqual([
      'hypothetical',
      'none',
      'situation',
      'action',
    ]);
    expect(labels('I would call them. As a result, the wait fell from 10 days to 4.').at(-1)).toEqual(['the wait fell from 10 days to 4.', 'result']);
  });

  it('keeps the numbers of a Result as its measures, not a count in a step', () => {
    expect(one('I emailed 40 clients.').metrics).toEqual([]);
    expect(one('As a result the wait fell from 5 days to 2.').metrics).toEqual(['5', '2']);
  });

  it('reads a learner\'s tenses as a story when nothing marks a habit', () => {
    expect(labels('When I work in supermarket in Lagos, many customers complain about long queue. We open two more till.').map(([, l]) => l)).toEqual([
      'situation',
      'situation',
      'action',
    ]);
    expect(labels('Manager give me this task. I was going to the warehouse three days and counting all items.').map(([, l]) => l)).toEqual(['task', 'action']);
    expect(labels('During the 2020 lockdown our office had to switch to phone appointments. We set up a call-back list.').map(([, l]) => l)).toEqual(['task', 'action']);
  });

  it('takes a habit told in the past ("we\'d usually", "it was always") as a False STAR with no real step', () => {
    expect(labels("At the call centre we would get hundreds of calls. We'd usually pull people off emails. It was always hectic but we got through it.").map(([, l]) => l)).toEqual([
      'hypothetical',
      'hypothetical',
      'none',
      'none',
    ]);
    expect(labels("At the bank I used to handle the complaints. I'd listen and call them back.").map(([, l]) => l)).toEqual(['hypothetical', 'hypothetical']);
    expect(labels('I would always listen first. It helped everyone.').map(([, l]) => l)).toEqual(['hypothetical', 'none']);
  });

  it('finds losses that did not happen and rewards in the ending, and keeps counts in a list of steps', () => {
    // "and the owner ..." opens a clause of its own (a new subject); both are the ending.
    expect(labels('I moved their slot. We didnt lose the contract and the owner gave us both a bonus.').map(([, l]) => l)).toEqual(['action', 'result', 'result']);
    expect(classifyClauses(segment('I broke the move into six waves, booked the transport two months ahead and ran a rehearsal.').clauses).map((c) => [c.label, c.metrics])).toEqual([
      ['action', []],
      ['action', []],
    ]);
  });

  it('reads the other ways people say each part', () => {
    expect(labels('S: new homework system\nT: I was asked to help parents\nA: ran two workshops\nR: submissions rose').map(([, l]) => l)).toEqual([
      'situation',
      'situation',
      'task',
      'task',
      'action',
      'action',
      'result',
      'result',
    ]);
    expect(one('What I did was add the site maps to the route sheets.').label).toBe('action');
    expect(labels('I cut our delivery costs by 15% by renegotiating with two couriers.').map(([, l]) => l)).toEqual(['result', 'action']);
    expect(one('I was given the school\'s struggling debate club.').label).toBe('task');
    expect(one('I coordinated the IT side.').label).toBe('task');
    expect(labels("I haven't had that exact situation, but if I had, I would have asked for more time.").map(([, l]) => l)).toEqual([
      'hypothetical',
      'none',
      'none',
    ]);
  });

  it('reads a task passed on as a question without "if", an obligation passed on, and a request to a group that takes the candidate in', () => {
    for (const text of [
      'My supervisor asked would I cover the Sunday shifts.',
      'The head chef said could we get the new menu ready by Friday.',
      'She ask me can I train the new starters.',
      'My boss say I must finish the stock count before the audit.',
      'The director made it clear that we needed to cut the waiting list.',
      'Our head of year asked the form tutors, me included, to raise attendance.',
      'The site manager told all the team leaders, including me, to get the injury rate down.',
    ]) {
      expect(labels(text).map(([, l]) => l), text).toEqual(['task']);
    }
    // A condition with its verb left out, and help given both ways, are steps, not an aim.
    expect(one('We swapped shifts when we needed to.').label).toBe('action');
    expect(one('I stayed late if I had to.').label).toBe('action');
    expect(one('We covered for each other.').label).toBe('action');
  });

  it('reads a habit, its "right now" and advice with no subject as no story', () => {
    expect(labels('Usually I greet them and I explain what I can do right now.').map(([, l]) => l)).toEqual(['hypothetical', 'hypothetical']);
    expect(labels('Whenever a customer complains I listen first and I offer what I can at the moment. Most of the time they calm down.').map(([, l]) => l)).toEqual([
      'hypothetical',
      'hypothetical',
      'none',
    ]);
    expect(labels('Listen first, apologise, then offer a fix.').map(([, l]) => l)).toEqual(['hypothetical', 'hypothetical', 'hypothetical']);
    expect(labels('- check the order\n- call the customer back').map(([, l]) => l)).toEqual(['hypothetical', 'hypothetical']);
    // Told in the past, a plain verb's clause is still part of the story.
    expect(labels('The till froze. Check the cables, I told him.').map(([, l]) => l)).not.toContain('hypothetical');
  });

  it('reads a goal or target line of a bulleted answer as its task, with no scene', () => {
    expect(labels('- goal: cut returns by a third\n- sorted the returns by reason\n- returns fell 30% in two months').map(([, l]) => l)).toEqual([
      'task',
      'task',
      'action',
      'result',
    ]);
    expect(classifyClauses(segment('- target: 50 new members by June, up 10% on last year\n- ran two open evenings\n- we signed up 58').clauses).map((c) => [c.label, c.anchored])).toEqual([
      ['task', false],
      ['task', false],
      ['task', false],
      ['action', false],
      ['result', false],
    ]);
  });

  it('reads the candidate\'s own step as the step, though a word of an outcome is its purpose', () => {
    expect(one('I rebuilt the booking sheet and added a column for getting deliveries out on time.').label).toBe('action');
    expect(labels('I made a checklist for finishing the close on time. The close took three days instead of eight.').map(([, l]) => l)).toEqual(['action', 'result']);
    // With no step of the candidate's, a change told first is still the problem.
    expect(labels('Our sales dropped over the summer. I changed the window displays.').map(([, l]) => l)).toEqual(['situation', 'action']);
  });

  it('reads thanks shown, a harm that did not happen and a place in a ranking as the outcome', () => {
    expect(labels('I talked him through the refund and he shook my hand.').map(([, l]) => l)).toEqual(['action', 'result']);
    expect(labels('I found her glasses, and she was hugging me at the door.').map(([, l]) => l)).toEqual(['action', 'result']);
    expect(labels('I rewired the alarm panel. None of the residents had a fall that winter.').map(([, l]) => l)).toEqual(['action', 'result']);
    expect(labels('I ran two practice sessions. We came second.').map(([, l]) => l)).toEqual(['action', 'result']);
  });

  it('keeps the past before the story in the scene, and gives a step with its subject left out to that subject', () => {
    expect(labels('I replaced the pump. The old pump had cost the farm £900 in repairs. The yard stayed dry.').map(([, l]) => l)).toEqual(['action', 'situation', 'result']);
    expect(labels('I showed them the claims, screens that had cost customers £200, and we role-played it.').map(([, l]) => l)).toEqual(['action', 'situation', 'action']);
    const split = classifyClauses(segment('We split the member list, rang everyone who had lapsed and posted the timetable.').clauses);
    expect(split.map((c) => [c.label, c.iActions, c.weActions])).toEqual([
      ['action', [], ['split']],
      ['action', [], ['rang', 'posted']],
    ]);
    expect(classifyClauses(segment('I wrote a picking guide, walked each group round and buddied every starter.').clauses).map((c) => c.iActions)).toEqual([['wrote'], ['walked', 'buddied']]);
  });

  it('reads a very short answer whose step and outcome share the sentence the candidate opened', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts('I saw the invoice was addressed to the old office, rang the client, and the payment came through on Friday.')).toEqual(['situation', 'action', 'result']);
    expect(parts('I noticed the fire door was propped open, told the duty manager, and it was shut within the hour.')).toEqual(['situation', 'action', 'result']);
  });

  it('reads a scene told without a time opener: what would not go right, or years in a job', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts("A customer wouldn't stop shouting at the counter, so I took him to a quiet desk and listened. He left calm.")).toEqual(['situation', 'action', 'result']);
    expect(parts("The new starter couldn't find the stock room, so I drew her a map. She found everything herself after that.")).toEqual(['situation', 'action', 'result', 'result']);
    expect(parts('I taught Year 6 for about eight years, and one spring the class fell out badly. I ran circle time every morning. They settled down.')).toEqual(['situation', 'situation', 'action', 'result']);
    // What people believed before the steps, numbers and all, is the problem.
    expect(parts('Most customers thought the discount was 50 percent off everything, which was wrong. I rewrote the sign. The complaints stopped.')).toEqual(['situation', 'situation', 'action', 'result']);
  });

  it('reads a chat answer: "me and X" doing something is a "we" step, and a trouble gone since is its outcome', () => {
    const chat = classifyClauses(segment('the server went down at 2. me and my manager rang every client ourselves. nobody cancelled').clauses);
    expect(chat.map((c) => [c.label, c.weActions])).toEqual([['situation', []], ['action', ['rang']], ['result', []]]);
    expect(labels('the lift broke on a sunday. me and the night nurse carried the trays up by hand. everyone got their dinner').map(([, l]) => l)).toEqual(['situation', 'action', 'result']);
    expect(labels('so the printer at my shop kept jamming. i took it apart and cleaned the rollers. we havent had a jam since').map(([, l]) => l)).toEqual(['situation', 'action', 'result']);
    expect(labels('the till kept freezing at lunch. i called support and they updated it. hasnt had a freeze since').map(([, l]) => l).at(-1)).toBe('result');
    // "till it came back up" is when a step ended, not a customer coming back.
    expect(labels('one time the booking system crashed. i took bookings on paper till it came back up.').map(([, l]) => l)).toEqual(['situation', 'action']);
  });

  it('reads the candidate\'s own change between two steps of one sentence as a step, its numbers what was changed', () => {
    const menu = classifyClauses(segment('We met on the Monday, we cut the route list from forty stops to twenty-five and we moved the late drops to the morning.').clauses);
    expect(menu.map((c) => [c.label, c.metrics])).toEqual([['action', []], ['action', []], ['action', []]]);
    // How the last step came out against the plan is the outcome's measure.
    const late = classifyClauses(segment('I checked the maps, picked a new route, and we arrived only two hours behind. The client was happy.').clauses);
    expect(late.map((c) => c.metrics)).toEqual([[], [], ['only two hours behind'], []]);
  });

  it('reads work finished in a measured time, a relocation opening the story, a deadline met and a loss avoided', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts('We divided the returns between three of us and cleared them in under two hours.')).toEqual(['action', 'result']);
    expect(parts('I sorted the files by date and finished the audit in a third of the time.')).toEqual(['action', 'result']);
    // "moved from Leeds to Bradford" is where the work was, not a before and after of a measure.
    expect(parts('When our team of 12 moved to a new floor, I was asked to sort the seating. I drew a plan.')).toEqual(['situation', 'task', 'action']);
    expect(parts('After the depot moved from Leeds to Bradford, I was given a week to redo the routes. I rang every driver.')).toEqual(['situation', 'task', 'action']);
    expect(parts('I booked the vans and labelled the boxes. Every desk was set up by Monday morning.')).toEqual(['action', 'result']);
    expect(parts('I rang every supplier and moved our orders. Complaints fell by half, and we lost no customers.')).toEqual(['action', 'result', 'result']);
    // "The shop flooded and I rang" is two clauses; "The supervisor and I rebuilt" is one joint step.
    expect(parts('The shop flooded and I rang the owner.')).toEqual(['situation', 'action']);
    expect(labels('The supervisor and I rebuilt the rota together.')).toHaveLength(1);
  });
  it('reads round 18\'s aims: a wish for how the work should look, an obligation on a thing before a deadline, work taken on told first', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    // Its "under a hundred" is the aim, not an outcome measured before any step.
    expect(parts('Our director wanted the backlog under a hundred by June and asked me to plan it. I sorted the cases by age.')).toEqual(['task', 'action']);
    expect(parts('The head wanted the timetable on every board before the first bell, and I took it on. I printed forty copies.')).toEqual(['task', 'task', 'action']);
    expect(parts('At the depot every van had to be loaded by five. I split the loads between two bays.')).toEqual(['task', 'action']);
    expect(parts('All the orders needed to be picked before the lorry came. We picked them in aisle order.')).toEqual(['task', 'action']);
    // A consequence with no deadline is the scene; a customer's demand is no aim taken on.
    expect(parts('Two flights had to be cancelled. I rebooked every passenger.')).toEqual(['situation', 'action']);
    expect(one('The guest wanted his deposit back.').label).not.toBe('task');
    // The same with a verb other than "be", a wish with "to", what was said, and a request with an aside.
    expect(parts('At the practice the totals had to match the bank within a pound. I went through every receipt.')).toEqual(['task', 'action']);
    expect(parts('In 2019 the league wanted every side to field two girls. I rang the parents of every girl in the club.')).toEqual(['task', 'action']);
    expect(parts('I was on nights at the care home and my manager said the medicine charts had to be checked before handover. I went through each chart.')).toEqual(['situation', 'task', 'action']);
    expect(parts('Our chef asked me, as the only one who spoke Polish, to train the two new porters. I wrote a list of the kitchen words.')).toEqual(['task', 'action']);
    // A deadline given with "until", an obligation on a thing passed on, and a point in a new job as the time.
    expect(parts('At the museum the trust gave us until the summer to rehang the whole gallery. I drew a plan of every wall.')).toEqual(['task', 'action']);
    expect(parts('At the school the head insisted the hall had to stay usable during the repairs. I moved the work to evenings.')).toEqual(['task', 'action']);
    expect(parts('On my first week as a porter a patient fell in the lift. I called for help.')).toEqual(['situation', 'action']);
    // A priority someone set is the aim, not a place in a ranking.
    expect(parts('At the ward my sister said the discharges came first that morning. I rang transport for all six.')).toEqual(['task', 'action']);
    // A harm that never came, after the steps: "the shop never closed".
    expect(parts('I moved the tills to the back room and ran the card machine off the phone. The shop never closed.').at(-1)).toBe('result');
  });

  it('reads someone\'s plan the candidate refused as the scene, an offer after the first step as a step', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts('At the warehouse my supervisor wanted to skip the forklift check to save time, and I told him I wouldn\'t sign it off.')).toEqual(['situation', 'action']);
    expect(parts('A customer rang about a broken lamp. I checked the order. Then I offered to send a new one that day. She was really pleased.')).toEqual(['situation', 'action', 'action', 'result']);
  });

  it('reads how round 18\'s stories end: a deadline reached, a lesson taken, a record since, a harm not imposed', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts('I ran two drills a week with the new tills. By the go-live date every cashier had served a real customer on them.')).toEqual(['action', 'result']);
    expect(parts('I checked the wrong box and sent the letter. What I took from it is to read a form twice.').at(-1)).toBe('result');
    expect(parts('I rang the client and fixed the invoice. The council didn\'t fine us, and I\'ve sent forty invoices since without an error.')).toEqual(['action', 'result', 'result']);
  });

  it('reads a step with no "how", an outcome not known yet and an empty "Result:" heading as no part', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts('A tenant reported a leak at our block in Hull. I was asked to fix it. I handled it and got it sorted. She was happy.')).toEqual(['situation', 'task', 'none', 'result']);
    expect(parts('Action: I wrote the bid and sent it in.\nResult: The panel has not met yet, so we don\'t know yet whether we won.')).not.toContain('result');
    expect(parts('I booked the hall and sent the invitations. The open day is next month, so we haven\'t seen the sign-up numbers yet.')).not.toContain('result');
    // Under a "Situation:" heading, before any step, an outcome phrase is how the problem came about.
    expect(parts('Situation: Two deliveries ended up on the same morning.\nAction: I moved one to the afternoon.')).toEqual(['situation', 'situation', 'action', 'action']);
  });

  it('reads round 19\'s aims: a "we" aim with a deadline, a "My job:" line, a call that is mine now, a span given, a share handed over', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    // The team's aim with a deadline, among shared steps; without a deadline a need is the scene.
    expect(parts('At the depot two vans broke down. We needed every parcel on the spare van before midnight. I rang the hire firm and we moved the boxes.')).toEqual(['situation', 'task', 'action', 'action']);
    expect(parts('At the bakery we needed more ovens, so I rang round three suppliers.')[0]).toBe('situation');
    // A bullet line headed "My job:" names the aim.
    expect(parts('- Setting: a garden centre in spring\n- My job: stop the plants dying before the Easter rush\n- What I did: I fitted timers')).toEqual(['situation', 'situation', 'task', 'task', 'action', 'action']);
    // Responsibility told in the present, as the story is.
    expect(labels('So I\'m the duty manager at the pool one Sunday, and at about six in the evening the alarm goes off. It\'s my call whether to clear the water. I ring the engineer.').find(([t]) => t.startsWith('It\'s'))?.[1]).toBe('task');
    expect(parts('I am on the late shift at the garage. It\'s up to me to lock the pumps. I walk round and lock them.')[1]).toBe('task');
    // A span of time given to a group, any span, opens a goal-first answer as its aim.
    expect(parts('Our school had one fortnight to get every pupil record onto the new system. I copied the records across.')).toEqual(['task', 'action']);
    expect(parts('My shop had one evening to reset the whole window. I stripped it and we dressed it again.')[0]).toBe('task');
    // A share of the work handed over, named by its items.
    expect(parts('The whole office was moving desks. I was given the printers and scanners. I unplugged and labelled them all.')).toEqual(['situation', 'task', 'action']);
    expect(parts('I was given the wrong address by the sat nav. I rang the customer.')[0]).not.toBe('task');
  });

  it('reads a step likened to a habit ("like I always do") as the event, and one that tells no how as no step', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts('At the cinema last week a man was shouting at the till. I dealt with him calmly, like I always do with customers.')).not.toContain('hypothetical');
    expect(parts('At the cinema last week a man was shouting at the till. I dealt with him calmly, like I always do with customers.').at(-1)).toBe('none');
    // With no event told, the habit is still a habit.
    expect(parts('When a customer complains, I listen, like I always do.')).toContain('hypothetical');
  });

  it('reads round 20\'s habit answer as a habit, its "most of the time ... had" being how the habit goes', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    const answer = "What I tend to do with conflict is get it out in the open early. On the wards you're with the same nurses every shift, so you can't let things fester. If a colleague and I disagree, I normally take them aside after the shift and I ask what they saw. Most of the time it turns out we just had different information.";
    const got = parts(answer);
    expect(got).toContain('hypothetical');
    expect(got).not.toContain('action');
    expect(got).not.toContain('situation');
  });

  it('reads a task owned in the writer\'s own words', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    expect(parts('The café was short-staffed all summer. Both rotas were mine to rebuild.')).toContain('task');
    expect(parts('The branch switched to new kiosks overnight. Getting them working was down to me.')).toContain('task');
    expect(parts('I was the duty nurse, responsible for the controlled drugs count.')).toContain('task');
  });

  it('reads a past-before-past after the last step, dated at its end, as the outcome', () => {
    const parts = (answer: string) => labels(answer).map(([, l]) => l);
    const got = parts('My job was to move the shop rota onto an app. I set up a test team and sent everyone a login. Every volunteer had signed in within a week.');
    expect(got.at(-1)).toBe('result');
    expect(got).not.toContain('situation');
  });

  describe('what a step found, and an outcome set against before', () => {
    const partOf = (answer: string, words: string) => labels(answer).find(([text]) => text.includes(words))?.[1];

    it('reads carrying on with a duty, its subject left out after a step, as one more step, and "we kept selling" as the outcome', () => {
      expect(partOf('we had a fire alarm once and we followed the evacuation procedure for the surveillance room, kept recording on all cameras.', 'kept recording')).toBe('action');
      expect(partOf('in june the power cut out at the depot and i switched us to the generator, kept the freezers running, called the engineer.', 'kept the freezers')).toBe('action');
      expect(partOf('the tills froze on black friday so i set up the card reader on my phone and we kept selling all afternoon.', 'kept selling')).toBe('result');
    });

    it('reads a problem stated with its measure as the scene, and the request after it as the task', () => {
      const got = labels('our error rate on orders was about 8% and the owner asked me to bring it down. my goal was to get it under 2% by christmas. i rewrote the packing checklist.');
      expect(got[0]).toEqual(['our error rate on orders was about 8%', 'situation']);
      expect(got[1]?.[1]).toBe('task');
    });

    it('reads the counts after "I found" as what the step found, not as the outcome', () => {
      const answer =
        'Last spring our stock count was off at the depot. I had to find out why. I matched every delivery note against the system, and I found 40 pallets booked twice, 12 never scanned in, and £18,000 in all. I fixed the scanner settings. The next count matched to the pallet.';
      expect(partOf(answer, '12 never scanned in')).toBe('action');
      expect(partOf(answer, '£18,000 in all')).toBe('action');
      expect(partOf(answer, 'The next count matched')).toBe('result');
      // Counts told in a sentence of their own after the steps are still the outcome.
      expect(partOf('I rebuilt the rota and I trained two leads. 30 more shifts were covered that month.', '30 more shifts')).toBe('result');
    });

    it('reads a measure against what it would have been as the outcome, though told as one more thing done', () => {
      expect(partOf('I cleaned the data and I rebuilt the checks. We closed the books on day 5 instead of day 8.', 'instead of')).toBe('result');
      expect(partOf('I split the pick lists by aisle, and we shipped in 3 days instead of 5', 'instead of')).toBe('result');
      expect(partOf('I swapped the supplier instead of the whole system, and I retrained the team.', 'instead of')).toBe('action');
    });

    it('reads the last sentence set against before the steps as the outcome', () => {
      expect(partOf('I changed the two rules and the head agreed to a trial. That term the team marked fewer scripts but caught more errors than the term before.', 'That term')).toBe('result');
      expect(partOf('I changed the two rules. Then the team checked every claim again, as in the quarter before.', 'as in the quarter before')).not.toBe('situation');
    });

    it('reads "and eventually we got the deal" at the end of the steps as the outcome', () => {
      const deal = 'the buyer was not sure, so we did two demos, i answered the engineers questions, and eventually we got the deal';
      expect(partOf(deal, 'eventually we got the deal')).toBe('result');
      expect(partOf('I called every supplier, and in the end we won the tender', 'in the end we won the tender')).toBe('result');
      // Not a step told before more steps: "eventually we got the keys, then I rewired the panel".
      expect(partOf('I called the landlord twice, and eventually we got the keys, then I rewired the whole panel.', 'eventually we got the keys')).not.toBe('result');
    });

    it('reads "the customer was back up same day" after the step as the outcome, and "till it came back up" as the step\'s time', () => {
      expect(partOf('we found the fault in the cabinet and fixed it\ncustomer was back up same day', 'customer was back up')).toBe('result');
      expect(partOf('the till system crashed. me and a colleague counted the stock by hand till it came back up. no one was overcharged', 'counted the stock')).toBe('action');
    });

    it('does not count "took a while" as a step of anyone\'s', () => {
      const got = classifyClauses(segment('so i answered those, took a while, and i wrote up the answers').clauses);
      expect(got.find((c) => c.text.startsWith('took'))?.iActions).toEqual([]);
    });
  });
});

