import { ComponentType, DiscordAPIError, MessageFlags } from 'discord.js';
import type { AnyThreadChannel, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction, RepliableInteraction, StringSelectMenuInteraction } from 'discord.js';
import { COMMAND_NAME, PEER_SUBCOMMAND, PERSONAL_SUBCOMMANDS } from './commands.js';
import { answeredRow } from './components.js';
import { acknowledge, interactionOutbox } from './deliver.js';
import type { DiscordCoach, Turned } from './discord-coach.js';
import { buildModal } from './forms.js';
import { decodeAction, readOwner } from './owner.js';
import type { Action } from './owner.js';
import { displayName, peerOf, peerThread, personal } from './party.js';
import type { Party } from './party.js';
import { NO_MENTIONS } from './render-message.js';
import type { DiscordPayload } from './render-message.js';
import { isOwnThread, isPeerThread } from './threads.js';
import { choiceInbound, choicesInbound, commandInbound, formInbound } from './to-inbound.js';
import type { Place } from './to-inbound.js';
import { notYoursText } from '../../src/engine/replies.js';
import { sessionQueue } from '../../src/outbox/entry.js';
import type { Where } from '../../src/outbox/entry.js';
import { DM_TENANT, PLATFORM } from './to-inbound.js';

export const NOT_YOURS = "These buttons belong to another member's coaching, so I've left them alone. Use `/pivot start` to get your own.";
export const NOT_OURS = "This button is from an older version of the coach. Say `repeat` (or use `/pivot repeat`) to get the current question.";
export const PEER_IN_DM = 'Peer practice is for a server channel with your study group; `/pivot practice` practises on your own.';
export const PEER_NO_THREAD = "I couldn't open a thread for peer practice here. Use `/pivot peer` in a server text channel where I may create public threads and send messages in them.";

const EPHEMERAL = { flags: MessageFlags.Ephemeral } as const;

type Component = ButtonInteraction | StringSelectMenuInteraction;

function place(interaction: Interaction, party: Party, channelId = interaction.channelId ?? ''): Place {
  return { eventId: interaction.id, guildId: interaction.guildId, channelId, userId: interaction.user.id, ...peerOf(party, interaction.member, interaction.user) };
}

/** Slash commands, buttons, selects and modals; anything else (autocomplete, other apps' commands) is not ours. */
export async function onInteraction(coach: DiscordCoach, interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName !== COMMAND_NAME) return;
    if (interaction.options.getSubcommand(false) === PEER_SUBCOMMAND) await onPeer(coach, interaction);
    else await onCommand(coach, interaction);
    return;
  }
  if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
    const action = decodeAction(interaction.customId);
    const party = await partyOf(coach, interaction, action);
    if (!action || !party) return;
    if (interaction.isModalSubmit()) await onModal(coach, interaction, action, party);
    else await onComponent(coach, interaction, action, party);
  }
}

/**
 * The engine's words for a step that is another member's, said before any turn. The mention shows
 * as their name in the thread (it pings nobody: NO_MENTIONS), and needs nothing remembered.
 */
export const notYourStep = (memberId: string) => notYoursText(`<@${memberId}>`);

/**
 * Whose session a component belongs to, or undefined once the click was refused. A member's own
 * components are theirs alone: anyone else is refused before any turn. A peer thread's belong to
 * the thread whoever they wait for, so the event is the conversation's: one that waits for a member
 * refuses the others here, before a modal opens; one that waits for nobody (a claim) is everyone's,
 * and the engine, which knows whose turn each step is, refuses the others itself.
 */
