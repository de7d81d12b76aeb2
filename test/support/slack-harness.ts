import { loadSlackConfig } from '../../adapters/slack/slack-config.js';
import { startSlackApp } from '../../adapters/slack/slack-app.js';
import type { RunningSlackApp } from '../../adapters/slack/slack-app.js';
import type { Names } from '../../adapters/slack/home-tab.js';
import { createFlowRegistry } from '../../flows/index.js';
import { loadCoachData } from '../../src/coach-data.js';
import type { CoachData } from '../../src/coach-data.js';
import { Engine } from '../../src/engine/engine.js';
import { MemorySessionStore } from '../../src/engine/memory-session-store.js';
import type { SessionStore, UserRef } from '../../src/engine/session-store.js';
import { createLogger } from '../../src/log.js';
import { FAKE_API_URL, FakeSlackApi } from './slack-fake-api.js';
import type { ApiCall } from './slack-fake-api.js';
import { FORM, JSON_TYPE, SIGNING_SECRET, commandBody, dm, eventBody, interactionBody, nextTs, send } from './slack-requests.js';
import type { SendOptions, Workspace } from './slack-requests.js';

/**
 * The Slack app as it runs in production (Bolt's HTTP receiver on an ephemeral port, the real
 * flows, the engine), with Slack's side played by signed requests in and a nock-faked Web API
 * out. Each helper waits until the app has finished handling what it sent.
 */

let data: Promise<CoachData> | undefined;
export const coachData = () => (data ??= loadCoachData());

export const TEST_RETRY = { retries: 2, minTimeout: 0, maxTimeout: 5 };

export interface HarnessOptions {
  env?: Record<string, string>;
  store?: SessionStore;
  /** Keep another test's fake API (and its nock interceptors) instead of making one. */
  api?: FakeSlackApi;
  /** Members' handles by user id, as Slack puts them in payloads; the id in lowercase otherwise. */
  members?: Record<string, string>;
}

let clicks = 0;

