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

  it('counts a field taught in general as evidence in part of the tools under it, never one taught through a sibling tool', () => {
    const os = skills({
      'operating-systems': { category: 'method' },
      windows: { category: 'platform', broader: ['operating-systems'] },
      linux: { category: 'platform', broader: ['operating-systems'] },
      sql: { category: 'language' },
      postgres: { broader: ['sql'] },
    });
    const index = buildCredentialIndex(
      [credential('a-plus', { skills: ['operating-systems', 'sql'] }), credential('linux-cert', { skills: ['linux', 'operating-systems'] })],
      os,
    );
    // A+ teaches operating systems in general: Windows and Linux in part; SQL, a language, is no field taught "in general" of its products.
    expect(index.partly.get('a-plus')?.get('windows')).toBe('operating-systems');
    expect(index.partly.get('a-plus')?.has('postgres')).toBe(false);
    // A Linux exam teaches operating systems through Linux: Windows not even in part.
    expect(index.partly.get('linux-cert')?.has('windows')).toBe(false);
    // A vendor's own platform, taught by that vendor's exam, is never covered in part by a general course.
    const cloud = buildCredentialIndex(
      [credential('general', { skills: ['cloud'] }), credential('aws-exam', { vendor: 'aws', skills: ['aws'] })],
      skills({ cloud: { category: 'method' }, aws: { category: 'platform', broader: ['cloud'] } }),
    );
    expect(cloud.partly.get('general')?.has('aws')).toBe(false);
    // Fixture names are in capitals, so read as an acronym and kept; a tool's name is kept as written.
    expect(index.skillNameInSentence('operating-systems')).toBe('OPERATING-SYSTEMS');
    expect(index.skillNameInSentence('windows')).toBe('WINDOWS');
  });

  it('names the tool families a credential is built around by their most general member', () => {
    const index = buildCredentialIndex([credential('admin', { skills: ['salesforce', 'flow', 'crm', 'reporting'] }), credential('dl', { skills: ['pytorch', 'python'] })], catalog);
    expect(index.toolFamilies.get('admin')).toEqual(['crm']);
    expect(index.toolFamilies.get('dl')).toEqual(['python']);
    expect(index.skillName('crm')).toBe('CRM');
    expect(index.skillName('unknown-skill')).toBe('unknown-skill');
  });
});
