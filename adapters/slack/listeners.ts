import type { App, Context, InstallationQuery } from '@slack/bolt';
import type { ChartRenderer } from '../../src/charts/chart-images.js';
import type { Engine } from '../../src/engine/engine.js';
import { inTurn } from '../../src/log.js';
import type { Logger } from '../../src/log.js';
import { runTurn, slackError } from './deliver.js';
import type { Tracker } from './deliver.js';
import { homeRead, homeView } from './home-tab.js';
import type { Names } from './home-tab.js';
import type { RedisInstallationStore } from './installation-store.js';
import type { SlackOutbox } from './outbox.js';
import { registerInteractions } from './interactions.js';
import { SHARED } from './owner.js';
import { isPeerRequest, isSharedThread, startPeerPractice } from './peer-practice.js';
import {
  PLATFORM,
  eventIds,
  homeOpenedSchema,
  memberName,
  mentionEventSchema,
  messageEventSchema,
  messageInbound,
  slashCommandSchema,
  slashInbound,
  tenantFrom,
} from './to-inbound.js';
import type { Place } from './to-inbound.js';

export const SLASH_COMMAND = '/pivot';
export const POINTER_TO_DM = "I've answered in our direct messages: open *Pivot Coach* in your sidebar (its Messages tab).";

export interface ListenerDeps {
  engine: Engine;
  logger: Logger;
  names: Names;
  tracker: Tracker;
  installations?: RedisInstallationStore;
  /** Where messages for everyone wait until Slack has them (src/outbox); without it they are posted directly. */
  outbox?: SlackOutbox;
  /** Draws chart replies as images (src/charts); without it they stay text bars. */
  charts?: ChartRenderer;
}

/** A handler's work after the acknowledgement: tracked, and logged when it fails. */
export type Work = (name: string, task: () => Promise<unknown>) => Promise<void>;

/** The Events API's id for this delivery of an event, the same on every retry; undefined when missing. */
const envelopeId = (body: unknown) => {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' && id.length > 0 ? eventIds.event(id) : undefined;
};

/**
 * Every Slack entry point, each acknowledged before any slow work: Bolt acknowledges events
 * itself before their listener runs; commands, clicks and form submissions call ack() first.
 * What comes after is tracked, logged when it fails, and never thrown back into Bolt (its
 * answer to Slack has long gone).
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { engine, logger, tracker } = deps;
  const work: Work = async (name, task) => {
    // One turn per Slack event: every line it logs, here or in the engine, carries its id.
    const run = inTurn(() =>
      task().then(
        () => undefined,
        (error: unknown) => logger.error(`slack ${name} failed`, slackError(error)),
      ),
    );
    tracker.track(run);
    await run;
  };

  // Direct messages (message.im): the text is the answer. Edits, joins and other bots' posts have a subtype or bot_id.
  app.event('message', ({ event, body, context, client }) =>
    work('message', async () => {
      const parsed = messageEventSchema.safeParse(event);
      if (!parsed.success || parsed.data.channel_type !== 'im' || parsed.data.subtype || parsed.data.bot_id) return;
      const e = parsed.data;
      const tenant = tenantFrom(context);
      const eventId = envelopeId(body);
      if (!tenant || !eventId) return;
      const place: Place = e.thread_ts ? { channel: e.channel, threadTs: e.thread_ts } : { channel: e.channel };
      await runTurn(deps, { client, place, owner: e.user }, messageInbound({ tenant, user: e.user, place, eventId }, e.text, context.botUserId, 'dm'));
    }),
  );

  // An @mention in a channel: the conversation lives in the thread under the first mention, or is a peer-practice thread's.
  app.event('app_mention', ({ event, body, context, client }) =>
    work('mention', async () => {
      const parsed = mentionEventSchema.safeParse(event);
      if (!parsed.success || parsed.data.bot_id) return;
      const e = parsed.data;
      const tenant = tenantFrom(context);
      const eventId = envelopeId(body);
      if (!tenant || !eventId) return;
      const place: Place = { channel: e.channel, threadTs: e.thread_ts ?? e.ts };
      // In a peer-practice thread the mention is the conversation's; anywhere else it is the member's own.
      const shared = e.thread_ts !== undefined && (await isSharedThread(deps, tenant, place));
      const profile = e.user_profile;
      const o = { tenant, user: e.user, place, eventId, ...(shared ? { sharedAs: memberName(profile?.display_name, profile?.real_name, profile?.name) } : {}) };
      await runTurn(deps, { client, place, owner: shared ? SHARED : e.user }, messageInbound(o, e.text, context.botUserId));
    }),
  );

  app.event('app_home_opened', ({ event, context, client }) =>
    work('home', async () => {
      const parsed = homeOpenedSchema.safeParse(event);
      const tenant = tenantFrom(context);
      if (!parsed.success || parsed.data.tab !== 'home' || !tenant) return;
      const read = homeRead(await engine.storedProfile({ platform: PLATFORM, tenant, user: parsed.data.user }));
      await client.views.publish({ user_id: parsed.data.user, view: homeView(read, deps.names) });
    }),
  );

  // A workspace that removes the app takes its token with it: the installation is deleted (sessions expire on their own).
  const forgetInstall = (context: Context) =>
    deps.installations?.deleteInstallation({ teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall } as InstallationQuery<boolean>);
  app.event('app_uninstalled', ({ context }) =>
    work('uninstall', async () => {
      await forgetInstall(context);
    }),
  );
  app.event('tokens_revoked', ({ event, context }) =>
    work('tokens revoked', async () => {
      if ((event as { tokens?: { bot?: unknown[] } }).tokens?.bot?.length) await forgetInstall(context);
    }),
  );

  // /pivot [command [args]]: answered in the user's DM with the app, since coaching is personal; /pivot peer starts a thread for the group.
  app.command(SLASH_COMMAND, async ({ ack, command, context, client, respond }) => {
    await ack();
    await work('command', async () => {
      const parsed = slashCommandSchema.safeParse(command);
      const tenant = tenantFrom(context);
      if (!parsed.success || !tenant) return;
      const c = parsed.data;
      if (isPeerRequest(c.text)) {
        await startPeerPractice(deps, { client, respond, tenant, command: c, botUserId: context.botUserId });
        return;
      }
      const opened = await client.conversations.open({ users: c.user_id });
      const channel = opened.channel?.id;
      if (!channel) return;
      const place: Place = { channel };
      const inbound = slashInbound({ tenant, user: c.user_id, place, eventId: eventIds.command(c.trigger_id) }, c.text);
      const replies = await runTurn(deps, { client, place, owner: c.user_id, triggerId: c.trigger_id }, inbound);
      if (replies.length > 0 && channel !== c.channel_id) await respond({ response_type: 'ephemeral', text: POINTER_TO_DM });
    });
  });

  registerInteractions(app, deps, work);

  app.error(async (error) => {
    logger.error('slack request failed', slackError(error));
  });
}
