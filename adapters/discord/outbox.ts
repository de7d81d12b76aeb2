import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, Routes } from 'discord.js';
import type { REST } from 'discord.js';
import { z } from 'zod';
import type { ChartRenderer } from '../../src/charts/chart-images.js';
import { replySchema } from '../../src/engine/reply.js';
import type { Reply } from '../../src/engine/reply.js';
import type { Logger } from '../../src/log.js';
import { turnEntryId } from '../../src/outbox/entry.js';
import type { OutboxEntry, TurnMessage, Where } from '../../src/outbox/entry.js';
import { Outbox } from '../../src/outbox/outbox.js';
import type { DrainReport, SendResult, Sender } from '../../src/outbox/outbox.js';
import type { OutboxStore } from '../../src/outbox/outbox-store.js';
import type { RetryPolicy } from '../../src/outbox/retry-policy.js';
import { UNSEEN_NOTICE, unstagedTurn } from '../../src/outbox/turn-guard.js';
import { renderReplies } from './render-message.js';
import type { DiscordPayload } from './render-message.js';

/**
 * Discord's side of the outbox (src/outbox): a turn's messages to a channel (a DM, a coaching or
 * peer thread) wait in its queue and are created in order through discord.js's REST client,
 * which waits out 429s per route and retries 5xx and timeouts a few times itself. Each message
 * carries a nonce made from its outbox id with `enforce_nonce`, so Discord itself refuses to
 * create it twice: a retry after a timeout, by discord.js or by the outbox, posts nothing new.
 * Messages with a file attached go the same way: a staged turn's file or chart is drawn when it
 * is sent; a message rendered before it was queued carries its attachment (a few kilobytes, a
 * chart image a few dozen) until Discord has it.
 */

const bodySchema = z.object({
  channelId: z.string().regex(/^\d{15,21}$/),
  body: z.record(z.string(), z.unknown()),
  /**
   * A message's attachments (a plan file, a chart image), base64, when the message was rendered
   * before it was queued (DiscordOutbox.post): kept only until Discord has the message.
   */
  files: z.array(z.object({ name: z.string().min(1), data: z.string(), description: z.string().optional() })).optional(),
});
type Queued = z.infer<typeof bodySchema>;

/** Discord's nonce is at most 25 characters: a digest of the outbox id, the same on every attempt. */
export const nonceOf = (id: string) => createHash('sha256').update(id).digest('base64url').slice(0, 25);

/** The REST body of a message, as discord.js would build it from the payload. */
export function restBody(payload: DiscordPayload): Record<string, unknown> {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    ...(payload.embeds ? { embeds: payload.embeds } : {}),
    ...(payload.components ? { components: payload.components } : {}),
    allowed_mentions: { parse: [...payload.allowedMentions.parse], replied_user: payload.allowedMentions.repliedUser },
  };
}

function outcome(error: unknown): SendResult {
  if (error instanceof RateLimitError) return { kind: 'retry', reason: 'rate limited', retryAfterMs: error.retryAfter };
  if (error instanceof HTTPError) return { kind: 'retry', reason: `HTTP ${error.status}`, error };
  if (error instanceof DiscordAPIError) return error.status >= 500 ? { kind: 'retry', reason: `HTTP ${error.status}`, error } : { kind: 'refused', reason: `${error.status} ${error.code}`, error };
  // A timeout or a reset: the message may exist; the nonce makes the next attempt safe.
  return { kind: 'uncertain', reason: (error as Error)?.message ?? String(error), error };
}

/**
 * Where a turn's replies go, as the Discord adapter stores it with them (see Engine.respond's
 * stage): the channel (a DM, a coaching or peer thread), and whose components they draw.
 */
export const discordRouteSchema = z.object({
  channelId: z.string().regex(/^\d{15,21}$/),
  owner: z.string().min(1),
  /**
   * A turn that changes nothing is answered to the member alone (an ephemeral message the adapter
   * sends at once, sent at most once and not kept): its staged entry makes no channel message. A
   * turn that changed the session is sent to the channel as any other, so it cannot be lost.
   */
  ephemeral: z.literal(true).optional(),
});
export type DiscordRoute = z.infer<typeof discordRouteSchema>;

/** A file or a chart image: made into its message with its attachment when sent (a file does not belong in Redis twice). */
const attachedSchema = z.object({ kind: z.enum(['file', 'chart']), channelId: z.string().regex(/^\d{15,21}$/), owner: z.string().min(1), reply: replySchema });
type Attached = z.infer<typeof attachedSchema>;

/** A turn's replies as Discord messages, in order: files and chart images each a message of their own, as renderReplies makes them. */
export function discordSteps(turn: TurnMessage, charts: boolean): (Queued | Attached)[] {
  const { channelId, owner, ephemeral } = discordRouteSchema.parse(turn.route);
  if (ephemeral && !turn.changed) return [];
  const replies = z.array(replySchema).parse(turn.replies);
  const steps: (Queued | Attached)[] = [];
  let run: Reply[] = [];
  const flush = () => {
    for (const payload of renderReplies(run, owner)) steps.push({ channelId, body: restBody(payload) });
    run = [];
  };
  for (const reply of replies) {
    const kind = reply.kind === 'file' ? 'file' : reply.kind === 'chart' && charts && reply.rows.length > 0 ? 'chart' : undefined;
    if (!kind) {
      run.push(reply);
      continue;
    }
    flush();
    steps.push({ kind, channelId, owner, reply });
  }
  flush();
  return steps;
}

