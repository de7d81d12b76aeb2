import type { webApi } from '@slack/bolt';
import type { Engine, TurnOutcome } from '../../src/engine/engine.js';
import type { InboundInput } from '../../src/engine/inbound.js';
import type { Awaits, Reply } from '../../src/engine/reply.js';
import { notYoursText } from '../../src/engine/replies.js';
import type { Logger } from '../../src/log.js';
import { chartImages } from '../../src/charts/chart-images.js';
import type { ChartImage, ChartRenderer } from '../../src/charts/chart-images.js';
import { safeMrkdwn, truncate } from './escape.js';
import { splitAtFiles, uploadChart, uploadFile } from './file-upload.js';
import { formModal } from './modal.js';
import { SHARED, awaitedOther, mayUse } from './owner.js';
import type { Control, Owner } from './owner.js';
import { blocksFor, renderReplies } from './render-blocks.js';
import type { Block } from './render-blocks.js';
import type { Place } from './to-inbound.js';
import { REPLY_EVENT_TYPE, slackSteps } from './outbox.js';
import type { SlackOutbox, SlackRoute } from './outbox.js';
import { slackUserZones } from './user-zone.js';
import type { Where } from '../../src/outbox/entry.js';
import { DirectReplies, UNSEEN_NOTICE, answerQueue, directReply } from '../../src/outbox/turn-guard.js';

/** Direct replies while the outbox's store cannot be reached: once per conversation a minute, in this process. */
const directReplies = new DirectReplies();

type Client = webApi.WebClient;

export const SORRY: Reply = { kind: 'text', text: 'Sorry, something went wrong on my side and I could not answer that. Please try again in a minute.' };
export const NOT_YOURS =
  "These buttons belong to someone else's coaching session, so I've left them alone. Mention me or type `/pivot` to start your own: it's private to you.";

/** Slack errors say what failed in `data.error`; the rest of the object is the API response, which can hold user text. */
export function slackError(error: unknown): Record<string, unknown> {
  const e = error as { code?: unknown; message?: unknown; data?: { error?: unknown } };
  // The Error itself: the logger writes its type, message and stack only (never \`data\`, Slack's whole response).
  return { error: error instanceof Error ? error : String(error), code: e.code, slack: e.data?.error };
}

