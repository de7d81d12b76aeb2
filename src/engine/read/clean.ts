/**
 * What people type, made safe to keep and to show again, before anything reads or stores it.
 * A terminal paste can carry colour codes, a phone can send a broken emoji half, and a copied web
 * page can carry direction overrides that make text read differently from what it is. None of
 * that is the person's words, so it goes; everything that is (letters in any script, emoji with
 * their joiners and skin tones, line breaks, tabs) stays exactly as typed.
 */

/**
 * Terminal escape sequences: CSI ("ESC [ 31 m", and the one-byte 0x9B form), OSC ("ESC ] ... BEL"
 * or "ESC ] ... ESC \"), DCS/SOS/PM/APC strings, and the two-character escapes ("ESC c").
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -~]?/g;

/**
 * Control characters other than tab and line breaks (C0, DEL, C1), and invisible format
 * characters that change how text reads without being text: bidirectional overrides and
 * isolates, the zero-width space and the byte-order mark. The zero-width joiner (U+200D) and
 * variation selectors stay: emoji such as 👩‍💻 and ✔️ are made of them. The noncharacters
 * U+FDD0–U+FDEF are never text people exchange: the coach marks its own dates with them
 * (src/dates/date-marks.ts), so none typed can pass for one.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufeff]/g;

/** Half of a surrogate pair with no other half (without the u flag, the regex sees UTF-16 code units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Carriage returns and the Unicode line and paragraph separators are line breaks. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

/** Only text with something besides printable ASCII, tabs and "\n" needs work: most messages come back as they are. */
const NEEDS_WORK = /[^\t\n\x20-\x7e]/;

/**
 * Text as it is kept and read: well-formed (a lone UTF-16 surrogate, half of an emoji, becomes
 * U+FFFD), without terminal escapes and invisible controls, line breaks as "\n", and in Unicode
 * normal form C (an "é" typed as e + accent is the same "é" as the precomposed one).
 */
export function cleanHumanText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\ufffd').replace(ANSI, '').replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').normalize('NFC');
}
