import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { createFlowRegistry } from '../../flows/index.js';
import type { CoachData } from '../../src/coach-data.js';
import { Engine } from '../../src/engine/engine.js';
import type { FlowRegistry } from '../../src/engine/flow-registry.js';
import type { Step } from '../../src/engine/flow.js';
import type { InboundInput } from '../../src/engine/inbound.js';
import { MemorySessionStore } from '../../src/engine/memory-session-store.js';
import { replySchema } from '../../src/engine/reply.js';
import type { Reply } from '../../src/engine/reply.js';
import { parseSession } from '../../src/engine/session.js';
import type { Session } from '../../src/engine/session.js';
import { sessionOwner } from '../../src/engine/session-store.js';
import type { UserRef } from '../../src/engine/session-store.js';
import { POSTING_1, POSTING_2, POSTING_3 } from './sample-postings.js';

/**
 * Random walks through every flow of the coach, on the real engine, flows and data and the memory
 * store: a person (Ana) in her own chat, a second one (Ben) in his, and both in a study group's
 * thread for peer practice. Each walk is a list of acts; an act is read against where its chat is
 * when it is sent (a plausible answer to the question asked now, a command, a click on this or an
 * older question, junk), so fast-check can shrink a failing walk and its seed and path replay it.
 *
 * After every turn: nothing threw, there is a reply (the group's chatter may get none), every reply
 * is one adapters can draw, the session is stored and readable, a fresh engine on the same bytes
 * asks the same question on `repeat`, and, where `back` applies, `back` then the same answer gives
 * the same session.
 */

export type Where = 'ana' | 'ben' | 'group';

export type Move =
  /** One of the answers a person would give to the question asked now; `pick` chooses which. */
  | { kind: 'plausible'; pick: number }
  /** `style`: the adapter's command event (`args` for `start`), or typed plainly, with a slash, shouted, with a "!". */
  | { kind: 'command'; name: string; style: number; args: string }
  | { kind: 'junk'; text: string }
  /** A paste of about `size` characters (kept as a size so a failing walk prints short). */
  | { kind: 'paste'; size: number }
  /** A click: on the question now, an older one, no question, or the engine's own ($menu, $forget). */
  | { kind: 'click'; on: ClickTarget; pick: number; id: string | null }
  | { kind: 'form'; on: ClickTarget; star: boolean; text: string }
  | { kind: 'ticks'; on: ClickTarget; picks: number[] };

type ClickTarget = 'current' | 'stale' | 'none' | '$menu' | '$forget';

export interface Act {
  /** Below the walk's `group` share: the study group's thread; else mostly Ana's own chat. */
  where: number;
  /** Who speaks in the group (mostly whoever the question waits for). */
  who: number;
  /** The clock moves this much before the act. */
  minutes: number;
  move: Move;
}

export interface Walk {
  start: number;
  /** Percent of the acts sent in the study group's thread. */
  group: number;
  acts: Act[];
}

const COMMANDS = ['help', 'status', 'back', 'skip', 'repeat', 'restart', 'menu', 'forget', 'start', 'gaps', 'pick', 'plan', 'practice', 'progress', 'peer'];

const CONTROL = ['\u0000', '\u0007\u001b[2J', '\r\n\r\n', '\t\t', '\u200b', '\u202eevil', '\ud800', '\uffff', 'a\u0000b'];
const NUMBERISH = ['0', '-1', '-250', '1e309', '-0', 'NaN', 'Infinity', '-Infinity', '0x1F', '1,5', '١٢', '½', 'twenty five', 'minus three', 'a million', 'a dozen', 'ten thousand and one', '99999999999999999999', '3.14159', '10-15', '$'];
const TALK = ['', ' ', '\n', 'hi', 'hello', 'thanks!', '?', '🙂', '🤷', '👍', '❌', '✅', 'ok', 'yes', 'no', 'me', "I'll answer", "I don't know", 'not sure', 'idk', 'done', 'next', 'spoken', 'none', 'all', 'typical', 'general', 'undefined', 'null', '[object Object]', '<script>alert(1)</script>', '*bold* _it_ `code`', '@here', '<@U123>', 'why?'];

