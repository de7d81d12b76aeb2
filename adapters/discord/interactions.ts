import { ComponentType, MessageFlags } from 'discord.js';
import type { AnyThreadChannel, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import { COMMAND_NAME, PERSONAL_SUBCOMMANDS } from './commands.js';
import { answeredRow } from './components.js';
import { acknowledge, channelOutbox, interactionOutbox } from './deliver.js';
import type { DiscordCoach } from './discord-coach.js';
import { buildModal } from './forms.js';
import { decodeAction } from './owner.js';
import type { Action } from './owner.js';
import { NO_MENTIONS } from './render-message.js';
import { isOwnThread } from './threads.js';
import { choiceInbound, commandInbound, formInbound } from './to-inbound.js';
import type { Place } from './to-inbound.js';

export const NOT_YOURS = "These buttons belong to another member's coaching, so I've left them alone. Use `/pivot start` to get your own.";
export const NOT_OURS = "This button is from an older version of the coach. Say `repeat` (or use `/pivot repeat`) to get the current question.";

const EPHEMERAL = { flags: MessageFlags.Ephemeral } as const;

function place(interaction: Interaction, channelId = interaction.channelId ?? ''): Place {
  return { eventId: interaction.id, guildId: interaction.guildId, channelId, userId: interaction.user.id };
}

/** Slash commands, buttons, selects and modals; anything else (autocomplete, other apps' commands) is not ours. */
export async function onInteraction(coach: DiscordCoach, interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName === COMMAND_NAME) await onCommand(coach, interaction);
    return;
  }
  if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
    const action = decodeAction(interaction.customId);
    if (!action || action.kind === 'done') {
      await interaction.reply({ content: NOT_OURS, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
      return;
    }
    // A button belongs to the member whose session drew it: anyone else is refused before any turn.
    if (action.owner !== interaction.user.id) {
      coach.logger.debug('discord click by someone other than the owner refused', { guild: interaction.guildId });
      await interaction.reply({ content: NOT_YOURS, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
      return;
    }
    if (interaction.isModalSubmit()) await onModal(coach, interaction, action);
    else await onComponent(coach, interaction, action);
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
  const personal = PERSONAL_SUBCOMMANDS.has(name);
  const inOwnThread = inServer && isOwnThread(interaction.channel, interaction.user, coach.botId);
  const toThread = inServer && !personal && !inOwnThread;
  const ephemeral = inServer && (personal || toThread);
  if ((await acknowledge(() => interaction.deferReply(ephemeral ? EPHEMERAL : {}), coach.logger)) !== 'ok') return;

  await coach.inOrder(interaction.user.id, async () => {
    const thread: AnyThreadChannel | undefined = toThread ? await coach.threads.open(interaction.channel, interaction.user, coach.botId) : undefined;
    const payloads = await coach.turn(() => commandInbound(place(interaction, thread?.id), { name, topic }), interaction.user.id);
    if (payloads.length === 0) {
      // Only a redelivery the engine recognised gets no replies: take the "thinking" message away.
      await interaction.deleteReply().catch(() => undefined);
      return;
    }
    if (thread) {
      await channelOutbox(thread, coach.logger).send(payloads);
      await interaction.editReply({ content: `Your coaching continues in your thread: <#${thread.id}>`, allowedMentions: NO_MENTIONS });
      return;
    }
    await interactionOutbox(interaction, { ephemeral, editFirst: true }, coach.logger).send(payloads);
  });
}

/** What the member picked, as the button or option said it, for the marker left on the message. */
function pickedLabel(interaction: ButtonInteraction | StringSelectMenuInteraction): string {
  const component = interaction.component as { label?: string | null; options?: readonly { label: string; value: string }[] } | null;
  if (interaction.isStringSelectMenu()) return component?.options?.find((option) => option.value === interaction.values[0])?.label ?? 'Picked';
  return component?.label ?? 'Picked';
}

const isEphemeral = (interaction: ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction) =>
  interaction.message?.flags.has(MessageFlags.Ephemeral) ?? false;

/**
 * A button or a select: "Open the form" opens its modal at once (a modal cannot follow a
 * deferral); a choice is acknowledged first (deferUpdate), then the turn runs, the message's
 * buttons are replaced by what was picked, and the replies follow.
 */
async function onComponent(coach: DiscordCoach, interaction: ButtonInteraction | StringSelectMenuInteraction, action: Action): Promise<void> {
  if (action.kind === 'form') {
    await interaction.showModal(buildModal(action, coach.forms.fieldsFor(action)));
    return;
  }
  if (action.kind !== 'choice' && action.kind !== 'select') return;
  if ((await acknowledge(() => interaction.deferUpdate(), coach.logger)) !== 'ok') return;
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  await coach.inOrder(interaction.user.id, async () => {
    const payloads = await coach.turn(() => choiceInbound(place(interaction), action, values), interaction.user.id);
    if (payloads.length === 0) return;
    await markAnswered(coach, interaction, action.owner, pickedLabel(interaction));
    await interactionOutbox(interaction, { ephemeral: isEphemeral(interaction), editFirst: false }, coach.logger).send(payloads);
  });
}

/** The answered message keeps what was picked and loses its buttons, so it cannot be answered twice by mistake. */
async function markAnswered(coach: DiscordCoach, interaction: ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction, owner: string, label: string): Promise<void> {
  await interaction.editReply({ components: answeredRow(owner, label), allowedMentions: NO_MENTIONS }).catch((error: unknown) => {
    coach.logger.warn('discord could not mark the answered message', { error: (error as Error).message });
  });
}

/** A submitted form: its text fields go to the engine as one form answer for the step it was drawn for. */
async function onModal(coach: DiscordCoach, interaction: ModalSubmitInteraction, action: Action): Promise<void> {
  if (action.kind !== 'modal') return;
  const fromMessage = interaction.isFromMessage();
  const ephemeral = isEphemeral(interaction);
  const ack = fromMessage ? () => interaction.deferUpdate() : () => interaction.deferReply(interaction.inGuild() ? EPHEMERAL : {});
  if ((await acknowledge(ack, coach.logger)) !== 'ok') return;
  const inputs = [...interaction.fields.fields.values()].flatMap((field) => (field.type === ComponentType.TextInput ? [{ customId: field.customId, value: field.value }] : []));
  await coach.inOrder(interaction.user.id, async () => {
    const payloads = await coach.turn(() => formInbound(place(interaction), action, inputs), interaction.user.id);
    if (payloads.length === 0) return;
    if (fromMessage) await markAnswered(coach, interaction, action.owner, 'Sent');
    await interactionOutbox(interaction, { ephemeral: fromMessage ? ephemeral : interaction.inGuild(), editFirst: !fromMessage }, coach.logger).send(payloads);
  });
}
