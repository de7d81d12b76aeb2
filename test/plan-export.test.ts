import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { dayInWords, planDocument, planSourceSchema, type PlanSource } from '../src/plan/plan-document.js';
import { planIcs } from '../src/plan/plan-ics.js';
import { lineSource } from '../src/credentials/figure-words.js';
import { planMarkdown } from '../src/plan/plan-markdown.js';

let credentials: Map<string, CatalogCredential>;
beforeAll(async () => {
  const data = await loadCoachData();
  credentials = new Map(data.credentials.credentials.map((c) => [c.id, c]));
});

/** A plan as the credential pick stores it: two steps done on the day, four ahead; a title with every character iCalendar escapes. */
const TRICKY = 'Enroll, study; then "review" \\ repeat\nweekly: café';
const source = (at = '2027-02-01T09:00:00.000Z', hoursPerWeek = 6): PlanSource =>
  planSourceSchema.parse({
    plan: {
      steps: [
        { step: 1, title: 'Read job postings', due: '2027-02-01', done: true },
        { step: 2, title: 'Choose the credential', due: '2027-02-01', done: true },
        { step: 3, title: TRICKY, due: '2027-05-03', done: false },
        { step: 4, title: 'Build the portfolio piece', due: '2027-06-14', done: false },
        { step: 5, title: 'Network with intent', due: '2027-06-14', done: false },
        { step: 6, title: 'Interview and negotiate', due: '2027-09-06', done: false },
      ],
      names: ['Google Data Analytics Professional Certificate'],
    },
    credentialPick: { ids: ['google-data-analytics'], names: ['Google Data Analytics Professional Certificate'], at },
    hoursPerWeek,
    budgetUsd: 300,
  });

const NOW = new Date('2027-02-03T12:00:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));
  return { calendar, zones, events };
}