const moveArbitrary: fc.Arbitrary<Move> = fc.oneof(
  { weight: 62, arbitrary: fc.record({ kind: fc.constant('plausible' as const), pick: fc.nat() }) },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      name: fc.constantFrom(...COMMANDS),
      style: fc.nat(4),
      args: fc.constantFrom('', 'gaps', 'pick', 'peer', 'practice', 'nonsense', 'welcome'),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('junk' as const),
      text: fc.oneof(
        fc.constantFrom(...TALK, ...NUMBERISH, ...CONTROL),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.integer().map(String),
        fc.double().map(String),
        fc.constantFrom(...COMMANDS).map((word) => `${word} please`),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('paste' as const), size: fc.constantFrom(50_000, 50_000, 60_001, 100_001) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('click' as const),
      on: fc.constantFrom<ClickTarget>('current', 'current', 'stale', 'none', '$menu', '$forget'),
      pick: fc.nat(),
      id: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { freq: 4 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('form' as const),
      on: fc.constantFrom<ClickTarget>('current', 'current', 'stale', 'none'),
      star: fc.boolean(),
      text: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('', POSTING_1, 'I fixed the report and it saved 3 hours a week.')),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('ticks' as const),
      on: fc.constantFrom<ClickTarget>('current', 'current', 'stale', 'none'),
      picks: fc.array(fc.nat(30), { maxLength: 8 }),
    }),
  },
);

const actArbitrary: fc.Arbitrary<Act> = fc.record({ where: fc.nat(99), who: fc.nat(9), minutes: fc.nat(1_440), move: moveArbitrary });

export function walkArbitrary(maxActs: number): fc.Arbitrary<Walk> {
  return fc.record({
    start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 11, 31) }),
    group: fc.constantFrom(0, 0, 10, 30, 60),
    acts: fc.array(actArbitrary, { maxLength: maxActs, size: 'max' }),
  });
}

/** A story long enough to be a whole answer (40 words and more), with every STAR part. */
const STORY =
  'In March 2023, at the clinic where I was office manager, our patient export had duplicate records and blank dates. My goal was to get a clean list before the board meeting. ' +
  'I sorted the export in Excel, I removed 400 duplicates with a formula, and I checked fifty records by hand. As a result, the report went from 2,300 rows to 1,900 correct ones.';
const STAR_FORM = {
  situation: 'In 2024 I ran the front desk of a dental practice, and the weekly no-show list was a paper printout nobody read.',
  task: 'My goal was to cut the no-shows before the new dentist started.',
  action: 'I built a dashboard in Google Sheets from the booking export and showed it to the manager every Monday.',
  result: 'As a result, no-shows fell from 14% to 8% in two months.',
};
const UNSURE = ["I don't know", 'not sure'];

/** What people type at each text question, by flow and step; the questions with buttons take their own choices. */
function typedAnswers(data: CoachData): Record<string, string[]> {
  const roles = data.catalog.roles.roles.flatMap((role) => [role.name, role.aliases[0] ?? role.name]);
  const skills = data.catalog.skills.skills.slice(0, 40).map((skill) => skill.name);
  return {
    'welcome/name': ['Ann', 'María José', '李雷', 'Sam 🙂', "O'Brien-Smith", 'Dr. Jane Smith'],
    'gap-interview/current-role': ['Accountant', 'Retail store manager', 'Nurse', 'I was a chef for ten years', 'unemployed', ...UNSURE],
    'gap-interview/years': ['15', 'twenty', '3 years', '0', 'about 12', 'forty two', '7', ...UNSURE],
    'gap-interview/target': [...roles, 'data', 'doctor', 'teacher', 'something with computers', ...UNSURE],
    'gap-interview/enjoys': ['I like spreadsheets and solving puzzles, and I know Excel', 'I enjoy helping people fix their computers', 'drawing, design and Figma', 'organising projects and people', ...UNSURE],
    'gap-interview/have': ['Excel, some SQL, I managed a team of 8', '1, 3 and Python', '2 4', 'none', `${skills[3]}, ${skills[7]}`, ...UNSURE],
    'gap-interview/postings': [POSTING_1, POSTING_2, POSTING_3, 'done', 'skip', "I don't have any", ...UNSURE],
    'credential-pick/role': [...roles, 'nurse', ...UNSURE],
    'credential-pick/want': ['SQL, Tableau and Python', 'AWS', 'Power BI and Excel', `${skills[5]} and ${skills[11]}`, 'typical', ...UNSURE],
    'credential-pick/budget': ['$500', '0', '1.5k', '$2,000', 'two hundred', '300', ...UNSURE],
    'credential-pick/hours': ['10', 'ten', '5 hrs', '20', '1', '8', ...UNSURE],
    'credential-pick/deadline': ['6', 'skip', 'twelve', '3 months', ...UNSURE],
    'credential-pick/pay': ['$66,000', '52k', 'skip', '0', ...UNSURE],
    'interview-practice/role': [...roles, 'general', ...UNSURE],
    'interview-practice/count': ['1', '2', '3', 'ten', '1', ...UNSURE],
    'interview-practice/answer': [STORY, 'I led a small team through a reorganisation.', 'done', 'next', ...UNSURE],
    'peer-practice/role': [...roles, 'general', ...UNSURE],
    'peer-practice/answer': ['spoken', STORY, 'done', ...UNSURE],
    'peer-practice/note': ['The numbers at the end were great.', 'skip', 'Say more about what you did yourself.'],
  };
}

