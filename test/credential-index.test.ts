import { describe, expect, it } from 'vitest';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { credential, skills } from './support/credential-fixtures.js';

const catalog = skills({
  crm: {},
  salesforce: { category: 'platform', broader: ['crm'] },
  flow: { broader: ['salesforce'] },
  pytorch: { broader: ['deep-learning', 'python'] },
  'deep-learning': { category: 'method', broader: ['machine-learning'] },
  'machine-learning': { category: 'method' },
  python: { category: 'language' },
  reporting: { category: 'method' },
});

describe('credential index', () => {
  it('records what each credential is evidence of, following broader transitively', () => {
    const index = buildCredentialIndex([credential('dl', { skills: ['pytorch'] })], catalog);
    const evidence = index.evidence.get('dl');
    expect([...(evidence?.keys() ?? [])].sort()).toEqual(['deep-learning', 'machine-learning', 'python', 'pytorch']);
    expect(evidence?.get('machine-learning')).toBe('pytorch');
  });

  it('never counts a general skill as evidence of a specific one', () => {
    const index = buildCredentialIndex([credential('ml', { skills: ['machine-learning'] })], catalog);
    expect(index.evidence.get('ml')?.has('pytorch')).toBe(false);
  });

  it('names the tool families a credential is built around by their most general member', () => {
    const index = buildCredentialIndex([credential('admin', { skills: ['salesforce', 'flow', 'crm', 'reporting'] }), credential('dl', { skills: ['pytorch', 'python'] })], catalog);
    expect(index.toolFamilies.get('admin')).toEqual(['crm']);
    expect(index.toolFamilies.get('dl')).toEqual(['python']);
    expect(index.skillName('crm')).toBe('CRM');
    expect(index.skillName('unknown-skill')).toBe('unknown-skill');
  });
});
