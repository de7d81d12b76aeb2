import type { App, Context, InstallationQuery } from '@slack/bolt';
import type { Engine } from '../../src/engine/engine.js';
import type { Logger } from '../../src/log.js';
import { markAnswered, refuse, runTurn, slackError } from './deliver.js';
import type { Tracker } from './deliver.js';
import { homeView, readHome } from './home-tab.js';
import type { Names } from './home-tab.js';
import type { RedisInstallationStore } from './installation-store.js';
import { FORM_CALLBACK, emptyFormErrors, formModal, promptAbove, readForm } from './modal.js';
import { decodeChoice, decodeForm, decodeModalMeta, decodeQuestionBlock } from './owner.js';
import { CHOICE_ACTION, FORM_BUTTON_ACTION, SELECT_ACTION } from './render-blocks.js';
import {
  PLATFORM,
  actionSchema,
  blockActionsSchema,
  choiceInbound,
  eventIds,
  formInbound,
  homeOpenedSchema,
  mentionEventSchema,
  messageEventSchema,
  messageInbound,
  placeOfClick,
  slashCommandSchema,
  slashInbound,
  tenantOf,
  viewSubmissionSchema,
} from './to-inbound.js';
import type { Place, SlackAction } from './to-inbound.js';

export const SLASH_COMMAND = '/pivot';
export const POINTER_TO_DM = "I've answered in our direct messages: open *Pivot Coach* in your sidebar (its Messages tab).";

export interface ListenerDeps {
  engine: Engine;
  logger: Logger;
  names: Names;
  tracker: Tracker;
  installations?: RedisInstallationStore;
}

const tenantFrom = (context: Context) => tenantOf(context.teamId, context.enterpriseId);
/** The Events API's id for this delivery of an event, the same on every retry; undefined when missing. */
const envelopeId = (body: unknown) => {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' && id.length > 0 ? eventIds.event(id) : undefined;
};

/** Owner, step and choice of a clicked button (all in its value) or a picked menu option (owner and step on its block). */
function ownedChoice(action: SlackAction) {
  if (action.type === 'button') return decodeChoice(action.value);
  const question = decodeQuestionBlock(action.block_id);
  return question && { ...question, choiceId: action.selected_option.value };
}