/** Where a chat is: the last question asked, the step it belongs to, and older questions to click stale buttons on. */
interface Place {
  question: Reply | undefined;
  step: { flow: string; id: string; def: Step } | undefined;
  /** In the group, who the step waits for. */
  awaits: string | undefined;
  /** The answering member of the round, when one has claimed it. */
  answerer: string | undefined;
  asked: Reply[];
}

const MEMBERS = [
  { user: 'ana', name: 'Ana' },
  { user: 'ben', name: 'Ben' },
] as const;
const TTL_MS = 400 * 86_400_000;
const SUSPICIOUS = ['undefined', 'NaN', '[object Object]', 'Invalid Date', 'null'];

class WalkFailure extends Error {
  override readonly name = 'WalkFailure';
}

export interface WalkStats {
  walks: number;
  turns: number;
  /** Flow/step ids reached, to see how deep walks get. */
  reached: Map<string, number>;
}

export const newStats = (): WalkStats => ({ walks: 0, turns: 0, reached: new Map() });

type Event = Record<string, unknown> & { kind: string };

const textOfReply = (reply: Reply): string[] => {
  switch (reply.kind) {
    case 'text':
      return [reply.text];
    case 'question':
      return [reply.text, ...reply.choices.map((c) => c.label)];
    case 'checklist':
      return [reply.text, ...reply.items.map((c) => c.label)];
    case 'long-text':
      return [reply.text, ...reply.fields.map((f) => f.label)];
    case 'progress':
      return [reply.label];
    case 'chart':
      return [reply.title, ...reply.rows.map((r) => r.label)];
    case 'card':
      return [reply.title, ...reply.fields.flatMap((f) => [f.label, f.value])];
    case 'file':
      return [reply.text, reply.filename];
  }
};

const short = (text: string) => (text.length > 80 ? `${JSON.stringify(text.slice(0, 77))}... (${text.length} chars)` : JSON.stringify(text));

function describeEvent(where: Where, who: string, event: Event): string {
  const { kind, ...rest } = event;
  const fields = Object.entries(rest).map(([key, value]) => `${key}=${typeof value === 'string' ? short(value) : short(JSON.stringify(value))}`);
  return `${where === 'group' ? `group/${who}` : who}: ${kind} ${fields.join(' ')}`;
}

function transcriptOf(replies: readonly Reply[]): string {
  return replies.map((reply) => `    < ${textOfReply(reply).map((t) => (t.length > 300 ? `${t.slice(0, 300)}...` : t)).join(' | ')}`).join('\n');
}

