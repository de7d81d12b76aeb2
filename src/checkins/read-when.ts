import { isTimeZone } from './weekly-time.js';

/**
 * Reading a check-in time and zone as people type them: "18:00", "6pm", "6.30 pm"; "Europe/Berlin",
 * "berlin", "New York", "UTC". A city is matched to the IANA zone named after it.
 */

const TIME = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

/** HH:MM, or undefined when it is not a time of day. */
export function readTime(typed: string): string | undefined {
  const match = TIME.exec(typed.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const ZONES = Intl.supportedValuesOf('timeZone');
const UTC_WORDS = new Set(['utc', 'gmt', 'z', 'zulu']);
const squash = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** An IANA zone, or undefined when none is named. */
export function readTimeZone(typed: string): string | undefined {
  const said = typed.trim();
  if (UTC_WORDS.has(said.toLowerCase())) return 'UTC';
  if (said.includes('/') && isTimeZone(said)) return ZONES.find((z) => z.toLowerCase() === said.toLowerCase()) ?? said;
  const city = squash(said);
  if (city.length < 3) return undefined;
  const listed = ZONES.find((zone) => squash(zone.slice(zone.lastIndexOf('/') + 1)) === city);
  if (listed) return listed;
  // Node's list keeps some older names (Asia/Calcutta): the current one is still a valid zone.
  const name = said.split(/\s+/).map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1).toLowerCase()}`).join('_');
  return REGIONS.map((region) => `${region}/${name}`).find(isTimeZone);
}

const REGIONS = ['Europe', 'America', 'Asia', 'Africa', 'Australia', 'Pacific', 'Atlantic', 'Indian'];
