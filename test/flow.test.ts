import { describe, expect, it } from 'vitest';
import { ask, defineFlow, matchChoice } from '../src/engine/flow.js';
import type { FlowContext } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';

const ctx: FlowContext = { answers: {}, profile: {}, now: new Date('2026-11-23T00:00:00Z'), menu: [], actor: { id: 'U1', name: 'Ana' }, shared: false };
const roles = [
  { id: 'data', label: 'Data analyst' },
  { id: 'ds', label: 'Data scientist' },
  { id: 'cloud', label: 'Cloud engineer' },
];

describe('matchChoice', () => {
  it.each([
    ['2', 'ds'],
    ['2)', 'ds'],
    ['option 3', 'cloud'],
    ['second', 'ds'],
    ['Data Analyst', 'data'],
    ['cloud', 'cloud'],
    ['scientist', 'ds'],
  ])('matches %j', (typed, id) => {
    expect(matchChoice(roles, typed)?.id).toBe(id);
  });

  it.each([['0'], ['4'], ['dat'], ['da'], [''], ['astronaut']])('matches nothing for %j (out of range, ambiguous or unknown)', (typed) => {
    expect(matchChoice(roles, typed)).toBeUndefined();
  });
});

describe('step kinds', () => {
  it('a number step coerces human input and keeps the number', () => {
    const step = ask.number('hours', { label: 'Hours', prompt: 'Hours a week?', reask: 'e.g. 8', min: 1, max: 60 });
    expect(step.parse({ kind: 'text', text: 'ten hrs' }, ctx)).toEqual({ ok: true, value: 10 });
    expect(step.parse({ kind: 'choice', choiceId: 'x' }, ctx)).toEqual({ ok: false, problem: 'That answer needs typing rather than a button.' });
  });

  it('a yes/no step takes buttons and words and shows them as yes or no', () => {
    const step = ask.yesNo('ok', { label: 'OK', prompt: 'OK?', reask: 'yes or no' });
    expect(step.parse({ kind: 'choice', choiceId: 'no' }, ctx)).toEqual({ ok: true, value: false });
    expect(step.parse({ kind: 'text', text: 'sure' }, ctx)).toEqual({ ok: true, value: true });
    expect(step.show(true, ctx)).toBe('yes');
    expect(step.ask(ctx)).toEqual({ kind: 'question', stepId: 'ok', text: 'OK?', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] });
  });

  it('a yes/no step with a default takes it, said back, when the person leaves it to the coach; not knowing is asked again', () => {
    const step = ask.yesNo('free', { label: 'Free first', prompt: 'Free first?', reask: 'Yes or no. Not sure? Say no.', orElse: false });
    expect(step.parse({ kind: 'text', text: 'doesnt matter to me' }, ctx)).toEqual({ ok: true, value: false, note: "I'll take that as no." });
    expect(step.parse({ kind: 'text', text: 'whatever you think' }, ctx)).toEqual({ ok: true, value: false, note: "I'll take that as no." });
    expect(step.parse({ kind: 'text', text: 'not sure' }, ctx).ok).toBe(false);
    const plain = ask.yesNo('plain', { label: 'Plain', prompt: 'Plain?', reask: 'Yes or no.' });
    expect(plain.parse({ kind: 'text', text: 'either is fine' }, ctx).ok).toBe(false);
  });

  it('a long-text step asks for a form and accepts a submitted one', () => {
    const step = ask.longText('posting', { label: 'Posting', prompt: 'Paste it.', reask: 'Paste a posting.', max: 50 });
    expect(step.ask(ctx, 'Again: paste it.')).toEqual({ kind: 'long-text', stepId: 'posting', text: 'Again: paste it.', fields: [{ id: 'text', label: 'Posting', placeholder: undefined }] });
    expect(step.parse({ kind: 'form', fields: { text: '  SQL, Excel  ' } }, ctx)).toEqual({ ok: true, value: 'SQL, Excel' });
    expect(step.parse({ kind: 'text', text: 'x'.repeat(51) }, ctx).ok).toBe(false);
  });

  it('a long-text step can ask for a form of several fields and reads them in order', () => {
    const fields = ['Situation', 'Task', 'Action', 'Result'].map((label) => ({ id: label.toLowerCase(), label }));
    const step = ask.longText('answer', { label: 'Answer', prompt: 'Your story?', reask: 'A story.', fields });
    expect(step.ask(ctx)).toMatchObject({ kind: 'long-text', fields });
    const submitted = { situation: 'In 2023 at a clinic.', task: 'I had to cut waits.', action: 'I built a rota.', result: 'Waits fell 30%.' };
    expect(step.parse({ kind: 'form', fields: submitted }, ctx)).toEqual({ ok: true, value: Object.values(submitted).join('\n\n') });
  });

  it("hands a form to the interpretation only when it carries the step's own fields (pasted lines are plain text)", () => {
    const fields = ['situation', 'result'].map((id) => ({ id, label: id }));
    const seen: unknown[] = [];
    const step = ask.longText('answer', {
      label: 'Answer',
      prompt: 'Your story?',
      reask: 'A story.',
      fields,
      interpret: (text, _ctx, form) => (seen.push(form), { ok: true, value: text }),
    });
    step.parse({ kind: 'form', fields: { text: 'In 2023 I cut waits by 30%.' } }, ctx);
    step.parse({ kind: 'form', fields: { situation: 'In 2023.', result: 'Waits fell 30%.' } }, ctx);
    expect(seen).toEqual([undefined, { situation: 'In 2023.', result: 'Waits fell 30%.' }]);
  });

  it('a choice step shows the label of a stored id and accepts only current options', () => {
    const step = ask.choice('role', { label: 'Role', prompt: 'Which?', reask: 'Pick one.', choices: ({ profile }) => (profile.short ? roles.slice(0, 1) : roles) });
    expect(step.show('cloud', ctx)).toBe('Cloud engineer');
    expect(step.parse({ kind: 'choice', choiceId: 'cloud' }, { ...ctx, profile: { short: true } })).toEqual({ ok: false, problem: "That isn't one of the options." });
  });

  describe('a checklist step', () => {
    const step = ask.checklist('marks', { label: 'Marks', prompt: 'Tick what you heard.', reask: 'Numbers, e.g. 1 3.', items: roles });

    it('asks with every item and keeps the ticked ids in the list order', () => {
      expect(step.ask(ctx)).toEqual({ kind: 'checklist', stepId: 'marks', text: 'Tick what you heard.', items: roles });
      expect(step.parse({ kind: 'choices', choiceIds: ['cloud', 'data', 'cloud'] }, ctx)).toEqual({ ok: true, value: ['data', 'cloud'] });
      expect(step.parse({ kind: 'choices', choiceIds: [] }, ctx)).toEqual({ ok: true, value: [] });
      expect(step.parse({ kind: 'choice', choiceId: 'ds' }, ctx)).toEqual({ ok: true, value: ['ds'] });
    });

    it.each([
      ['3 1', ['data', 'cloud']],
      ['1, 3', ['data', 'cloud']],
      ['2 and cloud', ['ds', 'cloud']],
      ['second & third', ['ds', 'cloud']],
      ['all', ['data', 'ds', 'cloud']],
      ['None.', []],
      ['one and three', ['data', 'cloud']],
      ['two three', ['ds', 'cloud']],
    ])('reads %j as typed', (text, value) => {
      expect(step.parse({ kind: 'text', text }, ctx)).toEqual({ ok: true, value });
    });

    it.each([
      ['1 4', 'I couldn\'t match "4" to the list.'],
      ['astronaut', 'I couldn\'t match "astronaut" to the list.'],
      ['scientist', 'I couldn\'t match "scientist" to the list.'],
      ['1.5', 'I couldn\'t match "1.5" to the list.'],
      [', ;', "I couldn't find any of the list's numbers in that."],
      [`${'x'.repeat(60)}`, `I couldn't match "${'x'.repeat(37)}..." to the list.`],
    ])('refuses %j, saying what did not fit', (text, problem) => {
      expect(step.parse({ kind: 'text', text }, ctx)).toEqual({ ok: false, problem });
    });

    it('never ticks an item because a number word is inside its label', () => {
      const people = ask.checklist('who', { label: 'Who', prompt: 'Who?', reask: 'Numbers.', items: [{ id: 'a', label: 'Ask someone' }, { id: 'b', label: 'Alone' }] });
      expect(people.parse({ kind: 'text', text: 'one' }, ctx)).toEqual({ ok: true, value: ['a'] });
      expect(people.parse({ kind: 'text', text: 'two, one' }, ctx)).toEqual({ ok: true, value: ['a', 'b'] });
    });

    it('can take its items from the context', () => {
      const step = ask.checklist('marks', { label: 'Marks', prompt: 'Tick.', reask: 'Numbers.', items: (c) => (c.profile.short ? roles.slice(0, 1) : roles) });
      expect(step.ask({ ...ctx, profile: { short: true } })).toMatchObject({ items: roles.slice(0, 1) });
      expect(step.parse({ kind: 'text', text: '3' }, { ...ctx, profile: { short: true } })).toEqual({ ok: false, problem: 'I couldn\'t match "3" to the list.' });
    });

    it('refuses an id that is not on the list, and shows stored ticks as labels', () => {
      expect(step.parse({ kind: 'choices', choiceIds: ['data', 'pilot'] }, ctx)).toEqual({ ok: false, problem: "That isn't one of the options." });
      expect(step.show(['data', 'cloud'], ctx)).toBe('Data analyst; Cloud engineer');
      expect(step.show([], ctx)).toBe('none');
    });
  });

  describe('a claim step', () => {
    const step = ask.claim('scorer', { label: 'Scorer', prompt: 'Who scores?', reask: 'Click or say me.', button: "I'll score", exclude: (c) => c.answers.answerer as { id: string }, excludeReason: 'You are answering.' });
    const ben = { ...ctx, actor: { id: 'U2', name: 'Ben' }, answers: { answerer: { id: 'U1', name: 'Ana' } } };

    it('gives the part to whoever clicks or says so', () => {
      expect(step.ask(ben)).toEqual({ kind: 'question', stepId: 'scorer', text: 'Who scores?', choices: [{ id: 'claim', label: "I'll score" }] });
      expect(step.parse({ kind: 'choice', choiceId: 'claim' }, ben)).toEqual({ ok: true, value: { id: 'U2', name: 'Ben' } });
      expect(step.parse({ kind: 'text', text: "I'll do it!" }, ben)).toEqual({ ok: true, value: { id: 'U2', name: 'Ben' } });
      expect(step.parse({ kind: 'text', text: "i'll score" }, ben)).toEqual({ ok: true, value: { id: 'U2', name: 'Ben' } });
      expect(step.show({ id: 'U2', name: 'Ben' }, ben)).toBe('Ben');
    });

    it('refuses the excluded member and anything that is not a claim', () => {
      expect(step.parse({ kind: 'choice', choiceId: 'claim' }, { ...ben, actor: { id: 'U1' } })).toEqual({ ok: false, problem: 'You are answering.' });
      expect(step.parse({ kind: 'text', text: 'good luck Ana' }, ben)).toEqual({ ok: false, problem: "I didn't catch who's taking this part.", chatter: true });
      expect(step.parse({ kind: 'choice', choiceId: 'other' }, ben).ok).toBe(false);
    });
  });
});

