import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { credentialFinder, readCredentialAsk } from '../flows/named-credentials.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

describe('credentials named by the short forms people type', () => {
  const named = (text: string) => credentialFinder(data.credentials.credentials).named(text).map((c) => c.id);

  it('reads each short form in credentials.json as its credential', () => {
    // "k8s" is a short form of both Kubernetes credentials; the one it most fully names comes first.
    expect(named('is k8s cert worth it')[0]).toBe('cncf-cka');
    expect(named('k8s kcna')).toEqual(['cncf-kcna']);
    expect(named('is the CKA hard')).toEqual(['cncf-cka']);
    expect(named('how long is aws saa')).toEqual(['aws-solutions-architect-associate']);
    expect(named('sec+ or net+?')).toEqual(expect.arrayContaining(['comptia-security-plus', 'comptia-network-plus']));
    expect(named('how much is the a+')).toEqual(['comptia-a-plus']);
    expect(named('is ccna worth it')).toEqual(['cisco-ccna']);
    expect(named('did aws cp help')).toEqual(['aws-cloud-practitioner']);
  });

  it('answers "is <short form> worth it" about that credential, never the one under discussion', () => {
    const finder = credentialFinder(data.credentials.credentials);
    const current = data.credentials.byId.get('aws-solutions-architect-associate');
    const ask = (text: string) => readCredentialAsk(text, finder, { role: 'devops-engineer', current, justDiscussed: true });
    expect(ask('is k8s cert worth it')?.credentials.map((c) => c.id)).toEqual(expect.arrayContaining(['cncf-cka']));
    expect(ask('is k8s cert worth it')?.kind).toBe('worth');
    expect(ask('secplus worth it for me?')?.credentials.map((c) => c.id)).toEqual(['comptia-security-plus']);
    expect(ask('is the ccna worth it tbh')?.credentials.map((c) => c.id)).toEqual(['cisco-ccna']);
  });
});
