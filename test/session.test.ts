import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SessionDocumentError, newSession, parseSession, serializeSession } from '../src/engine/session.js';

const at = new Date('2026-11-23T09:00:00.000Z');

describe('session documents', () => {
  it('round-trips through JSON unchanged', () => {
    const session = newSession(at);
    session.flow = { id: 'plan', step: 'years', answers: { role: 'Nurse' }, trail: ['role'] };
    session.profile.name = 'Ann';
    expect(parseSession(serializeSession(session))).toEqual(session);
  });

  it('migrates a schemaVersion 1 document to the current version', () => {
    const v1 = { schemaVersion: 1, flowId: 'plan', stepId: 'years', answers: { role: 'Nurse' }, profile: { name: 'Ann' }, updatedAt: at.toISOString() };
    expect(parseSession(JSON.stringify(v1))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      flow: { id: 'plan', step: 'years', answers: { role: 'Nurse' }, trail: [] },
      parked: {},
      profile: { name: 'Ann' },
      pending: null,
    });
  });

  it('migrates a version 1 document without a flow to one with none', () => {
    const v1 = { schemaVersion: 1, flowId: null, stepId: null, answers: {}, profile: {}, updatedAt: at.toISOString() };
    expect(parseSession(JSON.stringify(v1)).flow).toBeNull();
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['{"flow":null}', 'no schemaVersion'],
    ['{"schemaVersion":0}', 'No migration from session schemaVersion 0'],
    [JSON.stringify({ ...newSession(at), pending: 'explode' }), 'pending'],
    [JSON.stringify({ ...newSession(at), flow: { id: 'plan' } }), 'flow.step'],
  ])('rejects %s naming what is wrong', (doc, message) => {
    expect(() => parseSession(doc)).toThrow(SessionDocumentError);
    expect(() => parseSession(doc)).toThrow(message);
  });
});
