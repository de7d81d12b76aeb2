import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { createFlowRegistry } from '../../flows/index.js';
import type { CoachData } from '../../src/coach-data.js';
import { Engine } from '../../src/engine/engine.js';
import { matchChoice } from '../../src/engine/flow.js';
import { MemorySessionStore } from '../../src/engine/memory-session-store.js';
import type { Reply } from '../../src/engine/reply.js';
import { chatWith, transcript } from './chat.js';

/** PERSONA_LOG=1 prints each transcript as the person would read it. */
const LOG = process.env.PERSONA_LOG === '1';
const ONE_WORD = /^\S{1,20}$/;

/**
 * A new user at the terminal coach: every flow of flows/index.ts on the memory store, the clock
 * fixed at `today`. `say` sends a line the way the terminal does: where choices are shown a number
 * or label picks that choice; where a long text is asked anything but one word is the pasted text;
 * anything else is a message. Every message gets at least one reply.
 */
export async function newUser(data: CoachData, user: string, today: Date) {
  const store = new MemorySessionStore();
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: 86_400_000, now: () => today });
  const chat = chatWith(engine, { user, platform: 'terminal', conversation: `terminal:${user}` });
  let asking: Reply | undefined;
  const run = async (event: Record<string, unknown>, typed: string) => {
    const replies = await chat.send(event);
    expect(replies.length).toBeGreaterThan(0);
    asking = replies.findLast((r) => r.kind === 'question' || r.kind === 'long-text');
    const text = transcript(replies);
    if (LOG) console.log(`> ${typed.length > 120 ? `${typed.slice(0, 60)}… (${typed.length} characters)` : typed}\n${text}\n`);
    return text;
  };
  const say = async (typed: string) => {
    const picked = asking?.kind === 'question' ? matchChoice(asking.choices, typed) : undefined;
    if (picked && asking?.kind === 'question') return run({ kind: 'choice', stepId: asking.stepId, choiceId: picked.id }, typed);
    if (asking?.kind === 'long-text' && !ONE_WORD.test(typed.trim())) return run({ kind: 'form', stepId: asking.stepId, fields: { text: typed } }, typed);
    return run({ kind: 'text', text: typed }, typed);
  };
  const greeting = await run({ kind: 'command', name: 'start' }, '(starts the coach)');
  const profile = () => (JSON.parse(store.peek(chat.origin) ?? '{}') as { profile?: Record<string, unknown> }).profile ?? {};
  return { say, greeting, profile };
}

/** What a transcript test reads back: the skills the coach heard (with the level said), by id. */
type Held = { skill: string; level?: string };
export const held = (profile: Record<string, unknown>) => new Map((profile.skills as Held[]).map((s) => [s.skill, s.level]));
/** The gap report's gaps as the profile keeps them, most important first. */
export const gapIds = (profile: Record<string, unknown>) => (profile.gapReport as { gaps: { skill: string }[] }).gaps.map((g) => g.skill);

/** The lines of one numbered pick: its title line and the indented lines under it. */
export function pickBlock(text: string, name: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^\d\. /.test(l) && l.includes(`*${name}*`));
  if (at < 0) return '';
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => !l.startsWith('   '));
  return [lines[at], ...rest.slice(0, end < 0 ? undefined : end)].join('\n');
}

/**
 * The date of a plan step, whether it is due ("=by Monday 21 June 2027") or already done ("=done
 * on ..."), as YYYY-MM-DD; the weekday said must be the date's own.
 */
export function dueOf(text: string, step: string): string | undefined {
  const said = new RegExp(`${step}=(?:by|done on) ([A-Z][a-z]+ \\d{1,2} [A-Z][a-z]+ \\d{4})`).exec(text)?.[1];
  if (said === undefined) return undefined;
  const day = DateTime.fromFormat(said, 'cccc d LLLL yyyy', { locale: 'en-GB', zone: 'utc' });
  expect(day.isValid, `"${said}" is a real date with its own weekday`).toBe(true);
  return day.toISODate() ?? undefined;
}