/**
 * Every Slack entry point, each acknowledged before any slow work: Bolt acknowledges events
 * itself before their listener runs; commands, clicks and form submissions call ack() first.
 * What comes after is tracked, logged when it fails, and never thrown back into Bolt (its
 * answer to Slack has long gone).
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { engine, logger, tracker } = deps;
  const work = async (name: string, task: () => Promise<unknown>): Promise<void> => {
    const run = task().then(
      () => undefined,
      (error: unknown) => logger.error(`slack ${name} failed`, slackError(error)),
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
      await runTurn(deps, { client, place, owner: e.user }, messageInbound({ tenant, user: e.user, place, eventId }, e.text, context.botUserId));
    }),
  );

  // An @mention in a channel: the conversation lives in the thread under the first mention.
  app.event('app_mention', ({ event, body, context, client }) =>
    work('mention', async () => {
      const parsed = mentionEventSchema.safeParse(event);
      if (!parsed.success || parsed.data.bot_id) return;
      const e = parsed.data;
      const tenant = tenantFrom(context);
      const eventId = envelopeId(body);
      if (!tenant || !eventId) return;
      const place: Place = { channel: e.channel, threadTs: e.thread_ts ?? e.ts };
      await runTurn(deps, { client, place, owner: e.user }, messageInbound({ tenant, user: e.user, place, eventId }, e.text, context.botUserId));
    }),
  );

  app.event('app_home_opened', ({ event, context, client }) =>
    work('home', async () => {
      const parsed = homeOpenedSchema.safeParse(event);
      const tenant = tenantFrom(context);
      if (!parsed.success || parsed.data.tab !== 'home' || !tenant) return;
      const read = await readHome(engine.store, { platform: PLATFORM, tenant, user: parsed.data.user });
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

  // /pivot [command [args]]: answered in the user's DM with the app, since coaching is personal.
  app.command(SLASH_COMMAND, async ({ ack, command, context, client, respond }) => {
    await ack();
    await work('command', async () => {
      const parsed = slashCommandSchema.safeParse(command);
      const tenant = tenantFrom(context);
      if (!parsed.success || !tenant) return;
      const c = parsed.data;
      const opened = await client.conversations.open({ users: c.user_id });
      const channel = opened.channel?.id;
      if (!channel) return;
      const place: Place = { channel };
      const inbound = slashInbound({ tenant, user: c.user_id, place, eventId: eventIds.command(c.trigger_id) }, c.text);
      const replies = await runTurn(deps, { client, place, owner: c.user_id, triggerId: c.trigger_id }, inbound);
      if (replies.length > 0 && channel !== c.channel_id) await respond({ response_type: 'ephemeral', text: POINTER_TO_DM });
    });
  });

  // A button or menu under a question.
  const onChoice: Parameters<App['action']>[1] = async ({ ack, body, context, client }) => {
    await ack();
    await work('choice', async () => {
      const b = blockActionsSchema.safeParse(body);
      const a = b.success ? actionSchema.safeParse(b.data.actions[0]) : undefined;
      const tenant = tenantFrom(context);
      if (!b.success || !a?.success || !tenant) return;
      const action = a.data;
      const owned = ownedChoice(action);
      const place = placeOfClick(b.data);
      if (!owned || !place) return;
      const clicker = b.data.user.id;
      if (clicker !== owned.owner) {
        await refuse(client, place, clicker);
        return;
      }
      const label = action.type === 'button' ? action.text.text : action.selected_option.text.text;
      const inbound = choiceInbound({ tenant, user: clicker, place, eventId: eventIds.click(clicker, action.action_ts) }, owned.stepId, owned.choiceId);
      const message = b.data.message;
      // The buttons are replaced once the engine has taken the click (not for a redelivery), before the replies go out.
      const beforePost = message ? () => markAnswered(client, logger, { channel: place.channel, ...message }, action.block_id, label) : undefined;
      await runTurn(deps, { client, place, owner: clicker, triggerId: b.data.trigger_id, beforePost }, inbound);
    });
  };
  app.action(CHOICE_ACTION, onChoice);
  app.action(SELECT_ACTION, onChoice);

  // "Open the form": the modal opens on the click's trigger, with no I/O before it.
  app.action(FORM_BUTTON_ACTION, async ({ ack, body, client }) => {
    await ack();
    await work('form button', async () => {
      const b = blockActionsSchema.safeParse(body);
      const a = b.success ? actionSchema.safeParse(b.data.actions[0]) : undefined;
      if (!b.success || !a?.success || a.data.type !== 'button') return;
      const form = decodeForm(a.data.value);
      const place = placeOfClick(b.data);
      if (!form || !place) return;
      if (b.data.user.id !== form.owner) {
        await refuse(client, place, b.data.user.id);
        return;
      }
      const meta = { owner: form.owner, stepId: form.stepId, channel: place.channel, ...(place.threadTs ? { threadTs: place.threadTs } : {}), fieldIds: form.fields.map((f) => f.id) };
      await client.views.open({ trigger_id: b.data.trigger_id, view: formModal({ prompt: promptAbove(b.data.message?.blocks, a.data.block_id), fields: form.fields, meta }) });
    });
  });

  app.view(FORM_CALLBACK, async ({ ack, body, context, client }) => {
    const parsed = viewSubmissionSchema.safeParse(body);
    const meta = parsed.success ? decodeModalMeta(parsed.data.view.private_metadata) : undefined;
    const tenant = tenantFrom(context);
    if (!parsed.success || !meta || !tenant || meta.owner !== parsed.data.user.id) {
      await ack();
      return;
    }
    const fields = readForm(parsed.data.view.state.values, meta.fieldIds);
    if (!fields) {
      await ack({ response_action: 'errors', errors: emptyFormErrors(meta.fieldIds) });
      return;
    }
    await ack();
    await work('form', async () => {
      const place: Place = meta.threadTs ? { channel: meta.channel, threadTs: meta.threadTs } : { channel: meta.channel };
      const inbound = formInbound({ tenant, user: meta.owner, place, eventId: eventIds.submission(parsed.data.view.id) }, meta.stepId, fields);
      await runTurn(deps, { client, place, owner: meta.owner }, inbound);
    });
  });

  app.error(async (error) => {
    logger.error('slack request failed', slackError(error));
  });
}
