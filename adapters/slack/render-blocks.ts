import type { types } from '@slack/bolt';
import type { Reply } from '../../src/engine/reply.js';
import { marksAsWords } from '../../src/dates/date-marks.js';
import { plain, renderPlain } from '../../src/render-plain.js';
import { outsideMarkup, safeMrkdwn, truncate } from './escape.js';
import { encodeChecklist, encodeChoice, encodeForm, encodeQuestionBlock } from './owner.js';
import type { ChecklistItem, Control, FormField, Owner } from './owner.js';

export type Block = types.KnownBlock;

/** Slack's Block Kit limits that these renderers keep to (docs.slack.dev, "Block Kit reference"). */
export const LIMITS = {
  sectionText: 3_000,
  blocksPerMessage: 50,
  /** Slack allows 25 elements per actions block; more than five buttons in a row are hard to read. */
  buttonsPerBlock: 5,
  elementsPerActions: 25,
  buttonText: 75,
  buttonValue: 2_000,
  /** An option's text, in a menu or a checkbox group alike. */
  optionText: 75,
  optionsPerSelect: 100,
  optionsPerCheckboxes: 10,
  headerText: 150,
  sectionFields: 10,
  fieldText: 2_000,
  /** Notification text: Slack truncates at 40,000; nobody reads more than a screen of it. */
  fallbackText: 3_000,
} as const;

/** One chat.postMessage: blocks within the limits and the plain-text fallback that notifications and screen readers use. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const FORM_BUTTON_ACTION = 'pivot:form';
export const CHECKLIST_BUTTON_ACTION = 'pivot:checklist';
export const CHOICE_ACTION = /^pivot:choice:/;
export const SELECT_ACTION = /^pivot:select:/;
export const FORM_HINT = "The form takes up to 3,000 characters per box (Slack's limit). For anything longer, paste it here as a message instead.";
export const CHECKLIST_HINT = 'Or type the numbers that apply, for example `1 3 4`, or `all` or `none`.';

const BAR_CELLS = 10;
const CHART_LABEL_WIDTH = 24;

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text });
/** Plain text shows no Slack dates: any date the coach marked is in words. */
export const plainText = (text: string, max: number): types.PlainTextElement => ({ type: 'plain_text', text: truncate(marksAsWords(text), max), emoji: true });

/** "- item" lines are the engine's bullets; Slack shows "•". */
const bullets = (text: string) => text.replace(/^(\s*)- /gm, '$1• ');

/**
 * Splits escaped text into pieces of at most `max`, at a line break where there is one, else at
 * a space, never inside an escape such as "&amp;", a Slack date or a surrogate pair.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut <= 0) cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) {
      cut = max;
      const amp = rest.lastIndexOf('&', cut);
      if (amp >= 0 && amp > cut - 5 && !rest.slice(amp, cut).includes(';')) cut = amp;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    // A date's fallback has spaces: a cut there would break the markup in two.
    const kept = outsideMarkup(rest, cut);
    if (kept > 0) cut = kept;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

function sections(text: string): Block[] {
  const safe = safeMrkdwn(bullets(text.trim() || ' '));
  return splitText(safe, LIMITS.sectionText).map((piece) => ({ type: 'section', text: mrkdwn(piece || ' ') }));
}

/** What a reply's controls carry: the owner, the step, and whom a shared question waits for. */
const controlOf = (reply: Extract<Reply, { stepId: string }>, owner: Owner): Control => ({ owner, stepId: reply.stepId, ...(reply.awaits ? { awaits: reply.awaits } : {}) });

function questionBlocks(reply: Extract<Reply, { kind: 'question' }>, owner: Owner, q: number): Block[] {
  const control = controlOf(reply, owner);
  const block_id = encodeQuestionBlock(q, control);
  if (reply.choices.length <= LIMITS.buttonsPerBlock) {
    const buttons: types.Button[] = reply.choices.map((choice, i) => ({
      type: 'button',
      action_id: `pivot:choice:${q}:${i}`,
      text: plainText(choice.label, LIMITS.buttonText),
      value: encodeChoice({ ...control, choiceId: choice.id }),
    }));
    return [...sections(reply.text), { type: 'actions', block_id, elements: buttons }];
  }
  // A long list is a menu: a row of six or more buttons wraps into an unreadable wall.
  const selects: types.StaticSelect[] = [];
  for (let from = 0; from < reply.choices.length && selects.length < LIMITS.elementsPerActions; from += LIMITS.optionsPerSelect) {
    const options = reply.choices.slice(from, from + LIMITS.optionsPerSelect);
    selects.push({
      type: 'static_select',
      action_id: `pivot:select:${q}:${selects.length}`,
      placeholder: plainText(from === 0 ? 'Choose one…' : `More (${from + 1}-${from + options.length})…`, LIMITS.optionText),
      options: options.map((choice) => ({ text: plainText(choice.label, LIMITS.optionText), value: choice.id })),
    });
  }
  return [...sections(reply.text), { type: 'actions', block_id, elements: selects }];
}

