import { describe, expect, it } from 'vitest';
import { personReaderForTests } from './support/person-reader.js';

/**
 * The data-work cues of src/skills/data-work-cues.ts, read through the person reader: the ways people who are not
 * data analysts say they pull, sum and follow figures (persona runs of Aisha and Olu).
 */
const { skillsOf } = personReaderForTests();

describe('figures pulled and worked on', () => {
  it.each([
    ['i write sql queries against the billing system to pull data (mostly joins and sums)'],
    ['every week i pull the sales numbers and compare them with last year'],
    ['download the transactions and total them up by supplier'],
    ['i export the data to excel and spot the trends for my manager'],
    ['crunching the numbers for the board pack'],
  ])('reads "%s" as data analysis at a basic level', (said) => {
    expect(skillsOf(said)['data-analysis']?.level).toBe('basic');
  });

  it.each([['bit of sql to pull usage data'], ['monthly absence reports in excel (pivot tables, xlookups)'], ['pulled the data cables through the ceiling'], ['i extract data from invoices into the system']])(
    'does not read "%s" as data analysis: handing data on, a report or cables are not analysis',
    (said) => {
      expect(skillsOf(said)['data-analysis']).toBeUndefined();
    },
  );
});

describe('figures followed over time', () => {
  it.each([
    ['i track our units quality metrics in excel every month'],
    ['compiling the weekly KPIs for the area manager'],
    ['I monitor our safety stats and flag anything odd'],
    ['kept track of the sales figures for all four stores'],
  ])('reads "%s" as reporting at a basic level', (said) => {
    expect(skillsOf(said)['reporting']?.level).toBe('basic');
  });

  it.each([['i keep track of order numbers and tracking numbers'], ['monitoring patients on the ward'], ['i track deliveries for the depot']])('does not read "%s" as reporting', (said) => {
    expect(skillsOf(said)['reporting']).toBeUndefined();
  });

  it('reads data reconciled between systems as analysis, a bank reconciliation as accounting only', () => {
    expect(skillsOf('reconciling data between the crm and billing')['data-analysis']?.level).toBe('basic');
    const bank = skillsOf('bank reconciliations every month');
    expect(bank['accounting']).toBeDefined();
    expect(bank['data-analysis']).toBeUndefined();
  });
});

describe('a Microsoft Access database', () => {
  it.each([
    ['built an access database for bridge inspections, queries and forms'],
    ['I maintain our MS Access db of members'],
    ['wrote access queries for the monthly returns'],
  ])('reads "%s" as SQL at a basic level', (said) => {
    expect(skillsOf(said)['sql']?.level).toBe('basic');
  });

  it.each([['I have access to the database'], ['granted access to the database for new starters'], ['wheelchair access forms for visitors']])('does not read "%s" as SQL', (said) => {
    expect(skillsOf(said)['sql']).toBeUndefined();
  });
});
