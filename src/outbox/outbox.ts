import { randomUUID } from 'node:crypto';
import { silentLogger } from '../log.js';
import type { Logger } from '../log.js';
import { isTurnEntry, isUnseenNotice, newEntry, unseenNoticeId } from './entry.js';
import type { OutboxEntry, Outgoing, TurnMessage, Where } from './entry.js';
import type { OutboxStore } from './outbox-store.js';
import { DEFAULT_RETRY_POLICY, attemptsLeft, retryDelayMs } from './retry-policy.js';
import type { RetryPolicy } from './retry-policy.js';

/** What one attempt to send a reply came to, as the platform's sender saw it. */
export type SendResult =
  | { kind: 'sent' }
  /** Not delivered (a 429, a 5xx): try again, after `retryAfterMs` when the platform said. */
  | { kind: 'retry'; reason: string; retryAfterMs?: number; error?: unknown }
  /** Maybe delivered (the client timed out waiting): the next attempt first asks whether it arrived. */
  | { kind: 'uncertain'; reason: string; error?: unknown }
  /** Never deliverable (the channel is gone, the message is malformed): dropped, and said in the log. */
  | { kind: 'refused'; reason: string; error?: unknown };

/** A platform's way of delivering one conversation's replies. */
export interface Sender {
  /**
   * One attempt. `note` keeps what the sender learns mid-attempt in the entry (OutboxEntry.memo),
   * under the lease, before the step that would show the reply: it throws when the lease is lost.
   */
  send(entry: OutboxEntry, note: (memo: Record<string, string>) => Promise<void>): Promise<SendResult>;
  /**
   * After an attempt whose outcome is unknown: whether that reply is already in the conversation
   * (Slack: a message carrying its id in its metadata); undefined when it cannot tell.
   */
  delivered?(entry: OutboxEntry): Promise<boolean | undefined>;
  /**
   * A turn's platform-neutral replies (as the engine enqueued them with its commit) as the
   * platform's messages, in order: they take the turn's place at the head of the queue, ids
   * `<turn>#0`, `#1`…, and are sent one by one as any other. Without it, a turn entry is sent as it is.
   */
  expand?(turn: TurnMessage): Promise<unknown[]> | unknown[];
}

export interface OutboxOptions {
  store: OutboxStore;
  policy?: RetryPolicy;
  /** How long after an uncertain attempt to look for the reply before sending it again: the client's timeout. */
  uncertainWaitMs?: number;
  /** How long a sender's lease lasts without renewal: a process that dies frees its conversations this fast. */
  leaseMs?: number;
  /** How long a waiting reply is kept at most. */
  ttlMs?: number;
  logger?: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** This process's name, the start of every lease it takes. */
  owner?: string;
  /**
   * Whether the turn of `eventId` committed, read from the session store (`where` is its session
   * queue): a "may have been saved" notice (TurnMessage.unlessLanded) is not sent after a turn that did.
   */
  landed?: (where: Where, eventId: string) => Promise<boolean>;
}

export interface DrainReport {
  sent: number;
  /** Replies still waiting: kept for a retry, or for the person's next message. */
  waiting: number;
  /** Another process holds the conversation's lease and sends its replies, ours included. */
  busy: boolean;
}

const TURN_SUFFIX = '#turn';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Replies to a conversation go out through its outbox: in the order they were enqueued, one
 * conversation at a time by whichever process holds its lease, each attempt recorded before it
 * is made. A reply that fails is retried after the platform's Retry-After or a backoff, and the
 * ones behind it wait, so nothing overtakes it. After an attempt that may have landed (a
 * timeout), the sender is asked whether it did before anything is sent again. A reply whose
 * retries are spent stays first in line and goes out when the person next writes (post), before
 * the answer to that message: they never miss the question they are expected to answer.
 */
export class Outbox {
  readonly owner: string;
  private readonly policy: RetryPolicy;
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly leaseMs: number;
  private readonly uncertainWaitMs: number;
  private readonly ttlMs: number;

  constructor(private readonly options: OutboxOptions) {
    this.owner = options.owner ?? randomUUID();
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? wait;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.uncertainWaitMs = options.uncertainWaitMs ?? 10_000;
    this.ttlMs = options.ttlMs ?? 7 * 86_400_000;
  }

  get store(): OutboxStore {
    return this.options.store;
  }

  /**
   * A turn's replies: enqueued behind whatever still waits for this conversation, then sent. The
   * person just wrote, so a reply whose retries were spent gets a new budget and goes first
   * (whoever holds the lease sees the newer reply behind it and renews it).
   */
  async post(where: Where, outgoing: readonly Outgoing[], sender: Sender): Promise<DrainReport> {
    const now = this.now();
    await this.store.append(where, outgoing.map((o) => newEntry(o, now)), this.ttlMs);
    return this.drain(where, sender);
  }

