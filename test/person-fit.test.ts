import { describe, expect, it } from 'vitest';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { experienceMet, fitFor, mainlyFor, PAST_ENTRY_MONTHS, workCovers, type Person } from '../src/credentials/person-fit.js';
import { personFrom } from '../src/credentials/person.js';
import type { RoleMatch } from '../src/roles/match-role.js';
import { credential, role, skills } from './support/credential-fixtures.js';

/** A small ladder: a course, a fundamentals exam, an associate exam and a professional one that needs 36 months. */
const catalog = [
  credential('course', { name: 'Course', level: 'entry-certificate', skills: ['pm', 'agile'], targetRoles: ['pm-role'], nextSteps: ['entry'] }),
  credential('entry', { name: 'Entry', level: 'fundamentals', skills: ['pm'], targetRoles: ['pm-role'], nextSteps: ['pro'] }),
  credential('pro', {
    name: 'Pro',
    level: 'professional',
    skills: ['pm', 'leadership'],
    targetRoles: ['pm-role'],
    experience: { recommendedMonths: 36, requiredMonths: 36, says: 'It requires 36 months of leading projects.', source: 'test', confidence: 'S' },
  }),
  credential('badge-a', { name: 'Badge A', level: 'fundamentals', skills: ['scrum'], targetRoles: ['pm-role'], alternatives: ['badge-b'] }),
  credential('badge-b', { name: 'Badge B', level: 'fundamentals', skills: ['scrum'], targetRoles: ['pm-role'], alternatives: ['badge-a'] }),
  credential('cloud-ai', { name: 'Cloud AI', level: 'fundamentals', skills: ['cloudy', 'ml'], targetRoles: ['pm-role'] }),
  credential('assoc', {
    name: 'Assoc',
    level: 'associate',
    skills: ['ml'],
    targetRoles: ['pm-role'],
    experience: { recommendedMonths: 12, requiredMonths: null, says: 'It recommends a year of hands-on work.', source: 'test', confidence: 'S' },
  }),
];
const index = buildCredentialIndex(catalog, skills({ pm: {}, agile: {}, leadership: {}, scrum: {}, ml: {}, cloudy: { category: 'platform' } }));
const byId = (id: string): CatalogCredential => {
  const found = catalog.find((c) => c.id === id);
  if (!found) throw new Error(`no credential ${id}`);
  return found;
};
const pm = (extra: Partial<Person> = {}): Person => ({ fieldRoles: ['pm-role'], fieldSkills: ['pm', 'agile', 'scrum', 'cloudy'], yearsExperience: 16, currentRole: 'Project manager', ...extra });

