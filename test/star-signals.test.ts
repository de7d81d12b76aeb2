import { describe, expect, it } from 'vitest';
import { countPronouns, findHedges, findMetrics, firstPersonRatio, mentionsCredential, namedSkills, namesCredential, voiceOf } from '../src/star/signals.js';

describe('signals', () => {
  it('counts who acts: "I" and "we" as subjects and owning words, not "my team" or "us"', () => {
    // "my team" and "for us" say nothing about who did it; "my call" and "our plan" claim it; the
    // "we" of what was told ("told my team we would") is inside the telling, not the team acting.
    expect(countPronouns('I told my team we would ship it for us in the US. Our plan, my call.')).toEqual({ i: 2, we: 1 });
    expect(countPronouns('At our store I rebuilt the rota and I trained my manager.')).toEqual({ i: 2, we: 0 });
    expect(countPronouns('Me and the designer rewrote it, then I tested it. I think it worked.')).toEqual({ i: 1, we: 1 });
    expect(countPronouns('Context: spring 2020\n- pulled the scans\n- the team rebuilt the report')).toEqual({ i: 1, we: 1 });
    expect(firstPersonRatio({ i: 3, we: 1 })).toBe(0.75);
    expect(firstPersonRatio({ i: 0, we: 0 })).toBe(0);
    expect([1, 0.667, 0.6, 0.5, 0.333, 0.286, 0].map(voiceOf)).toEqual(['i', 'i', 'i', 'mixed', 'mixed', 'we', 'we']);
  });

  it('finds numbers, money, percentages and counted units, not years or ordinals', () => {
    expect(findMetrics('In 2021 we cut costs by 20% and saved $18,400, then came 2nd in Q3.')).toEqual(['20%', '$18,400']);
    expect(findMetrics('It doubled sign-ups and saved two hours a week.')).toEqual(['doubled', 'two hours']);
    expect(findMetrics('from 45 minutes to 15')).toEqual(['45', '15']);
    // A number naming a place or a thing, and an hour told with the part of the day, are no measures.
    expect(findMetrics('it was the access point in aisle 12 that was frozen')).toEqual([]);
    expect(findMetrics('the patient in bed 4 and the van at dock 3')).toEqual([]);
    expect(findMetrics('it was mostly between like 2 and 5 in the morning')).toEqual([]);
    expect(findMetrics('the alarms went off from 11 to 3 at night')).toEqual([]);
    expect(findMetrics('falls dropped to 2 in the next six months')).toEqual(['2', 'six months']);
    expect(findMetrics('we loaded 38 of the 40 trucks and restocked 12 aisles')).toEqual(['38', '40', '12']);
    expect(findMetrics('from nine days to three, cut by like half, with zero missed shipments')).toEqual(['from nine days to three', 'by like half', 'zero missed']);
    expect(findMetrics('All thirty passed, and about twenty children came.')).toEqual(['All thirty', 'twenty children']);
    // A time of day and a number used as a name are not measures.
    expect(findMetrics('She came in at 2am, 10:30 at the latest, to see Year 10 on ward 7.')).toEqual([]);
    expect(findMetrics('We got back a week early, in half the time.')).toEqual(['a week early', 'half the']);
    expect(findMetrics('twenty-two of the thirty, up from about eight; set-up dropped to about an hour')).toEqual([
      'twenty-two of the thirty',
      'up from about eight',
      'dropped to about an hour',
    ]);
  });

  it('finds round 19\'s measures in words: a time cut to a level, a place out of a number past twelve', () => {
    expect(findMetrics('By the spring the wait for a repair was down to a couple of hours.')).toEqual(['down to a couple of hours']);
    expect(findMetrics('Our depot went from near the bottom of the region to fourth out of seventeen.')).toEqual(['fourth out of seventeen']);
    expect(findMetrics('The choir finished seventh of nineteen at the festival.')).toEqual(['seventh of nineteen']);
    // A vague level or a thing it came down to is no measure.
    expect(findMetrics('The queue was down to a few people.')).toEqual([]);
    expect(findMetrics('In the end it came down to a couple of things.')).toEqual([]);
  });

  it('reads a "we" after a thing inside a step as a relative clause, and one after a phrase opening the clause as the team', () => {
    expect(countPronouns('I set order levels for the ten parts we used most').we).toBe(0);
    expect(countPronouns('I labelled a shelf for the spare keys we lent out').we).toBe(0);
    expect(countPronouns('After the meeting we rang every supplier').we).toBe(1);
    expect(countPronouns('Together with my colleague we checked every van').we).toBe(1);
  });

  it('does not count a "we" inside what the candidate found, said or proposed as the team acting', () => {
    expect(countPronouns('I pulled his account history and found we had charged him twice.')).toEqual({ i: 1, we: 0 });
    expect(countPronouns('I suggested to the depot manager that we leave three minutes earlier.')).toEqual({ i: 1, we: 0 });
    // "After that we ..." is the team acting.
    expect(countPronouns('I wrote the plan. After that we sold more.')).toEqual({ i: 1, we: 1 });
    // A "we" after a noun opens a relative clause about it; after a time or a place told first it is the team acting.
    expect(countPronouns('I rewrote the checklist we sent customers.')).toEqual({ i: 1, we: 0 });
    expect(countPronouns('The next day we moved the stock. At my last company we relaunched the newsletter.')).toEqual({ i: 0, we: 2 });
  });

  it('reads an hour without am or pm, and "both of them", "none of them", as no measure', () => {
    expect(findMetrics('The client take the flyers at 8')).toEqual([]);
    expect(findMetrics('we stayed open until 10')).toEqual([]);
    expect(findMetrics('we were at 8% by March and served at 40 tables a night')).toEqual(['8%', '40']);
    expect(findMetrics('both of them made it through the night, and none of them asked for a refund')).toEqual([]);
    expect(findMetrics('Four of the cafés signed up, half of the staff too')).toEqual(['Four of the', 'half of the']);
  });

  it('counts hedges and fillers, and "like" only beside a comma', () => {
    expect(findHedges("Um, I'd like to say it was, like, kind of fine, I guess.")).toEqual({ forms: ['um', 'like', 'kind of', 'i guess'], count: 4 });
    expect(findHedges('I built a checklist like a pilot uses.')).toEqual({ forms: [], count: 0 });
  });

  it('names the gap skills an answer mentions, by id words or through an extractor', () => {
    expect(namedSkills('I learned Power Query and power-bi.', ['power-query', 'power-bi', 'sql'])).toEqual(['power-query', 'power-bi']);
    expect(namedSkills('SQLite is not SQL?', ['sql'])).toEqual(['sql']);
    const extractor = { extract: () => [{ skill: 'sql' }, { skill: 'excel' }, { skill: 'sql' }] };
    expect(namedSkills('anything', ['excel'], extractor)).toEqual(['excel']);
    expect(namedSkills('anything', [], extractor)).toEqual(['sql', 'excel']);
  });

  it('sees the credential in a cue word or in most of its distinctive name', () => {
    expect(mentionsCredential('For my capstone I analysed bike rides.')).toBe(true);
    expect(mentionsCredential('Of course I analysed bike rides.')).toBe(false);
    expect(mentionsCredential('In my Google Data Analytics work I used R.', 'Google Data Analytics Professional Certificate')).toBe(true);
    expect(mentionsCredential('At Google I used R.', 'Google Data Analytics Professional Certificate')).toBe(false);
    expect(mentionsCredential('I passed Security+ last year.', 'CompTIA Security+ (SY0-701)')).toBe(false);
    expect(mentionsCredential('I passed CompTIA Security+ last year.', 'CompTIA Security+ (SY0-701)')).toBe(true);
  });

  it('does not read a door badge as a credential, and names a credential only by its own words', () => {
    expect(mentionsCredential('a different person was using her badge at 3am')).toBe(false);
    expect(mentionsCredential('I earned a digital badge for it')).toBe(true);
    expect(namesCredential('I finished my certificate last spring.', 'Google Cybersecurity Professional Certificate')).toBe(false);
    expect(namesCredential('In the Google Cybersecurity course I triaged alerts.', 'Google Cybersecurity Professional Certificate')).toBe(true);
    expect(namesCredential('I triaged alerts.', undefined)).toBe(false);
  });

  it('counts a rate in words as a measure, but not a number followed by a place or time', () => {
    expect(findMetrics('late finishes were about one in four')).toContain('one in four');
    expect(findMetrics('two out of three patients confirmed')).toContain('two out of three');
    expect(findMetrics('now 1 in 10 orders comes back')).toContain('1 in 10');
    expect(findMetrics('we met at one in the morning')).toEqual([]);
  });

  it('does not count a "we" inside what was worked out, or "our own" customers, as the team acting', () => {
    expect(countPronouns('I bought a machine without working out how many extra coffees we would need to sell.')).toEqual({ i: 1, we: 0 });
    expect(countPronouns('I asked which supplier we used and how much stock we had.')).toEqual({ i: 1, we: 0 });
    expect(countPronouns('I showed them claims from our own customers.')).toEqual({ i: 1, we: 0 });
    expect(countPronouns('It was our own idea, and we did it on our own.')).toEqual({ i: 0, we: 3 });
  });

  it('counts a share, a ranking, the time a thing now takes, money and a delay kept small, in words', () => {
    expect(findMetrics('Waiting times fell by about a tenth.')).toEqual(['by about a tenth']);
    expect(findMetrics('By June the branch was first of nine in the region.')).toEqual(['first of nine']);
    expect(findMetrics('We finished in the top three.')).toEqual(['top three']);
    expect(findMetrics('Now the team closes a ticket in ten minutes.')).toEqual(['Now the team closes a ticket in ten minutes']);
    expect(findMetrics('Checking a claim takes about an hour now.')).toEqual(['takes about an hour']);
    expect(findMetrics('It saved the practice around three thousand pounds.')).toEqual(['three thousand pounds']);
    expect(findMetrics('We opened only ten minutes late.')).toEqual(['only ten minutes late']);
    expect(findMetrics('We finished in one day instead of four.')).toEqual(['instead of four']);
  });

  it('counts no shortfall in the scene, no deadline hour and no time a step or a visit took', () => {
    expect(findMetrics('That morning we were two porters short.')).toEqual([]);
    expect(findMetrics('We were 3 nurses down on the ward.')).toEqual([]);
    expect(findMetrics('The van had to be loaded by 6, and by 7am it was gone.')).toEqual([]);
    expect(findMetrics('Her manager rang a week later.')).toEqual([]);
    expect(findMetrics('I learned the till in an afternoon.')).toEqual([]);
  });
  it('reads a rank said as a superlative against the others as a measure', () => {
    expect(findMetrics('it was the best-selling cake in the shop that month')).toEqual(['the best-selling']);
    expect(findMetrics('her scores were the lowest of any class in the year')).toEqual(['the lowest of any']);
    expect(findMetrics('our ward was the first in the trust to go paperless')).toEqual(['the first in the trust to go']);
    // A superlative with no others to beat is no rank.
    expect(findMetrics('it was the hardest week of my life')).toEqual([]);
  });
});
