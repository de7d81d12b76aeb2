import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Tomás Herrera, 38, chef for about 18 years and for the last nine the owner of a restaurant he closed this
 * year: ran a kitchen of 12, did the food costing and inventory in spreadsheets, built the restaurant's
 * Squarespace site and its online ordering, ran its Instagram, and taught himself some HTML, CSS and
 * JavaScript on freeCodeCamp, where he finished the Responsive Web Design certification. He wants web
 * developer / front-end developer, has $1,200, 20 hours a week ("full time basically, i have savings for 8
 * months"), wants to be done in "3 months!!" and then accepts 8, and earned about $45,000 last year. He types
 * fast, in lowercase, with "??". He pastes an agency's Junior Front-End Developer posting (HTML, CSS,
 * JavaScript, React, Git, responsive design, a portfolio on GitHub) and an e-commerce company's Web Developer
 * posting (Shopify and Liquid, JavaScript, accessibility, REST APIs, 1-2 years of experience), both with
 * benefits and equal-opportunity text.
 *
 * What a coach signs and this test asserts: his kitchen of 12 read as people management and his costing as
 * budget management, shown back with his words; both postings read without their benefits or EEO text; the
 * "1-2 years of experience" kept out of the gaps and said as time in the work; HTML, CSS and JavaScript as his
 * top gaps, each said as a basic level to deepen; entry-level web developer pay from BLS ($63,000, $49,000 at
 * the low end) and, from his $45,000, "about $18,000 a year more than you earn now"; "ok 8 months" typed at the
 * pay question asked again saying what was read; "actually 8 months not 3" taken as Saturday 7 August 2027;
 * "is meta front end worth it" answered about the Meta certificate (it covers React and Git too); every plan
 * date at 20 hours a week, inside his 8 months; in practice his rambling Friday-night outage story asked for a
 * result and for "I", and the retry praised for the "I", the task and the measured result.
 *
 * What a coach would not sign (`it.fails` where small and clear):
 * - "i finished the responsive web design certification" (after "on freecodecamp") is not read as the
 *   freeCodeCamp certificate he holds, so it is offered back to him as a pick.
 * - "do i even need a cert for web dev??" is answered with a description of the freeCodeCamp certificate, not
 *   whether web developers need certificates (portfolio first, as his agency posting says).
 * - Once the deadline is 8 months, the Meta Front-End certificate (React and Git) drops out and the path adds
 *   the Meta Back-End certificate "because your postings also ask for GitHub"; React stays uncovered, and
 *   "meta front end" typed at the picks gets "That isn't one of the options".
 * - "is meta front end worth it or just build projects": the "or just build projects" half is never answered.
 * - "nine years owner, cooking like 18" is added up to 27 years of experience, for a 38-year-old.
 * - The e-commerce posting's Shopify and Liquid (its second line of qualifications) are not read at all.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const AGENCY = `Junior Front-End Developer - Brightline Digital (creative agency, Austin TX / hybrid)