describe('defining flows', () => {
  const text = (id: string) => ask.text(id, { label: id, prompt: id, reask: id });

  it('rejects duplicate step ids and engine-reserved ids', () => {
    expect(() => defineFlow({ id: 'f', title: 'F', steps: [text('a'), text('a')], finish: () => ({}) })).toThrow('two steps with the id "a"');
    expect(() => defineFlow({ id: 'f', title: 'F', steps: [text('$menu')], finish: () => ({}) })).toThrow('"$" are the engine');
  });

  it('a registry finds flows by id and command, lists the menu and rejects a missing entry flow', () => {
    const a = defineFlow({ id: 'a', title: 'A', menuLabel: 'Do A', commands: ['Alpha'], steps: [text('x')], finish: () => ({}) });
    const b = defineFlow({ id: 'b', title: 'B', steps: [text('x')], finish: () => ({}) });
    const registry = new FlowRegistry([a, b], 'b');
    expect(registry.forCommand('alpha')).toBe(a);
    expect(registry.menu).toEqual([{ id: 'a', label: 'Do A' }]);
    expect(registry.entry).toBe(b);
    expect(() => new FlowRegistry([a], 'b')).toThrow('entry flow "b"');
    expect(() => new FlowRegistry([a, a], 'a')).toThrow('Two flows');
  });

  it('a registry keeps shared flows apart: a person’s session never runs them, a conversation’s runs only them', () => {
    const a = defineFlow({ id: 'a', title: 'A', menuLabel: 'Do A', commands: ['alpha'], steps: [text('x')], finish: () => ({}) });
    const together = defineFlow({ id: 'together', title: 'T', menuLabel: 'Do it together', commands: ['together'], shared: true, steps: [text('x')], finish: () => ({}) });
    const registry = new FlowRegistry([a, together], 'a');
    expect(registry.get('together')).toBeUndefined();
    expect(registry.forCommand('together')).toBeUndefined();
    expect(registry.menu).toEqual([{ id: 'a', label: 'Do A' }]);
    expect(registry.shared?.entry).toBe(together);
    expect(registry.shared?.get('a')).toBeUndefined();
    expect(registry.shared?.menu).toEqual([{ id: 'together', label: 'Do it together' }]);
    expect(new FlowRegistry([a], 'a').shared).toBeUndefined();
  });
});