describe('fit to the person', () => {
  it('never recommends a held credential, nor one a held credential builds on, nor an alternative of one held', () => {
    const person = { held: ['pro', 'badge-a'] };
    expect(fitFor(byId('pro'), person, index).setAside).toEqual({ kind: 'held', text: 'You already hold it.' });
    expect(fitFor(byId('course'), person, index).setAside).toEqual({ kind: 'below-held', text: 'You hold Pro, which builds on it, so it would add nothing.' });
    expect(fitFor(byId('entry'), person, index).setAside?.kind).toBe('below-held');
    expect(fitFor(byId('badge-b'), person, index).setAside).toEqual({ kind: 'alternative-held', text: 'It is an alternative to Badge A, which you hold.' });
  });

  it('flags as redundant what held credentials already prove', () => {
    expect(fitFor(byId('assoc'), { held: ['cloud-ai'] }, index).setAside).toEqual({ kind: 'covered-by-held', text: 'What it teaches is already proved by your Cloud AI.' });
  });

  it('sets aside an entry-level credential in the field they work in, after three years, saying why', () => {
    expect(fitFor(byId('badge-a'), pm(), index).setAside).toEqual({
      kind: 'outgrown',
      text: 'It adds little to your 16 years as a project manager, since it is meant for people new to the field.',
    });
    expect(fitFor(byId('badge-a'), pm({ held: ['pro'] }), index).setAside?.text).toBe(
      'It adds little to your 16 years as a project manager and your Pro, since it is meant for people new to the field.',
    );
    // Two years are not past it, and neither is a field they do not work in.
    expect(fitFor(byId('badge-a'), pm({ yearsExperience: (PAST_ENTRY_MONTHS - 12) / 12 }), index).setAside).toBeUndefined();
    expect(fitFor(byId('badge-a'), pm({ fieldRoles: ['teacher'] }), index).setAside).toBeUndefined();
  });

  it('never sets aside as outgrown a badge their own postings ask for: it says the postings ask for it, that it adds little, and that it gets them past the screen', () => {
    const asked = pm({ held: ['pro'], asked: [{ id: 'badge-a', share: 2 / 3 }] });
    const fit = fitFor(byId('badge-a'), asked, index);
    expect(fit.setAside).toBeUndefined();
    expect(fit.notes).toEqual([
      { kind: 'asked', text: '67% of your postings ask for it. It adds little to your 16 years as a project manager and your Pro, but it gets your application past a screen that asks for it.' },
    ]);
    // Every posting: said as every one. One the postings do not name stays outgrown.
    expect(fitFor(byId('badge-a'), pm({ asked: [{ id: 'badge-a', share: 1 }] }), index).notes[0]?.text).toMatch(/^Every one of your postings asks for it\. It adds little/);
    expect(fitFor(byId('badge-b'), asked, index).setAside?.kind).toBe('outgrown');
    // Held, or below one held, it is still set aside: holding Pro passes a screen that asks for Entry.
    expect(fitFor(byId('entry'), pm({ held: ['pro'], asked: [{ id: 'entry', share: 1 }] }), index).setAside?.kind).toBe('below-held');
  });

  it('says what an outgrown badge is worth by how the postings ask: a screen where one requires it, optional where they only prefer it', () => {
    const held = { held: ['pro'] };
    const text = (postings: Person['asked']) => fitFor(byId('badge-a'), pm({ ...held, asked: postings }), index).notes[0]?.text;
    const little = 'It adds little to your 16 years as a project manager and your Pro';
    expect(text([{ id: 'badge-a', share: 1, postings: [{ asks: 'preferred' }] }])).toBe(`${little}, so it is optional: no posting of yours requires it, though having it can put you ahead where one prefers it.`);
    expect(text([{ id: 'badge-a', share: 1, postings: [{ asks: 'preferred' }, { asks: 'required' }] }])).toBe(`Every one of your postings asks for it. ${little}, but it gets your application past a screen that asks for it.`);
    expect(text([{ id: 'badge-a', share: 0.5, postings: [{ asks: 'required', withinMonths: 6 }] }])).toBe(`${little}, but where a posting requires it within months of hire you would need it soon after starting.`);
    expect(text([{ id: 'badge-a', share: 0.5, postings: [{}] }])).toBe(`${little}; your postings name it without saying they require it, so it can help you stand out there.`);
    // Only preferred: never "every one of your postings asks for it" nor a screen.
    expect(text([{ id: 'badge-a', share: 1, postings: [{ asks: 'preferred' }] }])).not.toMatch(/postings ask/);
  });

  it('says beside a pick that most of the postings name it, and says nothing for one posting in three', () => {
    const newcomer = { asked: [{ id: 'assoc', share: 0.5 }, { id: 'cloud-ai', share: 1 / 3 }] };
    expect(fitFor(byId('assoc'), newcomer, index).notes[0]).toEqual({ kind: 'named', text: '50% of your postings ask for it by name.' });
    expect(fitFor(byId('cloud-ai'), newcomer, index).notes.some((n) => n.kind === 'named')).toBe(false);
  });

  it('takes a held credential that requires years in the field as proof of the field, whatever the job title', () => {
    // A logistics manager holding Pro (36 months leading projects required) has led projects: what Pro teaches is his field's craft.
    const titled = { held: ['pro'], yearsExperience: 22, currentRole: 'Logistics operations manager' };
    expect(fitFor(byId('entry'), titled, index).setAside?.kind).toBe('below-held');
    expect(fitFor(byId('cloud-ai'), titled, index).setAside).toBeUndefined();
    const teachesPm = credential('pm-basics', { name: 'PM Basics', level: 'fundamentals', skills: ['pm', 'ml'], targetRoles: ['pm-role'] });
    const withBasics = buildCredentialIndex([...catalog, teachesPm], skills({ pm: {}, agile: {}, leadership: {}, scrum: {}, ml: {}, cloudy: { category: 'platform' } }));
    expect(fitFor(teachesPm, titled, withBasics).setAside).toEqual({
      kind: 'outgrown',
      text: 'It adds little to your 22 years as a logistics operations manager and your Pro, since it is meant for people new to the field.',
    });
    // Without the years, or without a held credential that needs them, it is not outgrown.
    expect(fitFor(teachesPm, { ...titled, yearsExperience: 2 }, withBasics).setAside).toBeUndefined();
    expect(fitFor(teachesPm, { ...titled, held: ['badge-a'] }, withBasics).setAside).toBeUndefined();
  });

  it("does not call a credential outgrown when what it teaches is not the field's own craft (a vendor platform does not count)", () => {
    expect(fitFor(byId('cloud-ai'), pm(), index).setAside).toBeUndefined();
  });

  it('says when required experience is missing, with the way in until then', () => {
    const aside = fitFor(byId('pro'), { fieldRoles: ['teacher'], yearsExperience: 12 }, index).setAside;
    expect(aside).toEqual({ kind: 'needs-experience', text: 'It requires 36 months of leading projects. It is one for later, once you have that experience. Entry is the way in until then.' });
    expect(fitFor(byId('pro'), pm({ yearsExperience: 3 }), index).setAside).toBeUndefined();
  });

  it('does not say "not yet" when years in a managing job plausibly meet the requirement: the rule is said and they judge', () => {
    const manager = { fieldRoles: ['marketer'], currentRole: 'Marketing manager', yearsExperience: 18 };
    const fit = fitFor(byId('pro'), manager, index);
    expect(fit.setAside).toBeUndefined();
    expect(fit.notes.map((n) => n.kind)).toEqual(['experience']);
    expect(fit.notes[0]?.text).toMatch(/^It requires 36 months of leading projects\. Your 18 years as a marketing manager count toward the experience where you can point to .+ work in them\./);
    // Too few years, or a job that names no managing or leading, is still "one for later".
    expect(fitFor(byId('pro'), { ...manager, yearsExperience: 2 }, index).setAside?.kind).toBe('needs-experience');
    expect(fitFor(byId('pro'), { ...manager, currentRole: 'Teacher' }, index).setAside?.kind).toBe('needs-experience');
  });

  it('reads leading titles from data: a captain, commander, crew chief or shift supervisor of many years may meet a rule about leading projects', () => {
    for (const currentRole of ['airline captain', 'Fire Captain', 'naval commander', 'crew chief', 'shift supervisor', 'pilot in command', 'Head chef', 'team leads']) {
      expect(fitFor(byId('pro'), { fieldRoles: ['aviation'], currentRole, yearsExperience: 24 }, index).setAside, currentRole).toBeUndefined();
    }
    // Titles that name no leading, or words that only contain one, are still "one for later".
    for (const currentRole of ['airline pilot', 'flight attendant', 'captioner', 'mislead analyst', 'cashier']) {
      expect(fitFor(byId('pro'), { fieldRoles: ['aviation'], currentRole, yearsExperience: 24 }, index).setAside?.kind, currentRole).toBe('needs-experience');
    }
  });

  it('notes recommended experience the person may not have, and not when their years cover it', () => {
    expect(fitFor(byId('assoc'), {}, index).notes).toEqual([{ kind: 'experience', text: 'It recommends a year of hands-on work. Plan hands-on practice alongside the study.' }]);
    expect(fitFor(byId('assoc'), pm({ yearsExperience: 2 }), index).notes).toEqual([]);
  });
});

