import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import { roleDifference } from '../flows/role-difference.js';

let answer: (text: string) => string | undefined;
beforeAll(async () => {
  answer = roleDifference(await loadCoachData());
});

describe('the difference between two job titles, from roles.json', () => {
  it.each([
    ['product manager vs product owner whats the difference honestly'],
    ["what's the difference between a product manager and a product owner?"],
    ['product owner or product manager, what is the difference'],
  ])('%j tells product manager by its core skills and product owner by the reason roles.json gives', (text) => {
    const got = answer(text) ?? '';
    expect(got).toContain("*Product manager*: the core of the job is Product management, Requirements analysis, User research");
    expect(got).toContain("A product owner runs the backlog for a product team, which is most of a product manager's work.");
  });

  it.each([['data analyst vs data scientist'], ['how is a data scientist different from a data analyst?']])('%j tells both roles by their core work', (text) => {
    const got = answer(text) ?? '';
    expect(got).toContain("*Data analyst*: the core of the job is");
    expect(got).toContain("*Data scientist*: the core of the job is");
  });

  it.each([['product manager vs astronaut'], ['is a product manager a good job?'], ['what is the difference between PSM I and CSM']])('%j is left to other answers', (text) => {
    expect(answer(text)).toBeUndefined();
  });
});

describe('a title close to a role that is not the one beside it', () => {
  it('says which role it is close to when the reason is not written about itself', () => {
    const got = answer('scrum master vs product owner') ?? '';
    expect(got).toContain('*Product owner* is close to *Project manager / Scrum master*: in a Scrum team the product owner works beside');
  });
});

describe('two titles the catalog counts as one role', () => {
  it.each([
    ['whats the difference between a business analyst and a business systems analyst?'],
    ['business systems analyst vs business analyst'],
    ['how is a business analyst different from a business systems analyst'],
  ])('%j says they are close, where O*NET files each, and what the systems side adds', (text) => {
    const got = answer(text) ?? '';
    expect(got).toContain('They are close: I count both as *Business analyst*, and the core of the job is the same (Requirements analysis');
    expect(got).toContain('O*NET files a business analyst under management analysts and a business systems analyst under computer systems analysts.');
    expect(got).toContain('A business systems analyst leans to the systems side');
    expect(got).not.toMatch(/\$|\d+%/);
  });

  it('a level word says it is the same job at another level, with no lean to read for', () => {
    const got = answer('junior business analyst vs business analyst, whats the difference') ?? '';
    expect(got).toContain('A junior business analyst is the entry-level version of the same job');
    expect(got).not.toContain('which way a job leans');
  });

  it('an added word with nothing known about it: much the same work, read the duties', () => {
    expect(answer('difference between a business analyst and a process analyst?')).toContain('Employers use the two titles for much the same work');
  });

  it.each([['data analyst vs data analyst'], ['business analyst or business systems analyst?']])('%j is left to other answers', (text) => {
    expect(answer(text)).toBeUndefined();
  });
});

describe('one word said for a title, beside a longer one that shares the rest', () => {
  it.each([
    ['whats the difference between coordinator and project manager'],
    ['project manager vs coordinator?'],
    ['how is a coordinator different from a project manager'],
  ])('%j reads the word as the project coordinator', (text) => {
    const got = answer(text) ?? '';
    expect(got).toContain('*IT project coordinator*: the core of the job is');
    expect(got).toContain('*Project manager');
  });

  it.each([['analyst vs data scientist, whats the difference']])('%j reads the word as the data analyst', (text) => {
    expect(answer(text) ?? '').toContain('*Data analyst*: the core of the job is');
  });

  it.each([['difference between astronaut and project manager'], ['coordinator vs manager']])('%j is left to other answers', (text) => {
    expect(answer(text)).toBeUndefined();
  });
});
