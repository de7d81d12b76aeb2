import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes } from 'discord.js';
import type { MessageCreateOptions, RepliableInteraction } from 'discord.js';
import type { Logger } from '../../src/log.js';
import type { DiscordPayload } from './render-message.js';

/** Where a turn's messages go, in order. */
export interface Outbox {
  send(payloads: readonly DiscordPayload[]): Promise<void>;
}

/** The error itself (the logger writes its type, message and stack under `err`), and Discord's code and status when it answered. */
const errorFields = (error: unknown) => (error instanceof DiscordAPIError ? { error, code: error.code, status: error.status } : { error });

async function sendAll(payloads: readonly DiscordPayload[], logger: Logger, send: (payload: DiscordPayload, index: number) => Promise<unknown>): Promise<void> {
  for (const [index, payload] of payloads.entries()) {
    try {
      await send(payload, index);
    } catch (error) {
      // The rest would arrive without what came before it; the user can say `repeat`.
      logger.warn('discord message not sent', { ...errorFields(error), index, of: payloads.length });
      return;
    }
  }
}

/** Typed messages are answered in the channel (DM or thread) as plain bot messages. */
export function channelOutbox(channel: { send(options: MessageCreateOptions): Promise<unknown> }, logger: Logger): Outbox {
  return { send: (payloads) => sendAll(payloads, logger, (payload) => channel.send(payload)) };
}

/**
 * An interaction answered through its own webhook: after deferReply the first message replaces
 * the "thinking" one; after deferUpdate every message is a follow-up. The coach uses it only for
 * ephemeral answers (a turn that changed nothing, said to one member): they carry no nonce and
 * cannot be looked up, so they are sent at most once and not kept. Anything that changed a session
 * is answered with channel messages through the outbox (DiscordCoach.answerTo).
 */
export function interactionOutbox(interaction: RepliableInteraction, options: { ephemeral: boolean; editFirst: boolean }, logger: Logger): Outbox {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  return {
    send: (payloads) =>
      sendAll(payloads, logger, (payload, index) =>
        index === 0 && options.editFirst ? interaction.editReply(payload) : interaction.followUp({ ...payload, ...(flags ? { flags } : {}) }),
      ),
  };
}

export type Acknowledged = 'ok' | 'taken' | 'expired';

/**
 * Runs the acknowledgement (deferReply, deferUpdate) that must reach Discord within 3 seconds.
 * "taken": Discord says another process already acknowledged this interaction (a redelivery),
 * and that process runs the turn. "expired": too late; the user saw "interaction failed", so
 * nothing is applied either.
 */
export async function acknowledge(ack: () => Promise<unknown>, logger: Logger): Promise<Acknowledged> {
  try {
    await ack();
    return 'ok';
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged) {
      logger.debug('discord interaction already acknowledged elsewhere');
      return 'taken';
    }
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
      logger.warn('discord interaction expired before it was acknowledged');
      return 'expired';
    }
    throw error;
  }
}
