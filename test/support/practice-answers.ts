/**
 * Written answers as people switching careers type them, for the feedback tests: a strong one, a
 * short "we" one with no result, a hypothetical one, a rambling one and a better retry of the short one.
 */

/** A charge nurse: one real time, "I", a measured result, a lesson; about 70 s spoken. */
export const NURSE =
  "In March 2023, on the surgical ward at St Mary's where I was the night charge nurse, medication errors had reached 40 a month. " +
  'My job was to bring that number down before the hospital inspection in June. ' +
  'I pulled six months of incident reports into a spreadsheet and I sorted them by hour and by drug, and I found that most errors happened at the 2 a.m. handover. ' +
  'I rewrote the handover checklist with the ward pharmacist, because the old one skipped the high-risk drugs, and I trained all 14 night nurses on it in ten-minute sessions at the start of their shifts. ' +
  'Then I checked the incident log every Friday and I fed back to each nurse in person. ' +
  'As a result, errors went from 40 a month to 6 within three months, and the inspectors named our ward as an example for the hospital. ' +
  'I learned that a clear chart convinces busy people faster than a long email.';

/** An accounts clerk's first try: about 40 words, "we" throughout, no result. */
export const WE_SHORT =
  'At my old job in accounts we had a problem with late invoices. We got together as a team and we went through all the open invoices, and then we set up a new reminder process for the clients so nothing slipped.';

/** What they would do, not what they did (a False STAR). */
export const HYPOTHETICAL =
  'When a client is unhappy I would usually listen first and let them explain everything. Then I would apologise and try to find a solution that works for both of us. ' +
  'I always follow up a few days later to make sure they are happy, because I think communication is the most important thing.';

/** The same accounts clerk's retry: one real time, "I", a measured result; about 75 s spoken. */
export const RETRY =
  'In March 2023, at a logistics firm where I worked in accounts, 120 invoices were more than 60 days late. ' +
  'My goal was to get late payments down before the year-end audit. ' +
  'I went through every open invoice myself and I sorted them by client, and I found that most late payers had never had a reminder at all. ' +
  'I wrote a schedule of three reminder emails and I set it up in our accounting system, because I wanted it to run without anyone having to remember it. ' +
  'I also called the five biggest late payers myself to agree payment dates, and I kept a simple tracker so my manager could see where each one stood. ' +
  'I checked the tracker every Monday and I sent my manager a short summary each Friday. ' +
  'As a result, late invoices fell from 120 to 35 in two months, and the finance director asked me to roll the schedule out to the other two offices.';

/** A bookkeeper who tells every step: about 400 words, the steps take most of it. */
export const RAMBLING =
  'In January 2022, at a mid-sized accounting firm where I was a senior bookkeeper, month-end close took nine working days. ' +
  'My goal was to get it under five days before the spring audit. ' +
  'I started by listing every step of the close on a whiteboard with the two other bookkeepers, and I timed each one for a full month, which took a lot longer than I expected because people kept forgetting to write their times down, ' +
  'so I ended up sending a reminder every afternoon, and then I also built a little form in Excel so they could just click a button, although the first version of that form had a bug where it overwrote the previous day, ' +
  'so I had to rebuild it, and I used that as a chance to add a drop-down for the type of task. ' +
  'Then I went through the timings and I noticed that bank reconciliations were taking almost three days on their own, mostly because we were downloading statements by hand from six different banks, ' +
  'and each bank had a different format, and some of them only let you download thirty days at a time, so I called each bank, and I asked about automated feeds, ' +
  'and two of them said yes straight away, one said they would get back to me and never did, and the other three needed a form signed by a partner, ' +
  'so I wrote up the request, I got the partner to sign it, I chased the banks for about three weeks, and in the meantime I wrote a macro that reformatted the remaining statements into one layout. ' +
  'I also looked at the accruals, because they were another slow step, and I made a template for the recurring ones, and I sat with the junior staff to show them how to use it, ' +
  'and I checked their first two months of work myself, and I rewrote the close checklist so that it followed the order the data actually arrived in, not the order it had always been done in, ' +
  "and I printed it out and put it by everyone's desk, and I walked the partners through it at their Monday meeting so they knew what was changing and why. " +
  'As a result, month-end close went from nine days to four, and the partners used the extra days to get the management accounts out earlier, which the clients really noticed.';