describe('the plan as iCalendar, parsed back by ical.js', () => {
  it('has the calendar properties RFC 5545 requires, CRLF lines and no line over 75 octets', () => {
    const ics = planIcs(planDocument(source(), credentials), { now: NOW });
    const { calendar, events } = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/Pivot Coach/);
    expect(ics.endsWith('\r\n') || ics.endsWith('END:VCALENDAR')).toBe(true);
    const lines = ics.split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    for (const { component } of events) {
      expect(component.getFirstPropertyValue('uid')).toBeTruthy();
      const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      // DTSTAMP is a UTC date-time (RFC 5545 3.8.7.2).
      expect(stamp.zone?.tzid).toBe('UTC');
      expect(stamp.toJSDate().toISOString()).toBe(NOW.toISOString());
    }
  });

  it('has one all-day event per step on its date, and the title comes back exactly as written', () => {
    const doc = planDocument(source(), credentials);
    const { events } = parse(planIcs(doc, { now: NOW }));
    const steps = events.filter(({ event }) => !event.isRecurring());
    expect(steps).toHaveLength(6);
    for (const [i, { event }] of steps.entries()) {
      const planned = doc.steps[i]!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(planned.due);
      expect(event.endDate.toString()).toBe(new Date(Date.parse(`${planned.due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      expect(event.summary).toContain(planned.title);
    }
    expect(steps[2]!.event.summary).toBe(`Step 3 of 6: ${TRICKY}`);
    expect(steps[0]!.event.summary).toMatch(/^Done: Step 1 of 6/);
  });

  it('has a weekly study block whose RRULE expands to sessions on the study days, inside the study weeks', () => {
    const doc = planDocument(source(), credentials);
    const { events } = parse(planIcs(doc, { now: NOW }));
    const block = events.find(({ event }) => event.isRecurring());
    expect(block).toBeDefined();
    const rule = block!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    // 6 hours a week: 3 sessions of 2 hours.
    expect(rule.getComponent('byday')).toEqual(['MO', 'WE', 'SA']);
    const { event } = block!;
    expect(event.startDate.isDate).toBe(false);
    // No zone known: floating time, 18:30 wherever the calendar is.
    expect(event.startDate.zone?.tzid).toBe('floating');
    expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(2 * 3600);
    const it = event.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    expect(dates.length).toBe(rule.count);
    expect(dates[0]).toBe('2027-02-01T18:30:00');
    expect(dates.every((d) => d.slice(0, 10) >= doc.studyFrom! && d.slice(0, 10) <= doc.studyUntil!)).toBe(true);
    expect(dates.every((d) => [1, 3, 6].includes(new Date(`${d.slice(0, 10)}T00:00:00Z`).getUTCDay()))).toBe(true);
    // Every study week up to the portfolio piece has its three sessions: none dropped, none past it.
    const weeks = Math.ceil((Date.parse(`${doc.studyUntil}T00:00:00Z`) - Date.parse(`${doc.studyFrom}T00:00:00Z`)) / (7 * 86_400_000));
    expect(dates.length).toBeGreaterThanOrEqual((weeks - 1) * 3);
    expect(dates.length).toBeLessThanOrEqual((weeks + 1) * 3);
  });

  it('puts the study block in the person\'s zone with its VTIMEZONE: 18:30 local on both sides of a DST change', () => {
    const doc = planDocument(source(), credentials);
    const { zones, events } = parse(planIcs(doc, { now: NOW, timeZone: 'America/New_York' }));
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York']);
    const { event } = events.find(({ event }) => event.isRecurring())!;
    expect(event.startDate.zone?.tzid).toBe('America/New_York');
    const it = event.iterator();
    const utc: string[] = [];
    for (let next = it.next(); next; next = it.next()) utc.push(next.toJSDate().toISOString());
    // US clocks go forward on 14 March 2027: 23:30 UTC before, 22:30 UTC after, 18:30 in New York throughout.
    expect(utc.filter((t) => t < '2027-03-14')).toSatisfy((before: string[]) => before.length > 0 && before.every((t) => t.endsWith('T23:30:00.000Z')));
    expect(utc.filter((t) => t > '2027-03-15')).toSatisfy((after: string[]) => after.length > 0 && after.every((t) => t.endsWith('T22:30:00.000Z')));
    // Step dates stay all-day dates, not moved by the zone.
    expect(events.filter(({ event }) => !event.isRecurring()).map(({ event }) => event.startDate.toString())[2]).toBe('2027-05-03');
  });

  it('an unknown zone falls back to floating time rather than an invalid TZID', () => {
    const { zones, events } = parse(planIcs(planDocument(source(), credentials), { now: NOW, timeZone: 'Mars/Olympus_Mons' }));
    expect(zones).toHaveLength(0);
    expect(events.find(({ event }) => event.isRecurring())!.event.startDate.zone?.tzid).toBe('floating');
  });

  it('keeps the same UIDs for the same plan exported again, and new ones for a new plan', () => {
    const uids = (s: PlanSource, now: Date) => parse(planIcs(planDocument(s, credentials), { now })).events.map(({ event }) => event.uid);
    const first = uids(source(), NOW);
    const later = uids(source(), new Date('2027-03-01T08:00:00Z'));
    expect(later).toEqual(first);
    expect(new Set(first).size).toBe(7);
    const other = uids(source('2027-04-01T09:00:00.000Z'), NOW);
    expect(other.filter((uid) => first.includes(uid))).toEqual([]);
  });
});

describe('the plan as Markdown', () => {
  it('lists the steps with dates in words, the routine, and each cost with where it was seen', () => {
    const doc = planDocument(source(), credentials);
    const md = planMarkdown(doc);
    expect(md).toMatch(/^# Your plan: Google Data Analytics Professional Certificate\n/);
    expect(md).toContain('1. ~~Read job postings~~: done on Monday 1 February 2027');
    expect(md).toContain('4. **Build the portfolio piece**: by Monday 14 June 2027');
    expect(md).toContain('you finish on Monday 6 September 2027');
    expect(md).toContain('6 hours a week: 3 sessions of about 2 hours');
    const credential = credentials.get('google-data-analytics')!;
    // Where each figure was seen, in words; the catalog's raw source note stays out of the file.
    for (const line of credential.costs) {
      const says = lineSource(line, credential);
      expect(md).toContain(`. ${says.charAt(0).toUpperCase()}${says.slice(1)}.`);
      expect(md).not.toContain(line.source);
    }
    expect(md).toMatch(/Total: \$[\d,]+ over 3 years\./);
    // Markdown characters in a title are escaped and its line break folded, so the list stays a list.
    expect(md).toContain('3. **Enroll, study; then "review" \\\\ repeat weekly: café**');
  });

  it('says a price is unknown rather than counting it as $0', () => {
    const unknown = [...credentials.values()].find((c) => c.costsMissing !== undefined);
    expect(unknown).toBeDefined();
    const s = source();
    const doc = planDocument({ ...s, credentialPick: { ids: [unknown!.id], names: [unknown!.name], at: s.credentialPick!.at } }, credentials);
    expect(doc.totalUsd).toBeNull();
    expect(planMarkdown(doc)).toContain('Total: total unknown');
  });

  it("says the day the plan was made in the person's calendar, the UTC day only when no zone is known", () => {
    // 11:30 UTC on 1 February is already the 2nd in Auckland (UTC+13); 05:00 UTC on the 2nd is still the evening of the 1st in Los Angeles.
    const auckland = planDocument(source('2027-02-01T11:30:00.000Z'), credentials);
    expect(planMarkdown(auckland, 'Pacific/Auckland')).toContain('Made on Tuesday 2 February 2027 · 6 hours a week');
    expect(planMarkdown(auckland)).toContain('Made on Monday 1 February 2027 · ');
    const losAngeles = planDocument(source('2027-02-02T05:00:00.000Z'), credentials);
    expect(planMarkdown(losAngeles, 'America/Los_Angeles')).toContain('Made on Monday 1 February 2027 · ');
    expect(planMarkdown(losAngeles)).toContain('Made on Tuesday 2 February 2027 · ');
    // A zone no one can read says the UTC day rather than failing; the JSON keeps the UTC day and the instant.
    expect(planMarkdown(losAngeles, 'Mars/Olympus_Mons')).toContain('Made on Tuesday 2 February 2027 · ');
    expect([losAngeles.madeOn, losAngeles.madeAt]).toEqual(['2027-02-02', '2027-02-02T05:00:00.000Z']);
  });

  it('writes dates in words the same way in every zone', () => {
    expect(dayInWords('2027-05-14')).toBe('Friday 14 May 2027');
  });
});