/** The first of ever shorter encodings that fits in a button's value (2,000 characters). */
function firstThatFits(attempts: (() => string)[]): string | undefined {
  for (const attempt of attempts) {
    const value = attempt();
    if (value.length <= LIMITS.buttonValue) return value;
  }
  return undefined;
}

/** The form's fields ride in the button's value: shortened until they fit. */
export function formButtonValue(control: Control, fields: FormField[]): string {
  const encode = (shown: FormField[]) => () => encodeForm({ ...control, fields: shown });
  return (
    firstThatFits([
      encode(fields.map((f) => ({ id: f.id, label: truncate(f.label, 200), ...(f.placeholder ? { placeholder: truncate(f.placeholder, 150) } : {}) }))),
      encode(fields.map((f) => ({ id: f.id, label: truncate(f.label, 60) }))),
      encode(fields.map((f) => ({ id: f.id, label: truncate(f.label, 20) }))),
    ]) ?? encodeForm({ ...control, fields: fields.slice(0, 10).map((f) => ({ id: f.id, label: f.id.slice(0, 20) })) })
  );
}

/**
 * A checklist's items ride in its button's value, labels no longer than a checkbox shows, then
 * shorter until they fit; undefined when even short labels do not fit (very long item ids), and
 * the numbers are typed instead.
 */
export function checklistButtonValue(control: Control, items: readonly ChecklistItem[]): string | undefined {
  return firstThatFits(
    [LIMITS.optionText, 40, 20].map((max) => () => encodeChecklist({ ...control, items: items.map((item) => ({ id: item.id, label: truncate(item.label, max) })) })),
  );
}

/** A row with one button that opens a modal; the modal is built from its value. */
function modalButton(blockId: string, actionId: string, label: string, value: string): Block {
  return { type: 'actions', block_id: blockId, elements: [{ type: 'button', action_id: actionId, style: 'primary', text: plainText(label, LIMITS.buttonText), value }] };
}

const hint = (text: string): Block => ({ type: 'context', elements: [mrkdwn(safeMrkdwn(text))] });

function longTextBlocks(reply: Extract<Reply, { kind: 'long-text' }>, owner: Owner, q: number): Block[] {
  return [
    ...sections(reply.text),
    modalButton(`pivot-form:${q}`, FORM_BUTTON_ACTION, 'Open the form', formButtonValue(controlOf(reply, owner), reply.fields)),
    hint(FORM_HINT),
  ];
}

/**
 * Tick all that apply: the prompt, a button for the modal with checkboxes, and the numbered list,
 * so that the ticks can also be typed (and read in the notification). The list comes after the
 * button so that the modal shows the prompt above it and not the list twice.
 */
function checklistBlocks(reply: Extract<Reply, { kind: 'checklist' }>, owner: Owner, q: number): Block[] {
  const value = checklistButtonValue(controlOf(reply, owner), reply.items);
  const button = value ? [modalButton(`pivot-checklist:${q}`, CHECKLIST_BUTTON_ACTION, 'Score with the checklist', value)] : [];
  const list = reply.items.map((item, i) => `${i + 1}. ${item.label}`).join('\n');
  return [...sections(reply.text), ...button, ...sections(list), hint(CHECKLIST_HINT)];
}

const formatNumber = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, ''));

/** A bar of ten whole cells, scaled to the largest value as the terminal does: partial-cell glyphs vary too much between fonts. */
export function bar(value: number, max: number): string {
  const cells = max > 0 ? Math.round((Math.max(0, Math.min(value, max)) / max) * BAR_CELLS) : 0;
  return `${'█'.repeat(cells)}${'░'.repeat(BAR_CELLS - cells)}`;
}

