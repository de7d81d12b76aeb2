import { STORE_DOWN_REPLY, UNCERTAIN_REPLY } from '../../src/engine/replies.js';

/**
 * What a fault scenario saw, and the four counts issue #18 requires to be zero: a false
 * "nothing changed", a reply shown twice, a reply shown before one that was due before it, and
 * a reply of a turn that landed which neither reached the person nor waits in the outbox.
 * Each platform's test gives the replies that reached the screen (their outbox ids, in the
 * order the person saw them), the ones still waiting, and which turns landed; the verdict is
 * worked out here, the same way for every scenario, and recorded on the test for the summary
 * table (test/faults/summary-reporter.ts).
 */

declare module 'vitest' {
  interface TaskMeta {
    fault?: FaultRow;
  }
}

/** One message that reached the person, by its outbox id (`<turn id>#<n>`, or `<turn id>@<from>#<n>` for a Discord turn cut at a file). */
export interface Shown {
  replyId: string;
  text: string;
}

/** One message the person sent: its event id (the turn id replies derive from) and what it said. */
export interface Sent {
  eventId: string;
  text: string;
}

export interface Observed {
  /** Every message the person sent, in order. */
  sent: readonly Sent[];
  /** Every message that reached the person's screen, in the order it arrived. */
  shown: readonly Shown[];
  /** Outbox ids still waiting for the person's conversation, in order. */
  waiting: readonly string[];
  /** The event ids whose turn was committed (the store has them), read after the fault healed. */
  landed: ReadonlySet<string>;
  /** Where the session was before the fault, and where it is now (its flow and step). */
  before: string;
  after: string;
}

export interface FaultRow {
  scenario: string;
  /** The person's side of the exchange, one short line per message they saw. */
  userSaw: string;
  advanced: boolean;
  /** Most copies of one reply on screen (1 when every reply arrived once). */
  maxCopies: number;
  falseNothingChanged: number;
  duplicates: number;
  outOfOrder: number;
  lost: number;
}

/**
 * The turn id and the reply's place in it, from an outbox id. `<turn id>#turn` is a whole turn
 * still waiting as the engine enqueued it with its commit (not yet made into messages): place [].
 */
function parseId(replyId: string): { turn: string; place: number[] } {
  const hash = replyId.lastIndexOf('#');
  const at = replyId.lastIndexOf('@', hash);
  // A whole turn still waiting: `<turn id>#turn`, or `<turn id>@<n>#turn` for one the adapter enqueued.
  if (replyId.slice(hash + 1) === 'turn') return { turn: at > 0 && /^\d+$/.test(replyId.slice(at + 1, hash)) ? replyId.slice(0, at) : replyId.slice(0, hash), place: [] };
  const turn = at > 0 ? replyId.slice(0, at) : replyId.slice(0, hash);
  const place = (at > 0 ? [replyId.slice(at + 1, hash), replyId.slice(hash + 1)] : [replyId.slice(hash + 1)]).map(Number);
  return { turn, place };
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Distinctive words of a reply the engine says, as they survive each platform's escaping. */
const words = (text: string) => text.split(/[,:.]/)[0] ?? text;
export const NOTHING_CHANGED = words(STORE_DOWN_REPLY.kind === 'text' ? STORE_DOWN_REPLY.text : '');
export const MAY_HAVE_SAVED = words(UNCERTAIN_REPLY.kind === 'text' ? UNCERTAIN_REPLY.text : '');

const firstLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('-#')) ?? '';

