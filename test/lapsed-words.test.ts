import { describe, expect, it } from 'vitest';
import { lapsedLine } from '../src/credentials/lapsed-words.js';

describe('what the coach says of a lapsed credential', () => {
  it('names it without today\'s exam code and says it need not be redone unless a posting asks for it', () => {
    expect(lapsedLine(['CompTIA Network+ (N10-009)'])).toBe(
      "Your CompTIA Network+ has lapsed: I count what it taught you, but not as a current credential, so it won't stand in for the next one on your path. You don't need to take it again unless a posting asks for it by name.",
    );
  });

  it('speaks of two as they and them', () => {
    expect(lapsedLine(['CompTIA A+ (220-1201)', 'CompTIA Network+ (N10-009)'])).toBe(
      "Your CompTIA A+ and CompTIA Network+ have lapsed: I count what they taught you, but not as current credentials, so they won't stand in for the next one on your path. You don't need to take them again unless a posting asks for them by name.",
    );
  });
});
