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
});