export async function startSlack(options: HarnessOptions = {}) {
  const api = options.api ?? new FakeSlackApi();
  const coach = await coachData();
  const store = options.store ?? new MemorySessionStore();
  const engine = new Engine({ store, flows: createFlowRegistry(coach), ttlMs: 90 * 86_400_000 });
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const env = { SLACK_BOT_TOKEN: 'xoxb-test-one', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_USER_ID: 'UBOT', SLACK_BOT_ID: 'BBOT', SLACK_API_URL: FAKE_API_URL, PORT: '0', ...options.env };
  const names: Names = { skill: coach.skillName, role: (id) => coach.catalog.roles.byId.get(id)?.name ?? id };
  let running: RunningSlackApp;
  try {
    running = await startSlackApp({ engine, config: loadSlackConfig(env), logger, retryConfig: TEST_RETRY, names, host: '127.0.0.1' });
  } catch (error) {
    if (!options.api) api.close();
    throw error;
  }
  const port = running.port as number;

  const handle = (user: string) => options.members?.[user] ?? user.toLowerCase();

  const deliver = async (body: string, type: string, opts?: SendOptions) => {
    const sent = await send(port, body, type, opts);
    await running.settled();
    return sent;
  };

  /** The message a user sees with a control labelled `label`: the latest one unless given. */
  const findControl = (label: string, post?: ApiCall) => {
    const candidates = post ? [post] : [...api.to('chat.postMessage')].reverse();
    for (const call of candidates) {
      for (const block of call.params.blocks as Record<string, unknown>[]) {
        if (block.type !== 'actions') continue;
        for (const element of block.elements as Record<string, unknown>[]) {
          if (element.type === 'button' && (element.text as { text: string }).text === label) return { call, block, element, option: undefined };
          const option = (element.options as { text: { text: string }; value: string }[] | undefined)?.find((o) => o.text.text === label);
          if (option) return { call, block, element, option };
        }
      }
    }
    throw new Error(`No button or menu option "${label}" in the posted messages.`);
  };

  /** A view_submission of the last opened modal, each input block's state given by `stateOf`. */
  const submitView = async (user: string, viewId: string | undefined, stateOf: (block: Record<string, unknown>) => Record<string, unknown>) => {
    const opened = api.to('views.open').at(-1);
    if (!opened) throw new Error('No modal was opened.');
    const view = opened.params.view as Record<string, unknown>;
    const values: Record<string, Record<string, unknown>> = {};
    for (const block of view.blocks as Record<string, unknown>[]) if (block.type === 'input') values[String(block.block_id)] = stateOf(block);
    const payload = {
      type: 'view_submission',
      team: { id: 'T1', domain: 'alumni' },
      user: { id: user, username: handle(user), name: handle(user), team_id: 'T1' },
      api_app_id: 'A1',
      token: 'unused',
      trigger_id: `submit-trigger-${++clicks}`,
      view: { ...view, id: viewId ?? `V${clicks}`, team_id: 'T1', hash: 'h1', state: { values } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    return deliver(interactionBody(payload), FORM);
  };

  return {
    api,
    engine,
    store,
    logs,
    running,
    port,
    /** The stored session document, read without a turn (null when there is none). */
    peek: async (user: UserRef) => (await store.load(user, 'test-peek')).doc,
    send: (body: string, type: string, opts?: SendOptions) => send(port, body, type, opts),
    deliver,
    dm: (user: string, text: string, where?: Workspace, opts?: SendOptions) => deliver(eventBody(dm(user, text), where), JSON_TYPE, opts),
    event: (event: Record<string, unknown>, where?: Workspace, eventId?: string, opts?: SendOptions) => deliver(eventBody(event, where, eventId), JSON_TYPE, opts),
    command: (user: string, text: string, where?: Workspace, channel?: string) => deliver(commandBody(user, text, where, channel, handle(user)), FORM),
    /** `user` mentions the bot in `channel` (in the thread `threadTs` when given); Slack adds their display name. */
    mention: (user: string, channel: string, text: string, threadTs?: string) =>
      deliver(
        eventBody({ type: 'app_mention', channel, user, text: `<@UBOT> ${text}`, ts: nextTs(), ...(threadTs ? { thread_ts: threadTs } : {}), user_profile: { display_name: handle(user), real_name: '', name: user.toLowerCase() } }),
        JSON_TYPE,
      ),
    findControl,
    /** `user` clicks the button (or picks the menu option) labelled `label`. */
    click: async (user: string, label: string, post?: ApiCall, where: Workspace = { team: 'T1' }) => {
      const { call, block, element, option } = findControl(label, post);
      const action = option
        ? { type: 'static_select', action_id: element.action_id, block_id: block.block_id, selected_option: option, action_ts: `1710000001.${++clicks}` }
        : { ...element, block_id: block.block_id, action_ts: `1710000001.${++clicks}` };
      const channel = String(call.params.channel);
      const ts = String(call.result?.ts);
      const threadTs = call.params.thread_ts as string | undefined;
      const payload = {
        type: 'block_actions',
        user: { id: user, username: handle(user), name: handle(user), team_id: where.team },
        api_app_id: 'A1',
        token: 'unused',
        container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false, ...(threadTs ? { thread_ts: threadTs } : {}) },
        trigger_id: `click-trigger-${clicks}`,
        team: { id: where.team, domain: 'alumni' },
        enterprise: null,
        is_enterprise_install: false,
        channel: { id: channel, name: 'directmessage' },
        message: { type: 'message', user: 'UBOT', bot_id: 'BBOT', ts, text: call.params.text, blocks: call.params.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) },
        response_url: 'https://slack.test/respond/click',
        actions: [action],
      };
      return deliver(interactionBody(payload), FORM);
    },
    /** `user` submits the last opened form with these values, by field id. */
    submit: (user: string, values: Record<string, string>, viewId?: string) =>
      submitView(user, viewId, (block) => ({ value: { type: 'plain_text_input', value: values[String(block.block_id).replace(/^field:/, '')] ?? null } })),
    /** `user` submits the last opened checklist with these items ticked, by label. */
    tick: (user: string, labels: string[], viewId?: string) =>
      submitView(user, viewId, (block) => {
        const element = block.element as { action_id: string; options: { text: { text: string }; value: string }[] };
        return { [element.action_id]: { type: 'checkboxes', selected_options: element.options.filter((o) => labels.includes(o.text.text)) } };
      }),
    close: async () => {
      await running.stop();
      if (!options.api) api.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlack>>;

/** Everything a message says in its blocks' text, joined: for reading a conversation in a test. */
export function textOf(params: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (typeof v.text === 'string') parts.push(v.text);
      for (const [key, inner] of Object.entries(v)) if (key !== 'text' || typeof inner !== 'string') walk(inner);
    }
  };
  walk(params.blocks);
  return parts.join('\n');
}
