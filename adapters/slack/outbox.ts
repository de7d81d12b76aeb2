import { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { ChartRenderer } from '../../src/charts/chart-images.js';
import { replySchema } from '../../src/engine/reply.js';
import type { Reply } from '../../src/engine/reply.js';
import type { Logger } from '../../src/log.js';
import { turnEntryId } from '../../src/outbox/entry.js';
import type { OutboxEntry, Outgoing, TurnMessage, Where } from '../../src/outbox/entry.js';
import { Outbox } from '../../src/outbox/outbox.js';
import type { DrainReport, SendResult, Sender } from '../../src/outbox/outbox.js';
import type { OutboxStore } from '../../src/outbox/outbox-store.js';
import type { RetryPolicy } from '../../src/outbox/retry-policy.js';
import { UNSEEN_NOTICE, unstagedTurn } from '../../src/outbox/turn-guard.js';
import { slackError } from './deliver.js';
import { REPLY_EVENT_TYPE, UnreadablePlaces, foundInSlack, lookupFailure } from './delivery-check.js';
import { chartUpload, fileUpload, noFileText, shareUpload, splitAtFiles, uploadRefused } from './file-upload.js';
import type { Upload } from './file-upload.js';
import { SHARED } from './owner.js';
import { blocksFor, renderReplies } from './render-blocks.js';
import { pairOf } from './tenant.js';

/**
 * Slack's side of the outbox (src/outbox): a turn's messages are enqueued for their conversation
 * and posted in order by a Web API client that neither retries nor waits by itself, so that the
 * outbox alone decides when to try again. Each message carries its outbox id in Slack's message
 * metadata, and each upload's file id is noted in its entry before the file is shared; after a
 * timeout (the message or file may have arrived), the DM's recent history or the thread's replies
 * are read for that id before anything is posted again (see delivery-check.ts). When they cannot
 * be read just then (a rate limit, a 5xx), nothing is posted: the outbox looks again later. When
 * the installation may not read them (made before `channels:history` and `groups:history` were
 * asked for), a reply that may have arrived is not posted again (at most once, as an ephemeral
 * message), and the workspace is told in the log, once, to reinstall.
 */

/** What waits in the outbox for one Slack message: where it goes and what it says, never a token. */
const messageSchema = z.object({
  kind: z.literal('post').optional(),
  channel: z.string().min(1),
  threadTs: z.string().optional(),
  text: z.string(),
  blocks: z.array(z.unknown()),
});
export type OutboxMessage = z.infer<typeof messageSchema>;

const placeFields = { channel: z.string().min(1), threadTs: z.string().optional() };
/**
 * The other steps a turn becomes: a message only one member sees (ephemeral: Slack keeps no copy
 * to look for, so it is sent at most once: one whose attempt may have landed is not sent again;
 * only a turn that changed nothing is said this way, see slackSteps), a file and a chart image to
 * upload (drawn when sent: a file does not belong in Redis; an upload notes the id of the file it
 * made before sharing it, and a retry looks for that file in the conversation first).
 */
export const slackStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ephemeral'), ...placeFields, user: z.string().min(1), text: z.string(), blocks: z.array(z.unknown()) }),
  z.object({ kind: z.literal('file'), ...placeFields, reply: replySchema }),
  z.object({ kind: z.literal('chart'), ...placeFields, reply: replySchema }),
]);
const stepSchema = slackStepSchema;
export type SlackStep = OutboxMessage | z.infer<typeof stepSchema>;

/**
 * Where a turn's replies go, as the Slack adapter stores it with them (see Engine.respond's
 * stage): the place, whose controls the messages draw (a user, or SHARED), and who wrote.
 */
export const slackRouteSchema = z.object({
  channel: z.string().min(1),
  threadTs: z.string().optional(),
  owner: z.string().min(1),
  user: z.string().min(1),
});
export type SlackRoute = z.infer<typeof slackRouteSchema>;

/**
 * A turn's replies as Slack steps, in order: messages for everyone (in a shared thread, what
 * changed nothing is for the member who did it alone), files and chart images uploaded.
 */
