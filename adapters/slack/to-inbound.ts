import { z } from 'zod';
import type { InboundInput } from '../../src/engine/inbound.js';
import { fromSlackText, truncate } from './escape.js';
import { tenantOf } from './tenant.js';

/**
 * Slack payloads in, engine events out. Only the parts of a payload that are read are
 * described here, loosely (Slack adds fields all the time); anything that does not fit is
 * dropped by the caller rather than half-read.
 */

export const PLATFORM = 'slack';

/** Where replies go: a channel, and the thread in it when there is one. */
export interface Place {
  channel: string;
  threadTs?: string;
}

export { tenantOf } from './tenant.js';

/** The tenant of a request, from what Bolt found out about it (its context). */
export const tenantFrom = (context: { teamId?: string; enterpriseId?: string }) => tenantOf(context.teamId, context.enterpriseId);

export const conversationOf = (place: Place) => (place.threadTs ? `${place.channel}:${place.threadTs}` : place.channel);

const id = z.string().min(1).max(64);

export const messageEventSchema = z
  .object({
    type: z.literal('message'),
    channel: id,
    channel_type: z.string().optional(),
    user: id,
    text: z.string().default(''),
    ts: z.string(),
    thread_ts: z.string().optional(),
    subtype: z.string().optional(),
    bot_id: z.string().optional(),
  })
  .loose();

/** The names Slack may put in a payload: none of them is required, and any may be empty. */
const someName = z.string().optional();

export const mentionEventSchema = z
  .object({
    type: z.literal('app_mention'),
    channel: id,
    user: id,
    text: z.string().default(''),
    ts: z.string(),
    thread_ts: z.string().optional(),
    bot_id: z.string().optional(),
    user_profile: z.object({ display_name: someName, real_name: someName, name: someName }).loose().optional(),
  })
  .loose();

export const homeOpenedSchema = z.object({ type: z.literal('app_home_opened'), user: id, tab: z.string().optional() }).loose();

export const slashCommandSchema = z
  .object({
    command: z.string(),
    text: z.string().default(''),
    user_id: id,
    user_name: someName,
    channel_id: id,
    trigger_id: z.string().min(1),
    response_url: z.string().optional(),
  })
  .loose();
export type SlashCommand = z.infer<typeof slashCommandSchema>;

const buttonAction = z
  .object({ type: z.literal('button'), action_id: z.string(), block_id: z.string(), value: z.string().optional(), text: z.object({ text: z.string() }).loose(), action_ts: z.string() })
  .loose();
const selectAction = z
  .object({
    type: z.literal('static_select'),
    action_id: z.string(),
    block_id: z.string(),
    selected_option: z.object({ value: z.string(), text: z.object({ text: z.string() }).loose() }).loose(),
    action_ts: z.string(),
  })
  .loose();
export const actionSchema = z.discriminatedUnion('type', [buttonAction, selectAction]);
export type SlackAction = z.infer<typeof actionSchema>;

/** Who clicked or submitted, with their handle (`username`, and the older `name`). */
const actingUser = z.object({ id, username: someName, name: someName }).loose();
export type ActingUser = z.infer<typeof actingUser>;

export const blockActionsSchema = z
  .object({
    type: z.literal('block_actions'),
    trigger_id: z.string().min(1),
    user: actingUser,
    container: z.object({ channel_id: id.optional(), message_ts: z.string().optional(), thread_ts: z.string().optional(), is_ephemeral: z.boolean().optional() }).loose(),
    channel: z.object({ id }).loose().optional(),
    message: z.object({ ts: z.string(), thread_ts: z.string().optional(), text: z.string().optional(), blocks: z.array(z.unknown()).optional() }).loose().optional(),
    actions: z.array(z.unknown()).min(1),
  })
  .loose();
export type BlockActions = z.infer<typeof blockActionsSchema>;

export const viewSubmissionSchema = z
  .object({
    type: z.literal('view_submission'),
    user: actingUser,
    view: z.object({ id: z.string().min(1), callback_id: z.string(), private_metadata: z.string().default(''), state: z.object({ values: z.unknown() }).loose() }).loose(),
  })
  .loose();

