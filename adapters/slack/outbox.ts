import { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../src/log.js';
import type { OutboxEntry, Outgoing, Where } from '../../src/outbox/entry.js';
import { Outbox } from '../../src/outbox/outbox.js';
import type { DrainReport, SendResult, Sender } from '../../src/outbox/outbox.js';
import type { OutboxStore } from '../../src/outbox/outbox-store.js';
import type { RetryPolicy } from '../../src/outbox/retry-policy.js';
import { slackError } from './deliver.js';
import { pairOf } from './tenant.js';

/**
 * Slack's side of the outbox (src/outbox): a turn's messages are enqueued for their conversation
 * and posted in order by a Web API client that neither retries nor waits by itself, so that the
 * outbox alone decides when to try again. Each message carries its outbox id in Slack's message
 * metadata; after a timeout (the message may have been posted), the conversation's recent
 * history is read for that id before anything is posted again (`im:history` covers DMs).
 */

/** What waits in the outbox for one Slack message: where it goes and what it says, never a token. */
const messageSchema = z.object({
  channel: z.string().min(1),
  threadTs: z.string().optional(),
  text: z.string(),
  blocks: z.array(z.unknown()),
});
export type OutboxMessage = z.infer<typeof messageSchema>;

export const REPLY_EVENT_TYPE = 'pivot_reply';

/** Platform errors that say "later", not "never". */
const TRANSIENT = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

function outcome(error: unknown): SendResult {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; original?: { code?: string } };
  const reason = String(slackError(error).slack ?? slackError(error).error);
  if (e.code === webApi.ErrorCode.RateLimitedError) return { kind: 'retry', reason: 'rate limited', retryAfterMs: (e.retryAfter ?? 1) * 1000 };
  if (e.code === webApi.ErrorCode.HTTPError) return (e.statusCode ?? 500) >= 500 || e.statusCode === 429 ? { kind: 'retry', reason: `HTTP ${e.statusCode}` } : { kind: 'refused', reason: `HTTP ${e.statusCode}` };
  if (e.code === webApi.ErrorCode.PlatformError) return TRANSIENT.has(e.data?.error ?? '') ? { kind: 'retry', reason } : { kind: 'refused', reason };
  // A refused connection never reached Slack; a timeout or a reset may have.
  if (e.code === webApi.ErrorCode.RequestError && e.original?.code === 'ECONNREFUSED') return { kind: 'retry', reason: 'connection refused' };
  return { kind: 'uncertain', reason };
}

/** Posts one conversation's messages with `client` (no retries of its own: see slackOutbox). */
export function slackSender(client: webApi.WebClient | (() => Promise<webApi.WebClient>)): Sender {
  const clientNow = async () => (typeof client === 'function' ? client() : client);
  return {
    async send(entry: OutboxEntry): Promise<SendResult> {
      const m = messageSchema.parse(entry.message);
      try {
        await (await clientNow()).chat.postMessage({
          channel: m.channel,
          ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { reply_id: entry.id } },
        } as webApi.ChatPostMessageArguments);
        return { kind: 'sent' };
      } catch (error) {
        return outcome(error);
      }
    },
    async delivered(entry: OutboxEntry): Promise<boolean | undefined> {
      const m = messageSchema.parse(entry.message);
      const web = await clientNow();
      // From a second before the reply was first enqueued: a few messages at most.
      const window = { channel: m.channel, oldest: (entry.createdAt / 1000 - 1).toFixed(6), include_all_metadata: true, limit: 100 };
      const found = m.threadTs ? await web.conversations.replies({ ...window, ts: m.threadTs }) : await web.conversations.history(window);
      const messages = (found.messages ?? []) as { metadata?: { event_type?: string; event_payload?: { reply_id?: unknown } } }[];
      return messages.some((msg) => msg.metadata?.event_type === REPLY_EVENT_TYPE && msg.metadata.event_payload?.reply_id === entry.id);
    },
  };
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
}

/** The Slack app's outbox: posting a turn's messages, and picking up what a stopped process left. */
export class SlackOutbox {
  readonly outbox: Outbox;
  private readonly clients = new Map<string, webApi.WebClient>();

  constructor(private readonly options: SlackOutboxOptions) {
    this.outbox = new Outbox({ store: options.store, policy: options.policy, uncertainWaitMs: options.timeoutMs, logger: options.logger });
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

  /** A turn's messages, in order, after whatever still waits for this conversation. */
  post(where: Where, token: string, messages: readonly { id: string; message: OutboxMessage }[]): Promise<DrainReport> {
    return this.outbox.post(where, messages as Outgoing[], slackSender(this.clientFor(token, where.tenant)));
  }

  /** Sends what other processes left for Slack conversations; returns how many messages went out. */
  recover(): Promise<number> {
    return this.outbox.recover((where) => {
      if (where.platform !== 'slack') return undefined;
      return slackSender(async () => {
        const token = await this.options.tokenFor(where.tenant);
        if (!token) throw new Error('no bot token for this workspace');
        return this.clientFor(token, where.tenant);
      });
    });
  }
}
