import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { createPersonReader, type PersonReader } from '../src/skills/read-person.js';
import { evaluatePeople, loadPersonSet, PERSON_SET_NAMES } from './fixtures/person-labelled/labelled-set.js';

let data: CoachData;
let reader: PersonReader;
beforeAll(async () => {
  data = await loadCoachData();
  reader = createPersonReader(data.extractor, data.catalog.skills, data.credentials.credentials);
});

const skillsOf = (text: string) => Object.fromEntries(reader.read(text).skills.filter((s) => !s.inferredFrom).map((s) => [s.skill, s]));

describe('reading what a person says about their own work', () => {
  it.each([
    ['fixing the register and printers when they break', ['computer-hardware', 'technical-support', 'troubleshooting']],
    ['handle guest complaints', ['customer-service']],
    ['I do the month-end close and the variance reports', ['accounting', 'reporting']],
    ['MS Project, VLOOKUPs', ['ms-project', 'excel']],
    ['dealing with angry customers all day', ['customer-service', 'conflict-resolution']],
    ['precept new grads, ICU nurse', ['mentoring', 'healthcare']],
  ])('reads %j as the skills a coach hears in it', (text, skills) => {
    expect(Object.keys(skillsOf(text))).toEqual(expect.arrayContaining(skills));
  });

  // Trades, shops, kitchens, wards, the forces and small business (issue 16), each said as people say it.
  it.each([
    ['wiring, reading schematics', ['electrical-work']],
    ['running a small business', ['business-ownership']],
    ['did the books and payroll', ['accounting']],
    ['scheduling crews', ['people-management']],
    ['fixing PLCs', ['troubleshooting', 'industrial-control-systems']],
    ['customer complaints all day', ['customer-service']],
    ['owned a hair salon for 8 years with 4 stylists', ['business-ownership', 'people-management']],
    ['run a kitchen brigade of 12, menu costing', ['hospitality', 'people-management', 'budgeting']],
    ['calming distressed patients and families', ['empathy', 'conflict-resolution']],
    ['briefed officers daily', ['presentation-skills']],
    ['plumbing and heating engineer, diagnosing boiler faults', ['construction', 'troubleshooting']],
    ['sorted out the printers and wifi', ['computer-hardware', 'networking']],
  ])('reads %j as %j', (text, skills) => {
    expect(Object.keys(skillsOf(text))).toEqual(expect.arrayContaining(skills));
  });

  // And what those words do not say: people served are not people managed, a family-run firm is not one's own.
  it.each([
    ['help desk for 300 sailors', 'people-management'],
    ['office manager for a family-run building firm', 'business-ownership'],
    ['customer complaints at the supermarket service desk', 'technical-support'],
    ['diagnostics with the OBD scanner', 'mobile-devices'],
    ['presentations to clients', 'customer-service'],
    ['trained 80 nurses on the new system', 'people-management'],
    ['teaching student nurses', 'education'],
  ])('does not read %j as %s', (text, skill) => {
    expect(Object.keys(skillsOf(text))).not.toContain(skill);
  });

  // Persona runs (issue 16): Hal's radio and network kit and clearance, Rosa's writing and explaining simply.
  it.each([
    ["ran the battalion's radio and network kit", ['networking']],
    ['maintained the office networks', ['networking']],
    ['secret clearance', ['security-clearance']],
    ['I hold an active TS/SCI', ['security-clearance']],
    ['writing, lesson planning', ['communication', 'education']],
    ['writing skills', ['communication']],
    ['explaining hard stuff simply', ['communication']],
    ['good at explaining complex things simply', ['communication']],
    ['plain language', ['communication']],
    ['google classroom, canva', ['canva']],
  ])('reads %j as %j', (text, skills) => {
    expect(Object.keys(skillsOf(text))).toEqual(expect.arrayContaining(skills));
    expect(reader.read(text).setAside).toEqual([]);
  });

  it.each([['built a network of suppliers'], ['managed my professional network'], ['ran the clearance section of the store'], ['writing python scripts'], ['I enjoy writing poetry']])(
    'reads no networking, clearance or communication in %j',
    (text) => {
      expect(Object.keys(skillsOf(text))).not.toEqual(expect.arrayContaining(['networking']));
      expect(Object.keys(skillsOf(text))).not.toContain('security-clearance');
      expect(Object.keys(skillsOf(text))).not.toContain('communication');
    },
  );

  // Issue 17: a writer's craft, explaining to learners, and cabling said as the physical layer it is.
  it.each([
    ['writing and editing obviously', ['documentation', 'communication']],
    ['proofreader and copy editor for academic publishers', ['documentation', 'communication']],
    ['explaining complicated things to teenagers', ['communication']],
    ['terminating cat6 and fiber', ['structured-cabling', 'networking']],
    ['pulling cable, punching down patch panels', ['structured-cabling', 'networking']],
    ['some cisco config with a buddy', ['cisco-ios']],
  ])('reads %j as %j', (text, skills) => {
    expect(Object.keys(skillsOf(text))).toEqual(expect.arrayContaining(skills));
  });

  it('reads cabling as networking at a basic level at most, and networking named plainly as held', () => {
    expect(skillsOf('terminating cat6 and fiber').networking?.level).toBe('basic');
    expect(skillsOf('terminating cat6 and fiber, configuring VLANs and DHCP').networking?.level).toBeUndefined();
    expect(skillsOf('some cisco config').networking).toBeUndefined();
    // A basic skill's broader one is basic too: basic Cisco IOS is no more than basic networking.
    expect(reader.read('some cisco config').skills.find((s) => s.skill === 'networking')?.level).toBe('basic');
  });

  it('reads product demos as pre-sales and presenting, a device on a network as basic networking, and DICOM as interoperability', () => {
    for (const text of ['I demo surgical imaging systems in operating rooms', 'ran product demos for enterprise clients', 'demonstrating our software to prospects', 'I do demos of the new features for dealers']) {
      expect(Object.keys(skillsOf(text))).toEqual(expect.arrayContaining(['presales', 'presentation-skills']));
    }
    // Showing a patient a device, or a musician's demos, is no sales demo.
    expect(skillsOf('demonstrating equipment to patients').presales).toBeUndefined();
    expect(skillsOf('I record demos in my home studio').presales).toBeUndefined();
    expect(skillsOf('handle hospital IT questions about the device network connection').networking?.level).toBe('basic');
    expect(skillsOf('hooked the scanners up to the clinic wifi').networking?.level).toBe('basic');
    expect(skillsOf('grew my professional network connections on LinkedIn').networking).toBeUndefined();
    expect(skillsOf('answering questions about DICOM and PACS')['healthcare-interoperability']).toBeDefined();
  });

  it('reads a cloud warehouse by name as data warehousing at a basic level, and a paper snowflake as nothing of it', () => {
    expect(skillsOf('most of my SQL runs in BigQuery')['data-warehousing']?.level).toBe('basic');
    expect(skillsOf('we load the sales data into Snowflake nightly')['data-warehousing']?.level).toBe('basic');
    expect(skillsOf('reports built on Azure Synapse Analytics')['data-warehousing']?.level).toBe('basic');
    expect(skillsOf('designed the data warehouse and loaded it from BigQuery')['data-warehousing']?.level).toBeUndefined();
    expect(skillsOf('a snowflake schema in the lecture notes')['data-warehousing']).toBeUndefined();
  });

  it('credits a held credential\'s skills at the level its exam shows, unless the words said otherwise', () => {
    const aPlus = skillsOf('A+ certified');
    // Fundamentals: the basics of everything it certifies, each said as the credential's.
    expect(aPlus.troubleshooting).toMatchObject({ level: 'basic', fromCredential: { id: 'comptia-a-plus' } });
    expect(aPlus['operating-systems']?.level).toBe('basic');
    // Associate: what it is about at a working level, the rest of its syllabus at the basics.
    const netPlus = skillsOf('Network+ certified');
    expect(netPlus.networking?.level).toBe('intermediate');
    expect(netPlus['network-security']?.level).toBe('basic');
    // A level said in words beats the credential's; words that only show the basics give way to it.
    expect(skillsOf('advanced troubleshooting, A+ certified').troubleshooting?.level).toBe('advanced');
    expect(skillsOf('advanced troubleshooting, A+ certified').troubleshooting?.fromCredential).toBeUndefined();
    expect(skillsOf('racking switches, Network+ certified').networking?.level).toBe('intermediate');
    // Wanted, not held: nothing credited.
    expect(skillsOf('want to get my A+').troubleshooting).toBeUndefined();
  });

  it('keeps the words each skill came from', () => {
    const read = skillsOf('i run a store of 25 people, handle guest complaints, some sql');
    expect(read['customer-service']?.evidence).toBe('handle guest complaints');
    expect(read['people-management']?.evidence).toBe('i run a store of 25 people');
    expect(read.sql?.evidence).toBe('some sql');
  });

  it.each([
    ['basic Python, Excel', { python: 'basic', excel: undefined }],
    ['some SQL, advanced Excel', { sql: 'basic', excel: 'advanced' }],
    ['html css basics', { html: 'basic', css: 'basic' }],
    ['Excel expert, a bit of R and SQL', { excel: 'advanced', r: 'basic' }],
    ['SQL daily (advanced), python for automation (intermediate)', { sql: 'advanced', python: 'intermediate' }],
    ['learning javascript on freecodecamp', { javascript: 'basic' }],
    ['some SQL, accounting', { sql: 'basic', accounting: undefined }],
  ])('reads the levels in %j as said', (text, levels) => {
    const read = skillsOf(text);
    for (const [skill, level] of Object.entries(levels)) {
      expect(read[skill], skill).toBeDefined();
      expect(read[skill]?.level, skill).toBe(level);
    }
  });

  it('records credentials held, with the words, and not those wanted or under way', () => {
    expect(reader.read('Project manager, PMP certified').credentials).toEqual([{ id: 'pmi-pmp', evidence: 'PMP certified' }]);
    expect(skillsOf('PMP certified')['project-management']?.evidence).toBe('PMP certified');
    expect(reader.read('navy IT2, comptia a+ and network+').credentials.map((c) => c.id)).toEqual(['comptia-a-plus', 'comptia-network-plus']);
    expect(reader.read('Google Data Analytics certificate done, halfway through the Tableau Desktop Specialist prep').credentials.map((c) => c.id)).toEqual(['google-data-analytics']);
    expect(reader.read('thinking about the CAPM, studying for Security+').credentials).toEqual([]);
    // A name that is also a product needs a credential word: "Azure Fundamentals" alone is a course topic.
    expect(reader.read('I know the azure fundamentals').credentials).toEqual([]);
    expect(reader.read('azure fundamentals cert').credentials.map((c) => c.id)).toEqual(['microsoft-az-900']);
    // "CSM" is also a customer success manager.
    expect(reader.read('I worked as a CSM for a SaaS company').credentials).toEqual([]);
  });

  it('keeps licences, first aid and hobbies out, and says what it set aside', () => {
    const reading = reader.read('excel, full UK driving licence, first aid trained, forklift certified, I love hiking and coaching my son\'s football team');
    expect(reading.skills.filter((s) => !s.inferredFrom).map((s) => s.skill)).toEqual(['excel']);
    expect(reading.credentials).toEqual([]);
    expect(reading.setAside).toEqual(['full UK driving licence', 'first aid trained', 'forklift certified']);
    // A named tool still counts in a pastime.
    expect(Object.keys(skillsOf('in my spare time I build websites with React'))).toContain('react');
  });

  it('does not count what the person only wants to learn', () => {
    const read = skillsOf('comfortable with linux, want to learn python and aws, never used tableau');
    expect(Object.keys(read)).toEqual(['linux']);
  });

  it('does not read everyday words as ambiguous skills', () => {
    expect(Object.keys(skillsOf('i fix the label printers when they go down'))).not.toContain('go');
    expect(Object.keys(skillsOf('I give my word, and I am great with people'))).not.toContain('microsoft-word');
    expect(skillsOf('advanced Word and PowerPoint')['microsoft-word']?.level).toBe('advanced');
  });
});

