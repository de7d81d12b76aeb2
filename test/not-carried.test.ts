import { beforeAll, describe, expect, it } from 'vitest';
import { notCarriedAnswer, unknownCredentialAnswer } from '../src/credentials/credential-answers.js';
import { namesUnknownPlus, readNotCarried } from '../src/credentials/credential-question.js';
import { findNotCarriedMismatches } from '../src/data/check.js';
import { loadCredentials, type CredentialCatalog } from '../src/data/load-credentials.js';
import type { Catalog } from '../src/data/load-data.js';
import { realCatalog } from './support/catalog.js';
import { loadCoachData } from '../src/coach-data.js';
import { credentialTerms } from '../src/credentials/posting-credentials.js';
import { personReaderOf } from '../src/skills/read-person.js';

/** Credentials people ask about that have no sourced figures: found by their own names, answered without a figure. */
let catalog: Catalog;
let credentials: CredentialCatalog;
beforeAll(async () => {
  catalog = await realCatalog();
  credentials = await loadCredentials(catalog.skills, catalog.roles);
});

describe('credentials the catalog does not carry', () => {
  it('are found by their own names as whole words, never inside a carried credential\'s name', () => {
    const id = (text: string) => readNotCarried(text, credentials.notCarried)?.id;
    expect(id('what about CySA+?')).toBe('comptia-cysa-plus');
    expect(id('is the comptia cybersecurity analyst exam hard')).toBe('comptia-cysa-plus');
    expect(id('any tech-writing certs?')).toBe('technical-writing-certificate');
    expect(id('is the GA4 certification worth it')).toBe('google-analytics-certification');
    expect(id('is the Google Data Analytics certificate worth it?')).toBeUndefined();
    expect(id('what about Security+?')).toBeUndefined();
    expect(id('what do technical writers earn?')).toBeUndefined();
  });

  it('include the Terraform, ISTQB and CISA credentials people ask about, which the reference has no figures for', () => {
    const id = (text: string) => readNotCarried(text, credentials.notCarried)?.id;
    expect(id('whats CISA')).toBe('isaca-cisa');
    expect(id('is the ISACA CISA worth it for me?')).toBe('isaca-cisa');
    expect(id('is ISTQB worth it?')).toBe('istqb-foundation');
    expect(id('should i get the ctfl')).toBe('istqb-foundation');
    expect(id('what about the terraform associate?')).toBe('hashicorp-terraform-associate');
    expect(id('is a hashicorp cert worth it')).toBe('hashicorp-terraform-associate');
    // Terraform the tool is a skill to learn, not the credential.
    expect(id('i need to learn terraform')).toBeUndefined();
    const cisa = credentials.notCarried.find((e) => e.id === 'isaca-cisa');
    if (!cisa) throw new Error('isaca-cisa');
    const said = notCarriedAnswer(cisa, (x) => credentials.byId.get(x), (x) => catalog.roles.byId.get(x)?.name);
    expect(said).toContain("I don't have sourced figures for ISACA's CISA (Certified Information Systems Auditor), so I can't give you its price or study time. Check ISACA's CISA page");
    expect(said).not.toMatch(/\$\d/);
  });

  it('include the product owner credentials postings prefer (CSPO, PSPO I), never read as a Scrum Master one', () => {
    const id = (text: string) => readNotCarried(text, credentials.notCarried)?.id;
    expect(id('is CSPO worth it')).toBe('scrum-alliance-cspo');
    expect(id('should i do the certified scrum product owner course?')).toBe('scrum-alliance-cspo');
    expect(id('pspo or cspo, which one')).toBeDefined();
    expect(id('what about PSPO I?')).toBe('scrum-org-pspo');
    expect(id('is the professional scrum product owner exam hard')).toBe('scrum-org-pspo');
    expect(id('is the CSM worth it')).toBeUndefined();
    expect(id('is PSM I worth it')).toBeUndefined();
  });

  it('are answered with where to check and no figure, a carried credential the words may mean, and the role\'s gaps', () => {
    const answer = (entryId: string) => {
      const entry = credentials.notCarried.find((e) => e.id === entryId);
      if (!entry) throw new Error(entryId);
      return notCarriedAnswer(entry, (id) => credentials.byId.get(id), (id) => catalog.roles.byId.get(id)?.name);
    };
    expect(answer('comptia-cysa-plus')).toBe(
      "I don't have sourced figures for CompTIA CySA+, so I can't give you its price or study time. Check CompTIA's CySA+ page, and search a job board for its name to see whether postings ask for it. CompTIA puts it after Security+, as the step for security analysts, and I can tell you about Security+.",
    );
    expect(answer('google-analytics-certification')).toContain('If you meant the *Google Data Analytics Professional Certificate*, that one I know');
    expect(answer('technical-writing-certificate')).toContain('What I can do is show what technical writer postings ask for');
    for (const entry of credentials.notCarried) expect(answer(entry.id)).not.toMatch(/\$\d|\d+ (?:hours|weeks)/);
    expect(unknownCredentialAnswer('CompTIA')).toContain("Check CompTIA's own page");
    expect(unknownCredentialAnswer(undefined)).toContain("Check its provider's own page");
  });

  it('include Epic certification and GIAC GICSP, found typed in lower case too, never from the Epic tool alone', () => {
    const id = (text: string) => readNotCarried(text, credentials.notCarried)?.id;
    expect(id('do i need epic certification before applying?')).toBe('epic-certification');
    expect(id('is the Epic cert hard to get')).toBe('epic-certification');
    expect(id('should i get epic certified first')).toBe('epic-certification');
    expect(id('is gicsp worth it')).toBe('giac-gicsp');
    expect(id('what about the GIAC Global Industrial Cyber Security Professional?')).toBe('giac-gicsp');
    expect(id('i chart in epic every shift')).toBeUndefined();
    expect(id('an epic analyst job')).toBeUndefined();
  });

  it('are read in a posting with how it asks: Epic within 6 months of hire, GICSP preferred', async () => {
    const data = await loadCoachData();
    const terms = (posting: string) => credentialTerms(personReaderOf(data), posting, data.credentials.notCarried);
    expect(terms('- Epic certification (ClinDoc Inpatient or Stork) required within 6 months of hire; the hospital sponsors training')).toContainEqual({ id: 'epic-certification', asks: 'required', withinMonths: 6, within: '6 months' });
    expect(terms('Preferred: GIAC Global Industrial Cyber Security Professional (GICSP), familiarity with ISA/IEC 62443.')).toContainEqual({ id: 'giac-gicsp', asks: 'preferred' });
    expect(terms('- Build, configure and test flowsheets, order sets and documentation templates in Epic').map((t) => t.id)).not.toContain('epic-certification');
    // A module's certification is Epic certification, as postings name it: "Epic Willow certification preferred".
    expect(terms('- Epic Willow certification preferred (obtained within 6 months of hire)')).toContainEqual({ id: 'epic-certification', asks: 'preferred', withinMonths: 6, within: '6 months' });
    expect(terms('Must be Epic Beaker certified or obtain it within 90 days.').map((t) => t.id)).toContain('epic-certification');
    expect(terms('Epic ClinDoc Inpatient certification required.').map((t) => t.id)).toContain('epic-certification');
    // The module as a system to work in is no certification.
    expect(terms('- Build and maintain medication records and order sets in Epic Willow').map((t) => t.id)).not.toContain('epic-certification');
    expect(terms('Cadence certification preferred.').map((t) => t.id)).not.toContain('epic-certification');
  });

  it('tells a "+" name the catalog lacks from one it has', () => {
    const names = credentials.credentials.map((c) => c.name);
    expect(namesUnknownPlus('is CompTIA Linux+ worth it?', names)).toBe(true);
    expect(namesUnknownPlus('how much is Security+?', names)).toBe(false);
    expect(namesUnknownPlus('is the A+ worth it', names)).toBe(false);
  });

  it('are checked against the catalog by data:check', () => {
    expect(findNotCarriedMismatches(credentials, catalog.roles)).toEqual([]);
    const broken = { ...credentials, notCarried: [{ id: 'x', name: 'X', names: ['CompTIA A+'], checkAt: 'its page', mayMean: ['no-such'], role: 'no-role', source: 'test' }] };
    expect(findNotCarriedMismatches(broken, catalog.roles).map((i) => i.field)).toEqual(['mayMean', 'role', 'names']);
  });
});
