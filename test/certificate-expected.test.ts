import { describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import { asksForSomeCertificate, credentialsForRole, noCertificateExpectedAnswer } from '../flows/certificate-expected.js';

const data = await loadCoachData();
const role = (id: string) => {
  const r = data.catalog.roles.byId.get(id);
  if (!r) throw new Error(id);
  return r;
};

describe('a certificate asked for in general', () => {
  it.each(['are there any recognised certifications for this?', 'is there a free cert for technical writing', 'any good certificate employers look for?'])('is read in "%s"', (text) =>
    expect(asksForSomeCertificate(text)).toBe(true),
  );
  it.each(['how much does the certificate cost?', 'I finished the certificate last year', 'what does a technical writer earn?'])('is not read in "%s"', (text) =>
    expect(asksForSomeCertificate(text)).toBe(false),
  );
});

describe('the answer where no credential is made for the role', () => {
  it('stays out for a role the catalog has credentials for', () => {
    expect(credentialsForRole(data.credentials.credentials, role('data-analyst')).length).toBeGreaterThan(0);
    expect(credentialsForRole(data.credentials.credentials, role('technical-writer'))).toEqual([]);
  });

  it('says no certificate is expected, names the gaps as learnt by doing, and points to the role\'s own portfolio piece', () => {
    const writer = role('technical-writer');
    const text = noCertificateExpectedAnswer(writer, ['Docs-as-code', 'REST APIs']);
    expect(text).toContain('No certificate is expected for *Technical writer* jobs');
    expect(text).toContain('Your top gaps, Docs-as-code and REST APIs, are learnt by doing');
    expect(text).toContain('the portfolio piece is that: write three documentation samples');
    expect(text).not.toMatch(/\$\d/);
  });
});