describe('a held credential below the one picked', () => {
  const ladder = [
    credential('netplus', { name: 'Vendor Net+ (N10)', nextSteps: ['secplus'] }),
    credential('starter', { name: 'Starter in Security (SS)', nextSteps: ['secplus'] }),
    credential('secplus', { name: 'Vendor Sec+ (S701)', experience: { recommendedMonths: 24, requiredMonths: null, says: 'Vendor recommends Net+ and about 2 years of IT work; nothing is required.', source: 'test', confidence: 'S' } }),
  ];
  const ladderIndex = buildCredentialIndex(ladder, skills({ pm: {} }));
  const sec = ladder[2] as CatalogCredential;

  it('meets the recommendation only when it is the credential the provider names; another one only leads to it', () => {
    expect(experienceMet(sec, { held: ['netplus'] }, ladderIndex)).toBe(' You hold Vendor Net+ (N10), so you meet that part.');
    expect(experienceMet(sec, { held: ['starter'] }, ladderIndex)).toBe(' You hold Starter in Security (SS), which leads to it.');
  });
});

describe('years of work said against the experience a credential expects', () => {
  it('says years count only when their work is in a field the credential is for; years in another field are said as that', () => {
    // Recommended a year of hands-on work in the pm-role field.
    expect(experienceMet(byId('assoc'), pm({ yearsExperience: 2 }), index)).toBe(' Your 2 years as a project manager count toward it.');
    // A title matched to a role of the catalog is said back; one typed freely is not, since it may carry a typo.
    const cook = { currentRole: 'Kitchen manager at a restaurant', yearsExperience: 15, fieldRoles: ['chef-role'] };
    const said = experienceMet(byId('assoc'), cook, index);
    expect(said).toBe(' Your 15 years as a kitchen manager at a restaurant are in another field, so they do not count toward it.');
    expect(said).not.toMatch(/count toward the experience|where you can point/);
    expect(fitFor(byId('assoc'), cook, index).notes[0]?.text).toBe('It recommends a year of hands-on work. Your 15 years as a kitchen manager at a restaurant are in another field, so they do not count toward it. Plan hands-on practice alongside the study.');
    // A field matched to another role of the catalog is another field too; nothing is said when their field is not known at all.
    expect(experienceMet(byId('assoc'), { fieldRoles: ['teacher'], yearsExperience: 12 }, index)).toBe(' Your 12 years are in another field, so they do not count toward it.');
    expect(experienceMet(byId('assoc'), { yearsExperience: 12 }, index)).toBe('');
    // One year agrees with its verb.
    expect(experienceMet(byId('assoc'), { currentRole: 'Barista', yearsExperience: 1, fieldRoles: ['barista'] }, index)).toBe(' Your 1 year as a barista is in another field, so it does not count toward it.');
  });

  it('never reads a title typed freely back to them: a typo ("truck drivr") is not theirs to see, so their years are said as work', () => {
    for (const currentRole of ['truck drivr, long haul', 'Truck Driver', 'warehouse pickr', 'nurse']) {
      const said = experienceMet(byId('assoc'), { currentRole, yearsExperience: 20 }, index);
      expect(said).toBe(' Your 20 years of work are in another field, so they do not count toward it.');
    }
    expect(experienceMet(byId('assoc'), { currentRole: 'drivr', yearsExperience: 1 }, index)).toBe(' Your 1 year of work is in another field, so it does not count toward it.');
  });

  it('counts years in work the target role calls its own field (plant control systems for OT security), as the role says', () => {
    const plant = { currentRole: 'Maintenance supervisor at a plant', yearsExperience: 24, fieldsAccepted: [{ role: 'pm-role', field: 'plant control systems', counts: 'where you can point to securing them' }] };
    expect(experienceMet(byId('assoc'), plant, index)).toBe(' Your 24 years as a maintenance supervisor at a plant count toward it where you can point to securing them.');
    // Accepted by another role only: still another field for this credential.
    const elsewhere = { ...plant, fieldsAccepted: [{ ...plant.fieldsAccepted[0]!, role: 'other-role' }] };
    expect(experienceMet(byId('assoc'), elsewhere, index)).toMatch(/are in another field/);
  });
});

