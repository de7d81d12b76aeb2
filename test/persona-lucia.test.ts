import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { dueOf, gapIds, held, newUser as newUserAt, pickBlock } from './support/new-user.js';

/**
 * Lucía Romero, 41, graphic designer for 15 years at an agency ("i am designer since fifteen years"): brand
 * identity, logos, guidelines and packaging in Illustrator, Photoshop and InDesign, "some figma for web mockups,
 * not so much", presents concepts to clients and art-directs two juniors. Spanish is her first language. She
 * wants UX designer, has $600 ("six hundred dollars"), 5 hours a week, "ten months" then "sorry, nine months not
 * ten", earns $61,000. She pastes a health app's UX Designer posting (user research, wireframes, Figma
 * prototypes, usability testing, design system, portfolio required) and an agency's UI/UX Designer posting
 * (Figma, responsive web, WCAG accessibility, HTML/CSS a plus), both with benefits and EEO text. Mid-pick she
 * asks "the google ux certificate, employers know it?", "i need portfolio or certificate more?" and "how much it
 * cost the google one?", then chooses with "ok i choose the google one 🙂". In practice she tells a rambling
 * "we" story about a bakery client who hated three concepts, then a short one with "I" and numbers.
 *
 * What a coach signs and this test asserts: her fifteen years read, Photoshop, InDesign (as Creative Cloud) and
 * her basic Figma credited; both postings read without their benefits or EEO text, the health app's portfolio
 * demand shown, the agency's HTML/CSS kept as "a plus", the "3+ years" kept out of the gaps; Wireframing first
 * as a core skill, user research, prototyping, usability testing and accessibility among the gaps; entry pay
 * from BLS with source and period; the Google certificate answered as known by name but named by neither of her
 * postings; the changed deadline said back as Tuesday 7 September 2027; the Google UX Design certificate first,
 * $49 a month for 9 months ($441) within her $600, with the subscription warning, and the return ($4,000 more,
 * back in about a month; $13,000 less at the low end); every plan date at 5 hours a week, the portfolio as two
 * case studies on a site, the 8-week miss and the 7 or 9 hours that fit; in practice her "we" and her missing
 * task and number named, and the retry's "I", task and measured result said as improved.
 *
 * What a coach would not sign (most harmful first; `it.fails` where small and clear):
 * - "i need portfolio or certificate more?", the question that decides her nine months, gets "I couldn't read a
 *   number in that." A coach: portfolio first; her health-app posting requires one, neither names a
 *   certificate. (src/engine/read/question.ts:isQuestion reads a question without an inverted verb, usual in
 *   second-language English, as a tentative answer; asked as "do i need ...", flows/off-script-answers.ts has
 *   no answer either: "my notes don't cover it".)
 * - Her 15 years of visual design are not credited: UI design ("visual design" in the agency posting) is her
 *   third top gap, and the plan budgets "20 more for the skill it must teach you from scratch" for it.
 * - At 5 hours a week the certificate alone takes her whole nine months (39 weeks) and leaves the portfolio 8
 *   weeks past her deadline; nothing says she can skip what she knows or start her case studies now.
 * - "brand identity for clients" is read as Customer service (src/skills/person-cues.ts: the "for clients" cue
 *   exempts "logos for clients", not "brand identity for clients"); "illustrator" between photoshop and
 *   indesign is not Adobe Illustrator (data/skills.json: case-sensitive "Illustrator"); "i present the concepts
 *   to the clients" is not Presenting, and art-directing two juniors is not credited at all.
 * - "Turn insights into user flows" is read as a Data analysis demand (data/skills.json: "insights" is an alias).
 * - The plan says "Your studying ends on Tuesday 7 September 2027" while step 3 is due Monday 6 September
 *   (flows/deadline-months.ts:onDeadlineDate swaps every mark of the counted deadline week, the study end too).
 * - "ok i choose the google one 🙂" with one Google pick on screen: "That isn't one of the options."
 *   (flows/named-credentials.ts names no credential from "the google one", so flows/typed-pick.ts:typedPick fails.)
 * - "how much it cost the google one?": "$441 in all over 3 years" for nine months of a subscription that does not
 *   renew (src/credentials/credential-words.ts, the 3-year horizon said for every credential).
 * - Practice models her slip back: "I present three concepts and I ..." (src/star/suggestions.ts:asI keeps the
 *   tense she typed), and "he still work with us until now", a kept client, is not credited as a result.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

const PRODUCT = `UX Designer - Tandem Health (B2C health app, Series C)
About us: Tandem helps two million people manage chronic conditions from their phone. We are a remote-first team of 300.
What you will do:
- Plan and run user research: interviews, surveys and contextual inquiry with patients and clinicians
- Turn insights into user flows, sketches and wireframes
- Build interactive prototypes in Figma and run usability testing every sprint
- Contribute to and extend our design system with the design systems team
- Work closely with product managers and engineers from discovery to launch
Requirements:
- 3+ years of experience in UX, product or interaction design
- A portfolio with case studies showing your process, not only final screens (required)
- Proficiency in Figma
Nice to have: experience in healthcare or regulated products.
What we offer: competitive salary, equity, medical, dental and vision, $1,500 learning budget, home office stipend.
Tandem Health is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees.`;
const AGENCY = `UI/UX Designer - Northlight Digital (agency)
Northlight is an award-winning digital agency working with retail, hospitality and culture brands across North America.
Responsibilities:
- Design responsive websites and landing pages in Figma, from wireframes to high-fidelity UI
- Make sure our designs meet accessibility standards (WCAG 2.1 AA)
- Present design concepts to clients and iterate on feedback
- Hand off designs to developers with clear specs and components
Requirements:
- 2+ years designing for web
- Strong visual design and typography skills
- Solid Figma skills
- Knowledge of HTML/CSS is a plus
Perks: hybrid work, 4 weeks vacation, health benefits, team lunches every Friday.
Northlight Digital is an Equal Opportunity Employer. Accommodations are available on request during the hiring process.`;
const SKILLS =
  'i make brand identity for clients, logos, guidelines, packaging, all in illustrator and photoshop and indesign. some figma for web mockups, not so much. i present the concepts to the clients and i art direct two juniors in the team';
const RAMBLING =
  'ok so one time we had a big client, a chain of bakeries, and they want new packaging and new logo, and we present three concepts and the owner he hate all of them, really, he say it look too modern for his clients, so we go back and we talk with him more and also we go to two of the bakeries and we watch the people buying, and we see that the old people look for the old colors, the red and the cream, so we keep the colors and change only the logo and the type, and then the client was very happy and we make all the packaging and the signs and he still work with us until now, it was a good project i think';
const BETTER =
  'in 2023 a bakery chain rejected all three of our packaging concepts. as the senior designer i had to find out why and save the account. i visited two of their shops, watched 40 customers choose bread and interviewed the owner and three staff. i learned that the regular customers found products by the red and cream colours, so i kept the colours, redesigned only the logo and the type, and tested two versions with 12 customers. the client approved it in one meeting, sales of the packaged line went up 18% in six months, and they renewed their contract for two more years';

async function throughGaps(user: string) {
  const p = await newUserAt(data, user, TODAY);
  await p.say('Lucía');
  await p.say('find my skill gaps');
  await p.say('graphic designer');
  await p.say('i am designer since fifteen years');
  await p.say('ux designer');
  const heard = await p.say(SKILLS);
  const first = await p.say(PRODUCT);
  const second = await p.say(AGENCY);
  const report = await p.say('done');
  return { p, heard, first, second, report };
}

async function throughPick(user: string) {
  const { p } = await throughGaps(user);
  const offer = await p.say('pick credentials');
  await p.say('yes');
  await p.say('six hundred dollars');
  await p.say('five hours a week');
  const known = await p.say('the google ux certificate, employers know it?');
  await p.say('ten months');
  const changed = await p.say('sorry, nine months not ten');
  const portfolioOrCert = await p.say('i need portfolio or certificate more?');
  await p.say('sixty one thousand');
  await p.say('no');
  const picks = await p.say('yes');
  const cost = await p.say('how much it cost the google one?');
  const smiley = await p.say('ok i choose the google one 🙂');
  return { p, offer, known, changed, portfolioOrCert, picks, cost, smiley };
}

describe('Lucía, graphic designer to UX designer, $600, 5 hours a week, 9 months', () => {
  it('reads her design work and both postings without their boilerplate, and puts Wireframing first among the UX gaps', async () => {
    const { p, heard, first, second, report } = await throughGaps('lucia');
    expect(p.profile().yearsExperience).toBe(15);
    expect(heard).toContain('Figma (basic)');
    const skills = held(p.profile());
    expect(skills.has('photoshop')).toBe(true);
    expect(skills.has('adobe-creative-cloud')).toBe(true);
    expect(skills.get('figma')).toBe('basic');

    expect(first).toContain('Posting 1 read: I found UX design, User research');
    expect(first).toContain('Wireframing, Prototyping, Figma, Usability testing');
    expect(first).toContain('It also asks to see a portfolio of your work.');
    expect(second).toContain('Posting 2 read: I found UX design, Responsive design, Figma, Wireframing, Accessibility, UI design, HTML (a plus) and CSS (a plus).');
    for (const read of [first, second]) expect(read).not.toMatch(/dental|vacation|lunch|equal opportunity|equity|stipend/i);

    expect(report).toContain('Here is your gap report for *UX designer*. Demand is from the 2 postings you pasted.');
    expect(report).toContain('"3+ years of experience in UX, product or interaction design". That comes from doing the job, not from a course, so it is not among your gaps.');
    expect(report).toContain('Skills they ask for that you have=Figma (basic)');
    expect(report).toContain('1. *Wireframing*: asked for in 100% of the postings, ahead of the next one because it is a core skill for this role');
    expect(report).toContain('1 of your 2 postings asks to see a portfolio of your work ("A portfolio with case studies showing your process, not only final screens (required)")');
    const gaps = gapIds(p.profile());
    expect(gaps[0]).toBe('wireframing');
    for (const g of ['ux-research', 'prototyping', 'usability-testing', 'accessibility', 'responsive-design']) expect(gaps).toContain(g);
    expect(report).toContain('An entry-level UX designer earns about $65,000 a year, and $48,000 at the low end: the 25th and 10th percentiles for web and digital interface designers (BLS, May 2024).');
  });

  it('answers whether employers know the Google certificate, takes the changed deadline, and picks it at $441 within $600 with its return', async () => {
    const { p, offer, known, changed, picks, cost } = await throughPick('lucia-pick');
    expect(offer).toContain('From your gap report for *UX designer*, your top gaps are Wireframing');
    expect(known).toContain("*Google UX Design Professional Certificate* carries Google's name, which is what hiring managers recognise, and it is made for UX designer jobs.");
    expect(known).toContain('None of the postings you gave me names it');
    expect(changed).toContain('Deadline changed to Tuesday 7 September 2027, about 9 months from now.');
    expect(p.profile().budgetUsd).toBe(600);

    const google = pickBlock(picks, 'Google UX Design Professional Certificate');
    expect(google).toMatch(/^1\. /);
    // 130 to 260 hours, 195 in the middle, at 5 a week: 39 weeks, 9 months of $49.
    expect(google).toContain('$441 in all, about 39 weeks at 5 hours a week (a planning estimate).');
    expect(google).toContain('You pay $49 a month while you study: 9 months, $441.');
    expect(google).toContain('Covers Wireframing, UX design, Figma, User research, Prototyping, Usability testing and Accessibility.');
    expect(google).toContain('A subscription bills until you cancel it.');
    expect(picks).toContain('Start with Google UX Design Professional Certificate. $441 in all, within your $600 budget.');
    expect(picks).toContain('That is about $4,000 a year more than you earn now; it costs $441, so it pays back in about 1 month of the new job.');
    expect(picks).toContain('A first offer at the low end, though, would be about $13,000 less than you earn now');

    expect(cost).toContain('the subscription ~$49 a month');
    expect(cost).toContain('9 months of subscription at your 5 hours a week), within your $600 budget.');
  });

  it('dates every plan step at 5 hours a week against her 7 September deadline, with the portfolio as UX case studies', async () => {
    // "ok i choose the google one 🙂" chose it: the plan is the reply to it.
    const { smiley: plan } = await throughPick('lucia-plan');
    expect(plan).toContain('You chose *Google UX Design Professional Certificate*');
    expect(dueOf(plan, '1. Read job postings')).toBe('2026-12-07');
    expect(dueOf(plan, '2. Choose the credential')).toBe('2026-12-07');
    // 39 weeks of study from Monday 7 December 2026.
    expect(dueOf(plan, '3. Enroll and study on a weekly schedule')).toBe('2027-09-06');
    // 40 hours for the piece at 5 a week: 8 weeks.
    expect(dueOf(plan, '4. Build the portfolio piece')).toBe('2027-11-01');
    expect(dueOf(plan, '5. Network with intent')).toBe('2027-11-01');
    // Twelve weeks of job search after the piece.
    expect(dueOf(plan, '6. Interview and negotiate')).toBe('2028-01-24');
    expect(plan).toContain('Make two case studies, each from user research through sketches to a tested prototype');
    expect(plan).toContain('on a portfolio website of your own or on a design showcase such as Behance or Dribbble');
    expect(plan).toContain('Your portfolio piece would be done on Monday 1 November 2027, 8 weeks after your deadline');
    expect(plan).toContain('To have your portfolio piece done by then, study about 7 hours a week instead of 5. To have your job search done by then too, study about 9 hours a week, or move your deadline to Monday 24 January 2028.');
    expect(plan).toContain('5 hours a week: 3 sessions of about 1.5 hours');
  });

  it('practice: her rambling "we" story is asked for "I", a number and her task; the retry is praised for all three', async () => {
    const { p } = await throughPick('lucia-practice');
    const role = await p.say('practise interview answers');
    expect(role).toContain("We'll practise for *UX designer*");
    await p.say('two please');
    const question = await p.say('a difficult client');
    expect(question).toContain('(on customers and users, as you asked)');
    const feedback = await p.say(RAMBLING);
    expect(feedback).toContain('Situation=5, Task=0');
    expect(feedback).toContain('You wrote "and we present three concepts": say what you did yourself');
    expect(feedback).toContain('You wrote "it was a good project i think": add how much');
    expect(feedback).toContain('After "ok so one time", say what you had to achieve');
    await p.say('retry');
    const retry = await p.say(BETTER);
    expect(retry).toContain('Since your last try: 33 → 100 (+67).');
    expect(retry).toContain('You say "I" now where you said "we": "i visited two of their shops".');
    expect(retry).toContain('You measured the result now: "sales of the packaged line went up 18% in six months".');
    expect(retry).toContain('You say what you had to achieve now: "as the senior designer i had to find out why and save');
    expect(retry).toContain('At about 43 s spoken, this is short: an interviewer expects 1-2 minutes.');
  });

  it('answers "i need portfolio or certificate more?" with the portfolio her posting requires, not a request for her pay', async () => {
    const { portfolioOrCert } = await throughPick('lucia-portfolio');
    expect(portfolioOrCert).not.toContain("I couldn't read a number in that.");
    expect(portfolioOrCert).toMatch(/portfolio/i);
  });

  it.fails('does not call UI design something to learn "from scratch" for a designer of fifteen years', async () => {
    // "ok i choose the google one 🙂" chose it: the plan is the reply to it.
    const { smiley: plan } = await throughPick('lucia-scratch');
    expect(plan).not.toContain('from scratch');
  });

  it('does not read "i make brand identity for clients" as Customer service', async () => {
    const { p } = await throughGaps('lucia-service');
    expect(held(p.profile()).has('customer-service')).toBe(false);
  });

  it('credits Adobe Illustrator from "all in illustrator and photoshop and indesign"', async () => {
    const { p } = await throughGaps('lucia-illustrator');
    expect(held(p.profile()).has('illustrator')).toBe(true);
  });

  it('credits presenting from "i present the concepts to the clients"', async () => {
    const { p } = await throughGaps('lucia-present');
    expect(held(p.profile()).has('presentation-skills')).toBe(true);
  });

  it('does not read "Turn insights into user flows" as a Data analysis demand', async () => {
    const { first } = await throughGaps('lucia-insights');
    expect(first).not.toContain('Data analysis');
  });

  it('says her studying ends on Monday 6 September, the date its own step gives', async () => {
    // "ok i choose the google one 🙂" chose it: the plan is the reply to it.
    const { smiley: plan } = await throughPick('lucia-end');
    expect(plan).toContain('Your studying ends on Monday 6 September 2027');
  });

  it('reads "ok i choose the google one 🙂" as choosing the only Google pick on screen', async () => {
    const { smiley } = await throughPick('lucia-smiley');
    expect(smiley).toContain('You chose *Google UX Design Professional Certificate*');
  });

  it('says the cost of nine months of a subscription without "over 3 years"', async () => {
    const { cost } = await throughPick('lucia-horizon');
    expect(cost).not.toContain('over 3 years');
  });

  it('models "I presented", not her slip "I present", in the practice suggestion', async () => {
    const { p } = await throughPick('lucia-tense');
    await p.say('practise interview answers');
    await p.say('two please');
    await p.say('a difficult client');
    const feedback = await p.say(RAMBLING);
    expect(feedback).not.toContain('"I present three concepts');
  });
});
