import { describe, expect, it } from 'vitest';
import { describesProduct } from '../src/skills/product-facing.js';

/** Whether the first "-facing" word in `text` describes a product. */
const said = (text: string): boolean => {
  const lower = text.toLowerCase();
  const found = /\b[a-z]+-facing\b/.exec(lower);
  if (!found) throw new Error(`no "-facing" word in ${text}`);
  return describesProduct(lower, found.index, found.index + found[0].length);
};

describe('an "-facing" word before a product', () => {
  it.each([
    'testing a customer-facing web application',
    'our client-facing portal',
    'maintain customer-facing mobile apps',
    'the Customer-Facing website',
    'customer-facing systems and internal tools',
    'build client-facing dashboards',
  ])('%j describes the product', (text) => expect(said(text)).toBe(true));

  it.each([
    'a customer-facing role',
    'client-facing experience with enterprise accounts',
    'customer-facing and application support duties',
    '3 years in a client-facing position',
    'customer-facing, handling escalations',
    'customer-facing with our system users',
  ])('%j is the demand it reads as', (text) => expect(said(text)).toBe(false));

  it('leaves other forms alone', () => {
    const lower = 'customer support application';
    expect(describesProduct(lower, 0, 'customer support'.length)).toBe(false);
  });
});
