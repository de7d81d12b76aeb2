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