describe('the labelled self-descriptions (npm run bench:person prints the detail)', () => {
  // The floor reached, per set: it may only rise. The held-out set was scored once blind at
  // skills 93.8% precision / 97.4% recall, levels 90% / 100%, credentials 100%, non-skills 6 of 6.
  it.each([
    ['tuning', { skillPrecision: 0.97, skillRecall: 0.97, level: 0.9, credential: 1 }],
    ['held-out', { skillPrecision: 0.93, skillRecall: 0.95, level: 0.9, credential: 1 }],
    // Trades, retail, hospitality, healthcare, military and small business (issue 16): scored once
    // blind at skills 93.0% precision / 66.7% recall; then its misses' causes were fixed (not blind since).
    ['held-out-2', { skillPrecision: 0.97, skillRecall: 0.97, level: 1, credential: 1 }],
    // Writers, teachers, cable installers and credential holders (issue 17): scored once at skills
    // 92.1% precision / 85.3% recall, levels 100% / 71.4%; then its misses' causes were fixed.
    ['held-out-3', { skillPrecision: 0.94, skillRecall: 0.98, level: 0.85, credential: 1 }],
    // Marketers, second-language supervisors and a supply sergeant (persona runs of Marisol, Dev and Tomasz): scored
    // once at skills 93.1% precision / 79.4% recall, levels 100% / 33.3%; two misses' causes fixed since.
    ['held-out-4', { skillPrecision: 0.93, skillRecall: 0.8, level: 0.33, credential: 1 }],
    // Ten career changers written by a helper who never saw the rules (issue 16): scored once blind at 89.5% skill
    // precision / 78.5% recall, credentials 66.7% precision; its misses' causes were fixed since (not blind).
    ['held-out-5', { skillPrecision: 0.99, skillRecall: 0.96, level: 0.88, credential: 1 }],
  ] as const)('%s set', (name, floor) => {
    const report = evaluatePeople(loadPersonSet(name), reader);
    expect(report.skill.precision).toBeGreaterThanOrEqual(floor.skillPrecision);
    expect(report.skill.recall).toBeGreaterThanOrEqual(floor.skillRecall);
    expect(report.level.precision).toBeGreaterThanOrEqual(floor.level);
    expect(report.level.recall).toBeGreaterThanOrEqual(floor.level);
    expect(report.credential.precision).toBeGreaterThanOrEqual(floor.credential);
    expect(report.credential.recall).toBeGreaterThanOrEqual(floor.credential);
    expect(report.notSkills.keptOut).toBe(report.notSkills.total);
  });

  it('cover at least 50 people from many careers, every label a known skill or credential', () => {
    const people = PERSON_SET_NAMES.flatMap((name) => loadPersonSet(name).people);
    expect(people.length).toBeGreaterThanOrEqual(50);
    expect(new Set(people.map((p) => p.id.split('-')[1])).size).toBeGreaterThanOrEqual(9);
    for (const person of people) {
      for (const id of Object.keys(person.skills)) expect(data.catalog.skills.byId.has(id), `${person.id}: ${id}`).toBe(true);
      for (const id of person.credentials) expect(data.credentials.credentials.some((c) => c.id === id), `${person.id}: ${id}`).toBe(true);
    }
  });
});