/** A file or chart message, drawn now: its attachment goes as a multipart file beside the JSON body. */
async function attachedMessage(step: Attached, charts: ChartRenderer | undefined, logger: Logger | undefined): Promise<{ body: Record<string, unknown>; files: { name: string; data: Buffer }[] }> {
  const images = new Map<Reply, Awaited<ReturnType<ChartRenderer>>>();
  if (step.kind === 'chart' && step.reply.kind === 'chart' && charts) {
    // Never lost: a chart that cannot be drawn goes as text bars.
    const image = await charts(step.reply).catch((error: unknown) => void logger?.warn('discord chart not drawn, sent as text', { error }));
    if (image) images.set(step.reply, image);
  }
  const [payload] = renderReplies([step.reply], step.owner, images);
  if (!payload) return { body: {}, files: [] };
  const files = payload.files ?? [];
  return {
    body: { ...restBody(payload), attachments: files.map((file, id) => ({ id, filename: file.name, ...(file.description ? { description: file.description } : {}) })) },
    files: files.map((file) => ({ name: file.name, data: file.attachment })),
  };
}

/** A queued message as REST sends it: its attachments decoded, and listed in the body as Discord asks. */
function queuedMessage(queued: Queued): { channelId: string; body: Record<string, unknown>; files: { name: string; data: Buffer }[] } {
  const files = queued.files ?? [];
  if (files.length === 0) return { channelId: queued.channelId, body: queued.body, files: [] };
  const attachments = files.map((file, id) => ({ id, filename: file.name, ...(file.description ? { description: file.description } : {}) }));
  return { channelId: queued.channelId, body: { ...queued.body, attachments }, files: files.map((file) => ({ name: file.name, data: Buffer.from(file.data, 'base64') })) };
}

/** A rendered payload as it waits in the outbox: its body, and its attachments (if any) as base64. */
export function queuedOf(channelId: string, payload: DiscordPayload): Queued {
  const files = (payload.files ?? []).map((file) => ({ name: file.name, data: Buffer.from(file.attachment).toString('base64'), ...(file.description ? { description: file.description } : {}) }));
  return { channelId, body: restBody(payload), ...(files.length > 0 ? { files } : {}) };
}

export function discordSender(rest: REST, charts?: ChartRenderer, logger?: Logger): Sender {
  return {
    expand: (turn) => discordSteps(turn, charts !== undefined),
    async send(entry: OutboxEntry): Promise<SendResult> {
      const attached = attachedSchema.safeParse(entry.message);
      try {
        const { channelId, body, files } = attached.success ? { channelId: attached.data.channelId, ...(await attachedMessage(attached.data, charts, logger)) } : queuedMessage(bodySchema.parse(entry.message));
        await rest.post(Routes.channelMessages(channelId), { body: { ...body, nonce: nonceOf(entry.id), enforce_nonce: true }, ...(files.length > 0 ? { files } : {}) });
        return { kind: 'sent' };
      } catch (error) {
        return outcome(error);
      }
    },
  };
}

export interface DiscordOutboxOptions {
  store: OutboxStore;
  rest: REST;
  logger: Logger;
  policy?: RetryPolicy;
  /** Draws chart replies as images when a staged turn is sent; text bars without it. */
  charts?: ChartRenderer;
  /** Whether a session queue's turn committed (see Outbox's `landed`). */
  landed?: (where: Where, eventId: string) => Promise<boolean>;
}

/** The coach's outbox on one discord.js client. */
export class DiscordOutbox {
  readonly outbox: Outbox;

  constructor(private readonly options: DiscordOutboxOptions) {
    // The nonce makes a resend harmless, so an uncertain attempt is tried again after the usual backoff.
    this.outbox = new Outbox({ store: options.store, logger: options.logger, uncertainWaitMs: 0, ...(options.policy ? { policy: options.policy } : {}), ...(options.landed ? { landed: options.landed } : {}) });
  }

  /** A turn's messages to `channelId` (attachments included), in order, behind whatever still waits there. */
  post(where: Where, channelId: string, turnId: string, payloads: readonly DiscordPayload[]): Promise<DrainReport> {
    const outgoing = payloads.map((payload, i) => ({ id: `${turnId}#${i}`, message: queuedOf(channelId, payload) }));
    return this.outbox.post(where, outgoing, this.sender());
  }

  /**
   * A turn's replies from its session queue (Engine.respond's `queue`): enqueued by the engine
   * with its commit (`staged`), or here, as the engine said them, under an id of their own when
   * it did not (a refusal, an outage). Then everything waiting there goes out, in order.
   */
  deliver(queue: Where, turn: { eventId: string; staged?: true; message: TurnMessage }): Promise<DrainReport> {
    if (turn.staged) return this.outbox.drain(queue, this.sender());
    return this.outbox.post(queue, [{ id: turnEntryId(`${turn.eventId}@1`), message: unstagedTurn(turn.eventId, turn.message) }], this.sender());
  }

  /** A typed answer that arrived while the reply before it had not reached the person: not applied (see Outbox.holdForUnseen). */
  holdForUnseen(queue: Where, eventId: string, route: DiscordRoute): Promise<DrainReport> {
    const notice: TurnMessage = { kind: 'turn', route, replies: [UNSEEN_NOTICE], changed: false };
    return this.outbox.holdForUnseen(queue, eventId, notice, this.sender());
  }

  private sender(): Sender {
    return discordSender(this.options.rest, this.options.charts, this.options.logger);
  }

  /** Sends what other processes left for Discord conversations. */
  recover(): Promise<number> {
    return this.outbox.recover((where) => (where.platform === 'discord' ? this.sender() : undefined));
  }
}
