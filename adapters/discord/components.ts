import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIComponentInMessageActionRow, APIEmbed, APIStringSelectComponent } from 'discord.js';
import type { Choice, Reply } from '../../src/engine/reply.js';
import { FORGET_STEP } from '../../src/engine/turn.js';
import { LIMITS, truncate } from './limits.js';
import { discordMarkdown } from './markdown.js';
import { encodeAction } from './owner.js';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;
type Question = Extract<Reply, { kind: 'question' }>;
type LongText = Extract<Reply, { kind: 'long-text' }>;
type Card = Extract<Reply, { kind: 'card' }>;
type Checklist = Extract<Reply, { kind: 'checklist' }>;

export const FORM_BUTTON_LABEL = 'Open the form';
export const CHECKLIST_PLACEHOLDER = 'Tick what you heard…';
/** The coach's colour on embeds (a calm teal), so that its cards are recognisable in a busy channel. */
const EMBED_COLOUR = 0x2a9d8f;

const row = (components: APIComponentInMessageActionRow[]): Row => ({ type: ComponentType.ActionRow, components });

function uniqueById(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices.filter((choice) => !seen.has(choice.id) && seen.add(choice.id));
}

function buttons(question: Question, owner: string, choices: Choice[]): Row | undefined {
  const components: APIButtonComponentWithCustomId[] = [];
  for (const choice of choices) {
    const customId = encodeAction({ kind: 'choice', owner, stepId: question.stepId, choiceId: choice.id });
    if (!customId) return undefined;
    const danger = question.stepId === FORGET_STEP && choice.id === 'yes';
    components.push({ type: ComponentType.Button, custom_id: customId, label: truncate(choice.label, LIMITS.buttonLabel), style: danger ? ButtonStyle.Danger : ButtonStyle.Secondary });
  }
  return row(components);
}

function selects(question: Question, owner: string, choices: Choice[]): Row[] | undefined {
  const parts: Choice[][] = [];
  for (let i = 0; i < choices.length && parts.length < LIMITS.actionRows; i += LIMITS.selectOptions) parts.push(choices.slice(i, i + LIMITS.selectOptions));
  const rows: Row[] = [];
  for (const [part, options] of parts.entries()) {
    const customId = encodeAction({ kind: 'select', owner, stepId: question.stepId, part });
    if (!customId) return undefined;
    const first = part * LIMITS.selectOptions + 1;
    const placeholder = parts.length === 1 ? 'Choose one' : `Choose one (options ${first} to ${first + options.length - 1})`;
    const select: APIStringSelectComponent = {
      type: ComponentType.StringSelect,
      custom_id: customId,
      placeholder,
      min_values: 1,
      max_values: 1,
      options: options.map((choice) => ({ label: truncate(choice.label, LIMITS.optionLabel), value: choice.id })),
    };
    rows.push(row([select]));
  }
  return rows;
}

/**
 * A question's choices: up to five as buttons in one row, more as selects of 25 options (a row
 * each, five rows at most). Choices that fit in no component (past 125, or when no custom_id
 * fits) come back in `typed`, for the text: they are answered by number or label.
 */
export function choiceRows(question: Question, owner: string): { rows: Row[]; typed: Choice[] } {
  const choices = uniqueById(question.choices);
  if (choices.length <= LIMITS.buttonsPerRow) {
    const buttonRow = buttons(question, owner, choices);
    if (buttonRow) return { rows: [buttonRow], typed: [] };
  }
  const rows = selects(question, owner, choices);
  if (!rows) return { rows: [], typed: choices };
  return { rows, typed: choices.slice(rows.length * LIMITS.selectOptions) };
}

/** The button that opens the modal for a long-text request. */
export function formRow(reply: LongText, owner: string): Row[] {
  const customId = encodeAction({ kind: 'form', owner, stepId: reply.stepId, fieldIds: reply.fields.map((field) => field.id) });
  if (!customId) return [];
  return [row([{ type: ComponentType.Button, custom_id: customId, label: FORM_BUTTON_LABEL, style: ButtonStyle.Primary }])];
}

/**
 * A checklist as one multi-select: from none to all of its items (Discord allows min_values 0 and
 * 25 options, a checklist's most). Options are numbered as in the list above them, so that the
 * numbers typed instead mean the same items.
 */
export function checklistRows(reply: Checklist, owner: string): Row[] {
  const customId = encodeAction({ kind: 'checklist', owner, stepId: reply.stepId });
  if (!customId) return [];
  const items = uniqueById(reply.items.map((item, i) => ({ id: item.id, label: `${i + 1}. ${item.label}` })));
  const select: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: customId,
    placeholder: CHECKLIST_PLACEHOLDER,
    min_values: 0,
    max_values: items.length,
    options: items.map((item) => ({ label: truncate(item.label, LIMITS.optionLabel), value: item.id })),
  };
  return [row([select])];
}

/** What replaces the buttons of an answered message: one disabled button saying what was picked. */
export function answeredRow(owner: string, label: string): Row[] {
  const customId = encodeAction({ kind: 'done', owner }) as string;
  return [row([{ type: ComponentType.Button, custom_id: customId, label: truncate(`✓ ${label}`, LIMITS.buttonLabel), style: ButtonStyle.Success, disabled: true }])];
}

/** The characters an embed counts against the 6000 of a message. */
export function embedSize(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}

/**
 * A card as embeds: a field per line, 25 fields and about 5,800 characters per embed (room for
 * the title), more embeds when the card is longer. Discord refuses empty names and values.
 */
export function cardEmbeds(card: Card): APIEmbed[] {
  const title = truncate(discordMarkdown(card.title, { dates: 'words' }), LIMITS.embedTitle);
  const budget = LIMITS.embedTotal - LIMITS.embedTitle - 200;
  const embeds: APIEmbed[] = [];
  let fields: NonNullable<APIEmbed['fields']> = [];
  let size = 0;
  const flush = () => {
    embeds.push({ title: embeds.length === 0 ? title : truncate(`${title} (continued)`, LIMITS.embedTitle), color: EMBED_COLOUR, ...(fields.length > 0 ? { fields } : {}) });
    fields = [];
    size = 0;
  };
  for (const field of card.fields) {
    const name = truncate(discordMarkdown(field.label, { dates: 'words' }).trim() || '—', LIMITS.fieldName);
    const value = truncate(discordMarkdown(field.value).trim() || '—', LIMITS.fieldValue);
    if (fields.length === LIMITS.embedFields || (fields.length > 0 && size + name.length + value.length > budget)) flush();
    fields.push({ name, value });
    size += name.length + value.length;
  }
  flush();
  return embeds;
}