export function slackSteps(turn: TurnMessage, charts: boolean): SlackStep[] {
  const route = slackRouteSchema.parse(turn.route);
  const replies = z.array(replySchema).parse(turn.replies);
  const place = { channel: route.channel, ...(route.threadTs ? { threadTs: route.threadTs } : {}) };
  const onlyFor = route.owner === SHARED && !turn.changed ? route.user : undefined;
  const steps: SlackStep[] = [];
  const messages = (piece: Reply[]) => {
    for (const m of renderReplies(piece, route.owner)) steps.push(onlyFor ? { kind: 'ephemeral', ...place, user: onlyFor, text: m.text, blocks: m.blocks } : { kind: 'post', ...place, text: m.text, blocks: m.blocks });
  };
  for (const part of splitAtFiles(replies)) {
    // A file cannot be shown to one member only: an ephemeral answer says what it is instead.
    if (part.kind === 'file') {
      if (onlyFor) messages([part.reply]);
      else steps.push({ kind: 'file', ...place, reply: part.reply });
      continue;
    }
    let run: Reply[] = [];
    for (const reply of part.replies) {
      if (charts && !onlyFor && reply.kind === 'chart' && reply.rows.length > 0) {
        messages(run);
        run = [];
        steps.push({ kind: 'chart', ...place, reply });
      } else run.push(reply);
    }
    messages(run);
  }
  return steps;
}

export { REPLY_EVENT_TYPE };

/** Platform errors that say "later", not "never". */
const TRANSIENT = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

function outcome(error: unknown): SendResult {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; original?: { code?: string } };
  const reason = String(slackError(error).slack ?? slackError(error).error);
  // The Error itself goes along for the log (type, message, stack; never Slack's whole response: see slackError).
  const logged = error instanceof Error ? { error } : {};
  if (e.code === webApi.ErrorCode.RateLimitedError) return { kind: 'retry', reason: 'rate limited', retryAfterMs: (e.retryAfter ?? 1) * 1000 };
  if (e.code === webApi.ErrorCode.HTTPError) return (e.statusCode ?? 500) >= 500 || e.statusCode === 429 ? { kind: 'retry', reason: `HTTP ${e.statusCode}`, ...logged } : { kind: 'refused', reason: `HTTP ${e.statusCode}`, ...logged };
  if (e.code === webApi.ErrorCode.PlatformError) return TRANSIENT.has(e.data?.error ?? '') ? { kind: 'retry', reason, ...logged } : { kind: 'refused', reason, ...logged };
  // A refused connection never reached Slack; a timeout or a reset may have.
  if (e.code === webApi.ErrorCode.RequestError && e.original?.code === 'ECONNREFUSED') return { kind: 'retry', reason: 'connection refused', ...logged };
  return { kind: 'uncertain', reason, ...logged };
}

/** Slack's message metadata carrying a reply's outbox id: what `delivered` looks for. */
const replyMetadata = (id: string) => ({ metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { reply_id: id } } });

/** What a sender needs to say which workspace cannot read back its replies (see UnreadablePlaces). */
export interface ReadBack {
  tenant: string;
  unreadable: UnreadablePlaces;
}

/**
 * Posts one conversation's messages with `client` (no retries of its own: see slackOutbox);
 * `charts` draws chart images; `timeoutMs` bounds an upload's bytes as the client's calls are.
 */
