import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileMessage } from '../adapters/discord/file-message.js';
import { renderReplies as discordReplies } from '../adapters/discord/render-message.js';
import { postReplies, type TurnTarget } from '../adapters/slack/deliver.js';
import { runTerminalCoach } from '../adapters/terminal/terminal-coach.js';
import { createFlowRegistry } from '../flows/index.js';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import type { Reply } from '../src/engine/reply.js';
import { newSession, serializeSession } from '../src/engine/session.js';
import { chatWith } from './support/chat.js';

let data: CoachData;
let dir: string;
beforeAll(async () => {
  data = await loadCoachData();
  dir = await mkdtemp(path.join(tmpdir(), 'pivot-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TODAY = new Date('2027-01-11T09:00:00Z');
type File = Extract<Reply, { kind: 'file' }>;

/** Maria, with a gap report, picks a credential in the chat: the plan is the credential pick's own. */
async function withPlan(now: () => Date = () => TODAY, told: Record<string, unknown> = {}) {
  const store = new MemorySessionStore();
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: 86_400_000, now });
  const chat = chatWith(engine);
  const session = newSession(TODAY);
  session.profile = { ...told, name: 'Maria', targetRole: 'data-analyst', gapReport: { role: 'data-analyst', source: 'postings', gaps: [{ skill: 'tableau', share: 0.8 }, { skill: 'python', share: 0.6 }], at: TODAY.toISOString() } };
  await store.commit(chat.origin, { expectedVersion: 0, eventId: 'seed', write: { kind: 'put', doc: serializeSession(session) }, ttlMs: 86_400_000 });
  await chat.say('pick');
  for (const answer of ['yes', '$300', '8', '6', 'skip', 'no', 'yes']) await chat.say(answer);
  expect(await chat.say('1')).toContain('Here is your plan');
  return chat;
}

const files = (replies: Reply[]) => replies.filter((r): r is File => r.kind === 'file');
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('export in the chat', () => {
  it("dates the Markdown file's 'Made on' by the person's own day, as the plan's first steps are", async () => {
    // 20:00 UTC on 11 January is 09:00 on the 12th in Auckland; 06:00 UTC on the 12th is still 22:00 on the 11th in Los Angeles.
    const auckland = await withPlan(() => new Date('2027-01-11T20:00:00Z'), { timeZone: 'Pacific/Auckland' });
    const [inAuckland] = files(await auckland.send({ kind: 'text', text: 'export' }));
    expect(inAuckland?.content).toContain('Made on Tuesday 12 January 2027 · 8 hours a week');
    expect(inAuckland?.content).toContain('~~Read job postings~~: done on Tuesday 12 January 2027');
    const losAngeles = await withPlan(() => new Date('2027-01-12T06:00:00Z'), { timeZone: 'America/Los_Angeles' });
    const [inLosAngeles] = files(await losAngeles.send({ kind: 'text', text: 'export' }));
    expect(inLosAngeles?.content).toContain('Made on Monday 11 January 2027 · 8 hours a week');
    expect(inLosAngeles?.content).toContain('~~Read job postings~~: done on Monday 11 January 2027');
  });

  it('sends the plan as a Markdown file and a calendar file, mid-question, then asks the question again', async () => {
    const chat = await withPlan();
    const asked = await chat.say('practice');
    const replies = await chat.send({ kind: 'text', text: 'export' });
    const [md, ics] = files(replies);
    expect(md?.filename).toBe('pivot-plan.md');
    expect(md?.mimeType).toBe('text/markdown');
    expect(md?.content).toMatch(/^# Your plan: /);
    expect(md?.content).toContain('~~Read job postings~~: done on Monday 11 January 2027');
    expect(md?.content).toContain('8 hours a week');
    expect(ics?.filename).toBe('pivot-plan.ics');
    expect(ics?.mimeType).toBe('text/calendar');
    const parsed = events(ics?.content ?? '');
    expect(parsed.filter((e) => !e.isRecurring()).map((e) => e.startDate.toString())[0]).toBe('2027-01-11');
    expect(parsed.filter((e) => e.isRecurring())).toHaveLength(1);
    // The question the person was at comes back, unchanged.
    const last = replies.at(-1);
    expect(last?.kind).toBe('text');
    expect(asked).toContain((last as { text: string }).text);
    expect(asked).toContain('How many questions would you like');
  });

  it('gives the same calendar UIDs when exported again a week later, so a calendar updates rather than duplicates', async () => {
    let now = TODAY;
    const chat = await withPlan(() => now);
    const first = files(await chat.send({ kind: 'text', text: 'export' }))[1]?.content ?? '';
    now = new Date('2027-01-18T09:00:00Z');
    const again = files(await chat.send({ kind: 'text', text: 'export' }))[1]?.content ?? '';
    expect(again).not.toBe(first);
    expect(events(again).map((e) => e.uid)).toEqual(events(first).map((e) => e.uid));
  });

  it('says there is nothing to export before a plan is made', async () => {
    const engine = new Engine({ store: new MemorySessionStore(), flows: createFlowRegistry(data), ttlMs: 86_400_000 });
    const chat = chatWith(engine);
    await chat.say('start');
    await chat.say('Sam');
    expect(await chat.say('export')).toContain('You have no plan to export yet.');
  });
});

const FILE: File = { kind: 'file', text: 'Your plan as a calendar file.', filename: 'pivot-plan.ics', mimeType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' };

describe('a file reply on each platform', () => {
  it('the terminal saves it without overwriting and says where', async () => {
    let printed = '';
    async function* lines() {
      yield 'export';
      yield 'export';
    }
    await runTerminalCoach({ handle: async (inbound) => ((inbound as { text?: string }).text === 'export' ? [FILE] : []), user: 'ana', lines: lines(), write: (t) => (printed += t), saveDir: dir });
    const saved = (await readdir(dir)).filter((f) => f.startsWith('pivot-plan')).sort();
    expect(saved).toEqual(['pivot-plan-2.ics', 'pivot-plan.ics']);
    expect(await readFile(path.join(dir, 'pivot-plan.ics'), 'utf8')).toBe(FILE.content);
    expect(printed).toContain(`Your plan as a calendar file. Saved as ${path.join(dir, 'pivot-plan.ics')}`);
    expect(printed).toContain(`Saved as ${path.join(dir, 'pivot-plan-2.ics')}`);
  });

  it('Slack uploads it with files.uploadV2 in order between the messages; an answer for one member only says what it is', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const record = (name: string) => async (args: Record<string, unknown>) => {
      calls.push([name, args]);
      return { ok: true };
    };
    const client = { chat: { postMessage: record('postMessage'), postEphemeral: record('postEphemeral') }, files: { uploadV2: record('uploadV2') } };
    const target = { client, place: { channel: 'D1', threadTs: '1.2' }, owner: 'U1' } as unknown as TurnTarget;
    await postReplies(target, [{ kind: 'text', text: 'Here it is.' }, FILE, { kind: 'text', text: 'Anything else?' }]);
    expect(calls.map(([name]) => name)).toEqual(['postMessage', 'uploadV2', 'postMessage']);
    expect(calls[1]?.[1]).toMatchObject({ channel_id: 'D1', thread_ts: '1.2', filename: 'pivot-plan.ics', content: FILE.content, initial_comment: FILE.text });
    calls.length = 0;
    await postReplies(target, [FILE], 'U1');
    expect(calls.map(([name]) => name)).toEqual(['postEphemeral']);
    expect(String(calls[0]?.[1].text)).toContain('pivot-plan.ics');
  });

  it('Slack says how else to get the file when the app lacks files:write', async () => {
    const posted: string[] = [];
    const client = { chat: { postMessage: async (a: { text: string }) => posted.push(a.text) }, files: { uploadV2: async () => Promise.reject(new Error('missing_scope')) } };
    await postReplies({ client, place: { channel: 'D1' }, owner: 'U1' } as unknown as TurnTarget, [FILE]);
    expect(posted).toEqual([expect.stringContaining('needs the files:write permission')]);
  });

  it('Discord attaches it to a message of its own, under its text', () => {
    const payloads = discordReplies([{ kind: 'text', text: 'Here it is.' }, FILE], 'U1');
    expect(payloads).toHaveLength(2);
    expect(payloads[0]?.content).toBe('Here it is.');
    expect(payloads[1]?.content).toBe(FILE.text);
    expect(payloads[1]?.files?.map((f) => [f.name, f.attachment.toString('utf8')])).toEqual([['pivot-plan.ics', FILE.content]]);
    expect(payloads[1]?.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(fileMessage(FILE).files[0]?.attachment.byteLength).toBe(Buffer.byteLength(FILE.content));
  });
});
