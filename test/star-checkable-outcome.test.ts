import { describe, expect, it } from 'vitest';
import { checkableWithoutNumber } from '../src/star/checkable-outcome.js';

describe('an outcome concrete without a number', () => {
  it.each([
    'nobody on the site was injured',
    'and not one patient was harmed',
    'we finished the move without a single injury',
    'all the residents got out safely',
    'the landlord renewed the lease',
    'so the inspection passed first time',
    'and we won the council contract',
    'they booked us again for the summer',
    'we never missed a payroll run again',
  ])('reads %j as concrete', (text) => {
    expect(checkableWithoutNumber(text)).toBe(true);
  });

  it.each([
    'it went well',
    'the volunteers were happier',
    'and the new rota was approved',
    'the board accepted my proposal',
    'sales went up',
  ])('leaves %j to be measured', (text) => {
    expect(checkableWithoutNumber(text)).toBe(false);
  });
});