export function slackSender(client: webApi.WebClient | (() => Promise<webApi.WebClient>), charts?: ChartRenderer, logger?: Logger, timeoutMs?: number, readBack?: ReadBack): Sender {
  const clientNow = async () => (typeof client === 'function' ? client() : client);
  // Replies whose look-up Slack could not answer just now (see delivered): not posted on this attempt.
  const lookAgain = new Set<string>();
  return {
    expand: (turn) => slackSteps(turn, charts !== undefined),
    async send(entry, note): Promise<SendResult> {
      if (lookAgain.delete(entry.id)) return { kind: 'uncertain', reason: 'Slack could not be asked whether an earlier attempt arrived; it is asked again before anything is posted' };
      const step = stepSchema.safeParse(entry.message);
      if (step.success) {
        try {
          return await sendStep(await clientNow(), step.data, { id: entry.id, note, charts, logger, timeoutMs });
        } catch (error) {
          const result = outcome(error);
          if (step.data.kind !== 'ephemeral' || result.kind !== 'uncertain') return result;
          // Slack keeps no copy of an ephemeral message to look for: one that may have arrived is not sent again.
          logger?.warn('slack ephemeral message may not have arrived; not sent again, as Slack keeps no copy to check', { reason: result.reason });
          return { kind: 'sent' };
        }
      }
      const m = messageSchema.parse(entry.message);
      try {
        await (await clientNow()).chat.postMessage({
          channel: m.channel,
          ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...replyMetadata(entry.id),
        } as webApi.ChatPostMessageArguments);
        return { kind: 'sent' };
      } catch (error) {
        return outcome(error);
      }
    },
    async delivered(entry: OutboxEntry): Promise<boolean | undefined> {
      const step = stepSchema.safeParse(entry.message);
      // An ephemeral message cannot be read back: sent at most once, so one whose attempt may have landed counts as arrived.
      if (step.success && step.data.kind === 'ephemeral') return entry.tried !== 'retry';
      const parsed = step.success ? step.data : messageSchema.safeParse(entry.message).data;
      if (!parsed) return undefined;
      const place = { channel: parsed.channel, ...(parsed.threadTs ? { threadTs: parsed.threadTs } : {}) };
      // Slack said the last attempt did not take (a 5xx, a 429): nothing of it can be there to double.
      const mayHaveLanded = entry.tried !== 'retry';
      try {
        return await foundInSlack(await clientNow(), place, entry);
      } catch (error) {
        const failure = lookupFailure(error);
        if (!mayHaveLanded) {
          logger?.debug('slack could not look for a reply that did not land; it is posted again', { reason: failure.reason });
          return false;
        }
        if (failure.kind === 'cannot-read') {
          // It may be there, and cannot be checked: not posted again (never twice), and said.
          if (readBack) readBack.unreadable.note(logger, readBack.tenant, place, failure);
          logger?.warn('slack reply may have arrived and cannot be looked up here; not posted again', { reason: failure.reason, thread: place.threadTs !== undefined });
          return true;
        }
        if (failure.kind === 'not-now') {
          lookAgain.add(entry.id);
          logger?.warn('slack could not be asked whether a reply arrived; it is asked again before anything is posted', { reason: failure.reason });
          return undefined;
        }
        throw error;
      }
    },
  };
}

interface StepContext {
  id: string;
  note: (memo: Record<string, string>) => Promise<void>;
  charts: ChartRenderer | undefined;
  logger: Logger | undefined;
  timeoutMs: number | undefined;
}

/**
 * One upload or ephemeral message. An upload notes its file's id before sharing it (see
 * shareUpload); one Slack refuses for good is said another way, as a message carrying the
 * step's id; any other failure is thrown, for the outbox to try again.
 */
async function sendStep(web: webApi.WebClient, step: z.infer<typeof stepSchema>, context: StepContext): Promise<SendResult> {
  const place = { channel: step.channel, ...(step.threadTs ? { threadTs: step.threadTs } : {}) };
  const thread = step.threadTs ? { thread_ts: step.threadTs } : {};
  const upload = async (what: Upload): Promise<'sent' | 'refused'> => {
    try {
      await shareUpload(web, place, what, { made: (fileId) => context.note({ fileId }), ...(context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}) });
      return 'sent';
    } catch (error) {
      if (!uploadRefused(error)) throw error;
      context.logger?.warn('slack refused an upload; said another way', slackError(error));
      return 'refused';
    }
  };
  const post = async (text: string, blocks?: unknown[]) => {
    await web.chat.postMessage({ channel: step.channel, ...thread, text, ...(blocks ? { blocks } : {}), unfurl_links: false, unfurl_media: false, ...replyMetadata(context.id) } as webApi.ChatPostMessageArguments);
  };
  switch (step.kind) {
    case 'ephemeral':
      await web.chat.postEphemeral({ channel: step.channel, user: step.user, ...thread, text: step.text, blocks: step.blocks as never });
      return { kind: 'sent' };
    case 'file':
      if (step.reply.kind !== 'file') return { kind: 'refused', reason: 'not a file' };
      // Refused (no files:write): the reply's words, and how else to get the file.
      if ((await upload(fileUpload(step.reply))) === 'refused') await post(noFileText(step.reply));
      return { kind: 'sent' };
    case 'chart': {
      if (step.reply.kind !== 'chart') return { kind: 'refused', reason: 'not a chart' };
      const { charts, logger } = context;
      const image = charts ? await charts(step.reply).catch((error: unknown) => void logger?.warn('slack chart not drawn, sent as text', { error })) : undefined;
      if (image && (await upload(chartUpload(image, step.reply.title))) === 'sent') return { kind: 'sent' };
      // Never lost: the chart as text bars, as where a file cannot go.
      await post(step.reply.title, blocksFor(step.reply, SHARED));
      return { kind: 'sent' };
    }
  }
}

