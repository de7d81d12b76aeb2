import type { APIEmbed } from 'discord.js';
import type { ChartImage } from '../../src/charts/chart-images.js';
import type { Reply } from '../../src/engine/reply.js';
import { cardEmbeds, checklistRows, choiceRows, embedSize, formRow } from './components.js';
import type { Row } from './components.js';
import { LIMITS, splitText } from './limits.js';
import { chartRows, codeBlocks, discordMarkdown, subtext } from './markdown.js';
import { chartMessage, fileMessage, type DiscordFile } from './file-message.js';
import { ownerFor } from './owner.js';

/**
 * Sent with every message: no @everyone, @here, role or user pings, whatever the text holds.
 * Replies repeat what users typed (their name, their job), so any of them may carry a mention.
 */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** One Discord message, in the shape channel.send, editReply and followUp all accept. */
export interface DiscordPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  /** A file reply's attachment (file-message.ts). */
  files?: DiscordFile[];
  allowedMentions: typeof NO_MENTIONS;
}

export const FORM_HINT = 'Open the form, or type your answer as a message.';
export const CHECKLIST_HINT = 'Tick them in the menu, or type the numbers, for example 1 3 4, or none.';

/**
 * Packs replies into as few messages as Discord allows, in order. Content shows above the embeds
 * of its message, so text after a card starts a new message; a question's buttons go on the
 * message that ends with the question, so the question sits right above them.
 */
class Packer {
  readonly messages: DiscordPayload[] = [];
  private lines: string[] = [];
  private embeds: APIEmbed[] = [];

  private contentLength(): number {
    return this.lines.join('\n').length;
  }

  /** Pieces already within the content limit (code blocks must not be cut again). */
  pieces(pieces: readonly string[]): void {
    if (this.embeds.length > 0) this.flush();
    for (const piece of pieces) {
      if (this.lines.length > 0 && this.contentLength() + 1 + piece.length > LIMITS.content) this.flush();
      this.lines.push(piece);
    }
  }

  text(block: string): void {
    if (block.trim() !== '') this.pieces(splitText(block, LIMITS.content));
  }

  embed(embeds: readonly APIEmbed[]): void {
    for (const embed of embeds) {
      const total = this.embeds.reduce((sum, e) => sum + embedSize(e), 0);
      if (this.embeds.length === LIMITS.embedsPerMessage || total + embedSize(embed) > LIMITS.embedTotal) this.flush();
      this.embeds.push(embed);
    }
  }

  flush(components: Row[] = []): void {
    if (this.lines.length === 0 && this.embeds.length === 0 && components.length === 0) return;
    const content = this.lines.join('\n');
    this.messages.push({
      ...(content ? { content } : {}),
      ...(this.embeds.length > 0 ? { embeds: this.embeds } : {}),
      ...(components.length > 0 ? { components } : {}),
      allowedMentions: NO_MENTIONS,
    });
    this.lines = [];
    this.embeds = [];
  }
}

/**
 * Every engine reply kind as Discord messages within Discord's limits: text and questions as
 * content (split at 2,000 characters), choices as buttons (up to five) or selects, a checklist as
 * a multi-select, long text as an "Open the form" button, progress as a grey line, charts as bars
 * in a code block (or as an attached image when `images` has one, from src/charts), cards as embeds. `owner` is whose components these are: a member's id, or
 * SHARED_OWNER in a peer thread, where a step's components name the member it waits for (ownerFor).
 */
export function renderReplies(replies: readonly Reply[], owner: string, images?: ReadonlyMap<Reply, ChartImage>): DiscordPayload[] {
  const packer = new Packer();
  for (const reply of replies) {
    switch (reply.kind) {
      case 'text':
        packer.text(discordMarkdown(reply.text));
        break;
      case 'progress':
        packer.text(subtext(`${reply.label} · step ${reply.step} of ${reply.of}`));
        break;
      case 'question': {
        const { rows, typed } = choiceRows(reply, ownerFor(owner, reply.awaits));
        const offset = reply.choices.length - typed.length;
        const more = typed.length > 0 ? ['', 'Or type the number of one of these:', ...typed.map((choice, i) => `${offset + i + 1}) ${choice.label}`)] : [];
        packer.text([discordMarkdown(reply.text.trim() || 'Choose one:'), ...more].join('\n'));
        packer.flush(rows);
        break;
      }
      case 'checklist': {
        // Listed as well as offered in the menu: the scorer keeps the rubric in view while listening.
        const items = reply.items.map((item, i) => `${i + 1}) ${item.label}`);
        packer.text([discordMarkdown(reply.text), ...items, subtext(CHECKLIST_HINT)].join('\n'));
        packer.flush(checklistRows(reply, ownerFor(owner, reply.awaits)));
        break;
      }
      case 'long-text': {
        const rows = formRow(reply, ownerFor(owner, reply.awaits));
        packer.text([discordMarkdown(reply.text), ...(rows.length > 0 ? [subtext(FORM_HINT)] : [])].join('\n'));
        packer.flush(rows);
        break;
      }
      case 'chart': {
        const image = images?.get(reply);
        if (image) {
          // A message of its own, the title above the image; its figures are the attachment's description (alt text).
          packer.flush();
          packer.messages.push({ ...chartMessage(reply.title, image), allowedMentions: NO_MENTIONS });
          break;
        }
        const { title, rows } = chartRows(reply);
        packer.text(title);
        packer.pieces(codeBlocks(rows, LIMITS.content));
        break;
      }
      case 'card':
        packer.embed(cardEmbeds(reply));
        break;
      case 'file':
        // A message of its own, so the file sits under the words that say what it is.
        packer.flush();
        packer.messages.push({ ...fileMessage(reply), allowedMentions: NO_MENTIONS });
        break;
    }
  }
  packer.flush();
  return packer.messages;
}

/** A message's text as one line, for logs at debug level and for tests. */
export function payloadText(payload: DiscordPayload): string {
  return [payload.content ?? '', ...(payload.embeds ?? []).flatMap((e) => [e.title ?? '', ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`)])].filter(Boolean).join('\n');
}