describe('levels said apart from the tools, and tools named only in a list', () => {
  const has = (text: string, skill: string) => expect(skillsOf(text)[skill], `${skill} in ${JSON.stringify(text)}`).toBeDefined();
  const hasNot = (text: string, skill: string) => expect(skillsOf(text)[skill], `${skill} in ${JSON.stringify(text)}`).toBeUndefined();

  it('reads a level said on its own about the tools before it, and once for a list', () => {
    expect(skillsOf("I built a tracker in Excel with VLOOKUPs, intermediate I'd say")['excel']?.level).toBe('intermediate');
    const adobe = skillsOf('adobe suite daily - photoshop, indesign - advanced');
    expect(adobe['photoshop']?.level).toBe('advanced');
    expect(adobe['adobe-creative-cloud']?.level).toBe('advanced');
    expect(skillsOf('monthly reports in Excel (pivot tables - fairly confident)')['excel']?.level).toBe('intermediate');
    const list = skillsOf('SQL and Tableau at a beginner level');
    expect([list['sql']?.level, list['tableau']?.level]).toEqual(['basic', 'basic']);
    expect(skillsOf('only whatsapp and little bit excel')['excel']?.level).toBe('basic');
  });

  it('reads a tool named only beside its neighbours in a list, and not the job or the word alone', () => {
    for (const [text, skill] of [['photoshop, illustrator, indesign', 'illustrator'], ['python, go, sql', 'go'], ['excel, r', 'r']] as const) has(text, skill);
    hasNot("I'm an illustrator, mostly children's books", 'illustrator');
    hasNot('sales, go getter', 'go');
    expect(skillsOf('adobe suite daily - photoshop, illustrator, indesign - advanced')['illustrator']).toMatchObject({ level: 'advanced', evidence: 'illustrator' });
  });

  it('does not hold a credential being done now', () => {
    for (const text of ['doing the Google IT Support certificate now', "I'm doing my CCNA at the moment"]) expect(reader.read(text).credentials).toEqual([]);
    expect(reader.read('did the Google IT Support certificate last year').credentials.map((c) => c.id)).toEqual(['google-it-support']);
  });
});