/** Every handler's work after the acknowledgement, so that stop (and a test) can wait for it to finish. */
export class Tracker {
  private readonly running = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
  }

  async settled(): Promise<void> {
    // One turn of the event loop first: an event's listener starts just after Bolt has answered Slack.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

export interface TurnTarget {
  client: Client;
  place: Place;
  /** Whose controls the replies draw: the user's, or SHARED in a shared conversation. */
  owner: Owner;
  /** A click's or a slash command's trigger, good for about three seconds: a form can then open at once. */
  triggerId?: string;
  /** Runs once the engine has taken the event (it changed the session), before the replies are posted. */
  onTaken?: () => Promise<void>;
}

/**
 * One engine turn and its replies posted where the user is. An empty answer means Slack
 * delivered the same event twice and the engine ignored it: nothing is posted. Returns the
 * replies (empty for a duplicate).
 */
export async function runTurn(deps: { engine: Engine; logger: Logger; outbox?: SlackOutbox; charts?: ChartRenderer }, target: TurnTarget, inbound: InboundInput): Promise<Reply[]> {
  // With an outbox, the engine enqueues the replies with its commit, where any process can send them.
  const route: SlackRoute = { channel: target.place.channel, ...(target.place.threadTs ? { threadTs: target.place.threadTs } : {}), owner: target.owner, user: inbound.user };
  // A typed answer while the reply before it never reached the person (its retries spent) would
  // answer a question they have not seen: the reply goes again, and the answer is not applied.
  const held = deps.outbox ? answerQueue(inbound) : undefined;
  if (deps.outbox && held && (await deps.outbox.outbox.unseen(held))) {
    try {
      await deps.outbox.holdForUnseen(held, target.client.token ?? '', inbound.eventId, route);
    } catch (error) {
      deps.logger.error('slack outbox could not send again what the person had not seen', slackError(error));
    }
    return [UNSEEN_NOTICE];
  }
  let outcome: TurnOutcome;
  try {
    // The person's own zone from their Slack profile, for plan dates and times in their calendar; a shared thread has none.
    const timeZone = inbound.scope === 'conversation' ? undefined : await slackUserZones.zoneOf(target.client, inbound.tenant, inbound.user);
    outcome = await deps.engine.respond(timeZone ? { ...inbound, timeZone } : inbound, deps.outbox ? { stage: { route } } : {});
  } catch (error) {
    deps.logger.error('slack turn failed in the engine', { kind: inbound.kind, error });
    outcome = { replies: [SORRY], changed: false };
  }
  const { replies, changed } = outcome;
  if (replies.length === 0) {
    deps.logger.debug('slack redelivery ignored', { eventId: inbound.eventId });
    return replies;
  }
  if (changed) await target.onTaken?.();
  const shared = target.owner === SHARED;
  if (deps.outbox && outcome.queue) {
    const message = { kind: 'turn' as const, route, replies, changed };
    try {
      await deps.outbox.deliver(outcome.queue, target.client.token ?? '', { eventId: inbound.eventId, ...(outcome.staged ? { staged: true as const } : {}), message });
    } catch (error) {
      // The outbox lives in the store. Staged replies wait there for a sweep; a turn that could not
      // be staged (the store is down) is answered directly, or the person would hear nothing.
      deps.logger.error('slack outbox unreachable', { staged: outcome.staged === true, ...slackError(error) });
      if (!outcome.staged && directReplies.take(`${inbound.tenant}\n${target.place.channel}`)) await postDirect(deps.logger, target, directReply(replies), `${inbound.eventId}@2#0`);
    }
  } else {
    // In a shared thread, what changed nothing (a refused click, a re-ask, `status`) is for the member who did it alone.
    const where = { platform: inbound.platform, tenant: inbound.tenant, conversation: inbound.conversation };
    const outbox = deps.outbox ? { outbox: deps.outbox, where, turnId: inbound.eventId } : undefined;
    const onlyFor = shared && !changed ? inbound.user : undefined;
    // Charts as images only where a file can go: an ephemeral answer keeps the text bars.
    const images = deps.charts && !onlyFor ? await chartImages(replies, deps.charts, (error) => deps.logger.warn('slack chart not drawn, sent as text', { error })) : undefined;
    await postReplies(target, replies, onlyFor, outbox, images);
  }
  // A form opens at once for whoever clicked, but not in a shared thread: the next answer there is often someone else's.
  const last = replies.at(-1);
  if (!shared && target.triggerId && last?.kind === 'long-text') await openForm(deps.logger, target, last);
  return replies;
}

/** The conversation's outbox, and the turn whose messages these are (their ids derive from it). */
export interface ViaOutbox {
  outbox: SlackOutbox;
  where: Where;
  turnId: string;
}

/**
 * The replies as messages in the place, or seen only by `onlyFor` (an ephemeral message) when
 * given. With an outbox, everything goes through it, as the steps a staged turn becomes
 * (slackSteps): messages, uploads and ephemeral messages in order behind anything still waiting
 * there, retried, never posted or shared twice. Without one, straight out.
 */
export async function postReplies(target: TurnTarget, replies: Reply[], onlyFor?: string, via?: ViaOutbox, images?: ReadonlyMap<Reply, ChartImage>): Promise<void> {
  const { client, place } = target;
  if (via) {
    const route: SlackRoute = { channel: place.channel, ...(place.threadTs ? { threadTs: place.threadTs } : {}), owner: onlyFor ? SHARED : target.owner, user: onlyFor ?? target.owner };
    const steps = slackSteps({ kind: 'turn', route, replies, changed: onlyFor === undefined }, images !== undefined && images.size > 0);
    await via.outbox.post(via.where, client.token ?? '', steps.map((message, n) => ({ id: `${via.turnId}#${n}`, message })));
    return;
  }
  const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
  for (const part of splitAtFiles(replies)) {
    // A file cannot be shown to one member only: an ephemeral answer says what it is instead.
    if (part.kind === 'file' && !onlyFor) {
      await uploadFile(client, place, part.reply);
      continue;
    }
    for (const piece of part.kind === 'file' ? [[part.reply]] : splitAtImages(part.replies, onlyFor ? undefined : images)) {
      const chart = !onlyFor && piece.length === 1 && piece[0] ? images?.get(piece[0]) : undefined;
      if (chart && piece[0]?.kind === 'chart' && (await uploadChart(client, place, chart, piece[0].title)) === 'sent') continue;
      for (const message of renderReplies(piece, target.owner)) {
        if (onlyFor) await client.chat.postEphemeral({ channel: place.channel, user: onlyFor, ...thread, text: message.text, blocks: message.blocks });
        else await client.chat.postMessage({ channel: place.channel, ...thread, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      }
    }
  }
}

/** Replies cut around each chart that has an image, which goes alone: it is uploaded, not posted. */
function splitAtImages(replies: Reply[], images?: ReadonlyMap<Reply, ChartImage>): Reply[][] {
  if (!images || images.size === 0) return [replies];
  const pieces: Reply[][] = [];
  for (const reply of replies) {
    if (images.has(reply)) pieces.push([reply]);
    else if (pieces.at(-1)?.length && !images.has(pieces.at(-1)?.[0] as Reply)) pieces.at(-1)?.push(reply);
    else pieces.push([reply]);
  }
  return pieces;
}

/** One reply posted straight to the place, queued nowhere: what is said when the outbox cannot be reached. */
async function postDirect(logger: Logger, target: TurnTarget, reply: Reply, id: string): Promise<void> {
  const [message] = renderReplies([reply], target.owner);
  if (!message) return;
  try {
    await target.client.chat.postMessage({ channel: target.place.channel, ...(target.place.threadTs ? { thread_ts: target.place.threadTs } : {}), text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false, metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { reply_id: id } } } as webApi.ChatPostMessageArguments);
  } catch (error) {
    logger.warn('slack direct reply not posted', slackError(error));
  }
}

/** Opens the form for a long-text reply straight away; the message's "Open the form" button stays for later. */
async function openForm(logger: Logger, target: TurnTarget, reply: Extract<Reply, { kind: 'long-text' }>): Promise<void> {
  const view = formModal({
    prompt: blocksFor({ kind: 'text', text: reply.text }, target.owner),
    fields: reply.fields,
    meta: { owner: target.owner, stepId: reply.stepId, channel: target.place.channel, ...(target.place.threadTs ? { threadTs: target.place.threadTs } : {}), fieldIds: reply.fields.map((f) => f.id) },
  });
  try {
    await target.client.views.open({ trigger_id: target.triggerId as string, view });
  } catch (error) {
    // The trigger lives three seconds; past that the button in the message does the same.
    logger.debug('slack form not opened directly', slackError(error));
  }
}

/** The engine's words when a shared question waits for another member (src/engine/decide.ts): a refusal reads the same whichever gives it. */
export const notAwaited = (awaits: Awaits): string => notYoursText(safeMrkdwn(awaits.name ?? 'someone else'));

/**
 * Why `user` may not use `control`, or undefined when they may: it belongs to another user's
 * session, or a shared question waits for another member. Told before anything opens; the
 * engine still refuses whatever reaches it anyway (a form opened before the turn moved on).
 */
export function refusalFor(control: Control, user: string): string | undefined {
  if (!mayUse(control.owner, user)) return NOT_YOURS;
  const other = awaitedOther(control, user);
  return other && notAwaited(other);
}

/** Someone clicked a control that is not theirs to use: only they see why, and nothing changes. */
export async function refuse(client: Client, place: Place, clicker: string, why: string): Promise<void> {
  await client.chat.postEphemeral({ channel: place.channel, user: clicker, ...(place.threadTs ? { thread_ts: place.threadTs } : {}), text: why });
}

/**
 * An answered question's buttons become a line saying what was chosen, so the same buttons
 * cannot be clicked again (a replay would only be refused as an earlier question, but the
 * message should say what happened). In a shared thread the line names who chose (`by`).
 */
export function answeredBlocks(blocks: readonly unknown[], blockId: string, label: string, by?: string): Block[] {
  const who = by === undefined ? 'You' : safeMrkdwn(by);
  return blocks.map((block) =>
    (block as { block_id?: unknown }).block_id === blockId
      ? { type: 'context', elements: [{ type: 'mrkdwn', text: `${who} chose *${safeMrkdwn(truncate(label, 200))}*` }] }
      : (block as Block),
  );
}

export async function markAnswered(
  client: Client,
  logger: Logger,
  message: { channel: string; ts: string; text?: string; blocks?: unknown[] },
  choice: { blockId: string; label: string; by?: string },
): Promise<void> {
  if (!message.blocks) return;
  try {
    await client.chat.update({ channel: message.channel, ts: message.ts, text: message.text || 'Answered.', blocks: answeredBlocks(message.blocks, choice.blockId, choice.label, choice.by) });
  } catch (error) {
    logger.warn('slack could not mark a question answered', slackError(error));
  }
}