/** The question a turn leaves the chat at: its last reply when the turn asked one (askCurrent ends every turn that shows progress). */
function signature(replies: readonly Reply[], withText: boolean): unknown {
  const last = replies.at(-1);
  if (!last) return undefined;
  const progress = replies.findLast((r) => r.kind === 'progress');
  if (last.kind === 'text' || last.kind === 'card' || last.kind === 'chart' || last.kind === 'progress') {
    return progress && last.kind === 'text' ? { progress, text: withText ? last.text : undefined } : undefined;
  }
  // The menu after a flow puts what it offers first, and says so: the same flows, in another order and words.
  if (last.kind === 'question' && isMenu(last)) return { menu: last.choices.map((c) => c.id).sort() };
  return { progress, ...last, text: withText ? last.text : undefined };
}

/** Where a session is and what it knows, leaving out the engine's own pending question (a menu shown, `forget`). */
const placeOf = (doc: string | null) => {
  if (doc === null) return null;
  const { flow, parked, profile } = parseSession(doc);
  return { flow, parked, profile };
};

const withoutClock = (doc: string | null) => (doc === null ? null : { ...parseSession(doc), updatedAt: '' });

/**
 * One walk. Throws WalkFailure with the walk so far (each act as sent, and the replies of the turn
 * that failed) when a check fails or a turn throws.
 */
