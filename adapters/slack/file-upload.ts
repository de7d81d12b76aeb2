import { webApi } from '@slack/bolt';
import type { ChartImage } from '../../src/charts/chart-images.js';
import type { Reply } from '../../src/engine/reply.js';
import { safeMrkdwn } from './escape.js';
import type { Place } from './to-inbound.js';

type FileReply = Extract<Reply, { kind: 'file' }>;

/** What one upload shares: the file's bytes or text, its name and title, and what goes with it. */
export interface Upload {
  filename: string;
  title: string;
  data: Buffer;
  altText?: string;
  comment?: string;
}

/**
 * Slack's answers to an upload that say it will never work here (no files:write, uploads turned
 * off, a bot token not allowed): the person is told another way instead. Anything else (a 5xx, a
 * rate limit, a timeout) is thrown to the caller, which tries again.
 */
const UPLOAD_REFUSED = new Set(['missing_scope', 'not_allowed_token_type', 'no_permission', 'restricted_action', 'file_uploads_disabled', 'file_uploads_except_images_disabled', 'invalid_auth', 'not_authed', 'account_inactive']);

/** Whether Slack refused an upload for good (see UPLOAD_REFUSED). */
export function uploadRefused(error: unknown): boolean {
  const e = error as { code?: unknown; data?: { error?: unknown } };
  return e.code === webApi.ErrorCode.PlatformError && UPLOAD_REFUSED.has(String(e.data?.error));
}

/**
 * One file shared in the place, in Slack's three steps (what files.uploadV2 does): ask for an
 * upload URL (which names the file's id), send the bytes there, then complete the upload, which
 * shares it. `options.made` hears the file's id before it is shared, so that whoever tries again after a
 * timeout can look for that file in the conversation first instead of sharing a second copy.
 */
export async function shareUpload(client: webApi.WebClient, place: Place, upload: Upload, options: { made?: (fileId: string) => Promise<void>; timeoutMs?: number } = {}): Promise<string> {
  const url = await client.files.getUploadURLExternal({ filename: upload.filename, length: upload.data.length, ...(upload.altText ? { alt_text: upload.altText } : {}) });
  const fileId = url.file_id;
  if (!url.upload_url || !fileId) throw new Error('Slack gave no upload URL for the file');
  await options.made?.(fileId);
  const sent = await fetch(url.upload_url, { method: 'POST', body: upload.data, headers: { 'content-type': 'application/octet-stream' }, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  await sent.arrayBuffer().catch(() => undefined);
  if (!sent.ok) throw Object.assign(new Error(`the file upload answered HTTP ${sent.status}`), { code: webApi.ErrorCode.HTTPError, statusCode: sent.status });
  await client.files.completeUploadExternal({
    files: [{ id: fileId, title: upload.title }],
    channel_id: place.channel,
    ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    ...(upload.comment ? { initial_comment: upload.comment } : {}),
  });
  return fileId;
}

/** A file reply as an upload: the reply's text as the comment. */
export const fileUpload = (reply: FileReply): Upload => ({ filename: reply.filename, title: reply.filename, data: Buffer.from(reply.content, 'utf8'), comment: safeMrkdwn(reply.text) });

/** A chart image as an upload: its figures as alt text (what a screen reader says), its title as the file's title. */
export const chartUpload = (image: ChartImage, title: string): Upload => ({ filename: image.filename, title: truncateTitle(title), data: image.png, altText: image.alt });

/** What is said instead of a file Slack refused to take here: the reply's words, and how else to get it. */
export const noFileText = (reply: FileReply) =>
  `${safeMrkdwn(reply.text)} I could not attach ${reply.filename} here: this Slack app needs the files:write permission (ask your workspace admin to reinstall it).`;

/**
 * File replies (the plan as Markdown or iCalendar) go to Slack as files, in the place the turn is
 * answered, with the reply's text as the comment. Needs the files:write scope; an installation
 * made before it was added is told how else to get the file. This is the way without an outbox,
 * with files.uploadV2 (the outbox shares with shareUpload, to retry without sharing twice).
 */
export async function uploadFile(client: webApi.WebClient, place: Place, reply: FileReply): Promise<'sent' | 'refused'> {
  try {
    const file = { channel_id: place.channel, filename: reply.filename, title: reply.filename, content: reply.content, initial_comment: safeMrkdwn(reply.text) };
    await client.files.uploadV2(place.threadTs ? { ...file, thread_ts: place.threadTs } : file);
    return 'sent';
  } catch {
    await client.chat.postMessage({ channel: place.channel, ...(place.threadTs ? { thread_ts: place.threadTs } : {}), text: noFileText(reply) });
    return 'refused';
  }
}

/**
 * A chart drawn as an image goes to Slack as an uploaded PNG. When the upload fails, the chart is
 * posted as text bars instead: it is never lost.
 */
export async function uploadChart(client: webApi.WebClient, place: Place, image: ChartImage, title: string): Promise<'sent' | 'refused'> {
  try {
    const file = { channel_id: place.channel, filename: image.filename, title: truncateTitle(title), file: image.png, alt_text: image.alt };
    await client.files.uploadV2(place.threadTs ? { ...file, thread_ts: place.threadTs } : file);
    return 'sent';
  } catch {
    return 'refused';
  }
}

const truncateTitle = (title: string) => (title.length > 250 ? `${title.slice(0, 249)}…` : title);

/** A turn's replies in order, cut at each file: messages are posted, files uploaded, as they come. */
export function splitAtFiles(replies: readonly Reply[]): ({ kind: 'messages'; replies: Reply[] } | { kind: 'file'; reply: FileReply })[] {
  const parts: ({ kind: 'messages'; replies: Reply[] } | { kind: 'file'; reply: FileReply })[] = [];
  for (const reply of replies) {
    if (reply.kind === 'file') parts.push({ kind: 'file', reply });
    else if (parts.at(-1)?.kind === 'messages') (parts.at(-1) as { replies: Reply[] }).replies.push(reply);
    else parts.push({ kind: 'messages', replies: [reply] });
  }
  return parts;
}