describe('steps read answers as people type them', () => {
  it('a number step reads in its unit, and says back what it read when it is not one number', () => {
    const years = ask.number('years', { label: 'Years', prompt: 'Years?', reask: 'e.g. 12', min: 0, max: 60, integer: true, unit: 'years' });
    expect(years.parse({ kind: 'text', text: "I'm 45, been nursing about 20 years" }, ctx)).toEqual({ ok: true, value: 20 });
    expect(years.parse({ kind: 'text', text: 'maybe a year' }, ctx)).toEqual({ ok: true, value: 1 });
    expect(years.parse({ kind: 'text', text: "I'm 45" }, ctx)).toEqual({ ok: false, problem: 'I read 45 as your age, but this question asks for a number of years.' });
    const months = ask.number('deadline', { label: 'Deadline', prompt: 'Months?', reask: 'e.g. 6', min: 1, max: 60, unit: 'months' });
    expect(months.parse({ kind: 'text', text: 'half a year' }, ctx)).toEqual({ ok: true, value: 6 });
    const hours = ask.number('hours', { label: 'Hours', prompt: 'Hours a week?', reask: 'e.g. 8', min: 1, max: 60, unit: 'hours' });
    expect(hours.parse({ kind: 'text', text: '10 or 15' }, ctx)).toEqual({ ok: false, problem: 'I read two numbers, 10 and 15: which one should I plan with?' });
    expect(hours.parse({ kind: 'text', text: '2 hours a day' }, ctx)).toMatchObject({ ok: false, problem: expect.stringContaining('how many hours a week should I plan with?') });
    expect(hours.parse({ kind: 'text', text: '90' }, ctx)).toEqual({ ok: false, problem: "That's more than 60 hours." });
  });

  it('a yes/no step reads yes or no with words around it', () => {
    const step = ask.yesNo('free', { label: 'Free first', prompt: 'Free first?', reask: 'yes or no' });
    expect(step.parse({ kind: 'text', text: 'no, I can pay within my budget' }, ctx)).toEqual({ ok: true, value: false });
    expect(step.parse({ kind: 'text', text: 'yeah sure why not' }, ctx)).toEqual({ ok: true, value: true });
    expect(step.parse({ kind: 'text', text: 'maybe' }, ctx)).toEqual({ ok: false, problem: 'I need a yes or a no.' });
  });

  it('a choice step takes a number only as the whole answer, and says which labels a fragment fits', () => {
    const step = ask.choice('role', { label: 'Role', prompt: 'Which?', reask: 'Pick one.', choices: roles });
    expect(step.parse({ kind: 'text', text: 'the third one' }, ctx)).toEqual({ ok: true, value: 'cloud' });
    expect(step.parse({ kind: 'text', text: 'I led a team of 2' }, ctx)).toEqual({ ok: false, problem: "That isn't one of the options." });
    expect(step.parse({ kind: 'text', text: 'dat' }, ctx)).toEqual({ ok: false, problem: 'That could be Data analyst or Data scientist: which one?' });
    expect(step.parse({ kind: 'text', text: '5' }, ctx)).toEqual({ ok: false, problem: "That isn't one of the options. There are 3, numbered from 1." });
  });
});
