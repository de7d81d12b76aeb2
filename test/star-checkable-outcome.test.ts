import { describe, expect, it } from 'vitest';
import { checkableWithoutNumber, wonWithSize } from '../src/star/checkable-outcome.js';

describe('an outcome concrete without a number', () => {
  it.each([
    'nobody on the site was injured',
    'and not one patient was harmed',
    'we finished the move without a single injury',
    'all the residents got out safely',
    'the landlord renewed the lease',
    'so the inspection passed first time',
    'and we kept the account',
    'they booked us again for the summer',
    'we never missed a payroll run again',
    'everything was back up by 9am',
    'customer was back up same day',
  ])('reads %j as concrete', (text) => {
    expect(checkableWithoutNumber(text)).toBe(true);
  });

  it.each([
    'it went well',
    'the volunteers were happier',
    'and the new rota was approved',
    'the board accepted my proposal',
    'sales went up',
    'the system was back up',
  ])('leaves %j to be measured', (text) => {
    expect(checkableWithoutNumber(text)).toBe(false);
  });

  // A deal, contract, tender or order won has a size to tell: a coach asks how big it was.
  it.each(['and eventually we got the deal', 'and we won the council contract', 'we landed a big order from the hotel', 'they signed the contract in May'])(
    'asks the size of %j',
    (text) => {
      expect(checkableWithoutNumber(text)).toBe(false);
      expect(wonWithSize(text)).toBe(true);
    },
  );
  it.each(['the client renewed', 'we kept the account', 'we won the grant'])('does not ask the size of %j', (text) => {
    expect(wonWithSize(text)).toBe(false);
  });
});
