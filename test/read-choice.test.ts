import { describe, expect, it } from 'vitest';
import { readChoice, readPicks } from '../src/engine/read/choice.js';

/** Answers typed at a menu, labelled with the option they pick (or why they pick none). */
const ROLES = [
  { id: 'data-analyst', label: 'Data analyst' },
  { id: 'data-scientist', label: 'Data scientist' },
  { id: 'cloud-engineer', label: 'Cloud engineer' },
  { id: 'ux-designer', label: 'UX designer' },
];
const PICK = [
  { id: 'stack', label: 'Take the recommended stack' },
  { id: 'pick:gda', label: 'Choose Google Data Analytics Professional Certificate' },
  { id: 'pick:psm', label: 'Choose Professional Scrum Master I (PSM I)' },
  { id: 'why:gda', label: 'Why Google Data Analytics Professional Certificate?' },
  { id: 'compare', label: 'Compare with a certification and a degree' },
];

const PICKED: [string, typeof ROLES | typeof PICK, string][] = [
  ['2', ROLES, 'data-scientist'],
  ['2.', ROLES, 'data-scientist'],
  ['2)', ROLES, 'data-scientist'],
  ['#2', ROLES, 'data-scientist'],
  ['option 3', ROLES, 'cloud-engineer'],
  ['Option 3 please', ROLES, 'cloud-engineer'],
  ['number 2', ROLES, 'data-scientist'],
  ['no. 4', ROLES, 'ux-designer'],
  ['second', ROLES, 'data-scientist'],
  ['the second one', ROLES, 'data-scientist'],
  ['the fourth one', ROLES, 'ux-designer'],
  ['3rd', ROLES, 'cloud-engineer'],
  ['the 1st option', ROLES, 'data-analyst'],
  ['last', ROLES, 'ux-designer'],
  ['the last one', ROLES, 'ux-designer'],
  ['two', ROLES, 'data-scientist'],
  ["I'll take 3", ROLES, 'cloud-engineer'],
  ["let's go with 1", ROLES, 'data-analyst'],
  ['what about the first one?', ROLES, 'data-analyst'],
  ['Data Analyst', ROLES, 'data-analyst'],
  ['data analyst.', ROLES, 'data-analyst'],
  ['UX', ROLES, 'ux-designer'],
  ['cloud', ROLES, 'cloud-engineer'],
  ['scientist', ROLES, 'data-scientist'],
  ['data-scientist', ROLES, 'data-scientist'],
  ["I'd like to explore cloud engineer please", ROLES, 'cloud-engineer'],
  ['1', PICK, 'stack'],
  ['stack', PICK, 'stack'],
  ['compare', PICK, 'compare'],
  ['5', PICK, 'compare'],
];

const NOT_PICKED: [string, typeof ROLES | typeof PICK, string][] = [
  ['led a team of 4', ROLES, 'none'],
  ['I managed a team of 2', ROLES, 'none'],
  ['I have 3 kids', ROLES, 'none'],
  ['is a Scrum badge worth it for me?', PICK, 'none'],
  ['astronaut', ROLES, 'none'],
  ['da', ROLES, 'none'],
  ['', ROLES, 'none'],
  ['dat', ROLES, 'ambiguous'],
  ['data', ROLES, 'ambiguous'],
  ['google data analytics', PICK, 'ambiguous'],
  ['0', ROLES, 'out-of-range'],
  ['7', ROLES, 'out-of-range'],
  ['the fifth one', ROLES, 'out-of-range'],
];

describe('reading a pick from a list', () => {
  it.each(PICKED)('%j picks the right option', (typed, choices, id) => {
    expect(readChoice(choices, typed)).toMatchObject({ kind: 'pick', choice: { id } });
  });

  it.each(NOT_PICKED.map(([typed, choices, kind]) => [typed, kind, choices] as const))('%j picks nothing (%s)', (typed, kind, choices) => {
    expect(readChoice(choices, typed).kind).toBe(kind);
  });
});

describe('numbered picks inside a free answer', () => {
  it.each<[string, number[], string]>([
    ['1, 2 and healthcare', [1, 2], 'healthcare'],
    ['1 3 5', [1, 3, 5], ''],
    ['#2, Python', [2], 'Python'],
    ['three and SQL', [3], 'SQL'],
    ['advanced Excel, some SQL, budgeting, led a team of 4', [], 'advanced Excel, some SQL, budgeting, led a team of 4'],
    ['I managed a team of 8', [], 'I managed a team of 8'],
    ['Excel 2016 and 2', [2], 'Excel 2016'],
    ['15', [], '15'],
  ])('%j picks %j and leaves %j', (text, picks, rest) => {
    expect(readPicks(text, 10)).toEqual({ picks, rest });
  });
});
