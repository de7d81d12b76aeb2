import type { ChartImage } from '../../src/charts/chart-images.js';
import type { Reply } from '../../src/engine/reply.js';
import { discordMarkdown } from './markdown.js';
import { LIMITS } from './limits.js';

/** A file sent with a message, in the shape channel.send, editReply and followUp accept. */
export interface DiscordFile {
  attachment: Buffer;
  name: string;
  description?: string;
}

/**
 * A file reply (the plan as Markdown or iCalendar) as one message of its own: the reply's text
 * as content, the file attached (Discord accepts files up to 10 MB; a plan is a few kilobytes).
 */
export function fileMessage(reply: Extract<Reply, { kind: 'file' }>): { content: string; files: DiscordFile[] } {
  return {
    content: discordMarkdown(reply.text).slice(0, LIMITS.content),
    files: [{ attachment: Buffer.from(reply.content, 'utf8'), name: reply.filename, description: reply.filename }],
  };
}

/** Discord's limit on an attachment's description, its alt text. */
const DESCRIPTION_LIMIT = 1024;

/** A chart drawn as an image: its title as content, the PNG attached with the chart's figures as alt text. */
export function chartMessage(title: string, image: ChartImage): { content: string; files: DiscordFile[] } {
  return {
    content: discordMarkdown(`*${title}*`).slice(0, LIMITS.content),
    files: [{ attachment: image.png, name: image.filename, description: image.alt.slice(0, DESCRIPTION_LIMIT) }],
  };
}
