import { ComponentType, MessageFlags } from 'discord.js';
import type { AnyThreadChannel, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction, RepliableInteraction, StringSelectMenuInteraction } from 'discord.js';
import { COMMAND_NAME, PEER_SUBCOMMAND, PERSONAL_SUBCOMMANDS } from './commands.js';
import { answeredRow } from './components.js';
import { acknowledge, interactionOutbox } from './deliver.js';
import type { DiscordCoach } from './discord-coach.js';
import type { DiscordRoute } from './outbox.js';
import type { InboundInput } from '../../src/engine/inbound.js';
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

/** Said where a member used `/pivot` in a server when their coaching thread cannot be had there. */
export const NO_THREAD =
  "I couldn't open your coaching thread in this channel, so I've left your coaching as it was. Use `/pivot` in a text channel where I may create threads, or in a direct message with me.";

/** The pointer left where a command was used when its answer went to the member's thread. */
export const threadPointer = (threadId: string) => `Your coaching continues in your thread: <#${threadId}>`;

/** What a deferred command's own reply says once its answer went as messages right below it. */
export const ANSWERED_BELOW = '-# Answered below.';

const turnOf = (interaction: Interaction) => ({ eventId: interaction.id, guildId: interaction.guildId });

/**
 * A turn from an interaction, answered in `channelId` (a DM, the member's coaching thread, a peer
 * thread) as channel messages through the party's session queue, staged with the commit: they keep
 * their order with the person's typed replies, are created once (a nonce Discord enforces), wait
 * out a 429 with the rest behind them, stay first in line when every retry fails, and are not lost
 * when the process dies right after the commit. With `ephemeral`, a turn that changed nothing is
 * said to the member alone instead (`privately`), as nothing is lost if it never arrives.
 *
 * Then the interaction's own reply: a deferred command's "thinking" points to the thread when the
 * answer went there, else says the answer is below (or goes, for a redelivery); after a click
 * (deferUpdate) a pointer follows when the answer went to another channel.
 */
async function answerIn(
  coach: DiscordCoach,
  interaction: RepliableInteraction,
  party: Party,
  channelId: string,
  inbound: () => InboundInput,
  options: { ephemeral: boolean; deferred: 'reply' | 'update'; pointer?: string; taken?: (changed: boolean) => Promise<void>; privately?: (payloads: DiscordPayload[]) => DiscordPayload[] },
): Promise<void> {
  const route: DiscordRoute = { channelId, owner: party.owner, ...(options.ephemeral ? { ephemeral: true as const } : {}) };
  const privately = interactionOutbox(interaction, { ephemeral: true, editFirst: options.deferred === 'reply' }, coach.logger);
  const answered = await coach.answerTo(route, inbound, party, turnOf(interaction), {
    ...(options.taken ? { taken: options.taken } : {}),
    ephemeral: (payloads) => privately.send(options.privately ? options.privately(payloads) : payloads),
  });
  const elsewhere = channelId !== interaction.channelId;
  const pointer = options.pointer ?? threadPointer(channelId);
  const warn = (error: unknown) => coach.logger.warn('discord could not answer the interaction itself', { error });
  if (options.deferred === 'reply') {
    if (answered.replies.length === 0) await interaction.deleteReply().catch(() => undefined);
    else if (answered.inChannel) await interaction.editReply({ content: elsewhere ? pointer : ANSWERED_BELOW, allowedMentions: NO_MENTIONS }).catch(warn);
  } else if (answered.inChannel && elsewhere) await interaction.followUp({ content: pointer, ...EPHEMERAL, allowedMentions: NO_MENTIONS }).catch(warn);
}

/** The member's coaching thread for an interaction in a server: the channel itself when used there, else found or opened. */
function homeThread(coach: DiscordCoach, interaction: Interaction): Promise<AnyThreadChannel | undefined> {
  const channel = interaction.channel;
  return isOwnThread(channel, interaction.user, coach.botId) ? Promise.resolve(channel) : coach.threads.open(channel, interaction.user, coach.botId);
}

/**
 * `/pivot <subcommand>`. In DMs the answer comes right there. In a server it goes to the member's
 * coaching thread, with an ephemeral pointer when used elsewhere; what concerns only them (status,
 * help, forget, plan, export, progress) is said ephemerally where they asked when it changed
 * nothing, and goes to their thread like the rest when it did (`forget` asks there). Where no
 * thread can be had, nothing is run and they are told where to go instead.
 */
