import { describe, expect, it } from 'vitest';
import { countWords, normalizeAnswer, segment } from '../src/star/segment.js';

const texts = (answer: string) => segment(answer).clauses.map((c) => c.text);

describe('segment', () => {
  it('splits sentences and clauses, keeping every word in exactly one clause', () => {
    const answer = 'In 2021, at my last job, we had 300 tickets a week. I set up a rota and I trained two people; as a result the wait fell.';
    expect(texts(answer)).toEqual(['In 2021', 'at my last job', 'we had 300 tickets a week.', 'I set up a rota', 'and I trained two people', 'as a result the wait fell.']);
    const { words, clauses } = segment(answer);
    expect(words).toBe(countWords(answer));
    expect(clauses.map((c) => c.firstWord)).toEqual([0, 2, 6, 12, 17, 22]);
  });

  it('does not split "so that", lists joined by "and", or commas around fillers', () => {
    expect(texts('I added a rule so that errors showed up in red.')).toEqual(['I added a rule so that errors showed up in red.']);
    expect(texts('I used Excel and Tableau and SQL.')).toHaveLength(1);
    expect(texts('So I basically, um, started counting the stock.')).toEqual(['So I basically, um, started counting the stock.']);
    expect(texts('It was, like, a mess.')).toHaveLength(1);
  });

  it('keeps a request with its capacity said without commas whole: "asked me as charge nurse to find out why"', () => {
    expect(texts('and my manager asked me as charge nurse to find out why.')).toEqual(['and my manager asked me as charge nurse to find out why.']);
    expect(texts('The head told us as the new year team to see whether the rota worked.')).toHaveLength(1);
    expect(texts('the director asked me as the only Welsh speaker on the team to check how the letters read')).toHaveLength(1);
    // A step with its own question still splits: "I rang the depot | to find out why".
    expect(texts('I rang the depot to find out why the van was late')).toEqual(['I rang the depot', 'to find out why the van was late']);
  });

  it('splits at line breaks, dashes and before "and my" / "so I"', () => {
    expect(texts('Task: cut no-shows\n- I wrote the texts - then I tested them')).toEqual(['Task', 'cut no-shows', '- I wrote the texts', 'then I tested them']);
    expect(texts('i fixed it and my manager said thanks so i kept going')).toEqual(['i fixed it', 'and my manager said thanks', 'so i kept going']);
  });

  it('normalises curly quotes and collapses runs of spaces without losing line breaks', () => {
    expect(normalizeAnswer('  I\u2019ve  said \u201Chi\u201D \t\n\n   again  ')).toBe('I\'ve said "hi"\nagain');
  });

  it('counts words made of letters or digits, not emoji or punctuation', () => {
    expect(countWords("I don't have 5,000 rows in Node.js 😀 -- !!")).toBe(7);
    expect(countWords('😀🚀 ... ,,,')).toBe(0);
    expect(segment('😀🚀 ... ,,,').clauses).toEqual([]);
  });

  it('ends a clause before an outcome joined by "and", and before "after we" or "when the"', () => {
    expect(texts('We moved the stock behind the till and shrinkage halved.')).toEqual(['We moved the stock behind the till', 'and shrinkage halved.']);
    expect(texts('We cut waits by 30% after we changed the rota.')).toEqual(['We cut waits by 30%', 'after we changed the rota.']);
    expect(texts('I rebooked them when the coach company cancelled.')).toEqual(['I rebooked them', 'when the coach company cancelled.']);
  });

  it('opens a clause at a request someone else made after the problem it answers: "... and my manager asked me to sort it"', () => {
    expect(texts('our no-show rate was about 12% and the dentists asked me to fix it.')).toEqual(['our no-show rate was about 12%', 'and the dentists asked me to fix it.']);
    expect(texts('complaints about late orders were up to 30 a week and my manager asked me to sort it out.')).toEqual([
      'complaints about late orders were up to 30 a week',
      'and my manager asked me to sort it out.',
    ]);
    expect(texts('the warehouse was missing 5% of its picks and head office told us to find out why.')).toEqual(['the warehouse was missing 5% of its picks', 'and head office told us to find out why.']);
    expect(texts('the rota had gaps every weekend and the ward sister asked me if i could fix it.')).toEqual(['the rota had gaps every weekend', 'and the ward sister asked me if i could fix it.']);
    // The candidate's own request, or one with no "me" or "us", stays whole.
    expect(texts('she asked me to cover and i did.')).toEqual(['she asked me to cover', 'and i did.']);
    expect(texts('the van broke down and the driver asked for a tow.')).toEqual(['the van broke down and the driver asked for a tow.']);
  });

  it('marks the clauses that open a sentence, a line or a labelled section, and those that open a line', () => {
    const opens = segment('Task: cut it. I did it, and it worked.\n- then more').clauses.map((c) => [c.text, c.sentenceStart, c.lineStart]);
    expect(opens).toEqual([
      ['Task', true, true],
      ['cut it.', true, false],
      ['I did it', true, false],
      ['and it worked.', false, false],
      ['- then more', true, true],
    ]);
  });
  it('keeps a request with an aside between commas in one clause, and opens a clause at "where" with a new subject', () => {
    expect(texts('The head asked me, as the only Welsh speaker, to ring the parents.')).toEqual(['The head asked me, as the only Welsh speaker, to ring the parents.']);
    expect(texts('We had a warehouse in Derby where every pallet had to be counted by Friday.')).toEqual(['We had a warehouse in Derby', 'where every pallet had to be counted by Friday.']);
    // "the shop where I worked" is who the candidate was; "I asked where the keys were" a question.
    expect(texts('I asked where the keys were.')).toHaveLength(1);
    expect(texts('At the shop where I worked we sold bikes.')).toHaveLength(1);
  });

  it('cuts a chat run with no punctuation into events, each opening a sentence', () => {
    const { clauses } = segment('so on my first week the fridge broke and all the milk was warm i moved everything to the cold room then i rang the engineer he fixed it by lunch');
    expect(clauses.map((c) => [c.text, c.sentenceStart])).toEqual([
      ['so on my first week the fridge broke and all the milk was warm', true],
      ['i moved everything to the cold room', true],
      ['then i rang the engineer', true],
      ['he fixed it by lunch', true],
    ]);
  });
});
