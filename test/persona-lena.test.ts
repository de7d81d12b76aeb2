import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Lena Fischer, 50, real-estate agent for 18 years: runs her own Facebook and Instagram ads for every listing,
 * makes her flyers in Canva, sends a monthly Mailchimp newsletter to about two thousand contacts, writes her
 * Zillow listing copy and tracks leads in a spreadsheet. She wants to be a digital marketer, has $500 ("five
 * hundred dollars"), 7 hours a week, 6 months, and a pay that varies ("some years 40k some years 90k, say 60",
 * then "60k"). Warm and chatty, with emoji. She pastes an agency's Digital Marketing Specialist posting (paid
 * social, Google Ads, GA4, SEO, email; Google Ads certification preferred) and a home builder's Marketing
 * Coordinator posting (social, HubSpot email campaigns, content calendar, Canva), both with benefits and EEO text.
 *
 * What a coach signs and this test asserts: her ads, Canva flyers and Mailchimp newsletter credited as Social
 * media marketing, Canva and Email marketing; the postings read without benefits or EEO text, the years asked for
 * kept out of the gaps; Google Ads, Google Analytics and SEO as her top gaps, HubSpot among them; entry pay
 * (about $56,000, BLS May 2024) said with its source and, against her $60k, said gently as a pay cut; "google ads
 * cert or hubspot first?" answered side by side with Google Ads first because her posting names it; "are these
 * certs free??" answered with the free and audit routes; Google Ads Search Certification first, free, within
 * $500, with its yearly expiry and the posting that prefers it; every plan date (1 study week, 80 portfolio hours
 * at 7 a week, 12 weeks of job search), inside her deadline of Monday 7 June 2027, and the portfolio told to use
 * Google Analytics and SEO; in practice her rambling "we tried a bunch of stuff" story asked for "I" and a number,
 * and the retry praised for its "I", its task and its measured leads.
 *
 * What a coach would not sign today (`it.fails` where small and clear):
 * - "Canva, Email marketing, Social media marketing from "oh gosh where to start 😅 i run my own facebook and
 *   instagram ads for every listing"": the one quote reads as the evidence for all three; Canva and the
 *   newsletter came from other words (flows/gap-interview.ts heardSentence lists the unquoted skills before the
 *   quoted one in one list).
 * - Not kept as a test: her Zillow listing copy and newsletter writing are not credited as content work, so
 *   Content marketing stays a gap and picks 2 and 3 are two HubSpot certificates that both close only it.
 */

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const AGENCY = `Digital Marketing Specialist - Brightline Digital (full-service agency, 35 people)
About us: Brightline Digital helps regional brands grow online. We are hiring a Digital Marketing Specialist to run campaigns for a portfolio of clients.
What you will do:
- Plan, launch and optimize paid social campaigns on Facebook and Instagram
- Build and manage Google Ads search and display campaigns within client budgets
- Report on campaign performance in GA4 and share insights with clients
- Support on-page SEO and keyword research for client websites
- Write and schedule email marketing campaigns and track open and click rates
Requirements:
- 2+ years running digital campaigns, agency or in-house
- Google Ads certification preferred
- Strong writing and organization skills
Benefits: health and dental insurance, 401(k) with 4% match, hybrid schedule, 15 days PTO.
Brightline Digital is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.`;
const BUILDER = `Marketing Coordinator - Oakridge Homes
Oakridge Homes builds new single-family communities across the region. Our marketing team supports sales at every community.
Responsibilities:
- Manage our social media channels and grow engagement for each community
- Build and send email campaigns to prospects and homeowners in HubSpot
- Keep the monthly content calendar for blog, social and email
- Design flyers, signs and social graphics in Canva
- Coordinate with the sales team on grand openings and model home events
Qualifications:
- 1-3 years of marketing experience; real estate or home building a plus
- HubSpot experience preferred
Benefits: medical, dental, vision, 401k, paid holidays, home purchase discount.
Oakridge Homes is an Equal Opportunity Employer.`;
const SKILLS =
  'oh gosh where to start 😅 i run my own facebook and instagram ads for every listing, make all my flyers in canva, send a monthly email newsletter in mailchimp to about two thousand contacts, write all the zillow listing copy myself and i track my leads in a big spreadsheet lol';