describe('credentials made mainly for another role', () => {
  const roleCatalog = new Map([
    ['cloud', { name: 'Cloud engineer', skills: [{ skill: 'cloudy' }, { skill: 'ml' }] }],
    ['dev', { name: 'Software developer', skills: [{ skill: 'cloudy' }, { skill: 'pm' }, { skill: 'agile' }] }],
  ]);
  const devExam = credential('dev-exam', { name: 'Dev exam', skills: ['cloudy', 'pm', 'agile'], targetRoles: ['dev', 'cloud'] });
  const opsExam = credential('ops-exam', { name: 'Ops exam', skills: ['cloudy', 'ml'], targetRoles: ['cloud', 'dev'] });
  const wider = buildCredentialIndex([devExam, opsExam], skills({ pm: {}, agile: {}, ml: {}, cloudy: { category: 'platform' } }));

  it('names the other role when at most half of what it teaches is the target role\'s work and more is another\'s', () => {
    // A third of the dev exam is cloud work, all of it a developer's.
    expect(mainlyFor(devExam, 'cloud', roleCatalog, { fieldRoles: ['sysadmin'] }, wider)).toEqual({ id: 'dev', name: 'Software developer' });
    expect(mainlyFor(opsExam, 'cloud', roleCatalog, {}, wider)).toBeUndefined();
    // For the developer's own target it fits.
    expect(mainlyFor(devExam, 'dev', roleCatalog, {}, wider)).toBeUndefined();
  });

  it('is theirs when they work in that other role or their postings name it, and unknown without the roles\' skills', () => {
    expect(mainlyFor(devExam, 'cloud', roleCatalog, { fieldRoles: ['dev'] }, wider)).toBeUndefined();
    expect(mainlyFor(devExam, 'cloud', roleCatalog, { asked: [{ id: 'dev-exam', share: 0.5 }] }, wider)).toBeUndefined();
    expect(mainlyFor(devExam, 'cloud', new Map([['cloud', { name: 'Cloud engineer' }]]), {}, wider)).toBeUndefined();
  });
});