export interface SlackOutboxOptions {
  store: OutboxStore;
  logger: Logger;
  clientOptions: webApi.WebClientOptions;
  policy: RetryPolicy;
  /** The client's own timeout: after one, the outbox waits this long before looking for the message. */
  timeoutMs: number;
  /** The bot token of a tenant, for replies another process left behind (undefined: not ours to send). */
  tokenFor: (tenant: string) => Promise<string | undefined>;
  /** Draws chart replies as images; text bars without it. */
  charts?: ChartRenderer;
  /** Whether a session queue's turn committed (see Outbox's `landed`). */
  landed?: (where: Where, eventId: string) => Promise<boolean>;
}

/** The Slack app's outbox: posting a turn's messages, and picking up what a stopped process left. */
export class SlackOutbox {
  readonly outbox: Outbox;
  private readonly clients = new Map<string, webApi.WebClient>();
  private readonly unreadable = new UnreadablePlaces();

  constructor(private readonly options: SlackOutboxOptions) {
    this.outbox = new Outbox({ store: options.store, policy: options.policy, uncertainWaitMs: options.timeoutMs, logger: options.logger, ...(options.landed ? { landed: options.landed } : {}) });
  }

  /** A client that never retries or waits by itself: the outbox decides, and sees every 429 and timeout. */
  private clientFor(token: string, tenant: string): webApi.WebClient {
    // As Bolt's own client for an event: team_id on every call, which an org-wide install needs.
    const teamId = pairOf(tenant).teamId;
    const key = `${token}\n${teamId ?? ''}`;
    let client = this.clients.get(key);
    if (!client) {
      const options = { ...this.options.clientOptions, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: this.options.timeoutMs };
      client = new webApi.WebClient(token, teamId ? { ...options, teamId } : options);
      this.clients.set(key, client);
    }
    return client;
  }

  /** A turn's messages and uploads, in order, after whatever still waits for this conversation. */
  post(where: Where, token: string, messages: readonly { id: string; message: SlackStep }[]): Promise<DrainReport> {
    return this.outbox.post(where, messages as Outgoing[], this.sender(token, where.tenant));
  }

  /**
   * A turn's replies from its session queue (Engine.respond's `queue`): the engine enqueued them
   * with its commit (`staged`), or, when it did not (a refusal, an outage), they are enqueued here
   * as the engine said them, under an id of their own (the event's may yet be staged by a commit
   * that lands late). Then everything waiting there goes out, in order.
   */
  deliver(queue: Where, token: string, turn: { eventId: string; staged?: true; message: TurnMessage }): Promise<DrainReport> {
    const sender = this.sender(token, queue.tenant);
    if (turn.staged) return this.outbox.drain(queue, sender);
    return this.outbox.post(queue, [{ id: turnEntryId(`${turn.eventId}@1`), message: unstagedTurn(turn.eventId, turn.message) }], sender);
  }

  /** A typed answer that arrived while the reply before it had not reached the person: not applied (see Outbox.holdForUnseen). */
  holdForUnseen(queue: Where, token: string, eventId: string, route: SlackRoute): Promise<DrainReport> {
    const notice: TurnMessage = { kind: 'turn', route, replies: [UNSEEN_NOTICE], changed: false };
    return this.outbox.holdForUnseen(queue, eventId, notice, this.sender(token, queue.tenant));
  }

  private sender(token: string, tenant: string): Sender {
    return slackSender(this.clientFor(token, tenant), this.options.charts, this.options.logger, this.options.timeoutMs, { tenant, unreadable: this.unreadable });
  }

  /** Sends what other processes left for Slack conversations; returns how many messages went out. */
  recover(): Promise<number> {
    return this.outbox.recover((where) => {
      if (where.platform !== 'slack') return undefined;
      return slackSender(
        async () => {
          const token = await this.options.tokenFor(where.tenant);
          if (!token) throw new Error('no bot token for this workspace');
          return this.clientFor(token, where.tenant);
        },
        this.options.charts,
        this.options.logger,
        this.options.timeoutMs,
        { tenant: where.tenant, unreadable: this.unreadable },
      );
    });
  }
}
