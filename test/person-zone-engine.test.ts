import { describe, expect, it } from 'vitest';
import { personZone } from '../src/dates/person-zone.js';
import { chatWith } from './support/chat.js';
import { memoryEngine } from './support/memory-engine.js';

const profileOf = (store: ReturnType<typeof memoryEngine>['store'], origin: { platform: string; tenant: string; user: string }) =>
  (JSON.parse(store.peek(origin) ?? '{}') as { profile?: Record<string, unknown> }).profile ?? {};

describe("the person's zone, as their platform tells it", () => {
  it('is kept in their profile, and a change of zone is kept too', async () => {
    const { engine, store } = memoryEngine();
    const chat = chatWith(engine, { platform: 'slack', user: 'U1' });
    await chat.send({ kind: 'text', text: 'hi', timeZone: 'America/Chicago' });
    expect(profileOf(store, chat.origin).timeZone).toBe('America/Chicago');
    await chat.send({ kind: 'text', text: 'hello', timeZone: 'Europe/Lisbon' });
    expect(personZone(profileOf(store, chat.origin))).toBe('Europe/Lisbon');
  });

  it('is dropped when it is no zone, without refusing the message', async () => {
    const { engine, store } = memoryEngine();
    const chat = chatWith(engine, { platform: 'slack', user: 'U2' });
    const replies = await chat.send({ kind: 'text', text: 'hi', timeZone: 'Mars/Olympus_Mons' });
    expect(replies.length).toBeGreaterThan(0);
    expect(profileOf(store, chat.origin).timeZone).toBeUndefined();
  });
});