export function verdict(scenario: string, seen: Observed): FaultRow {
  const turnIndex = new Map(seen.sent.map((s, i) => [s.eventId, i]));
  const keyOf = (replyId: string) => {
    const { turn, place } = parseId(replyId);
    return [turnIndex.get(turn) ?? Number.MAX_SAFE_INTEGER, ...place];
  };

  const copies = new Map<string, number>();
  for (const s of seen.shown) copies.set(s.replyId, (copies.get(s.replyId) ?? 0) + 1);
  const duplicates = [...copies.values()].filter((n) => n > 1).length;

  // A reply shown after one that was due later (a later turn, or a later part of the same turn).
  let outOfOrder = 0;
  let latest: number[] | undefined;
  for (const s of seen.shown) {
    const key = keyOf(s.replyId);
    if (latest && compare(key, latest) < 0) outOfOrder++;
    else latest = key;
  }

  // "Nothing has changed" for a turn whose write landed after all.
  const shownByTurn = new Map<string, Shown[]>();
  for (const s of seen.shown) shownByTurn.set(parseId(s.replyId).turn, [...(shownByTurn.get(parseId(s.replyId).turn) ?? []), s]);
  const falseNothingChanged = seen.sent.filter((s) => seen.landed.has(s.eventId) && (shownByTurn.get(s.eventId) ?? []).some((r) => r.text.includes(NOTHING_CHANGED))).length;

  // A turn that landed owes the person its replies: each one shown, or still waiting in the outbox.
  // A gap in a turn's numbering (#0 and #2 shown, #1 neither shown nor waiting) is a lost reply too.
  let lost = 0;
  const waitingByTurn = new Map<string, string[]>();
  for (const id of seen.waiting) waitingByTurn.set(parseId(id).turn, [...(waitingByTurn.get(parseId(id).turn) ?? []), id]);
  for (const s of seen.sent) {
    if (!seen.landed.has(s.eventId)) continue;
    const ids = new Set([...(shownByTurn.get(s.eventId) ?? []).map((r) => r.replyId), ...(waitingByTurn.get(s.eventId) ?? [])]);
    if (ids.size === 0) {
      lost++;
      continue;
    }
    // The whole turn waits: none of it is lost.
    if ([...ids].some((id) => parseId(id).place.length === 0)) continue;
    const places = [...ids].map((id) => parseId(id).place).sort(compare);
    const last = places.at(-1) ?? [];
    const count = (last.at(-1) ?? 0) + 1;
    // Within one part (Discord's `@from`), the numbers run 0..n-1; missing ones were lost.
    const inLastPart = places.filter((p) => compare(p.slice(0, -1), last.slice(0, -1)) === 0).length;
    lost += Math.max(0, count - inLastPart);
  }

  // Per message sent: what came back for it (its first reply's first words, and how many more).
  const clip = (text: string) => (text.length > 34 ? `${text.slice(0, 33)}…` : text);
  const userSaw = seen.sent
    .map((s) => {
      const replies = shownByTurn.get(s.eventId) ?? [];
      const answer = replies.length === 0 ? '(nothing)' : `"${clip(firstLine(replies[0]?.text ?? ''))}"${replies.length > 1 ? ` +${replies.length - 1}` : ''}`;
      return `${clip(s.text)} → ${answer}`;
    })
    .join('; ');
  return {
    scenario,
    userSaw,
    advanced: seen.before !== seen.after,
    maxCopies: Math.max(0, ...copies.values()),
    falseNothingChanged,
    duplicates,
    outOfOrder,
    lost,
  };
}

/** The turn an outbox id belongs to. */
export const turnOf = (replyId: string): string => parseId(replyId).turn;

/** The turns of these outbox ids, each once, in order. */
export const turnsOf = (replyIds: readonly string[]): string[] => [...new Set(replyIds.map(turnOf))];

/** The four counts the issue requires to be zero, for one expect. */
export const failures = (row: FaultRow) => ({ falseNothingChanged: row.falseNothingChanged, duplicates: row.duplicates, outOfOrder: row.outOfOrder, lost: row.lost });
export const NONE = { falseNothingChanged: 0, duplicates: 0, outOfOrder: 0, lost: 0 };

/**
 * How many "may have been saved" notices reached the person after a reply of the same turn: the
 * reply already said where they are, so the notice would read as if their answer had not counted.
 */
export function uncertainAfterReply(shown: readonly Shown[]): number {
  const replied = new Set<string>();
  let count = 0;
  for (const s of shown) {
    const turn = turnOf(s.replyId);
    if (!s.text.includes(MAY_HAVE_SAVED)) replied.add(turn);
    else if (replied.has(turn)) count++;
  }
  return count;
}
