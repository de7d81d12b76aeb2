import { describe, expect, it } from 'vitest';
import { commandText, readKeyword, readUnsure } from '../src/engine/read/keywords.js';
import type { Keyword } from '../src/engine/read/keywords.js';

/** Short answers typed at any step, labelled with the keyword they are (or none). */
const LABELLED: [string, Keyword | undefined][] = [
  ['done', 'done'],
  ['Done.', 'done'],
  ['DONE!', 'done'],
  ['`done`', 'done'],
  ['done, thanks', 'done'],
  ["that's all", 'done'],
  ["That's it!", 'done'],
  ['all done', 'done'],
  ["I'm done", 'done'],
  ['finished', 'done'],
  ['no more', 'done'],
  ['none', 'none'],
  ['None.', 'none'],
  ['NONE', 'none'],
  ['nothing', 'none'],
  ['Nothing really.', 'none'],
  ['none yet', 'none'],
  ['not yet', 'none'],
  ['n/a', 'none'],
  ['nope', 'none'],
  ['starting from scratch', 'none'],
  ['skip', 'skip'],
  ['SKIP!', 'skip'],
  ['Skip.', 'skip'],
  ['skip it', 'skip'],
  ['skip this one please', 'skip'],
  ['pass', 'skip'],
  ["I'd rather not say", 'skip'],
  ['prefer not to say', 'skip'],
  ['next', 'next'],
  ['Next!', 'next'],
  ['next question', 'next'],
  ["let's move on", 'next'],
  ['I have done SQL', undefined],
  ['nothing beats Excel', undefined],
  ['skipped lunch to learn Python', undefined],
  ['Paste another, or say done', undefined],
];

describe('keywords however they are typed', () => {
  it.each(LABELLED)('%j is %s', (text, keyword) => {
    expect(readKeyword(text)).toBe(keyword);
  });

  it.each([
    ['SKIP!', 'skip'],
    ['Back.', 'back'],
    ['Help!', 'help'],
    ['status', 'status'],
    ['/status', '/status'],
    ["I'd rather not say", 'skip'],
    ['restart?', 'restart?'],
    ['back to work soon', 'back to work soon'],
  ])('%j is typed as the command %j', (text, command) => {
    expect(commandText(text)).toBe(command);
  });
});

describe('"not sure", and what else was said', () => {
  it.each([
    ['not sure', ''],
    ['Not sure.', ''],
    ['not sure yet', ''],
    ["I don't know", ''],
    ['idk', ''],
    ['?', ''],
    ['not sure, I like numbers and explaining things', 'i like numbers and explaining things'],
    ["I'm not sure yet but I love spreadsheets", 'i love spreadsheets'],
    ['Something with data, not sure', 'something with data'],
    ['not sure, maybe data analyst?', 'data analyst'],
    ["honestly no idea - I'm good with people and budgets", "i'm good with people and budgets"],
    ["I don't know, I've always liked fixing computers", "i've always liked fixing computers"],
  ])('%j is unsure, with %j passed on', (text, rest) => {
    expect(readUnsure(text)).toEqual({ kind: 'unsure', rest });
  });

  it.each(['data analyst', 'cloud engineer please', 'I am sure: UX designer', 'insurance analyst'])('%j is sure', (text) => {
    expect(readUnsure(text)).toEqual({ kind: 'sure' });
  });
});
