import { beforeAll, describe, expect, it } from 'vitest';
import { RoleMatcher } from '../src/roles/match-role.js';
import type { RoleMatch } from '../src/roles/match-role.js';
import { realCatalog } from './support/catalog.js';

let matcher: RoleMatcher;
beforeAll(async () => {
  matcher = new RoleMatcher((await realCatalog()).roles);
});

const summary = (match: RoleMatch) => {
  if (match.kind === 'role') return `${match.role.id}${match.exact ? '' : '?'}`;
  if (match.kind === 'degree-required') return `degree:${match.entry.id}`;
  return match.kind;
};

describe('matching a typed target role', () => {
  it.each([
    ['Data analyst', 'data-analyst'],
    ['  DATA ANALYST. ', 'data-analyst'],
    ['I want to be a data scientist', 'data-scientist'],
    ['Scrum master', 'project-manager'],
    ['help desk', 'it-support'],
    ['cyber security', 'cybersecurity-analyst'],
    ['salesforce admin', 'salesforce-administrator'],
    ['product manager', 'product-manager'],
    ['SOC analyst', 'soc-analyst'],
    ['site reliability engineer', 'devops-engineer'],
    ['QA tester', 'qa-engineer'],
    ['IT project coordinator', 'it-project-coordinator'],
    ['GRC analyst', 'grc-analyst'],
    ['EHR analyst', 'health-informatics'],
  ])('%j is %s', (typed, id) => {
    expect(summary(matcher.match(typed))).toBe(id);
  });

  // Short forms people type for a title's words ("sf" Salesforce, "sys" systems, "sec" security, "admin" administrator).
  it.each([
    ['sf admin', 'salesforce-administrator'],
    ['SF Admin.', 'salesforce-administrator'],
    ['sfdc admin', 'salesforce-administrator'],
    ['sf administrator', 'salesforce-administrator'],
    ['sys admin', 'network-administrator'],
    ['net admin', 'network-administrator'],
    ['netadmin', 'network-administrator'],
    ['sec analyst', 'cybersecurity-analyst'],
    ['infosec analyst', 'cybersecurity-analyst'],
    ['biz analyst', 'business-analyst'],
    ['ba', 'business-analyst'],
    ['I want to be a BA', 'business-analyst'],
    ['bsa', 'business-analyst'],
    ['da', 'data-analyst'],
    ['data sci', 'data-scientist'],
    ['tech writer', 'technical-writer'],
    ['project mgr', 'project-manager'],
    ['qa eng', 'qa-engineer'],
    ['cloud admin', 'cloud-engineer'],
  ])('%j, said with short forms, is %s', (typed, id) => {
    expect(summary(matcher.match(typed))).toBe(id);
  });

  // A short form with two readings is a question for the person, never a guess.
  it.each([['pm'], ['PM'], ['it pm'], ['tpm'], ['se']])('%j reads as two roles, so none is chosen', (typed) => {
    expect(matcher.match(typed).kind).toBe('none');
  });

  it('reads no short form into words that are not a title', () => {
    expect(summary(matcher.match('office admin'))).toBe('none');
    expect(summary(matcher.match('i own an insurance agency, been in insurance sales 22 yrs'))).toBe('none');
    expect(summary(matcher.match('sec eng'))).toBe('cybersecurity-analyst?');
  });

  it.each([
    ['data analysis', 'data-analyst?'],
    ['web dev', 'web-developer?'],
    ['UX', 'ux-designer?'],
  ])('%j is a guess to confirm: %s', (typed, expected) => {
    expect(summary(matcher.match(typed))).toBe(expected);
  });

  it.each([
    ['doctor', 'degree:physician'],
    ['I want to become a doctor', 'degree:physician'],
    ['RN', 'degree:registered-nurse'],
    ['school teacher', 'degree:public-school-teacher'],
  ])('%j needs a degree or licence: %s', (typed, expected) => {
    expect(summary(matcher.match(typed))).toBe(expected);
  });

  it.each([["I'm not sure"], ['idk'], ['Not sure yet'], ['???']])('%j is unsure', (typed) => {
    expect(matcher.match(typed).kind).toBe('unsure');
  });

  it.each([['astronaut'], [''], ['🚀'], ['data'], ['x'.repeat(5000)]])('%j matches nothing (unknown, ambiguous or empty)', (typed) => {
    expect(matcher.match(typed).kind).toBe('none');
  });

  // Close to a role but not the same job: never guessed (product owner is not "product manager?"), suggested with reasons instead.
  it.each([['product owner'], ['growth hacker'], ['I want to be a solutions engineer']])('%j is not guessed: it is a related title', (typed) => {
    expect(matcher.match(typed).kind).toBe('none');
  });

  // Sharing only the kind of worker (designer, manager, analyst, engineer, specialist) is another job, not a guess.
  it.each([['instructional designer'], ['learning designer'], ['interior designer'], ['fashion designer'], ['sales manager'], ['data steward'], ['solutions architect'], ['training specialist'], ['mechanical engineer']])(
    '%j is not guessed from a generic word',
    (typed) => {
      expect(summary(matcher.match(typed))).toBe('none');
    },
  );

  it('still guesses from a word that says what the work is, and names the Scrum master outright', () => {
    expect(summary(matcher.match('cyber analyst'))).toBe('cybersecurity-analyst?');
    expect(summary(matcher.match('marketing manager'))).toBe('digital-marketer?');
    expect(summary(matcher.match('web dev'))).toBe('web-developer?');
    expect(summary(matcher.match('scrum master'))).toBe('project-manager');
  });

  it('does not read a short licence title inside a sentence', () => {
    expect(matcher.match('I want a job in AI engineering with PE ratios').kind).not.toBe('degree-required');
  });
});
