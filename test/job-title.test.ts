import { describe, expect, it } from 'vitest';
import { firstTitle, titleInSentence } from '../src/credentials/job-title.js';

describe('titleInSentence', () => {
  it('keeps acronyms and inner capitals as typed', () => {
    expect(titleInSentence('mainframe COBOL programmer')).toBe('mainframe COBOL programmer');
    expect(titleInSentence('IT manager')).toBe('IT manager');
    expect(titleInSentence('Mainframe COBOL/DB2 programmer')).toBe('mainframe COBOL/DB2 programmer');
    expect(titleInSentence('SharePoint admin')).toBe('SharePoint admin');
    expect(titleInSentence('iOS developer')).toBe('iOS developer');
    expect(titleInSentence('PLC technician at a water utility')).toBe('PLC technician at a water utility');
  });

  it('lowers the capital a sentence gives its first word, and a title typed in title case', () => {
    expect(titleInSentence('Barista')).toBe('barista');
    expect(titleInSentence('Kitchen manager at a restaurant')).toBe('kitchen manager at a restaurant');
    expect(titleInSentence('Office Manager')).toBe('office manager');
    expect(titleInSentence('Senior Mainframe COBOL Programmer')).toBe('senior mainframe COBOL programmer');
    expect(titleInSentence('army logistics sergeant')).toBe('army logistics sergeant');
  });

  it('keeps a name inside a title typed in lower case', () => {
    expect(titleInSentence('warehouse picker at Amazon')).toBe('warehouse picker at Amazon');
    expect(titleInSentence('nurse at St. Mary hospital')).toBe('nurse at St. Mary hospital');
  });
});

describe('firstTitle', () => {
  it('keeps a title whose "and" joins what the one job is of', () => {
    expect(firstTitle('high school shop and tech-ed teacher')).toBe('high school shop and tech-ed teacher');
    expect(firstTitle('sales and marketing manager')).toBe('sales and marketing manager');
    expect(firstTitle('computer and network technician')).toBe('computer and network technician');
    expect(firstTitle('food and beverage director, part-time bartender')).toBe('food and beverage director');
  });

  it('takes the first of two titles joined by "and" or a comma', () => {
    expect(firstTitle('network cable installer and low voltage electrician')).toBe('network cable installer');
    expect(firstTitle('night shift nurse and union steward')).toBe('night shift nurse');
    expect(firstTitle('payroll clerk; office manager')).toBe('payroll clerk');
    expect(firstTitle(undefined)).toBeUndefined();
  });
});
