import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, Routes } from 'discord.js';
import type { REST } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../src/log.js';
import type { OutboxEntry, Where } from '../../src/outbox/entry.js';
import { Outbox } from '../../src/outbox/outbox.js';
import type { DrainReport, SendResult, Sender } from '../../src/outbox/outbox.js';
import type { OutboxStore } from '../../src/outbox/outbox-store.js';
import type { RetryPolicy } from '../../src/outbox/retry-policy.js';
import type { DiscordPayload } from './render-message.js';

/**
 * Discord's side of the outbox (src/outbox): a turn's messages to a channel (a DM, a coaching or
 * peer thread) wait in its queue and are created in order through discord.js's REST client,
 * which waits out 429s per route and retries 5xx and timeouts a few times itself. Each message
 * carries a nonce made from its outbox id with `enforce_nonce`, so Discord itself refuses to
 * create it twice: a retry after a timeout, by discord.js or by the outbox, posts nothing new.
 * Messages with a file attached are sent directly (a file does not belong in Redis).
 */

const bodySchema = z.object({
  channelId: z.string().regex(/^\d{15,21}$/),
  body: z.record(z.string(), z.unknown()),
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

export function discordSender(rest: REST): Sender {
  return {
    async send(entry: OutboxEntry): Promise<SendResult> {
      const { channelId, body }: Queued = bodySchema.parse(entry.message);
      try {
        await rest.post(Routes.channelMessages(channelId), { body: { ...body, nonce: nonceOf(entry.id), enforce_nonce: true } });
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
}

/** The coach's outbox on one discord.js client. */
export class DiscordOutbox {
  readonly outbox: Outbox;

  constructor(private readonly options: DiscordOutboxOptions) {
    // The nonce makes a resend harmless, so an uncertain attempt is tried again after the usual backoff.
    this.outbox = new Outbox({ store: options.store, logger: options.logger, uncertainWaitMs: 0, ...(options.policy ? { policy: options.policy } : {}) });
  }

  /** A turn's messages to `channelId`, in order, behind whatever still waits there. */
  post(where: Where, channelId: string, turnId: string, payloads: readonly DiscordPayload[]): Promise<DrainReport> {
    const outgoing = payloads.map((payload, i) => ({ id: `${turnId}#${i}`, message: { channelId, body: restBody(payload) } satisfies Queued }));
    return this.outbox.post(where, outgoing, discordSender(this.options.rest));
  }

  /** Sends what other processes left for Discord conversations. */
  recover(): Promise<number> {
    return this.outbox.recover((where) => (where.platform === 'discord' ? discordSender(this.options.rest) : undefined));
  }
}
