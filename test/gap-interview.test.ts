import { beforeAll, describe, expect, it } from 'vitest';
import { POSTING_1, POSTING_2, POSTING_3 } from './support/sample-postings.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { Engine } from '../src/engine/engine.js';
import { MemorySessionStore } from '../src/engine/memory-session-store.js';
import { createFlowRegistry } from '../flows/index.js';
import { chatWith } from './support/chat.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});


/** A user in the gap interview, past the welcome, at the current-role question. */
async function startInterview() {
  const store = new MemorySessionStore();
  const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: 86_400_000 });
  const chat = chatWith(engine);
  await chat.say('hi');
  await chat.say('Maria');
  const opening = await chat.click('first', 'gap-interview');
  return { chat, store, opening };
}

/** The skills the have question numbers for a role: its ten most in demand, most first. */
const listedFor = (role: string): string[] => [...(data.catalog.roles.byId.get(role)?.skills ?? [])].sort((a, b) => b.weight - a.weight).slice(0, 10).map((s) => s.skill);

const profileOf = (store: MemorySessionStore, chat: ReturnType<typeof chatWith>) => JSON.parse(store.peek(chat.origin) ?? '{}').profile;

describe('the gap interview, as a transcript', () => {
  it('an accountant moving to data analysis pastes three postings and gets ranked gaps', async () => {
    const { chat, store, opening } = await startInterview();
    expect(opening).toContain('What is your current (or most recent) job?');
    expect(await chat.say('Senior accountant')).toContain('how many years have you been working');
    expect(await chat.say('eighteen')).toContain('Which tech role are you aiming for?');
    const skillsQuestion = await chat.say('data analyst');
    expect(skillsQuestion).toContain('Which skills do you already have?');
    expect(skillsQuestion).toContain('1) SQL');
    expect(await chat.say('Advanced Excel, some SQL, accounting, and I managed a team of 6')).toContain('Now paste a job posting for *Data analyst*');
    expect(await chat.submit('postings', { text: POSTING_1 })).toMatch(/Posting 1 read: I found .*Tableau, SQL, Excel, Python/);
    expect(await chat.submit('postings', { text: POSTING_2 })).toContain('Posting 2 read');
    await chat.submit('postings', { text: POSTING_3 });
    const report = await chat.say('done');
    expect(report).toContain('Here is your gap report for *Data analyst*. Demand is from the 3 postings you pasted.');
    expect(report).toContain('What employers ask for (share of your postings): SQL=100');
    expect(report).toMatch(/Strengths you bring from your career=.*Accounting/);
    // Tableau is missing altogether; "some SQL" is a core skill to deepen, asked for in every posting; Python is only preferred in one.
    expect(report).toMatch(/Your top gaps, by demand and what you have:\n1\. \*Tableau\*: asked for in 67% of the postings\n2\. \*SQL\*(?: \([^)\n]*\))?: asked for in 100% of the postings[^\n]*\n3\. \*Python\*: asked for in 67% of the postings \(only preferred in one of them\)/);
    // What the coach heard, levels and all, said back before the postings; the levels show in "What you bring".
    expect(report).toMatch(/Skills they ask for that you have=[^;]*SQL \(basic\)[^;]*Excel \(advanced\)/);
    expect(report).toContain('An entry-level data analyst earns about $83,000 a year, and $64,000 at the low end');
    expect(report).toContain('experienced staff included, earns more than $113,000');
    expect(report).toContain('O*NET 29.2 Database');
    const profile = profileOf(store, chat);
    expect(profile.targetRole).toBe('data-analyst');
    expect(profile.gapReport.source).toBe('postings');
    expect(profile.gapReport.gaps.slice(0, 3).map((g: { skill: string }) => g.skill)).toEqual(['tableau', 'sql', 'python']);
  });

  it('a second gap interview confirms the job it already knows instead of asking again, and asks again on a no', async () => {
    const { chat, store } = await startInterview();
    for (const answer of ['Senior accountant', '18', 'data analyst', 'Excel and SQL', 'skip']) await chat.say(answer);
    const again = await chat.say('gaps');
    expect(again).toContain('(Skill gaps 1/');
    expect(again).toContain('Last time you told me you work as *Senior accountant*, with about 18 years of work behind you. Is that still right? [Yes | No]');
    expect(await chat.say('yes')).toContain('Which tech role are you aiming for?');
    await chat.say('restart');
    expect(await chat.say('no, I changed jobs')).toContain('What is your job now (or your most recent one)?');
    await chat.say('Finance manager');
    await chat.say('20');
    expect(profileOf(store, chat)).toMatchObject({ currentRole: 'Finance manager', yearsExperience: 20 });
  });

  it("reads skills typed in lower case as the person's own list ('windows, excel')", async () => {
    const { chat, store } = await startInterview();
    for (const answer of ['warehouse supervisor', '22', 'it support']) await chat.say(answer);
    expect(await chat.say('windows, excel')).toContain('Now paste a job posting for *IT support specialist*');
    expect(profileOf(store, chat).skills.map((s: { skill: string }) => s.skill)).toEqual(expect.arrayContaining(['windows', 'excel']));
  });

  it('confirms a guessed role, and asks again when the guess is wrong', async () => {
    const { chat } = await startInterview();
    await chat.say('Teacher');
    await chat.say('20');
    expect(await chat.say('web dev')).toContain('Did you mean *Web developer*? [Yes | No]');
    // "No" offers the closest roles to what was typed, the rejected guess left out, and "Another role".
    const closest = await chat.say('no');
    expect(closest).toContain('Then these are the closest roles I know to *web dev*:');
    expect(closest).not.toContain('*Web developer*');
    expect(closest).toContain('Another role]');
    expect(await chat.say('Another role')).toContain('Which tech role are you aiming for?');
    expect(await chat.say('astronaut')).toContain("I don't know that role yet. Type a role such as data analyst");
    await chat.say('web dev');
    expect(await chat.say('yes')).toContain('Which skills do you already have?');
  });

  it('suggests roles with reasons to someone who is not sure', async () => {
    const { chat, store } = await startInterview();
    await chat.say('Office manager');
    await chat.say('12');
    expect(await chat.say('not sure')).toContain('What do you enjoy doing at work');
    expect(await chat.say('🤷')).toContain("I couldn't find any words in that.");
    const suggestion = await chat.say('I like helping people with technology and fixing things, and I know Windows');
    expect(suggestion).toContain('*IT support specialist*: it suits someone who');
    expect(await chat.say('1')).toContain('Which skills do you already have?');
    expect(profileOf(store, chat).targetRole).toBe('it-support');
  });

  it('explains a degree-required target and offers roles that can be reached', async () => {
    const { chat, store } = await startInterview();
    await chat.say('Paramedic');
    await chat.say('10');
    const answer = await chat.say('I want to become a doctor');
    expect(answer).toContain('needs a degree or licence that no micro-credential can replace');
    const adjacent = data.catalog.roles.degreeRequired.find((d) => d.id === 'physician')?.adjacent.map((a) => data.catalog.roles.byId.get(a.role)?.name) ?? [];
    expect(adjacent).toContain('Business analyst');
    expect(answer).toContain(`[${adjacent.join(' | ')}]`);
    await chat.say('Business analyst');
    expect(profileOf(store, chat).targetRole).toBe('business-analyst');
  });

  it('uses typical demand when the user skips the postings, and says so', async () => {
    const { chat } = await startInterview();
    await chat.say('Marketing manager');
    await chat.say('15');
    await chat.say('cloud engineer');
    await chat.say('none');
    const report = await chat.say('skip');
    expect(report).toContain('Demand is the typical demand for this role');
    expect(report).toContain('What this role asks for (demand weight)');
    // Without postings a gap's demand is said in words, never as a bare weight.
    expect(report).toMatch(/1\. \*[^*]+\*(?: \([^)\n]*\))?: [a-z][^\n]*(?:this role|asks for)/);
    expect(report).not.toMatch(/1\. \*[^*]+\*(?: \([^)\n]*\))?: \d/);
    expect(report).toContain('Your top gaps');
  });

  it('does not count a line about the person, said at the posting prompt, as a posting with no skills', async () => {
    const { chat } = await startInterview();
    await chat.say('Payroll manager');
    await chat.say('25');
    await chat.say('data analyst');
    await chat.say('excel');
    const reply = await chat.submit('postings', { text: 'i had my cpa years ago but let it lapse' });
    expect(reply).toContain("That sounds like something about you rather than a job posting, so I haven't counted it as one.");
    expect(reply).not.toContain('Posting 1 read');
  });

  it('reads "I have no postings, use typical" in any words as no postings: the typical demand, said plainly, no posting counted', async () => {
    for (const said of ['i dont have any job ads, just use typical', "I haven't got any postings yet", 'no ads to hand, skip it', 'just use the typical ones please']) {
      const { chat, store } = await startInterview();
      await chat.say('Payroll manager');
      await chat.say('25');
      await chat.say('data analyst');
      await chat.say('excel');
      const report = await chat.submit('postings', { text: said });
      expect(report, said).toContain("No postings, then: I'll use the typical demand for *Data analyst* instead.");
      expect(report, said).toContain('Demand is the typical demand for this role');
      expect(report, said).not.toContain('Posting 1 read');
      expect(profileOf(store, chat).gapReport.source, said).toBe('catalog');
    }
  });

  it('still reads a posting that says "no" or "none" when it asks for skills', async () => {
    const { chat } = await startInterview();
    await chat.say('Payroll manager');
    await chat.say('25');
    await chat.say('data analyst');
    await chat.say('excel');
    expect(await chat.submit('postings', { text: 'No degree needed, just SQL and Tableau. None of the jobs here are remote.' })).toMatch(/Posting 1 read: I found .*SQL/);
  });

  it('names each skill a posting asks for once, also when it asks for years in that field', async () => {
    const postings = [
      ['GRC analyst', 'excel', 'Requirements:\n- 2+ years in compliance, audit, risk or a related field\n- Run risk assessments and maintain the risk register\n- Excel'],
      ['business analyst', 'excel', 'You will need 3+ years of experience in business analysis. Gather requirements and run business analysis workshops with stakeholders. SQL a plus.'],
      ['data analyst', 'excel', 'Must have: 3 years of SQL experience. You will write SQL queries every day and build Tableau dashboards.'],
    ];
    for (const [role, has, posting] of postings) {
      const { chat } = await startInterview();
      await chat.say('Paralegal');
      await chat.say('17');
      await chat.say(role as string);
      await chat.say(has as string);
      const read = await chat.submit('postings', { text: posting as string });
      const names = /I found (.*?)\./.exec(read)?.[1]?.split(/, | and /) ?? [];
      expect(names.length, read).toBeGreaterThan(0);
      expect(new Set(names).size, read).toBe(names.length);
    }
  });

  it('takes skills by number from the list, and refuses an answer with none it knows', async () => {
    const { chat, store } = await startInterview();
    await chat.say('Nurse');
    await chat.say('25');
    await chat.say('data analyst');
    expect(await chat.say('blah blah')).toContain("I couldn't recognise any skills in that. Name tools or methods");
    await chat.say('1, 2 and healthcare');
    const listed = listedFor('data-analyst');
    expect(profileOf(store, chat).skills.filter((s: { inferredFrom?: string }) => !s.inferredFrom).map((s: { skill: string }) => s.skill)).toEqual(['healthcare', listed[0], listed[1]]);
  });

  it('says plainly when a posting has no skill it knows, and does not count it', async () => {
    const { chat } = await startInterview();
    await chat.say('Chef');
    await chat.say('20');
    await chat.say('data analyst');
    await chat.say('none');
    expect(await chat.submit('postings', { text: 'Wir suchen eine freundliche Person für unser Team. 🙂' })).toContain("I couldn't find any skills it asks for, so it won't count.");
    await chat.submit('postings', { text: POSTING_3 });
    const report = await chat.say('done');
    expect(report).toContain("I couldn't recognise any skills in 1 of the postings, so it does not count.");
    expect(report).toContain('Demand is from the 1 posting you pasted.');
  });

  it('tells someone who has every skill asked for that no badge is needed', async () => {
    const { chat } = await startInterview();
    await chat.say('Analyst');
    await chat.say('8');
    await chat.say('data analyst');
    await chat.say('SQL, Tableau, R');
    await chat.submit('postings', { text: POSTING_3 });
    expect(await chat.say('done')).toContain('You already have every skill these postings ask for: no badge needed.');
  });

  it('reads markdown and mentions in an answer, a 50 KB paste, and re-asks an emoji-only posting', async () => {
    const { chat, store } = await startInterview();
    await chat.say('Clerk');
    await chat.say('5');
    await chat.say('data analyst');
    await chat.say('**SQL** and `Python`, ask <@U123ABC> @here');
    expect(profileOf(store, chat).skills.map((s: { skill: string }) => s.skill)).toEqual(['sql', 'python']);
    expect(await chat.submit('postings', { text: '🎉🎉🎉' })).toContain("I couldn't find any words in that. Paste the text of a job posting");
    const huge = `${'Our team values curiosity and care. '.repeat(1_400)}\nRequirements: SQL, Tableau.`;
    expect(huge.length).toBeGreaterThan(50_000);
    expect(await chat.submit('postings', { text: huge })).toContain('Posting 1 read: I found SQL and Tableau.');
  });

  it('reads a number inside a phrase as part of it, not as a skill from the list', async () => {
    const { chat, store } = await startInterview();
    await chat.say('Clerk');
    await chat.say('5');
    await chat.say('data analyst');
    // The eighth listed skill is SAS: "a team of 8" used to pick it.
    await chat.say('Excel, some SQL, I managed a team of 8');
    const skills = profileOf(store, chat).skills.map((s: { skill: string }) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['excel', 'sql']));
    expect(skills).not.toContain('sas');
    await chat.say('back');
    await chat.say('2 4, and Python');
    const listed = listedFor('data-analyst');
    expect(profileOf(store, chat).skills.filter((s: { inferredFrom?: string }) => !s.inferredFrom).map((s: { skill: string }) => s.skill)).toEqual(['python', listed[1], listed[3]]);
  });

  it('gives someone who is not sure a way forward at every question', async () => {
    const { chat, store } = await startInterview();
    await chat.say('Clerk');
    expect(await chat.say('not sure')).toContain('A rough guess is fine, or say `skip`.');
    expect(await chat.say('skip')).toContain('Which tech role are you aiming for?');
    await chat.say('not sure');
    const every = await chat.say("I don't know");
    expect(every).toContain('Here is every role I know, with who it suits:');
    expect(every).toContain('- *Data analyst*: it suits someone who likes puzzles with numbers.');
    expect(every.match(/^- \*/gm)).toHaveLength(data.catalog.roles.roles.length);
    expect(await chat.say('maybe')).toContain('Pick the one that sounds closest, by its number or name, for example: 1, or choose "Another role" to name one yourself.');
    await chat.say('Data analyst');
    expect(await chat.say("I don't know")).toContain('give the numbers of any below you have used, even a little, or say `none`');
    await chat.say('none');
    const report = await chat.say("I don't have any");
    expect(report).toContain('Demand is the typical demand for this role');
    expect(report).not.toContain("couldn't recognise any skills in 1 of the postings");
    expect(profileOf(store, chat).gapReport.source).toBe('catalog');
  });

  it('tells someone unsure between the roles a degree-required one leads to that another can be looked at later', async () => {
    const { chat } = await startInterview();
    await chat.say('Paramedic');
    await chat.say('10');
    await chat.say('doctor');
    expect(await chat.say('not sure')).toContain('Pick the one closest to what you want, by its number or name, for example: 1. You can look at another one later with `gaps`.');
  });

  it('offers every role when what someone enjoys matches none', async () => {
    const { chat } = await startInterview();
    await chat.say('Clerk');
    await chat.say('5');
    await chat.say('not sure');
    expect(await chat.say('zzz qqq')).toContain("I couldn't match that to a role yet. Tell me a little more: what you like doing (numbers, people, building things, design, organising...) and tools you know, or say `show me all` to see every role.");
    expect(await chat.say('show me all')).toContain('Here is every role I know, with who it suits:');
  });

  it('never leaves an unknown role a dead end: the closest roles, or every role on asking', async () => {
    const { chat } = await startInterview();
    await chat.say('Clerk');
    await chat.say('5');
    // "pm" is said for two roles: both offered, with what it is short for.
    const pm = await chat.say('pm');
    expect(pm).toContain("I don't know *pm* as a role of its own yet. These are the closest I know:");
    expect(pm).toContain('- *Project manager / Scrum master*: "pm" is often short for project manager;');
    expect(pm).toContain('- *Product manager*: "pm" is often short for product manager;');
    await chat.say('Another role');
    // Nothing close: the question says how to see every role, and that works at the question itself.
    expect(await chat.say('astronaut')).toContain("I don't know that role yet. Type a role such as data analyst, cybersecurity analyst, web developer or business analyst, say `show me all` to see every role I know");
    const every = await chat.say('show me all');
    expect(every).toContain('Here is every role I know, with who it suits:');
    expect(every.match(/^- \*/gm)).toHaveLength(data.catalog.roles.roles.length);
  });

  it('keeps the job title of a sentence about the job, and the sentence as said', async () => {
    const { chat, store } = await startInterview();
    await chat.say('i own a small bakery, been baking for 15 years');
    const profile = profileOf(store, chat);
    expect(profile.currentRole).toBe('bakery owner');
    expect(profile.currentRoleSaid).toBe('i own a small bakery, been baking for 15 years');
  });

  it('reads "sf admin" as the Salesforce administrator for certain, with no confirmation asked', async () => {
    const { chat } = await startInterview();
    await chat.say('Insurance agent');
    await chat.say('22');
    expect(await chat.say('sf admin')).toContain('Which skills do you already have?');
  });

  it('says how to answer a guessed role when unsure, and lets a no lead to suggestions', async () => {
    const { chat } = await startInterview();
    await chat.say('Teacher');
    await chat.say('20');
    await chat.say('web dev');
    expect(await chat.say('not sure')).toContain('Not sure? Say no: you can type the role another way, or say `not sure` and we will work it out together.');
    await chat.say('no');
    await chat.say('Another role');
    expect(await chat.say('not sure')).toContain('What do you enjoy doing at work');
  });

  it('stops at fifteen postings', async () => {
    const { chat } = await startInterview();
    await chat.say('Clerk');
    await chat.say('5');
    await chat.say('data analyst');
    await chat.say('none');
    for (let i = 0; i < 14; i++) await chat.submit('postings', { text: POSTING_3 });
    expect(await chat.submit('postings', { text: POSTING_3 })).toContain('Demand is from the 15 postings you pasted.');
  });
});
