import { z } from 'zod';
import type { InboundInput } from '../../src/engine/inbound.js';
import { SUBCOMMAND_NAMES, START_TOPICS } from './commands.js';
import type { Action } from './owner.js';

/**
 * Discord events as the engine's Inbound. What is read from Discord is checked here with zod
 * (ids are snowflakes, a select gives one value and a checklist at most 25, a modal at most five
 * text fields of 4,000 characters), so that nothing unexpected reaches the engine.
 */
export const PLATFORM = 'discord';
/** Direct messages belong to no server: each user's DM session is their own, under this tenant. */
export const DM_TENANT = 'dm';

const snowflake = z.string().regex(/^\d{15,21}$/, 'a Discord id');

const placeSchema = z.object({
  /** The interaction id or the message id: a redelivery carries the same one, and the engine drops it. */
  eventId: snowflake,
  guildId: snowflake.nullable(),
  /** Where the replies go: the DM channel, the member's thread, or the channel itself. */
  channelId: snowflake,
  userId: snowflake,
  /** In a peer thread: the event belongs to the thread's shared session, and the member is shown by this name. */
  peer: z.object({ userName: z.string().trim().min(1).max(80) }).optional(),
});
export type Place = z.input<typeof placeSchema>;

const commandSchema = z.object({
  name: z.enum(SUBCOMMAND_NAMES),
  topic: z.enum(START_TOPICS).nullish(),
});

const selectValueSchema = z.string().min(1).max(100);
const selectValuesSchema = z.array(selectValueSchema).length(1);
/** A checklist's multi-select: none to all of its 25 options at most. */
const ticksSchema = z.array(selectValueSchema).max(25);

const modalFieldsSchema = z
  .array(z.object({ customId: z.string().min(1).max(100), value: z.string().max(4_000) }))
  .min(1)
  .max(5);

function origin(raw: Place) {
  const place = placeSchema.parse(raw);
  const shared = place.peer ? { scope: 'conversation' as const, userName: place.peer.userName } : {};
  return { platform: PLATFORM, tenant: place.guildId ?? DM_TENANT, conversation: place.channelId, user: place.userId, eventId: place.eventId, ...shared };
}

/** The step a component was drawn for, when its custom_id still carries it. */
const stepOf = (action: { stepId?: string }) => (action.stepId !== undefined ? { stepId: action.stepId } : {});

/** `/pivot <subcommand>`: the subcommand is the engine's command word; `/pivot start topic:` names a flow. */
export function commandInbound(place: Place, command: { name: string; topic?: string | null }): InboundInput {
  const { name, topic } = commandSchema.parse(command);
  return { kind: 'command', ...origin(place), name, args: topic ?? '' };
}

/** A button gives its choice in the custom_id; a select gives it as its one value. */
export function choiceInbound(place: Place, action: Extract<Action, { kind: 'choice' | 'select' }>, values: readonly string[] = []): InboundInput {
  const choiceId = action.kind === 'choice' ? action.choiceId : (selectValuesSchema.parse(values)[0] as string);
  return { kind: 'choice', ...origin(place), choiceId, ...stepOf(action) };
}

/** A checklist's multi-select: the ticked items' ids, none included ("none of them"). */
export function choicesInbound(place: Place, action: Extract<Action, { kind: 'checklist' }>, values: readonly string[]): InboundInput {
  return { kind: 'choices', ...origin(place), choiceIds: ticksSchema.parse(values), ...stepOf(action) };
}

/**
 * A submitted modal, its fields by id in the form's order. Empty fields are left out (several
 * optional STAR parts would otherwise add blank lines); when all are empty, they all go, so that
 * the engine answers "That was empty".
 */
export function formInbound(place: Place, action: Extract<Action, { kind: 'modal' }>, inputs: readonly { customId: string; value: string }[]): InboundInput {
  const fields = modalFieldsSchema.parse(inputs);
  const filled = fields.filter((field) => field.value.trim() !== '');
  const kept = filled.length > 0 ? filled : fields;
  return {
    kind: 'form',
    ...origin(place),
    fields: Object.fromEntries(kept.map((field) => [field.customId, field.value])),
    ...stepOf(action),
  };
}

export function textInbound(place: Place, text: string): InboundInput {
  return { kind: 'text', ...origin(place), text };
}

/** A message's text without the mentions of the bot that made it reach the coach. */
export function withoutBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/[ \t]{2,}/g, ' ').trim();
}
