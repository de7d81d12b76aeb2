import type { webApi } from '@slack/bolt';
import type { ChartImage } from '../../src/charts/chart-images.js';
import type { Reply } from '../../src/engine/reply.js';
import { safeMrkdwn } from './escape.js';
import type { Place } from './to-inbound.js';

type FileReply = Extract<Reply, { kind: 'file' }>;

/**
 * File replies (the plan as Markdown or iCalendar) go to Slack as files with files.uploadV2, in
 * the place the turn is answered, with the reply's text as the comment. Needs the files:write
 * scope; an installation made before it was added is told how else to get the file.
 */
export async function uploadFile(client: webApi.WebClient, place: Place, reply: FileReply): Promise<'sent' | 'refused'> {
  try {
    const file = { channel_id: place.channel, filename: reply.filename, title: reply.filename, content: reply.content, initial_comment: safeMrkdwn(reply.text) };
    await client.files.uploadV2(place.threadTs ? { ...file, thread_ts: place.threadTs } : file);
    return 'sent';
  } catch {
    await client.chat.postMessage({
      channel: place.channel,
      ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
      text: `${safeMrkdwn(reply.text)} I could not attach ${reply.filename} here: this Slack app needs the files:write permission (ask your workspace admin to reinstall it).`,
    });
    return 'refused';
  }
}

/**
 * A chart drawn as an image goes to Slack as an uploaded PNG, its figures as the image's alt
 * text (what a screen reader says) and its title as the file's title. When the upload is refused
 * (no files:write), the chart is posted as text bars instead: it is never lost.
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