describe('the person, from what the coach keeps', () => {
  const target = role('pm-role');
  const match = (text: string): RoleMatch => (/^project manager$/i.test(text) ? { kind: 'role', role: target, exact: true } : /manager/i.test(text) ? { kind: 'role', role: target, exact: false } : { kind: 'none' });
  it('reads their field only from an exact job title, seniority words aside, and keeps only known held credentials', () => {
    const person = personFrom({ currentRole: 'Senior project manager', yearsExperience: 16, credentialsHeld: [{ id: 'pro' }, { id: 'pro' }, { id: 'nope' }] }, match, (id) => id === 'pro');
    expect(person).toMatchObject({ fieldRoles: ['pm-role'], yearsExperience: 16, held: ['pro'], currentRole: 'Senior project manager' });
    // A store manager is not a project manager, however the matcher guesses.
    expect(personFrom({ currentRole: 'retail store manager', yearsExperience: 18 }, match, () => true).fieldRoles).toBeUndefined();
  });

  it('reads the work their target role counts as its own from the role\'s experienceFrom and the skills they use at work', () => {
    const ot = role('pm-role', undefined, { experienceFrom: [{ field: 'plant control systems', skills: ['ics'], counts: 'where you can point to securing them', basis: 'test', source: 'test' }] });
    const byWords = (text: string): RoleMatch => (text === 'pm role' ? { kind: 'role', role: ot, exact: true } : { kind: 'none' });
    const facts = { gapReport: { role: 'pm-role' }, skills: [{ skill: 'ics' }, { skill: 'excel', level: 'basic' }] };
    expect(personFrom(facts, byWords, () => true).fieldsAccepted).toEqual([{ role: 'pm-role', field: 'plant control systems', counts: 'where you can point to securing them' }]);
    // Only at a basic level, or the matcher finds another role: not their field.
    expect(personFrom({ ...facts, skills: [{ skill: 'ics', level: 'basic' }] }, byWords, () => true).fieldsAccepted).toBeUndefined();
    expect(personFrom({ ...facts, gapReport: { role: 'other' } }, byWords, () => true).fieldsAccepted).toBeUndefined();
  });
});