const RAMBLING =
  'oh this is a fun one 😄 so we had this listing that just sat, like nobody was calling, and honestly the sellers were getting kind of upset with us, so we tried a bunch of stuff, we did new photos and i think we changed the price a bit and then we ran some facebook ads and a video tour and it went a lot better and we sold it eventually and they were really happy and sent us a fruit basket lol';
const BETTER =
  'a lakefront listing had 2 showings in 45 days and the sellers were frustrated. i had to get real buyer traffic without another price cut. i rebuilt the facebook and instagram campaign myself: a $300 budget, a video tour, and targeting people within 30 miles who had engaged with lake homes, and i sent a feature to my 2,000 newsletter contacts in mailchimp. in 3 weeks i got 41 leads and 9 showings, and it sold at 98% of asking.';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('hi! im Lena 😊');
  await p.say('find my skill gaps');
  await p.say('real estate agent');
  await p.say('eighteen years');
  const target = await p.say('digital marketer!! 🙌');
  await p.say('yes');
  const heard = await p.say(SKILLS);
  const first = await p.say(AGENCY);
  const second = await p.say(BUILDER);
  const report = await p.say('done');
  return { p, target, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('credentials');
  await p.say('yes');
  const b = await p.say('five hundred dollars');
  const c = await p.say('google ads cert or hubspot first?');
  await p.say('7 hours a week');
  const e = await p.say('are these certs free??');
  await p.say('6 months');
  const g = await p.say('some years 40k some years 90k, say 60');
  await p.say('yes');
  const picks = await p.say('yes');
  return { p, offer, b, c, e, g, picks };
}