/** Rows in a code block, so the labels line up in Slack's monospace font. */
function chartBlocks(reply: Extract<Reply, { kind: 'chart' }>): Block[] {
  const title: Block = { type: 'section', text: mrkdwn(`*${safeMrkdwn(truncate(plain(reply.title), 500))}*`) };
  if (reply.rows.length === 0) return [title, { type: 'context', elements: [mrkdwn('_Nothing to show yet._')] }];
  const labels = reply.rows.map((row) => truncate(row.label, CHART_LABEL_WIDTH));
  const width = Math.max(...labels.map((label) => label.length));
  const max = Math.max(0, ...reply.rows.map((row) => row.value));
  const unit = reply.unit ?? '';
  const lines = reply.rows.map((row, i) => safeMrkdwn(`${(labels[i] ?? '').padEnd(width)}  ${bar(row.value, max)} ${formatNumber(row.value)}${unit}`));
  const blocks: Block[] = [title];
  // Each piece keeps its own fence: a code block cannot span two sections.
  for (const piece of splitText(lines.join('\n'), LIMITS.sectionText - 8)) blocks.push({ type: 'section', text: mrkdwn(`\`\`\`\n${piece}\n\`\`\``) });
  return blocks;
}

function cardBlocks(reply: Extract<Reply, { kind: 'card' }>): Block[] {
  const blocks: Block[] = [{ type: 'header', text: plainText(plain(reply.title) || ' ', LIMITS.headerText) }];
  const fields = reply.fields.map((field) => mrkdwn(truncate(`*${safeMrkdwn(plain(field.label))}*\n${safeMrkdwn(bullets(field.value))}`, LIMITS.fieldText)));
  for (let i = 0; i < fields.length; i += LIMITS.sectionFields) blocks.push({ type: 'section', fields: fields.slice(i, i + LIMITS.sectionFields) });
  return blocks;
}

function progressBlocks(reply: Extract<Reply, { kind: 'progress' }>): Block[] {
  const done = Math.round((Math.min(reply.step, reply.of) / reply.of) * 8);
  const dots = `${'▰'.repeat(done)}${'▱'.repeat(8 - done)}`;
  return [{ type: 'context', elements: [mrkdwn(`${dots}  *${safeMrkdwn(truncate(plain(reply.label), 200))}* · step ${reply.step} of ${reply.of}`)] }];
}

/** Every reply kind; `q` numbers the questions of one turn, so their block and action ids stay unique in a message. */
export function blocksFor(reply: Reply, owner: Owner, q = 0): Block[] {
  switch (reply.kind) {
    case 'text':
      return sections(reply.text);
    case 'question':
      return questionBlocks(reply, owner, q);
    case 'long-text':
      return longTextBlocks(reply, owner, q);
    case 'checklist':
      return checklistBlocks(reply, owner, q);
    case 'progress':
      return progressBlocks(reply);
    case 'chart':
      return chartBlocks(reply);
    case 'card':
      return cardBlocks(reply);
    case 'file':
      // Uploaded as a file by postReplies; drawn as its text only where a file cannot go (an ephemeral answer).
      return sections(`${reply.text} (${reply.filename})`);
  }
}

/**
 * What notifications show: the terminal's rendering, escaped like everything else. The progress
 * line is left out (a notification should start with what the coach says), unless it is all there is.
 */
export function fallbackText(replies: Reply[]): string {
  const said = replies.filter((reply) => reply.kind !== 'progress');
  const text = (said.length > 0 ? said : replies).flatMap((reply) => renderPlain(reply)).join('\n');
  return truncate(safeMrkdwn(text), LIMITS.fallbackText) || ' ';
}

/** Reply kinds drawn with controls, whose block ids are numbered within a message. */
const CONTROLS = new Set<Reply['kind']>(['question', 'long-text', 'checklist']);

/**
 * One turn's replies as few messages as Slack allows: a reply is never split from its blocks
 * unless it alone passes 50 blocks.
 */
export function renderReplies(replies: Reply[], owner: Owner): SlackMessage[] {
  const messages: SlackMessage[] = [];
  let blocks: Block[] = [];
  let included: Reply[] = [];
  const flush = () => {
    if (blocks.length > 0) messages.push({ text: fallbackText(included), blocks });
    blocks = [];
    included = [];
  };
  let q = 0;
  for (const reply of replies) {
    const own = blocksFor(reply, owner, CONTROLS.has(reply.kind) ? q++ : 0);
    if (blocks.length + own.length > LIMITS.blocksPerMessage) flush();
    for (let i = 0; i < own.length; i += LIMITS.blocksPerMessage) {
      if (i > 0) flush();
      blocks.push(...own.slice(i, i + LIMITS.blocksPerMessage));
      included.push(reply);
    }
  }
  flush();
  return messages;
}