describe('a beginner course the person\'s work already covers', () => {
  const course = catalog[0] as CatalogCredential;
  const entry = catalog[1] as CatalogCredential;

  it('is one whose subject they use in their work, after three years of working', () => {
    expect(workCovers(course, { workSkills: ['pm', 'excel'], yearsExperience: 12, currentRole: 'Event planner, weddings mostly' })).toBe('12 years as an event planner');
    expect(workCovers(course, { workSkills: ['pm'], yearsExperience: 5 })).toBe('5 years of work');
  });

  it('is not one when they do not use its subject, are new to work, or it is no beginner\'s course', () => {
    // Agile is the course's, but not its subject: project management is.
    expect(workCovers(course, { workSkills: ['agile'], yearsExperience: 12 })).toBeUndefined();
    expect(workCovers(course, { workSkills: ['pm'], yearsExperience: PAST_ENTRY_MONTHS / 12 - 1 })).toBeUndefined();
    expect(workCovers(entry, { workSkills: ['pm'], yearsExperience: 12 })).toBeUndefined();
  });

  it('reads their work skills from the profile: not those said as basic, nor those only inferred from another', () => {
    const match = (): RoleMatch => ({ kind: 'none' });
    const person = personFrom(
      { skills: [{ skill: 'pm' }, { skill: 'sql', level: 'basic' }, { skill: 'spreadsheets', inferredFrom: 'excel' }, { skill: 'excel', level: 'advanced' }, 'budgeting'] },
      match,
      () => true,
    );
    expect(person.workSkills).toEqual(['pm', 'excel', 'budgeting']);
    expect(personFrom({ skills: [{ skill: 'sql', level: 'basic' }] }, match, () => true).workSkills).toBeUndefined();
  });
});

describe('a job title said as the person typed it', () => {
  it('keeps acronyms and inner capitals, and lowers only the capital a sentence gives', () => {
    expect(experienceMet(byId('assoc'), { currentRole: 'mainframe COBOL programmer', yearsExperience: 35, fieldRoles: ['programmer'] }, index)).toBe(' Your 35 years as a mainframe COBOL programmer are in another field, so they do not count toward it.');
    expect(experienceMet(byId('assoc'), pm({ currentRole: 'IT Project Manager', yearsExperience: 2 }), index)).toBe(' Your 2 years as an IT project manager count toward it.');
    expect(workCovers(catalog[0] as CatalogCredential, { workSkills: ['pm'], yearsExperience: 9, currentRole: 'SAP PM coordinator' })).toBe('9 years as a SAP PM coordinator');
  });
});