async function partyOf(coach: DiscordCoach, interaction: Component | ModalSubmitInteraction, action: Action | undefined): Promise<Party | undefined> {
  const refuse = async (content: string) => {
    await interaction.reply({ content, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
    return undefined;
  };
  // The answered marker, an older coach's component, or a peer thread's outside one: none that can be answered.
  if (!action || action.kind === 'done') return refuse(NOT_OURS);
  const channel = interaction.channel;
  const owner = readOwner(action.owner);
  if (owner.shared) {
    if (!isPeerThread(channel, coach.botId)) return refuse(NOT_OURS);
    const awaited = owner.member;
    return awaited === undefined || awaited === interaction.user.id ? peerThread(channel.id) : refuse(notYourStep(awaited));
  }
  if (owner.member === interaction.user.id) return personal(interaction.user.id);
  coach.logger.debug('discord click by someone other than the owner refused', { guild: interaction.guildId });
  return refuse(NOT_YOURS);
}

/**
 * Sends a slash command's turn: in `thread`, with an ephemeral pointer to it, or else as the
 * command's own answer. Only a redelivery the engine recognised gets no replies: then the
 * "thinking" message is taken away.
 */
async function answerCommand(coach: DiscordCoach, interaction: ChatInputCommandInteraction, party: Party, payloads: DiscordPayload[], to: { thread: AnyThreadChannel; pointer: string } | { ephemeral: boolean }): Promise<void> {
  if (payloads.length === 0) {
    await interaction.deleteReply().catch(() => undefined);
    return;
  }
  if ('thread' in to) {
    await coach.send(to.thread, payloads, { eventId: interaction.id, guildId: interaction.guildId });
    await interaction.editReply({ content: to.pointer, allowedMentions: NO_MENTIONS });
    return;
  }
  if (to.ephemeral) await interactionOutbox(interaction, { ephemeral: true, editFirst: true }, coach.logger).send(payloads);
  else await answerInChannel(coach, interaction, party, payloads, true);
}

/**
 * The session queue of `party` in the interaction's channel: where the replies to their typed
 * messages wait too, so a click's or a command's replies keep their order with those, are
 * created once (a nonce Discord enforces), wait out a 429 with the rest behind them, and, when
 * every retry fails, stay first in line for the person's next message.
 */
function queueOf(interaction: Interaction, party: Party): Where {
  const tenant = interaction.guildId ?? DM_TENANT;
  const channelId = interaction.channelId ?? '';
  return party.shared ? sessionQueue({ platform: PLATFORM, tenant, user: channelId, shared: true }, channelId) : sessionQueue({ platform: PLATFORM, tenant, user: interaction.user.id }, channelId);
}

/**
 * A non-ephemeral answer to an interaction, in a channel the coach writes to (a DM, the member's
 * own thread, a peer thread): as channel messages through the party's session queue, not as
 * webhook follow-ups (which carry no nonce and cannot be looked up after a timeout). With
 * `editFirst` (a deferred command), the first message replaces the "thinking" one, an edit that
 * is safe to repeat; when Discord refuses the edit, that message goes through the queue too.
 */
async function answerInChannel(coach: DiscordCoach, interaction: RepliableInteraction, party: Party, payloads: readonly DiscordPayload[], editFirst: boolean): Promise<void> {
  let queued = payloads;
  if (editFirst && payloads[0]) {
    const edited = await interaction.editReply(payloads[0]).then(
      () => true,
      (error: unknown) => {
        // Discord answered no: the edit did not happen, so the message goes through the queue. A
        // timeout may have edited it: it is not sent again (discord.js already repeated the edit).
        coach.logger.warn('discord could not put a command’s answer in place', { error });
        return !(error instanceof DiscordAPIError);
      },
    );
    if (edited) queued = payloads.slice(1);
    else await interaction.deleteReply().catch(() => undefined);
  }
  if (queued.length === 0) return;
  try {
    await coach.outbox.post(queueOf(interaction, party), interaction.channelId ?? '', interaction.id, queued);
  } catch (error) {
    // The outbox lives in the store: without it, the follow-ups are the only way left.
    coach.logger.error('discord outbox unreachable; the answer goes as follow-ups', { error });
    await interactionOutbox(interaction, { ephemeral: false, editFirst: false }, coach.logger).send(queued);
  }
}

/**
 * `/pivot <subcommand>`. In DMs and in the member's own thread the answer comes right there. In a
 * server channel, what concerns only them (status, help, forget, plan, progress) is ephemeral,
 * and the conversation moves to their thread, with an ephemeral pointer to it.
 */
async function onCommand(coach: DiscordCoach, interaction: ChatInputCommandInteraction): Promise<void> {
  const name = interaction.options.getSubcommand(false) ?? 'start';
  const topic = interaction.options.getString('topic');
  const inServer = interaction.inGuild();
  const personalOnly = PERSONAL_SUBCOMMANDS.has(name);
  const inOwnThread = inServer && isOwnThread(interaction.channel, interaction.user, coach.botId);
  const toThread = inServer && !personalOnly && !inOwnThread;
  const ephemeral = inServer && (personalOnly || toThread);
  if ((await acknowledge(() => interaction.deferReply(ephemeral ? EPHEMERAL : {}), coach.logger)) !== 'ok') return;

  const party = personal(interaction.user.id);
  await coach.inOrder(party, async () => {
    const thread: AnyThreadChannel | undefined = toThread ? await coach.threads.open(interaction.channel, interaction.user, coach.botId) : undefined;
    const { payloads } = await coach.turn(() => commandInbound(place(interaction, party, thread?.id), { name, topic }), party);
    await answerCommand(coach, interaction, party, payloads, thread ? { thread, pointer: `Your coaching continues in your thread: <#${thread.id}>` } : { ephemeral });
  });
}

/**
 * `/pivot peer`: a round of interview practice for the study group, in a public thread of the
 * channel, whose session its members share. Used in a peer thread, the new round starts right
 * there, in the open, so that everyone sees who started it; elsewhere in a server the coach opens
 * the member's peer thread (or finds it again) and points to it. A DM has no group to practise with.
 */
async function onPeer(coach: DiscordCoach, interaction: ChatInputCommandInteraction): Promise<void> {
  if (!interaction.inGuild()) {
    await interaction.reply({ content: PEER_IN_DM, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  const here = isPeerThread(interaction.channel, coach.botId) ? interaction.channel : undefined;
  if ((await acknowledge(() => interaction.deferReply(here ? {} : EPHEMERAL), coach.logger)) !== 'ok') return;
  const thread = here ?? (await coach.threads.openPeer(interaction.channel, interaction.user, coach.botId));
  if (!thread) {
    await interaction.editReply({ content: PEER_NO_THREAD, allowedMentions: NO_MENTIONS });
    return;
  }
  const party = peerThread(thread.id);
  await coach.inOrder(party, async () => {
    const { payloads } = await coach.turn(() => commandInbound(place(interaction, party, thread.id), { name: PEER_SUBCOMMAND }), party);
    const pointer = `Peer practice is open in <#${thread.id}>: ask your study group to join you there.`;
    await answerCommand(coach, interaction, party, payloads, here ? { ephemeral: false } : { thread, pointer });
  });
}

/** What was picked, as the button or options said it, for the marker left on the message. */
function pickedLabel(interaction: Component, action: Action): string {
  const component = interaction.component as { label?: string | null; options?: readonly { label: string; value: string }[] } | null;
  if (!interaction.isStringSelectMenu()) return component?.label ?? 'Picked';
  const options = component?.options ?? [];
  if (action.kind !== 'checklist') return options.find((option) => option.value === interaction.values[0])?.label ?? 'Picked';
  // The options are numbered as the checklist is: the numbers say it shortest.
  const ticked = interaction.values.map((value) => options.findIndex((option) => option.value === value) + 1).filter((number) => number > 0);
  return ticked.length > 0 ? `Ticked ${ticked.join(', ')}` : 'None ticked';
}

const isEphemeral = (interaction: Component | ModalSubmitInteraction) => interaction.message?.flags.has(MessageFlags.Ephemeral) ?? false;

/**
 * A button or a select: "Open the form" opens its modal at once (a modal cannot follow a
 * deferral); a choice or a checklist is acknowledged first (deferUpdate), then the turn runs, and
 * the answer follows (answerOnMessage).
 */
async function onComponent(coach: DiscordCoach, interaction: Component, action: Action, party: Party): Promise<void> {
  if (action.kind === 'form') {
    await interaction.showModal(buildModal(action, coach.forms.fieldsFor(action, party.key)));
    return;
  }
  if (action.kind !== 'choice' && action.kind !== 'select' && action.kind !== 'checklist') return;
  if ((await acknowledge(() => interaction.deferUpdate(), coach.logger)) !== 'ok') return;
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  const inbound = () => (action.kind === 'checklist' ? choicesInbound(place(interaction, party), action, values) : choiceInbound(place(interaction, party), action, values));
  await coach.inOrder(party, async () => answerOnMessage(coach, interaction, party, await coach.turn(inbound, party), pickedLabel(interaction, action)));
}

/**
 * The answer to a click or a form on a message: the message keeps what was picked instead of its
 * components, so that it cannot be answered twice by mistake, and the replies follow.
 *
 * In a peer thread the replies are for everyone, and the picker is named on the marker. A turn
 * that changed nothing there was refused by the engine (the step is another member's, or the
 * answer did not fit): the message stays open for whoever it waits for, and only the clicker is
 * told, without components: nothing is answered from a message the others cannot see.
 */
async function answerOnMessage(coach: DiscordCoach, interaction: Component | ModalSubmitInteraction, party: Party, turned: Turned, picked: string): Promise<void> {
  if (turned.payloads.length === 0) return;
  if (party.shared && !turned.changed) {
    const words = turned.payloads.flatMap(({ components: _, ...payload }) => (payload.content || payload.embeds ? [payload] : []));
    await interactionOutbox(interaction, { ephemeral: true, editFirst: false }, coach.logger).send(words);
    return;
  }
  const label = party.shared ? `${picked} · ${displayName(interaction.member, interaction.user)}` : picked;
  await interaction.editReply({ components: answeredRow(party.owner, label), allowedMentions: NO_MENTIONS }).catch((error: unknown) => {
    coach.logger.warn('discord could not mark the answered message', { error });
  });
  if (!party.shared && isEphemeral(interaction)) await interactionOutbox(interaction, { ephemeral: true, editFirst: false }, coach.logger).send(turned.payloads);
  else await answerInChannel(coach, interaction, party, turned.payloads, false);
}

/** A submitted form: its text fields go to the engine as one form answer for the step it was drawn for. */
async function onModal(coach: DiscordCoach, interaction: ModalSubmitInteraction, action: Action, party: Party): Promise<void> {
  if (action.kind !== 'modal') return;
  const fromMessage = interaction.isFromMessage();
  const ack = fromMessage ? () => interaction.deferUpdate() : () => interaction.deferReply(interaction.inGuild() ? EPHEMERAL : {});
  if ((await acknowledge(ack, coach.logger)) !== 'ok') return;
  const inputs = [...interaction.fields.fields.values()].flatMap((field) => (field.type === ComponentType.TextInput ? [{ customId: field.customId, value: field.value }] : []));
  await coach.inOrder(party, async () => {
    const turned = await coach.turn(() => formInbound(place(interaction, party), action, inputs), party);
    if (fromMessage) await answerOnMessage(coach, interaction, party, turned, 'Sent');
    else if (turned.payloads.length > 0 && interaction.inGuild()) await interactionOutbox(interaction, { ephemeral: true, editFirst: true }, coach.logger).send(turned.payloads);
    else if (turned.payloads.length > 0) await answerInChannel(coach, interaction, party, turned.payloads, true);
  });
}