describe('Lena, real-estate agent to digital marketer, $500, 7 hours a week, 6 months', () => {
  it('credits her ads, Canva and newsletter, reads both postings without boilerplate, and names Google Ads, Google Analytics and SEO first', async () => {
    const { p, target, heard, first, second, report } = await throughGaps('lena');
    expect(target).toContain('1) SEO');
    const skills = held(p.profile());
    for (const s of ['social-media-marketing', 'email-marketing', 'canva', 'spreadsheets']) expect(skills.has(s)).toBe(true);
    expect(heard).toContain('From what you told me, you bring Canva, Email marketing, Social media marketing');
    expect(first).toContain('Posting 1 read: I found Social media marketing, Google Ads, Budget management, Reporting, Google Analytics, Data analysis, SEO and Email marketing');
    expect(second).toContain('Posting 2 read: I found Social media marketing, Email marketing, HubSpot, Content marketing, Canva');
    for (const read of [first, second]) expect(read).not.toMatch(/401|dental|equal opportunity|PTO/i);
    expect(report).toContain('Here is your gap report for *Digital marketer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('"1-3 years of marketing experience". That comes from doing the job, not from a course');
    expect(report).toContain('Skills they ask for that you have=Email marketing, Social media marketing and Canva');
    expect(report).toContain('1. *Google Ads*: asked for in 50% of the postings');
    expect(report).toContain('2. *Google Analytics*: asked for in 50% of the postings');
    expect(report).toContain('3. *SEO*: asked for in 50% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['google-ads', 'google-analytics', 'seo']);
    expect(gapIds(p.profile())).toContain('hubspot');
    expect(report).toContain('An entry-level digital marketer earns about $56,000 a year, and $42,000 at the low end');
    expect(report).toContain('(BLS, May 2024)');
  });

  it.fails('quotes each skill with its own words: Canva from the flyers, Email marketing from the newsletter', async () => {
    const { heard } = await throughGaps('lena-quotes');
    expect(heard).not.toContain('Canva, Email marketing, Social media marketing from "oh gosh');
  });

  it('answers her two questions mid-pick, picks Google Ads first within $500 and dates every plan step', async () => {
    const { p, offer, b, c, e, g, picks } = await throughPick('lena-pick');
    expect(offer).toContain('your top gaps are Google Ads, Google Analytics and SEO');
    expect(b).toContain('How many hours a week can you study?');
    expect(p.profile().budgetUsd).toBe(500);
    // "google ads cert or hubspot first?"
    expect(c).toContain('*Google Ads Search Certification*: free');
    expect(c).toContain('*HubSpot Inbound Marketing Certification*: free');
    expect(c).toContain('My pick for you: *Google Ads Search Certification* first, because 50% of your postings name it, and it fits your $500 budget.');
    expect(c).toContain('How many hours a week can you study?');
    // "are these certs free??"
    expect(e).toContain('*Google Ads Search Certification* (free to earn)');
    expect(e).toContain('*Google Digital Marketing & E-commerce Professional Certificate* (free to audit, financial aid)');
    expect(e).toContain('In how many months do you want to be done studying?');
    expect(g).toContain('Would you like free, audit or financial-aid options first');
    expect(p.profile().hoursPerWeek).toBe(7);

    const ads = pickBlock(picks, 'Google Ads Search Certification');
    expect(ads).toMatch(/^1\. /);
    expect(ads).toContain('free, about 1 week at 7 hours a week (a planning estimate)');
    expect(ads).toContain('It expires after 1 year.');
    expect(ads).toContain('One of your postings prefers Google Ads Search Certification');
    expect(picks).toContain('Recommended path: Start with Google Ads Search Certification. $0 in all, within your $500 budget.');
    expect(picks).toContain('Still uncovered: Google Analytics, SEO');
    // "say 60", after 40k and 90k, is her pay: $56,000 is $4,000 under it.
    expect(picks).toContain('That is about $4,000 a year less than you earn now, so the move would likely mean a pay cut at first.');

    const plan = await p.say('choose google ads search certification');
    expect(plan).toContain('You chose *Google Ads Search Certification*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 4-6 hours at 7 a week: one week from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2026-12-14');
    // 80 hours at 7 a week is 11.4, so 12 weeks from 14 December.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-03-08');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-03-08');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-05-31');
    expect(plan).toContain('Your studying ends on Monday 14 December 2026, 25 weeks inside your deadline of Monday 7 June 2027.');
    expect(plan).toContain('Use Google Analytics and SEO in it: your credential does not teach them.');
    expect(plan).toContain('7 hours a week: 4 sessions of about 2 hours');
  });

  it('reads "some years 40k some years 90k, say 60" as $60,000 a year', async () => {
    const { p } = await throughGaps('lena-income');
    await p.say('credentials');
    await p.say('yes');
    await p.say('500');
    await p.say('7');
    await p.say('6 months');
    const income = await p.say('some years 40k some years 90k, say 60');
    expect(income).not.toContain('I read three numbers');
    expect(income).toContain('Would you like free, audit or financial-aid options first');
  });

  it('practice: her rambling "we" story is asked for "I" and a number; the retry is praised for both and its task', async () => {
    const p = await newUserAt(data, 'lena-practice', TODAY);
    await p.say('Lena');
    await p.say('practice');
    await p.say('digital marketer');
    await p.say('just one');
    const question = await p.say('customers and users');
    expect(question).toContain('(on customers and users, as you asked)');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('Task=0');
    expect(feedback).toContain('1. You wrote "so we tried a bunch of stuff": say what you did yourself');
    expect(feedback).toContain('2. You wrote "it went a lot better": add how much');
    expect(feedback).toMatch(/At about \d+ s spoken, this is short/);
    await p.say('retry');
    const retry = await p.say(BETTER);
    expect(retry).toContain('Since your last try: 25 → 83 (+58).');
    expect(retry).toContain('You say "I" now where you said "we": "i rebuilt the facebook and instagram campaign myself".');
    expect(retry).toContain('You measured the result now: "in 3 weeks i got 41 leads and 9 showings".');
    expect(retry).toContain('You say what you had to achieve now: "i had to get real buyer traffic without another price cut".');
  });
});
