import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { foundationsFirst, isBelow } from '../src/credentials/foundations-first.js';
import { scoreCredential } from '../src/credentials/score-credential.js';
import { credential, role, skills, TODAY } from './support/credential-fixtures.js';

// Two exams of one vendor on Kubernetes with no ladder recorded, and another vendor's exam on it.
const entry = credential('entry', { vendor: 'cncf', level: 'fundamentals', skills: ['kubernetes', 'docker'] });
const admin = credential('admin', { vendor: 'cncf', level: 'associate', skills: ['kubernetes', 'linux'] });
const other = credential('other', { vendor: 'acme', level: 'fundamentals', skills: ['kubernetes'] });
const laddered = credential('laddered', { vendor: 'x', level: 'associate', skills: ['linux'], nextSteps: ['top'] });
const top = credential('top', { vendor: 'y', level: 'associate', skills: ['docker'] });
const catalog = [entry, admin, other, laddered, top];
const index = buildCredentialIndex(catalog, skills({ kubernetes: {}, docker: {}, linux: {} }));
const scored = (c: (typeof catalog)[number]) => scoreCredential(c, { index, role: role(), gaps: [], situation: { hoursPerWeek: 10, today: TODAY } });

describe('isBelow', () => {
  it('reads a rung below from the ladder, or from the same vendor and subject at a lower level', () => {
    expect(isBelow(entry, admin, index)).toBe(true);
    expect(isBelow(admin, entry, index)).toBe(false);
    // Another vendor's exam on the subject is no rung of this track.
    expect(isBelow(other, admin, index)).toBe(false);
    // The ladder decides where the catalog records one, whatever the vendors and levels.
    expect(isBelow(laddered, top, index)).toBe(true);
  });
});

describe('foundationsFirst', () => {
  it('lists the entry exam before the one above it for a subject the person is new to', () => {
    const order = foundationsFirst([scored(admin), scored(other), scored(entry)], index, new Set()).map((r) => r.credential.id);
    expect(order).toEqual(['entry', 'admin', 'other']);
  });

  it('keeps the rank order for someone whose work already uses the subject', () => {
    const order = foundationsFirst([scored(admin), scored(other), scored(entry)], index, new Set(['kubernetes'])).map((r) => r.credential.id);
    expect(order).toEqual(['admin', 'other', 'entry']);
  });
});