About us: Brightline is a 40-person agency building websites and campaigns for restaurants, hotels and local brands.
What you'll do:
- Build responsive, pixel-perfect pages from Figma designs in HTML, CSS and JavaScript
- Build and maintain React components for client sites
- Use Git and GitHub for version control and code review
- Fix cross-browser and mobile layout bugs
Requirements:
- Solid HTML, CSS and modern JavaScript (ES6+)
- Some experience with React
- Comfortable with Git
- Understanding of responsive design
- A portfolio of projects on GitHub (link required with your application)
Benefits: health and dental insurance, 401(k), flexible hours, free lunch Fridays.
Brightline Digital is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment.`;
const SHOP = `Web Developer - Hearth & Table Goods (e-commerce, remote US)
We sell kitchenware and pantry goods online through our Shopify Plus store.
Responsibilities:
- Build and customize Shopify themes and sections with Liquid, HTML, CSS and JavaScript
- Make sure our storefront meets accessibility standards (WCAG 2.1 AA)
- Integrate third-party apps and services through REST APIs
- Work with marketing to launch landing pages and promotions
Qualifications:
- 1-2 years of experience in web development
- Strong JavaScript
- Experience with Shopify and Liquid
- Working knowledge of web accessibility
- Experience with REST APIs
Perks: remote work, home office stipend, 30% employee discount, paid parental leave.
Hearth & Table Goods is an Equal Opportunity Employer; all qualified applicants will receive consideration without regard to race, color, religion, sex or national origin.`;
const SKILLS =
  'ok so i ran a kitchen of 12 people for like 9 years, did all the food costing and inventory in spreadsheets, built our restaurant website on squarespace and set up the online ordering myself, ran our instagram. taught myself some html css and javascript on freecodecamp and i finished the responsive web design certification';

const RAMBLING = 'ok so like one friday night our pos went down right at 7 and we had like 60 covers booked and the online orders were still coming in from the website and nobody could see them so it was total chaos honestly, the servers were writing tickets by hand and the kitchen was yelling and i was on the line too, anyway we got through it and people were mostly fine and after that we made a backup plan';
const BETTER = 'in march our online ordering broke on a friday at 7pm with 60 covers booked. i was the owner and the one who built the site, so it was on me to get orders flowing again. i switched the squarespace store to a paper ticket fallback in ten minutes, called each online customer back myself, then found the payment plugin had expired and renewed it that night. we lost zero orders, refunded only two, and i wrote a one page outage checklist my staff used twice after that without calling me';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('tomas');
  await p.say('find my skill gaps');
  await p.say('chef, i owned a restaurant but closed it this year');
  await p.say('nine years owner, cooking like 18');
  await p.say('web developer?? front end i think');
  const heard = await p.say(SKILLS);
  const first = await p.say(AGENCY);
  const second = await p.say(SHOP);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('1200');
  await p.say('20 hours, full time basically, i have savings for 8 months');
  await p.say('3 months!!');
  const needCert = await p.say('do i even need a cert for web dev??');
  const eight = await p.say('ok 8 months');
  await p.say('about 45k last year');
  await p.say('yes');
  const picks = await p.say('yes');
  const meta = await p.say('is meta front end worth it or just build projects');
  const changed = await p.say('actually 8 months not 3');
  return { p, offer, needCert, eight, picks, meta, changed };
}

describe('Tomás, chef and former restaurant owner to front-end web developer, $1,200, 20 hours a week, 8 months', () => {
  it('credits his kitchen and costing work, reads both postings without benefits, and names HTML, CSS and JavaScript as basics to deepen', async () => {
    const { p, heard, first, second, report } = await throughGaps('tomas');
    expect(heard).toContain('People management and Hospitality from "i ran a kitchen of 12 people for like 9 years"');
    // With his Squarespace site credited as Website building, the costing line is among the "3 more" of the summary.
    expect(held(p.profile()).has('budgeting')).toBe(true);
    const skills = held(p.profile());
    for (const s of ['html', 'css', 'javascript']) expect(skills.get(s)).toBe('basic');
    expect(skills.has('people-management')).toBe(true);
    expect(first).toContain('Posting 1 read: I found Responsive design, Figma, HTML, CSS, JavaScript, React, Git and GitHub.');
    expect(second).toContain('Posting 2 read: I found Shopify, Liquid, HTML, CSS, JavaScript, Accessibility, REST APIs');
    for (const read of [first, second, report]) expect(read).not.toMatch(/401|dental|lunch|discount|parental|equal opportunity/i);
    expect(report).toContain('Here is your gap report for *Web developer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('Your postings also ask for time in the work: "1-2 years of experience in web development". That comes from doing the job, not from a course, so it is not among your gaps.');
    expect(report).toContain('1. *HTML* (you have the basics: deepen it): asked for in 100% of the postings');
    expect(report).toContain('2. *CSS* (you have the basics: deepen it): asked for in 100% of the postings');
    expect(report).toContain('3. *JavaScript* (you have the basics: deepen it): asked for in 100% of the postings');
    expect(gapIds(p.profile()).slice(0, 3)).toEqual(['html', 'css', 'javascript']);
    // The e-commerce posting asks for Shopify and Liquid twice; they now fill the last places of the ten shown, ahead of Accessibility.
    expect(report).toMatch(/What employers ask for[^\n]*React=50[^\n]*Shopify=50, Liquid=50/);
    // His Squarespace site is the strength closest to the job, and now comes ahead of his Instagram among the ones named.
    expect(report).toContain('Website building (you said "built our restaurant website on squarespace and set up the online ordering myself")');
    expect(report).toContain('An entry-level web developer earns about $63,000 a year, and $49,000 at the low end: the 25th and 10th percentiles for web developers (BLS, May 2024).');
  });

  it('keeps his working life at about 18 years: "nine years owner, cooking like 18" is not two careers to add', async () => {
    // Cause: flows/profile-years.ts readCareerYears adds every part with years (9 + 18 = 27).
    const { p } = await throughGaps('tomas-years');
    expect(p.profile().yearsExperience).toBe(18);
  });

  it('reads Shopify and Liquid in the e-commerce posting, which asks for them twice', async () => {
    // Cause: data/skills.json has no Shopify or Liquid skill, so the posting reader finds nothing there.
    const { second } = await throughGaps('tomas-shopify');
    expect(second).toMatch(/Posting 2 read: I found [^\n]*Shopify/);
  });

  it.fails('credits the freeCodeCamp Responsive Web Design certificate he finished and never offers it back', async () => {
    // Cause: src/skills/read-person.ts heldCredentials only knows the certificate by its full name
    // ("freeCodeCamp Responsive Web Design"); src/skills/person-cues.ts has no shorter form for it, so
    // "on freecodecamp and i finished the responsive web design certification" is not read as held.
    const { p, picks } = await throughPick('tomas-held');
    expect(((p.profile().credentialsHeld ?? []) as { id: string }[]).map((c) => c.id)).toContain('freecodecamp-responsive-web-design');
    expect(picks).not.toMatch(/^\d\. \*freeCodeCamp Responsive Web Design/m);
  });

  it('reads $1,200, 20 hours and $45,000, asks "ok 8 months" again at the pay question, picks free routes first and says the raise', async () => {
    const { p, offer, eight, picks, meta, changed } = await throughPick('tomas-pick');
    expect(offer).toContain('your top gaps are HTML, CSS and JavaScript');
    expect(p.profile().budgetUsd).toBe(1200);
    expect(p.profile().hoursPerWeek).toBe(20);
    expect(eight).toContain('I read 8 months, but this question asks for an amount in US dollars.');
    expect(picks).toContain('Here are my top three picks for *Web developer*:');
    const front = pickBlock(picks, 'Meta Front-End Developer Professional Certificate');
    expect(front).toContain('price unknown (check the provider), about 8 weeks at 20 hours a week (a planning estimate).');
    expect(front).toContain('Covers HTML, CSS, JavaScript, React and Git.');
    expect(front).toContain('Good to know: You can study it free (audit) or apply for financial aid.');
    expect(picks).not.toMatch(/price unknown[^\n]*within your/);
    // $63,000 entry-level pay against the $45,000 he earned last year.
    expect(picks).toContain('That is about $18,000 a year more than you earn now');
    // His question mid-pick is answered about the Meta certificate, and the picks stay in front of him.
    expect(meta).toContain('*Meta Front-End Developer Professional Certificate* fits your gaps');
    expect(meta).toContain('It covers all your top gaps, HTML, CSS and JavaScript, and also React and Git.');
    expect(meta).toContain('(Credential pick 8/8)');
    expect(changed).toContain('Deadline changed to Saturday 7 August 2027, about 8 months from now.');
    expect(await p.say('status')).toContain('Budget=$1,200; Hours a week=20; Deadline (months)=8; Current pay=$45,000 a year');
  });

  it('answers "do i even need a cert for web dev??" about certificates for web developers, not with one certificate\'s description', async () => {
    // Cause: the question is read as "what is it" about a named credential (src/credentials/credential-answers.ts
    // answerCredentialQuestion, case 'what' -> whatItIs), the freeCodeCamp certificate found in "cert for web dev".
    const { needCert } = await throughPick('tomas-need');
    expect(needCert).not.toMatch(/^\*freeCodeCamp Responsive Web Design Certification\*, from freeCodeCamp, is/);
    expect(needCert).toMatch(/portfolio/i);
  });

  it('answers the "or just build projects" half of "is meta front end worth it or just build projects"', async () => {
    // The answer weighs the certificate alone; his agency posting asks for a portfolio on GitHub.
    const { meta } = await throughPick('tomas-projects');
    expect(meta).toMatch(/project|portfolio/i);
  });

  it.fails('keeps a front-end path at 8 months: React covered, no back-end certificate for "GitHub"', async () => {
    // Cause: src/credentials/best-stack.ts secondVendor reads the posting's GitHub as a second vendor's
    // platform and adds the Meta Back-End certificate (which lists GitHub); Meta Front-End drops out.
    const { p } = await throughPick('tomas-path');
    const picks = await p.say('status');
    expect(picks).not.toContain('add Meta Back-End Developer Professional Certificate');
    expect(picks).not.toMatch(/Still uncovered: [^\n]*React/);
    expect(await p.say('meta front end')).not.toContain("That isn't one of the options");
  });

  it('dates every plan step at 20 hours a week, inside his 8 months', async () => {
    const { p } = await throughPick('tomas-plan');
    // The path is CS50x alone now that GitHub no longer adds the Meta Back-End certificate.
    const plan = await p.say('1');
    expect(plan).toContain('You chose *CS50x: Introduction to Computer Science (HarvardX)*.');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // CS50x, about 7 weeks at 20 hours: Monday 25 January.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-01-25');
    // 20 hours for the piece at 20 a week: one week.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-02-01');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-02-01');
    // Twelve weeks of job search after the piece, inside Saturday 7 August 2027.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2027-04-26');
    expect(plan).toContain('Your studying ends on Monday 25 January 2027, 27 weeks inside your deadline of Saturday 7 August 2027.');
    expect(plan).not.toContain('Meta Back-End');
    expect(plan).toContain('with the code on GitHub');
    expect(plan).toContain('Weekly schedule: 20 hours a week: 5 sessions of about 4 hours');
  });

  it('practice: his rambling outage story is asked for a result and "I"; the retry is praised for "I", the task and a measured result', async () => {
    const { p } = await throughGaps('tomas-practice');
    expect(await p.say('practice')).toContain('We\'ll practise for *Web developer*');
    await p.say('two');
    const question = await p.say('1');
    expect(question).toContain('"Tell me about a time something you were responsible for broke. What did you do in the first hour?"');
    const rambling = await p.say(RAMBLING);
    expect(rambling).toContain('Task=0');
    expect(rambling).toContain('1. You end on "after that we made a backup plan": say what changed because of it, with a number if you can');
    expect(rambling).toContain('2. You wrote "anyway we got through it": say what you did yourself, with "I"');
    expect(rambling.split('\n').filter((l) => /^\d\. /.test(l)).length).toBeLessThanOrEqual(3);
    await p.say('retry');
    const better = await p.say(BETTER);
    const [, before, after] = /Since your last try: (\d+) → (\d+)/.exec(better) ?? [];
    expect(Number(after)).toBeGreaterThan(Number(before));
    expect(better).toContain('Your result is there now, with a number: "we lost zero orders"');
    expect(better).toContain('You say "I" now where you said "we": "i switched the squarespace store');
    expect(better).toContain('You say what you had to achieve now: "it was on me to get orders flowing again"');
    expect(better).toMatch(/At about \d+ s spoken, this is short: an interviewer expects 1-2 minutes\./);
    const summary = await p.say('done');
    expect(summary).toContain('*Practice summary* for Web developer: 1 question');
  });
});