describe('a credential they passed once and let lapse', () => {
  const lapsed = { currentRole: 'mainframe COBOL programmer', yearsExperience: 35, lapsed: ['assoc', 'pro'] };
  it('is said as a retake of what they passed, never with the experience a first attempt expects', () => {
    const notes = fitFor(byId('assoc'), lapsed, index).notes;
    expect(notes.map((n) => n.kind)).toEqual(['lapsed']);
    expect(notes[0]?.text).toMatch(/^You passed it before and it has lapsed, so taking it again is a retake of an exam you have passed, not a first attempt/);
    expect(notes[0]?.text).not.toMatch(/recommends a year|another field/);
    expect(experienceMet(byId('assoc'), lapsed, index)).toMatch(/^ You passed it before and it has lapsed/);
    // Its required experience was met when they passed it: not set aside as one for later.
    expect(fitFor(byId('pro'), lapsed, index).setAside).toBeUndefined();
  });

  it('is not held: nothing it builds on is set aside for it, and one they never passed keeps its experience note', () => {
    expect(fitFor(byId('entry'), { lapsed: ['pro'] }, index).setAside).toBeUndefined();
    expect(fitFor(byId('assoc'), { ...lapsed, lapsed: ['pro'] }, index).notes[0]?.text).toMatch(/^It recommends a year of hands-on work\./);
  });

  it('is read from the profile, apart from what they hold', () => {
    const match = (): RoleMatch => ({ kind: 'none' });
    const person = personFrom({ credentialsHeld: [{ id: 'entry' }], credentialsLapsed: [{ id: 'pro' }, { id: 'entry' }, { id: 'nope' }] }, match, (id) => id !== 'nope');
    expect(person.held).toEqual(['entry']);
    expect(person.lapsed).toEqual(['pro']);
    expect(personFrom({ credentialsHeld: [{ id: 'entry' }] }, match, () => true).lapsed).toBeUndefined();
  });
});

describe('years in another computer occupation', () => {
  const computing = (id: string, code: string) => role(id, undefined, { soc: [{ code, title: 'test', relation: 'mapped' }] });
  const cloud = computing('pm-role', '15-1299.08');
  const programmer = computing('dev-role', '15-1252.00');
  const teacher = computing('teacher-role', '25-2031.00');
  const matcher = (own: ReturnType<typeof role>) => (text: string): RoleMatch =>
    text === 'pm role' ? { kind: 'role', role: cloud, exact: true } : /programmer|teacher/i.test(text) ? { kind: 'role', role: own, exact: true } : { kind: 'none' };

  it('counts as IT work toward a credential made for the target role, with the vendor platform it is built on left to add', () => {
    const person = personFrom({ currentRole: 'mainframe COBOL programmer', yearsExperience: 35, gapReport: { role: 'pm-role' } }, matcher(programmer), () => true);
    expect(person.fieldsAccepted).toEqual([{ role: 'pm-role', field: 'IT work', counts: 'as IT work' }]);
    expect(experienceMet(byId('assoc'), person, index)).toBe(' Your 35 years as a mainframe COBOL programmer count toward it as IT work.');
    const onPlatform = credential('on-platform', { name: 'On platform', level: 'associate', skills: ['cloudy', 'ml'], targetRoles: ['pm-role'], experience: { recommendedMonths: 6, requiredMonths: null, says: 'It recommends 6 months on Cloudy.', source: 'test', confidence: 'S' } });
    const withPlatform = buildCredentialIndex([...catalog, onPlatform], skills({ pm: {}, agile: {}, leadership: {}, scrum: {}, ml: {}, cloudy: { category: 'platform' } }));
    expect(experienceMet(onPlatform, person, withPlatform)).toBe(' Your 35 years as a mainframe COBOL programmer count toward it as IT work; hands-on CLOUDY is the part to add.');
    // Their own work on that platform leaves nothing to add.
    expect(experienceMet(onPlatform, { ...person, workSkills: ['cloudy'] }, withPlatform)).toBe(' Your 35 years as a mainframe COBOL programmer count toward it as IT work.');
  });

  it('does not count a job outside computer occupations, nor toward a credential for another role', () => {
    expect(personFrom({ currentRole: 'maths teacher', yearsExperience: 20, gapReport: { role: 'pm-role' } }, matcher(teacher), () => true).fieldsAccepted).toBeUndefined();
    const person = personFrom({ currentRole: 'mainframe COBOL programmer', yearsExperience: 35, gapReport: { role: 'pm-role' } }, matcher(programmer), () => true);
    const elsewhere = credential('elsewhere', { name: 'Elsewhere', level: 'associate', skills: ['ml'], targetRoles: ['other-role'], experience: { recommendedMonths: 12, requiredMonths: null, says: 'It recommends a year.', source: 'test', confidence: 'S' } });
    expect(experienceMet(elsewhere, person, index)).toMatch(/are in another field/);
  });
});