async function onCommand(coach: DiscordCoach, interaction: ChatInputCommandInteraction): Promise<void> {
  const name = interaction.options.getSubcommand(false) ?? 'start';
  const topic = interaction.options.getString('topic');
  const party = personal(interaction.user.id);
  const inbound = (channelId: string) => () => commandInbound(place(interaction, party, channelId), { name, topic });
  if (!interaction.inGuild()) {
    if ((await acknowledge(() => interaction.deferReply(), coach.logger)) !== 'ok') return;
    await coach.inOrder(party, () => answerIn(coach, interaction, party, interaction.channelId, inbound(interaction.channelId), { ephemeral: false, deferred: 'reply' }));
    return;
  }
  const personalOnly = PERSONAL_SUBCOMMANDS.has(name);
  const inOwnThread = isOwnThread(interaction.channel, interaction.user, coach.botId);
  if ((await acknowledge(() => interaction.deferReply(personalOnly || !inOwnThread ? EPHEMERAL : {}), coach.logger)) !== 'ok') return;
  await coach.inOrder(party, async () => {
    const thread = await homeThread(coach, interaction);
    if (!thread) {
      await interaction.editReply({ content: NO_THREAD, allowedMentions: NO_MENTIONS });
      return;
    }
    await answerIn(coach, interaction, party, thread.id, inbound(thread.id), { ephemeral: personalOnly, deferred: 'reply' });
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
  const pointer = `Peer practice is open in <#${thread.id}>: ask your study group to join you there.`;
  await coach.inOrder(party, () => answerIn(coach, interaction, party, thread.id, () => commandInbound(place(interaction, party, thread.id), { name: PEER_SUBCOMMAND }), { ephemeral: false, deferred: 'reply', pointer }));
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
  const inbound = (channelId: string) => () => (action.kind === 'checklist' ? choicesInbound(place(interaction, party, channelId), action, values) : choiceInbound(place(interaction, party, channelId), action, values));
  await coach.inOrder(party, () => answerOnMessage(coach, interaction, party, inbound, pickedLabel(interaction, action)));
}

/** The words of replies said to one member alone: no components, since nothing is answered from a message the others cannot see. */
const wordsOnly = (payloads: DiscordPayload[]) => payloads.flatMap(({ components: _, ...payload }) => (payload.content || payload.embeds ? [payload] : []));

/**
 * The answer to a click or a form on a message: once the engine has taken it, the message keeps
 * what was picked instead of its components, so that it cannot be answered twice by mistake, and
 * the replies follow as channel messages, staged with the turn's commit (answerIn).
 *
 * In a peer thread the replies are for everyone, and the picker is named on the marker. A turn
 * that changed nothing there was refused by the engine (the step is another member's, or the
 * answer did not fit): the message stays open for whoever it waits for, and only the clicker is
 * told, without components. A member's click on an ephemeral message (an answer to `/pivot help`
 * used in a channel) is answered the same way: ephemerally when it changed nothing, else in their
 * coaching thread with a pointer to it; where no thread can be had, nothing is run.
 */
async function answerOnMessage(coach: DiscordCoach, interaction: Component | ModalSubmitInteraction, party: Party, inbound: (channelId: string) => () => InboundInput, picked: string): Promise<void> {
  const label = party.shared ? `${picked} · ${displayName(interaction.member, interaction.user)}` : picked;
  const taken = async (changed: boolean) => {
    if (party.shared && !changed) return;
    await interaction.editReply({ components: answeredRow(party.owner, label), allowedMentions: NO_MENTIONS }).catch((error: unknown) => {
      coach.logger.warn('discord could not mark the answered message', { error });
    });
  };
  if (party.shared || !isEphemeral(interaction)) {
    const channelId = interaction.channelId ?? '';
    await answerIn(coach, interaction, party, channelId, inbound(channelId), { ephemeral: party.shared, deferred: 'update', taken, privately: wordsOnly });
    return;
  }
  const thread = await homeThread(coach, interaction);
  if (!thread) {
    await interaction.followUp({ content: NO_THREAD, ...EPHEMERAL, allowedMentions: NO_MENTIONS }).catch(() => undefined);
    return;
  }
  await answerIn(coach, interaction, party, thread.id, inbound(thread.id), { ephemeral: true, deferred: 'update', taken });
}

/** A submitted form: its text fields go to the engine as one form answer for the step it was drawn for. */
async function onModal(coach: DiscordCoach, interaction: ModalSubmitInteraction, action: Action, party: Party): Promise<void> {
  if (action.kind !== 'modal') return;
  const fromMessage = interaction.isFromMessage();
  const ack = fromMessage ? () => interaction.deferUpdate() : () => interaction.deferReply(interaction.inGuild() ? EPHEMERAL : {});
  if ((await acknowledge(ack, coach.logger)) !== 'ok') return;
  const inputs = [...interaction.fields.fields.values()].flatMap((field) => (field.type === ComponentType.TextInput ? [{ customId: field.customId, value: field.value }] : []));
  const inbound = (channelId: string) => () => formInbound(place(interaction, party, channelId), action, inputs);
  await coach.inOrder(party, async () => {
    if (fromMessage) {
      await answerOnMessage(coach, interaction, party, inbound, 'Sent');
      return;
    }
    // A form opened from no message (the coach shows none so today): answered as a personal command.
    if (!interaction.inGuild()) {
      const channelId = interaction.channelId ?? '';
      await answerIn(coach, interaction, party, channelId, inbound(channelId), { ephemeral: false, deferred: 'reply' });
      return;
    }
    const thread = await homeThread(coach, interaction);
    if (thread) await answerIn(coach, interaction, party, thread.id, inbound(thread.id), { ephemeral: true, deferred: 'reply' });
    else await interaction.editReply({ content: NO_THREAD, allowedMentions: NO_MENTIONS });
  });
}