describe('the words each skill is quoted from', () => {
  it('quotes a skill another clause makes sure of from its own clause, never from the start of the text', () => {
    const read = skillsOf('i taught for 10 years at a primary school. i do stats in R, but mostly python');
    expect(read.r?.evidence).toBe('i do stats in R');
    expect(skillsOf('i manage the pos system, i also work with Spark for our data, and code in scala').spark?.evidence).toBe('i also work with Spark for our data');
  });

  it('quotes the words that named a skill plainly, not the ones that showed only its basics', () => {
    const networking = skillsOf('terminating cat6 for 6 years. and TCP/IP networking at my church since 2020').networking;
    expect(networking?.level).toBeUndefined();
    expect(networking?.evidence).toBe('TCP/IP networking at my church since 2020');
  });

  it('quotes teaching from the class taught, before a school named only as where a page lives', () => {
    expect(skillsOf('i make quizzes for my classes, and i update the school website').education?.evidence).toBe('i make quizzes for my classes');
  });
});


describe('credentials held once and let lapse', () => {
  const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((c) => c.id);
  it.each([
    ['had network+ from 2016, let it lapse in 2019', 'comptia-network-plus'],
    ['my PMP expired last year', 'pmi-pmp'],
    ['used to have my CCNA', 'cisco-ccna'],
    ["had my security+ but didn't renew it", 'comptia-security-plus'],
  ])('reads %j as lapsed, not held', (text, id) => {
    const reading = reader.read(text);
    expect(ids(reading.credentials)).not.toContain(id);
    expect(ids(reading.lapsed)).toEqual([id]);
  });

  it('keeps what a lapsed credential taught, since knowledge once had shortens the study', () => {
    const proved = reader.read('had network+ from 2016, let it lapse in 2019').skills.filter((s) => s.fromCredential?.id === 'comptia-network-plus');
    expect(proved.length).toBeGreaterThan(0);
  });

  it('leaves a credential in the clause before a lapsed one held', () => {
    const reading = reader.read('PMP, CSM ran out in 2021');
    expect(ids(reading.credentials)).toEqual(['pmi-pmp']);
    expect(reader.read('Network+ certified, troubleshoot circuits').lapsed).toBeUndefined();
  });
});

describe('the words quoted for work described in everyday phrasing (persona runs of Olu and Aisha)', () => {
  it('quotes an industry from where it is first said, the work, not a later aside that names it', () => {
    expect(skillsOf('im a ward nurse at a big hospital, certs are BLS and ACLS but those are clinical not tech').healthcare?.evidence).toBe('im a ward nurse at a big hospital');
    expect(skillsOf('10 years on a med-surg floor; my strength is clinical knowledge').healthcare?.evidence).toBe('10 years on a med-surg floor');
    // A tool keeps the words that name it.
    expect(skillsOf('i track the rota in a spreadsheet, excel mostly').excel?.evidence).toBe('excel mostly');
  });

  it('quotes the list item a cue is read in when the clause is too long to quote whole', () => {
    const got = skillsOf('when we moved to the new finance system last spring i documented the whole AP process and i did the user acceptance testing for the rollout');
    expect(got.documentation?.evidence).toBe('when we moved to the new finance system last spring i documented the whole AP process');
    expect(skillsOf('i track our units quality metrics in excel every month like CLABSI and falls and present them at staff meetings')['presentation-skills']?.evidence).toBe('present them at staff meetings');
  });
});