  /**
   * Whether the first reply waiting for `where` has spent its retries: the person has not seen it,
   * so what they write now cannot be its answer. False while it is still being tried (it may
   * arrive any moment), and when the queue cannot be read (the turn then runs as usual).
   */
  async unseen(where: Where): Promise<boolean> {
    try {
      const head = await this.store.head(where);
      return head !== undefined && !isTurnEntry(head) && head.attempts > 0 && attemptsLeft(this.policy, head) === 0;
    } catch (error) {
      this.logger.warn('outbox: could not read whether a reply is still waiting', { platform: where.platform, error });
      return false;
    }
  }

  /**
   * A message that arrived while the reply before it had not reached the person (see unseen): it is
   * not applied; what waits goes out again first, then `notice` (once, however many messages
   * arrive before Slack or Discord takes them). `eventId` is the message's: it counts as a new
   * contact, so the kept replies get a new retry budget.
   */
  async holdForUnseen(where: Where, eventId: string, notice: Outgoing['message'], sender: Sender): Promise<DrainReport> {
    const last = await this.store.last(where);
    if (last === undefined || !isUnseenNotice(last)) await this.store.append(where, [newEntry({ id: unseenNoticeId(eventId), message: notice }, this.now())], this.ttlMs);
    this.logger.info('outbox: a message arrived before the reply it would answer reached the person; not applied, the reply goes again', { platform: where.platform });
    return this.drain(where, sender, eventId);
  }

  /**
   * Sends what waits for `where`, in order, while this process holds the lease. `contact`: the
   * person's new message, which renews a spent reply's budget (by default, the newest reply waiting).
   */
  async drain(where: Where, sender: Sender, contact?: string): Promise<DrainReport> {
    let sent = 0;
    // Each drain holds its own lease, so two drains of one process (a turn's, a sweep's) never run at once.
    const holder = `${this.owner}:${randomUUID()}`;
    for (;;) {
      if (!(await this.store.lease(where, holder, this.leaseMs))) return { sent, waiting: await this.store.size(where), busy: true };
      let ended: 'empty' | 'stopped';
      try {
        const run = await this.sendWhileLeased(where, sender, holder, contact);
        sent += run.sent;
        ended = run.ended;
      } finally {
        await this.store.release(where, holder);
      }
      // A reply enqueued while the lease was being let go would otherwise wait for the next contact.
      const waiting = await this.store.size(where);
      if (waiting === 0) await this.store.settled?.(where);
      if (ended === 'stopped' || waiting === 0) return { sent, waiting, busy: false };
    }
  }

  private async sendWhileLeased(where: Where, sender: Sender, holder: string, contact: string | undefined): Promise<{ sent: number; ended: 'empty' | 'stopped' }> {
    let sent = 0;
    for (;;) {
      let entry = await this.store.head(where);
      if (!entry) return { sent, ended: 'empty' };
      if (sender.expand && isTurnEntry(entry)) {
        if (!(await this.expand(where, entry, sender, holder))) return { sent, ended: 'stopped' };
        continue;
      }
      if (attemptsLeft(this.policy, entry) === 0) {
        // A newer reply behind it means the person wrote again: the kept reply gets a new budget, once per contact.
        const newest = contact ?? (await this.store.last(where));
        if (newest === undefined || newest === entry.id || newest === entry.renewedFor) return { sent, ended: 'stopped' };
        // Our own backoff gives way to the person's new message; the platform's Retry-After does not.
        entry = { ...entry, budgetFrom: entry.attempts, renewedFor: newest, notBefore: Math.max(this.now(), entry.heldUntil ?? 0) };
        this.logger.info('outbox: a reply kept from before goes out with the new message', { platform: where.platform, attempts: entry.attempts });
      }
      if (!(await this.waitUntil(where, entry.notBefore, holder))) return { sent, ended: 'stopped' };
      if (entry.attempts > 0 && sender.delivered && (await this.safely(() => sender.delivered?.(entry as OutboxEntry))) === true) {
        this.logger.info('outbox: an earlier attempt had arrived, so it is not sent again', { platform: where.platform, attempts: entry.attempts });
        if (!(await this.store.remove(where, entry.id, holder))) return { sent, ended: 'stopped' };
        sent++;
        continue;
      }
      // Recorded before the attempt: if this process dies mid-send, the next one knows to look first.
      entry = { ...entry, attempts: entry.attempts + 1, tried: 'unknown' };
      if (!(await this.store.update(where, entry, holder))) return { sent, ended: 'stopped' };
      let current = entry;
      const note = async (memo: Record<string, string>) => {
        current = { ...current, memo };
        if (!(await this.store.update(where, current, holder))) throw new Error('the outbox lease was lost mid-send');
      };
      const result = await sender.send(entry, note).catch((error: unknown): SendResult => ({ kind: 'uncertain', reason: (error as Error)?.message ?? String(error), error }));
      entry = current;
      if (result.kind === 'sent' || result.kind === 'refused') {
        if (result.kind === 'refused') this.logger.error('outbox: a reply the platform will never take was dropped', { platform: where.platform, reason: result.reason, error: result.error });
        if (!(await this.store.remove(where, entry.id, holder))) return { sent, ended: 'stopped' };
        if (result.kind === 'sent') sent++;
        continue;
      }
      const delay =
        result.kind === 'uncertain'
          ? Math.max(this.uncertainWaitMs, retryDelayMs(this.policy, entry.attempts - entry.budgetFrom))
          : retryDelayMs(this.policy, entry.attempts - entry.budgetFrom, result.retryAfterMs);
      const heldUntil = result.kind === 'retry' && result.retryAfterMs !== undefined ? { heldUntil: this.now() + delay } : {};
      entry = { ...entry, notBefore: this.now() + delay, ...heldUntil, tried: result.kind };
      await this.store.update(where, entry, holder);
      const left = attemptsLeft(this.policy, entry);
      // The platform's error with its stack, when there was one (a client timeout, a reset).
      const fields = { platform: where.platform, reason: result.reason, attempts: entry.attempts, retryInMs: delay, error: result.error };
      if (left === 0) {
        this.logger.error('outbox: reply not delivered after every retry; it waits for the next message from this conversation', fields);
        return { sent, ended: 'stopped' };
      }
      this.logger.warn(`outbox: reply not delivered (${result.kind}), retrying`, fields);
    }
  }