/** Where a click's answer goes: under the message that was clicked, in its thread if it has one. */
export function placeOfClick(body: BlockActions): Place | undefined {
  const channel = body.container.channel_id ?? body.channel?.id;
  if (!channel) return undefined;
  const threadTs = body.container.thread_ts ?? body.message?.thread_ts;
  return threadTs ? { channel, threadTs } : { channel };
}

/** The longest name the engine takes; Slack's display names can be longer. */
const MAX_NAME = 80;
export const NO_NAME = 'a member';

/**
 * How a member is shown to the others in a shared conversation: the first name Slack gave, else
 * a neutral word. It is never a mention: the renderers escape it like any text a user wrote.
 */
export function memberName(...candidates: (string | undefined)[]): string {
  for (const candidate of candidates) {
    const trimmed = candidate?.trim();
    if (trimmed) return truncate(trimmed, MAX_NAME);
  }
  return NO_NAME;
}

export const nameOf = (user: ActingUser) => memberName(user.username, user.name);

export interface Origin {
  tenant: string;
  user: string;
  place: Place;
  eventId: string;
  /** Set when the event belongs to the conversation's shared session (peer practice): how the member is shown there. */
  sharedAs?: string;
}

const origin = (o: Origin) => ({
  platform: PLATFORM,
  tenant: o.tenant,
  user: o.user,
  conversation: conversationOf(o.place),
  eventId: o.eventId,
  ...(o.sharedAs === undefined ? {} : { scope: 'conversation' as const, userName: o.sharedAs }),
});

/**
 * A DM or a mention: the text without any mention of the bot itself (people write "@Pivot Coach
 * status" in DMs too). A bare mention in a channel means "start"; an empty direct message goes to
 * the engine as empty text, which answers it as Discord's and the terminal's are answered.
 */
export function messageInbound(o: Origin, slackText: string, botUserId: string | undefined, where: 'dm' | 'mention' = 'mention'): InboundInput {
  const withoutBot = botUserId ? slackText.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ') : slackText;
  const text = fromSlackText(withoutBot).trim();
  if (text || where === 'dm') return { kind: 'text', ...origin(o), text };
  return { kind: 'command', ...origin(o), name: 'start', args: '' };
}

const COMMAND_NAME = /^[a-z][a-z0-9-]{0,31}$/i;
const MAX_ARGS = 2_000;

/**
 * `/pivot status` is the command status, `/pivot start gaps` is start with "gaps", and a bare
 * `/pivot` is start. Something that cannot be a command word ("/pivot 2") is typed text, so a
 * numbered answer works from the slash command too.
 */
export function readSlash(slackText: string): { name: string; args: string } | { text: string } {
  const text = fromSlackText(slackText).trim();
  if (!text) return { name: 'start', args: '' };
  const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
  const word = match?.[1] ?? '';
  if (!COMMAND_NAME.test(word)) return { text };
  return { name: word.toLowerCase(), args: (match?.[2] ?? '').slice(0, MAX_ARGS) };
}

export function slashInbound(o: Origin, slackText: string): InboundInput {
  const read = readSlash(slackText);
  return 'text' in read ? { kind: 'text', ...origin(o), text: read.text } : { kind: 'command', ...origin(o), ...read };
}

export function choiceInbound(o: Origin, stepId: string, choiceId: string): InboundInput {
  return { kind: 'choice', ...origin(o), stepId, choiceId };
}

/** A checklist's ticks; none ticked is an answer too ("none of them"). */
export function choicesInbound(o: Origin, stepId: string, choiceIds: string[]): InboundInput {
  return { kind: 'choices', ...origin(o), stepId, choiceIds };
}

export function formInbound(o: Origin, stepId: string, fields: Record<string, string>): InboundInput {
  return { kind: 'form', ...origin(o), stepId, fields };
}

/**
 * Event ids that stay the same when Slack delivers the same thing again: the Events API's
 * event_id, a slash command's trigger_id, a click's action_ts with its user, and the modal's
 * view id (a modal is submitted once).
 */
export const eventIds = {
  event: (eventId: string) => `ev:${eventId}`,
  command: (triggerId: string) => `cmd:${triggerId}`,
  click: (user: string, actionTs: string) => `act:${user}:${actionTs}`,
  submission: (viewId: string) => `view:${viewId}`,
};
