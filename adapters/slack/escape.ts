/**
 * Text crossing the Slack boundary, both ways. Slack's mrkdwn gives meaning to exactly three
 * characters (&, <, >): `<!channel>`, `<@U123>` and `<https://x|label>` are all built from them,
 * so escaping the three makes any echoed text inert. The words @here, @channel and @everyone can
 * still be turned into broadcasts by Slack's automatic parsing, so a word joiner (invisible)
 * goes after the "@".
 */

import { markInWords, markSeconds, renderMarks, type DateMark } from '../../src/dates/date-marks.js';

const WORD_JOINER = '\u2060';
const BROADCAST_WORD = /(^|[^\w@])@(here|channel|everyone)(?![\w-])/gi;

/** Slack's own escaping rule for message text: only &, < and >. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function neutraliseBroadcasts(text: string): string {
  return text.replace(BROADCAST_WORD, `$1@${WORD_JOINER}$2`);
}

/**
 * Slack's date formatting (docs.slack.dev, "Formatting text for app surfaces: date formatting"):
 * `<!date^UNIX^{date_long}|fallback>` shows the date in each reader's own time zone and locale,
 * with its weekday ("Friday, May 14th, 2027"); the fallback, the date in words where the person
 * is, shows where Slack cannot format it. `{date_long}` rather than `{date_long_pretty}`: "done on
 * today" would not read. The fallback holds only letters, digits, spaces, commas and a colon, so
 * it cannot close the markup early.
 */
export function slackDate(mark: DateMark): string {
  const format = mark.kind === 'day' ? '{date_long}' : '{date_long} at {time}';
  return `<!date^${markSeconds(mark)}^${format}|${markInWords(mark).replace(/[^A-Za-z0-9 ,:]/g, '')}>`;
}

/**
 * Any text headed for a mrkdwn field: it can neither ping anyone nor forge a link, and the coach's
 * date marks become Slack dates. Escaping comes first, so the only `<` left is the coach's own.
 */
export function safeMrkdwn(text: string): string {
  return renderMarks(neutraliseBroadcasts(escapeText(text)), slackDate);
}

/** Where a cut at `cut` would fall inside a Slack date ("<!date^…|…>"), the cut moved before it. */
export function outsideMarkup(text: string, cut: number): number {
  const open = text.lastIndexOf('<!date^', cut - 1);
  return open >= 0 && text.indexOf('>', open) >= cut ? open : cut;
}

/**
 * At most `max` UTF-16 units (how Slack counts), ending in "…" when cut; never splits a
 * surrogate pair, so an emoji is not left half.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, outsideMarkup(text, cut))}…`;
}

/**
 * Slack's wire format of what a user typed, as plain text for the engine: mentions and links
 * become readable words (`<@U123>` -> `@U123`, `<!here>` -> `@here`, `<https://a|b>` -> `b (https://a)`)
 * and the three escaped characters come back. The engine then sees what the user saw.
 */
export function fromSlackText(text: string): string {
  const readable = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
    if (target.startsWith('#')) return label ? `#${label}` : target;
    if (target.startsWith('!subteam^')) return label ?? '@team';
    if (target.startsWith('!')) return `@${target.slice(1)}`;
    return label && label !== target ? `${label} (${target})` : target;
  });
  return readable.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