  /** Puts the platform messages of a turn entry in its place; false if the lease was lost. */
  private async expand(where: Where, entry: OutboxEntry & { message: TurnMessage }, sender: Sender, holder: string): Promise<boolean> {
    let messages: unknown[];
    try {
      messages = (await this.superseded(where, entry.message)) ? [] : await (sender.expand as NonNullable<Sender['expand']>)(entry.message);
    } catch (error) {
      // A turn that cannot be drawn will not be drawn on the next try either: dropped, and said loudly.
      this.logger.error('outbox: a turn’s replies could not be turned into messages and were dropped', { platform: where.platform, error });
      messages = [];
    }
    const base = entry.id.endsWith(TURN_SUFFIX) ? entry.id.slice(0, -TURN_SUFFIX.length) : entry.id;
    const entries = messages.map((message, n) => ({ ...newEntry({ id: `${base}#${n}`, message }, entry.createdAt), notBefore: this.now() }));
    return this.store.replaceHead(where, entry.id, entries, holder, this.ttlMs);
  }

  /** A "may have been saved" notice whose turn committed after all: its own replies, ahead of it, said so. */
  private async superseded(where: Where, message: TurnMessage): Promise<boolean> {
    if (message.unlessLanded === undefined || !this.options.landed) return false;
    try {
      if (!(await this.options.landed(where, message.unlessLanded))) return false;
    } catch (error) {
      // Unknown: the notice goes, as it is true either way ("it may have been saved").
      this.logger.warn('outbox: could not read whether an uncertain turn landed; its notice is sent', { platform: where.platform, error });
      return false;
    }
    this.logger.info('outbox: an uncertain turn had been saved after all; its replies went first, so its "may have been saved" notice is not sent', { platform: where.platform });
    return true;
  }

  /** Waits until `at`, renewing the lease; false if the lease was lost meanwhile. */
  private async waitUntil(where: Where, at: number, holder: string): Promise<boolean> {
    for (let left = at - this.now(); left > 0; left = at - this.now()) {
      await this.sleep(Math.min(left, this.leaseMs / 3));
      if (!(await this.store.lease(where, holder, this.leaseMs))) return false;
    }
    return true;
  }

  private async safely<T>(check: () => Promise<T> | undefined): Promise<T | undefined> {
    try {
      return await check();
    } catch (error) {
      this.logger.warn('outbox: could not check whether a reply had arrived', { error });
      return undefined;
    }
  }

  /**
   * Picks up conversations whose replies another process left (it stopped, or died mid-send):
   * for each with replies waiting and no live lease, sends them. `senderFor` gives the platform's
   * sender for a conversation, or undefined for another platform's. Returns how many were sent.
   */
  async recover(senderFor: (where: Where) => Sender | undefined): Promise<number> {
    let sent = 0;
    for (const where of await this.store.pending()) {
      const sender = senderFor(where);
      if (sender) sent += (await this.drain(where, sender)).sent;
    }
    return sent;
  }
}
