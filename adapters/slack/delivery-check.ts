import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.js';
import type { OutboxEntry } from '../../src/outbox/entry.js';
import { slackError } from './deliver.js';

/**
 * Looking a reply up in Slack after an attempt whose outcome is unknown (a client timeout, a
 * process stopped mid-send): a DM's recent history (conversations.history, `im:history`), or a
 * thread's replies (conversations.replies: `channels:history` in a public channel,
 * `groups:history` in a private one, `im:history` in a DM's thread), for the message carrying the
 * reply's outbox id in its metadata or the file its upload made.
 */

export const REPLY_EVENT_TYPE = 'pivot_reply';

/** Where a message went: a DM or channel, and the thread in it. */
export interface PostedPlace {
  channel: string;
  threadTs?: string;
}

type FoundMessage = { metadata?: { event_type?: string; event_payload?: { reply_id?: unknown } }; files?: { id?: unknown }[] };

/**
 * Slack caps both methods at 15 messages a call for apps distributed outside the Marketplace
 * (docs.slack.dev, conversations.replies, "limit"); a few pages cover the minutes a reply is tried in.
 */
const PAGE = 15;
const PAGES = 4;

/** Whether the reply of `entry` is in `place`, read from a second before it was first enqueued. Throws when Slack does not answer. */
export async function foundInSlack(web: webApi.WebClient, place: PostedPlace, entry: OutboxEntry): Promise<boolean> {
  const fileId = entry.memo?.fileId;
  const isIt = (msg: FoundMessage) =>
    (msg.metadata?.event_type === REPLY_EVENT_TYPE && msg.metadata.event_payload?.reply_id === entry.id) || (fileId !== undefined && (msg.files ?? []).some((file) => file.id === fileId));
  const window = { channel: place.channel, oldest: (entry.createdAt / 1000 - 1).toFixed(6), include_all_metadata: true, limit: PAGE };
  let cursor: string | undefined;
  for (let page = 0; page < PAGES; page++) {
    const args = cursor ? { ...window, cursor } : window;
    const found = place.threadTs ? await web.conversations.replies({ ...args, ts: place.threadTs }) : await web.conversations.history(args);
    if (((found.messages ?? []) as FoundMessage[]).some(isIt)) return true;
    cursor = found.response_metadata?.next_cursor || undefined;
    if (!found.has_more || !cursor) return false;
  }
  return false;
}

/** Slack's answers that say this installation may not read the conversation: it will not be able to on the next try either. */
const CANNOT_READ = new Set(['missing_scope', 'not_in_channel', 'channel_not_found', 'thread_not_found', 'no_permission', 'not_allowed_token_type', 'access_denied']);
/** Slack's answers that say "not now": the look-up can be made again in a moment. */
const NOT_NOW = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/**
 * Why a look-up failed: `cannot-read` (no permission to read that conversation: an installation
 * made before the history scopes were asked for), `not-now` (a rate limit, a 5xx, a timeout), or
 * `other`. `needed` is the scope Slack said was missing, when it said.
 */
export function lookupFailure(error: unknown): { kind: 'cannot-read' | 'not-now' | 'other'; needed?: string; reason: string } {
  const e = error as { code?: string; statusCode?: number; data?: { error?: string; needed?: string } };
  const reason = String(slackError(error).slack ?? e.code ?? 'unknown');
  if (e.code === webApi.ErrorCode.PlatformError) {
    const slack = e.data?.error ?? '';
    if (CANNOT_READ.has(slack)) return { kind: 'cannot-read', reason: slack, ...(e.data?.needed ? { needed: e.data.needed } : {}) };
    return { kind: NOT_NOW.has(slack) ? 'not-now' : 'other', reason: slack };
  }
  if (e.code === webApi.ErrorCode.RateLimitedError || e.code === webApi.ErrorCode.RequestError) return { kind: 'not-now', reason };
  if (e.code === webApi.ErrorCode.HTTPError) return { kind: (e.statusCode ?? 500) >= 500 || e.statusCode === 429 ? 'not-now' : 'other', reason };
  return { kind: 'other', reason };
}

/** The scope a conversation's history needs, by its id, when Slack did not say. */
export function historyScopeFor(place: PostedPlace): string {
  if (place.channel.startsWith('D')) return 'im:history';
  // A private channel's id starts with G (older ones) or C, as a public one's does.
  return place.channel.startsWith('G') ? 'groups:history' : 'channels:history (groups:history for a private channel)';
}

/**
 * Workspaces whose installation cannot read where it posts (see lookupFailure): said once per
 * workspace in this process, with what to do, so the log is not a line per reply.
 */
export class UnreadablePlaces {
  private readonly warned = new Set<string>();

  note(logger: Logger | undefined, tenant: string, place: PostedPlace, failure: { reason: string; needed?: string }): void {
    if (this.warned.has(tenant)) return;
    this.warned.add(tenant);
    const scope = failure.needed ?? historyScopeFor(place);
    logger?.warn(
      `slack cannot read back its replies in ${place.threadTs ? 'a channel thread' : 'a conversation'} of this workspace (${failure.reason}; it needs ${scope}): a reply whose post timed out there is not posted again, so it may be missing; reinstall the app with the current manifest (adapters/slack/manifest.json) to give it ${scope}`,
      { platform: 'slack', tenant, slack: failure.reason, needed: scope },
    );
  }
}