export async function runWalk(walk: Walk, data: CoachData, stats: WalkStats = newStats()): Promise<void> {
  stats.walks++;
  let now = walk.start;
  const clock = () => new Date(now);
  const store = new MemorySessionStore('pivot', () => now);
  const registry = createFlowRegistry(data);
  const engine = new Engine({ store, flows: registry, ttlMs: TTL_MS, now: clock });
  const typed = typedAnswers(data);
  const log: string[] = [];
  const said: string[] = [];
  const places: Record<Where, Place> = {
    ana: { question: undefined, step: undefined, awaits: undefined, answerer: undefined, asked: [] },
    ben: { question: undefined, step: undefined, awaits: undefined, answerer: undefined, asked: [] },
    group: { question: undefined, step: undefined, awaits: undefined, answerer: undefined, asked: [] },
  };
  let sequence = 0;

  const fail = (message: string, cause?: unknown): never => {
    const stack = cause instanceof Error ? `\n${cause.stack}` : '';
    throw new WalkFailure(`${message}${stack}\nThe walk (start ${new Date(walk.start).toISOString()}):\n${log.join('\n')}`);
  };
  const check = (ok: unknown, message: string): void => {
    if (!ok) fail(message);
  };

  const origin = (where: Where, user: string) => {
    const member = MEMBERS.find((m) => m.user === user) ?? MEMBERS[0];
    if (where === 'group') return { platform: 'test', tenant: 'T1', conversation: 'G1', user, scope: 'conversation' as const, userName: member.name };
    return { platform: 'test', tenant: 'T1', conversation: `D-${user}`, user };
  };
  const ownerOf = (where: Where, user: string): UserRef => sessionOwner({ ...origin(where, user), scope: where === 'group' ? 'conversation' : 'user' });

  /**
   * A copy of a stored session in a store of its own, driven by a fresh engine on flows of their own:
   * nothing the walking engine's flows keep in memory (the pick's last recommendation) is shared.
   */
  const otherFlows = createFlowRegistry(data);
  async function copyOf(owner: UserRef, doc: string | null): Promise<{ engine: Engine; store: MemorySessionStore }> {
    const copy = new MemorySessionStore('pivot', () => now);
    if (doc !== null) await copy.commit(owner, { expectedVersion: 0, eventId: 'copied', write: { kind: 'put', doc }, ttlMs: TTL_MS });
    return { store: copy, engine: new Engine({ store: copy, flows: otherFlows, ttlMs: TTL_MS, now: clock }) };
  }

  function stepOf(session: Session | null, shared: boolean): Place['step'] {
    const state = session?.flow;
    if (!state) return undefined;
    const flows: FlowRegistry | undefined = shared ? registry.shared : registry;
    const def = flows?.get(state.id)?.steps.find((s) => s.id === state.step);
    return def ? { flow: state.id, id: state.step, def } : undefined;
  }

  function locate(where: Where, doc: string | null, question: Reply | undefined): void {
    const place = places[where];
    const session = doc === null ? null : parseSession(doc);
    place.step = stepOf(session, where === 'group');
    if (place.step) stats.reached.set(`${place.step.flow}/${place.step.id}`, (stats.reached.get(`${place.step.flow}/${place.step.id}`) ?? 0) + 1);
    const ctx = session && { answers: session.flow?.answers ?? {}, profile: session.profile, now: clock(), menu: registry.menu, actor: { id: '' }, shared: true };
    place.awaits = ctx && where === 'group' ? place.step?.def.onlyFrom?.(ctx)?.id : undefined;
    place.answerer = (session?.flow?.answers.answerer as { id?: string } | undefined)?.id;
    if (question && question !== place.question && question.kind !== 'text') place.asked = [...place.asked, question].slice(-10);
    place.question = question;
  }

  /** Who sends an act in the group: mostly whoever the question waits for, or for a claim to score, not the answerer. */
  function sender(where: Where, act: Act): string {
    if (where !== 'group') return where;
    const place = places.group;
    const other = (user: string | undefined) => MEMBERS.find((m) => m.user !== user)?.user ?? 'ana';
    const wanted = place.awaits ?? (place.step?.id === 'scorer' ? other(place.answerer) : undefined);
    if (wanted && act.who < 8) return wanted;
    return MEMBERS[act.who % 2]?.user ?? 'ana';
  }

  function target(place: Place, on: ClickTarget, pick: number): { stepId?: string; ids: string[] } {
    if (on === 'none') return { ids: idsOf(place.question) };
    if (on === '$menu') return { stepId: '$menu', ids: registry.menu.map((c) => c.id) };
    if (on === '$forget') return { stepId: '$forget', ids: ['yes', 'no'] };
    const question = on === 'stale' ? place.asked[pick % Math.max(1, place.asked.length)] : place.question;
    return { stepId: question && 'stepId' in question ? question.stepId : place.step?.id, ids: idsOf(question) };
  }

  function plausible(place: Place, pick: number, where: Where): Event {
    const question = place.question;
    const key = place.step ? `${place.step.flow}/${place.step.id}` : '';
    if (question?.kind === 'question') {
      const yesNo = question.choices.length === 2 && question.choices[0]?.id === 'yes';
      const options: Event[] = [
        ...question.choices.map((c) => ({ kind: 'choice', stepId: question.stepId, choiceId: c.id })),
        ...question.choices.map((_, i) => ({ kind: 'text', text: String(i + 1) })),
        ...question.choices.map((c) => ({ kind: 'text', text: c.label })),
        ...(yesNo ? ['yes', 'no', 'yeah', 'nope', ...UNSURE].map((text) => ({ kind: 'text', text })) : []),
        ...(question.stepId === 'answerer' || question.stepId === 'scorer' ? [{ kind: 'text', text: 'me' }] : []),
      ];
      return options[pick % options.length] as Event;
    }
    if (question?.kind === 'checklist') {
      const items = question.items.map((i) => i.id);
      const subset = items.filter((_, i) => (pick >> i) & 1);
      const options: Event[] = [
        { kind: 'choices', stepId: question.stepId, choiceIds: subset },
        { kind: 'choices', stepId: question.stepId, choiceIds: subset },
        { kind: 'text', text: subset.map((id) => items.indexOf(id) + 1).join(' ') || 'none' },
        { kind: 'text', text: 'all' },
        { kind: 'text', text: 'none' },
      ];
      return options[pick % options.length] as Event;
    }
    const answers = typed[key];
    if (question?.kind === 'long-text') {
      const star = question.fields.some((f) => f.id === 'situation');
      const forms: Event[] = star
        ? [{ kind: 'form', stepId: question.stepId, fields: STAR_FORM }]
        : [{ kind: 'form', stepId: question.stepId, fields: { [question.fields[0]?.id ?? 'text']: [POSTING_1, POSTING_2, POSTING_3][pick % 3] as string } }];
      const options = [...forms, ...(answers ?? [STORY, 'done']).map((text) => ({ kind: 'text', text }))];
      return options[pick % options.length] as Event;
    }
    if (answers) return { kind: 'text', text: answers[pick % answers.length] as string };
    // No question yet in this chat, or a typed one without answers of its own here: say hello or start something.
    const openers = where === 'group' ? ['peer', 'hi all'] : ['hello', 'gaps', 'pick', 'practice', 'start'];
    return { kind: 'text', text: openers[pick % openers.length] as string };
  }

  function eventFor(act: Act, where: Where): Event {
    const place = places[where];
    const { move } = act;
    switch (move.kind) {
      case 'plausible':
        return plausible(place, move.pick, where);
      case 'command': {
        if (move.style === 0) return { kind: 'command', name: move.name, args: move.name === 'start' ? move.args : '' };
        const typed = [move.name, `/${move.name}`, `  ${move.name.toUpperCase()}  `, `!${move.name}`];
        return { kind: 'text', text: typed[(move.style - 1) % typed.length] as string };
      }
      case 'junk':
        return { kind: 'text', text: move.text };
      case 'paste':
        return { kind: 'text', text: `${POSTING_1}\n`.repeat(Math.ceil(move.size / (POSTING_1.length + 1))).slice(0, move.size) };
      case 'click': {
        const { stepId, ids } = target(place, move.on, move.pick);
        const choiceId = move.id ?? ids[move.pick % Math.max(1, ids.length)] ?? 'nothing';
        return { kind: 'choice', choiceId, ...(stepId ? { stepId } : {}) };
      }
      case 'form': {
        const { stepId } = target(place, move.on, 0);
        const fields = move.star ? { ...STAR_FORM, result: move.text } : { text: move.text };
        return { kind: 'form', fields, ...(stepId ? { stepId } : {}) };
      }
      case 'ticks': {
        const { stepId, ids } = target(place, move.on, 0);
        const choiceIds = [...new Set(move.picks.map((p) => ids[p] ?? `item-${p}`))];
        return { kind: 'choices', choiceIds, ...(stepId ? { stepId } : {}) };
      }
    }
  }

  const readable = (owner: UserRef, what: string): string | null => {
    const doc = store.peek(owner);
    if (doc !== null) {
      try {
        parseSession(doc);
      } catch (error) {
        fail(`${what}: the stored session cannot be read back`, error);
      }
    }
    return doc;
  };

  async function send(engineFor: Engine, where: Where, user: string, event: Event, eventId: string) {
    return engineFor.respond({ ...origin(where, user), eventId, ...event } as InboundInput);
  }

  for (const act of walk.acts) {
    now += act.minutes * 60_000;
    const where: Where = act.where < walk.group ? 'group' : act.where % 20 === 0 ? 'ben' : 'ana';
    const user = sender(where, act);
    const event = eventFor(act, where);
    const owner = ownerOf(where, user);
    const before = store.peek(owner);
    const pendingForget = before !== null && parseSession(before).pending === 'forget';
    said.push(JSON.stringify(event), ...Object.values(event).filter((v): v is string => typeof v === 'string'));
    log.push(`  > ${describeEvent(where, user, event)}`);
    stats.turns++;

    let outcome;
    try {
      outcome = await send(engine, where, user, event, `w${++sequence}`);
    } catch (error) {
      fail('the turn threw', error);
    }
    const { replies, changed } = outcome as Awaited<ReturnType<Engine['respond']>>;
    log.push(transcriptOf(replies));

    for (const reply of replies) {
      const parsed = replySchema.safeParse(reply);
      check(parsed.success, `a reply adapters cannot draw: ${JSON.stringify(reply).slice(0, 300)}`);
      const texts = textOfReply(reply);
      check(reply.kind === 'progress' || texts[0]?.trim(), `an empty ${reply.kind} reply`);
      for (const word of SUSPICIOUS) {
        const leaked = texts.some((t) => t.includes(word)) && !said.some((t) => t.includes(word));
        check(!leaked, `a reply says "${word}": ${texts.find((t) => t.includes(word))?.slice(0, 300)}`);
      }
      if (reply.kind === 'question') check(new Set(reply.choices.map((c) => c.id)).size === reply.choices.length, 'a question with two choices of the same id');
    }
    const after = readable(owner, 'after the turn');
    // In the group, what was not meant for the coach (chatter, someone else's question) gets no reply,
    // and moves nothing (it may close a menu shown over the round).
    const moved = () => !isDeepStrictEqual(placeOf(before), placeOf(after));
    check(replies.length > 0 || (where === 'group' && event.kind === 'text' && !moved()), 'the turn said nothing');

    const forgotten = pendingForget && after === null;
    check(after !== null || forgotten || (before === null && !changed), 'the session was not saved');
    // A round's result goes to the answerer's own session: it must be readable too.
    for (const member of MEMBERS) readable(ownerOf('ana', member.user), `${member.name}'s own session`);

    const copy = await copyOf(owner, after);
    let repeat;
    try {
      repeat = await send(copy.engine, where, user, { kind: 'command', name: 'repeat' }, 'repeat');
    } catch (error) {
      fail('`repeat` on a fresh engine threw', error);
    }
    const repeated = (repeat as Awaited<ReturnType<Engine['respond']>>).replies;
    const stored = after === null ? null : parseSession(after);
    const pending = stored?.pending === 'forget';
    // While `forget` waits for its yes or no, any other word (repeat too) is a no; and the menu shown
    // over a flow (`menu`) leaves the flow where it was: `repeat` asks the flow's question.
    const overlay = pending || (stored?.flow && isMenu(replies.at(-1)));
    // A question asked again after an answer that did not fit ends with the step's `reask`, worded for that answer.
    const reask = stepOf(stored, where === 'group')?.def.reask;
    const last = replies.at(-1);
    const reasked = reask !== undefined && last !== undefined && 'text' in last && last.text.endsWith(reask);
    const expected = overlay ? undefined : signature(replies, !reasked);
    if (expected !== undefined) {
      const resumed = signature(repeated, !reasked);
      check(
        isDeepStrictEqual(resumed, expected),
        `a fresh engine on the stored session asks something else on \`repeat\`:\n${transcriptOf(repeated)}\nexpected ${JSON.stringify(expected)}\ngot      ${JSON.stringify(resumed)}`,
      );
    }
    locate(where, after, pending ? replies.at(-1) : repeated.at(-1));

    await checkBack(where, user, event, owner, before, after);
  }

  /** An answer that moved one step on in the same flow: `back` returns to that step, and the same answer again gives the same session. */
  async function checkBack(where: Where, user: string, event: Event, owner: UserRef, before: string | null, after: string | null): Promise<void> {
    if (before === null || after === null) return;
    const was = parseSession(before);
    const is = parseSession(after);
    const from = was.flow;
    const to = is.flow;
    // An answer collected over several messages ends with `done`, which alone is not the answer again.
    if (!from || !to || from.id !== to.id || was.pending || is.pending || from.draft) return;
    if (to.trail.length !== from.trail.length + 1 || to.trail.at(-1) !== from.step) return;
    const copy = await copyOf(owner, after);
    // `back` is for whoever the step now waits for; the answer again comes from who gave it.
    const awaited = where === 'group' ? places.group.awaits ?? user : user;
    try {
      await send(copy.engine, where, awaited, { kind: 'command', name: 'back' }, 'back');
      const returned = copy.store.peek(owner);
      if (returned === null || parseSession(returned).flow?.step !== from.step) return;
      await send(copy.engine, where, user, event, 'again');
    } catch (error) {
      fail('`back` and the same answer again threw', error);
    }
    const again = copy.store.peek(owner);
    check(
      isDeepStrictEqual(withoutClock(again), withoutClock(after)),
      `\`back\` then the same answer gives another session:\nfirst  ${JSON.stringify(withoutClock(after)?.flow)}\nagain  ${JSON.stringify(withoutClock(again)?.flow)}`,
    );
  }
}

function isMenu(reply: Reply | undefined): boolean {
  return reply?.kind === 'question' && reply.stepId === '$menu';
}

function idsOf(question: Reply | undefined): string[] {
  if (question?.kind === 'question') return question.choices.map((c) => c.id);
  if (question?.kind === 'checklist') return question.items.map((c) => c.id);
  return [];
}

/** The property both `npm test` and `npm run fuzz` check: every walk passes every check. */
export function walkProperty(data: CoachData, maxActs: number, stats: WalkStats) {
  return fc.asyncProperty(walkArbitrary(maxActs), (walk) => runWalk(walk, data, stats));
}
