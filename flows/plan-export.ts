import { checkinsOf } from '../src/checkins/checkin-profile.js';
import type { CoachData } from '../src/coach-data.js';
import { personZone } from '../src/dates/person-zone.js';
import { defineFlow } from '../src/engine/flow.js';
import type { Reply } from '../src/engine/reply.js';
import { planDocument, planSourceSchema } from '../src/plan/plan-document.js';
import { planIcs } from '../src/plan/plan-ics.js';
import { planMarkdown } from '../src/plan/plan-markdown.js';
import { choosingNow, noPlanYet } from './credential-pick.js';

/** The person's IANA zone, once they have told it (weekly check-ins ask for it). */
const zoneOf = (profile: Readonly<Record<string, unknown>>): string | undefined => checkinsOf(profile)?.when?.timeZone;

/**
 * `export`, at any point: the plan as two files to keep, Markdown (steps, dates, costs and where
 * each price was seen) and iCalendar (each step on its date and a weekly study block), then the
 * question the person was at. The same document as `pivot plan`.
 */
export function createPlanExportFlow(data: CoachData) {
  const byId = new Map(data.credentials.credentials.map((c) => [c.id, c]));
  return defineFlow({
    id: 'export',
    title: 'Your plan to take away',
    commands: ['export'],
    steps: [],
    finish: (ctx) => {
      const source = planSourceSchema.safeParse(ctx.profile);
      if (!source.success) {
        const text = choosingNow(ctx) ? noPlanYet(ctx, 'export') : 'You have no plan to export yet. Say `pick` to choose credentials and get a dated plan.';
        return { replies: [{ kind: 'text', text }] };
      }
      const doc = planDocument(source.data, byId);
      const replies: Reply[] = [
        { kind: 'file', text: 'Your plan as a Markdown file: steps, dates and costs, for any notes app.', filename: 'pivot-plan.md', mimeType: 'text/markdown', content: planMarkdown(doc, personZone(ctx.profile)) },
        {
          kind: 'file',
          text: 'Your plan as a calendar file: open it to add each step on its date and a weekly study block to your calendar.',
          filename: 'pivot-plan.ics',
          mimeType: 'text/calendar',
          content: planIcs(doc, { now: ctx.now, timeZone: zoneOf(ctx.profile) }),
        },
      ];
      return { replies };
    },
  });
}
