import { normalizeTerm } from '../data/load-data.js';

/**
 * Short forms people type for the words of a job title: "sf admin" is a Salesforce administrator,
 * "sys admin" a systems administrator, "sec analyst" a security analyst, "ba" a business analyst.
 * A short form with two readings ("pm": project or product manager) gives both, for the person to
 * choose between: it is never settled by a guess. Only the words of a role's title are targets, so
 * a reading that names no title changes nothing.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  // Products and fields.
  sf: ['salesforce'],
  sfdc: ['salesforce'],
  sec: ['security'],
  infosec: ['information security'],
  cybersec: ['cybersecurity'],
  sys: ['systems'],
  net: ['network'],
  biz: ['business'],
  mktg: ['marketing'],
  ml: ['machine learning'],
  proj: ['project'],
  prod: ['product'],
  fe: ['front-end'],
  // Kinds of worker.
  admin: ['administrator'],
  admn: ['administrator'],
  eng: ['engineer'],
  engr: ['engineer'],
  mgr: ['manager'],
  sci: ['scientist'],
  coord: ['coordinator'],
  // Whole titles.
  sysadmin: ['systems administrator'],
  netadmin: ['network administrator'],
  pm: ['project manager', 'product manager'],
  tpm: ['technical project manager', 'technical product manager'],
  ba: ['business analyst'],
  bsa: ['business systems analyst'],
  da: ['data analyst'],
  ds: ['data scientist'],
  de: ['data engineer'],
  mle: ['machine learning engineer'],
  se: ['software engineer', 'sales engineer'],
};
/** "tech writer" is a technical writer, "tech support" already a title: "tech" is read only before these. */
const TECH_BEFORE = new Set(['writer', 'author', 'communicator', 'project', 'product', 'sales']);
/** Readings multiply with each ambiguous word: past this many the typed text is not a title. */
const MAX_READINGS = 4;

/**
 * The ways a typed title reads with its short forms spelled out, in the order of the table, or
 * none when it has no short form. "sf admin" -> ["salesforce administrator"]; "pm" -> ["project
 * manager", "product manager"]; "data analyst" -> [].
 */
export function titleReadings(typed: string): string[] {
  const tokens = normalizeTerm(typed).replace(/[.!?]+$/, '').split(' ').filter(Boolean);
  let readings: string[][] = [[]];
  let changed = false;
  tokens.forEach((token, i) => {
    const bare = token.replace(/[,;:]+$/, '');
    const next = tokens[i + 1]?.replace(/[,;:]+$/, '');
    const forms = SHORT_FORMS[bare] ?? (bare === 'tech' && next !== undefined && TECH_BEFORE.has(next) ? ['technical'] : undefined);
    if (forms) changed = true;
    readings = readings.flatMap((r) => (forms ?? [token]).map((f) => [...r, f])).slice(0, MAX_READINGS);
  });
  return changed ? readings.map((r) => r.join(' ')) : [];
}
