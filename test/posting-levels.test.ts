import { beforeAll, describe, expect, it } from 'vitest';
import { loadSkills, type SkillCatalog } from '../src/data/load-data.js';
import { createSkillExtractor, type SkillExtractor } from '../src/skills/extract-skills.js';
import { readPosting, type DemandLevel } from '../src/skills/posting-levels.js';
import { evaluate, loadLabelledSet, SET_NAMES } from './fixtures/postings-labelled/labelled-set.js';

let catalog: SkillCatalog;
let extractor: SkillExtractor;
beforeAll(async () => {
  catalog = await loadSkills();
  extractor = createSkillExtractor(catalog);
});

const read = (text: string) => readPosting(extractor, catalog, text);
const levels = (text: string): Record<string, DemandLevel> => Object.fromEntries(read(text).skills.map((s) => [s.skill, s.level]));
const demands = (text: string) => read(text).demands.map((d) => `${d.skills.join('|')}:${d.level}`);

describe('the level a posting asks a skill at', () => {
  it.each<[string, string, DemandLevel]>([
    ['You will write SQL every day.', 'sql', 'required'],
    ['Must have 2+ years of Excel.', 'excel', 'required'],
    ['Familiarity with Tableau is a plus.', 'tableau', 'preferred'],
    ['Python would be nice to have.', 'python', 'preferred'],
    ['Bonus points for Jira.', 'jira', 'preferred'],
    ['Ideally you have used Salesforce.', 'salesforce', 'preferred'],
    ['Experience with Linux is desirable.', 'linux', 'preferred'],
    ['A Scrum background is preferred.', 'scrum', 'preferred'],
    // What the hire will learn is no demand: "a willingness to learn Git", "happy to learn Markdown and Git".
    ['Requirements: working knowledge of Markdown; willingness to learn Git; no coding required.', 'git', 'context'],
    ['Requirements: working knowledge of Markdown; willingness to learn Git; no coding required.', 'markdown', 'required'],
    ['Happy to learn Markdown and Git; we will show you how.', 'git', 'context'],
    ['SQL and a willingness to learn Python.', 'python', 'context'],
    ['Python is not required.', 'python', 'not-required'],
    ['No SQL experience needed.', 'sql', 'not-required'],
    ["We don't expect you to know Kubernetes.", 'kubernetes', 'not-required'],
    // An invitation taken back is not asked for; a preference that ranks stays one.
    ['Experience in the healthcare sector is welcome but not required.', 'healthcare', 'not-required'],
    ['Jira experience is welcome, but not needed.', 'jira', 'not-required'],
    ["Python would be a bonus but isn't essential.", 'python', 'preferred'],
    ['Tableau is welcome and a plus, but not required.', 'tableau', 'preferred'],
    // A ranking preference before "but not essential:" qualifies what follows it.
    ['Helpful but not essential: experience with ServiceNow.', 'servicenow', 'preferred'],
    ['Python is a plus but SQL is not required.', 'sql', 'not-required'],
    // What others use, and the employer's own product, are not asked of the hire.
    ['Model data in dbt so analysts can self-serve in Power BI.', 'power-bi', 'context'],
    ['Model data in dbt so analysts can self-serve in Power BI.', 'dbt', 'required'],
    ['Own the roadmap for payments in our iOS and Android app.', 'ios', 'context'],
    ["You'll learn Terraform from our platform team.", 'terraform', 'context'],
    ['We are a healthcare software company with 200 people.', 'healthcare', 'context'],
    ['We offer tuition reimbursement for AWS certifications.', 'aws', 'context'],
    ['All qualified applicants will receive consideration without regard to disability or veteran status.', 'military', 'context'],
  ])('%s -> %s is %s', (text, skill, level) => {
    expect(levels(text)[skill]).toBe(level);
  });

  it('reads each clause of a sentence on its own', () => {
    expect(levels('SQL is required, Python is a plus.')).toMatchObject({ sql: 'required', python: 'preferred' });
    expect(levels('You will use Excel daily, but Python is not required.')).toMatchObject({ excel: 'required', python: 'not-required' });
    expect(levels('Experience in Agile teams, ideally with Jira.')).toMatchObject({ agile: 'required', jira: 'preferred' });
  });

  it('reads the level of a section from its heading', () => {
    const posting = [
      'Data Analyst', '', 'Requirements:', '- SQL', '- Excel', '', 'Nice to have:', '- Python', '- Tableau', '',
      'Benefits', '- Paid Coursera plan with Google Data Analytics', '- Hybrid work', '',
      'About us:', 'We build Salesforce apps for banks.',
    ].join('\n');
    expect(levels(posting)).toMatchObject({ sql: 'required', excel: 'required', python: 'preferred', tableau: 'preferred', salesforce: 'context' });
  });

  it('a clause overrides its heading: a plus under requirements, not required under nice to have', () => {
    const posting = ['Requirements:', '- Power BI is a plus', '- Excel', '', 'Nice to have:', '- Python (not required)'].join('\n');
    expect(levels(posting)).toMatchObject({ 'power-bi': 'preferred', excel: 'required', python: 'not-required' });
  });

  it('counts an industry only when the posting asks for experience in it', () => {
    expect(levels('Our clients are healthcare providers across the state.').healthcare).toBe('context');
    expect(levels('2+ years of experience in healthcare.').healthcare).toBe('required');
    expect(levels('Background in retail is a plus.').retail).toBe('preferred');
  });

  it('keeps the phrase each level was read from', () => {
    const python = read('Requirements:\n- SQL\n\nPython is not required; we will teach you.').skills.find((s) => s.skill === 'python');
    expect(python).toEqual({ skill: 'python', level: 'not-required', phrase: 'Python is not required' });
  });
});

describe('what a posting demands', () => {
  it('only required and preferred skills are demands', () => {
    expect(demands('Excel is required. Python is not required. We offer free AWS training.')).toEqual(['excel:required']);
  });

  it('names a skill once: asked for alone, it is not also folded into an alternative', () => {
    expect(demands('Python is required. Python or R for the modelling work.')).toEqual(['python:required']);
  });
});

describe('the labelled postings (npm run bench:reading prints the detail)', () => {
  // The floor reached, per set: it may only rise. Targets (issue #16): precision 90%,
  // required-recall 85%, no not-required skill reported, at most 1 context skill per 20 postings.
  // Recall is held back by the vocabulary (skills named in other words), not by the levels.
  it.each([
    ['tuning', { precision: 0.95, requiredRecall: 0.9, notRequired: 0 }],
    ['held-out', { precision: 0.95, requiredRecall: 0.85, notRequired: 0 }],
    // Written after tuning and scored once blind: 98.7% precision, 80.5% required-recall.
    ['held-out-2', { precision: 0.95, requiredRecall: 0.88, notRequired: 0 }],
    // Written before the issue-16 vocabulary and scored once blind: 95.5% precision, 78.5% required-recall.
    ['held-out-3', { precision: 0.95, requiredRecall: 0.83, notRequired: 0 }],
    // Written after held-out-3's last fix and scored once blind: 94.0% precision, 74.5% required-recall, 3 context reported.
    ['held-out-4', { precision: 0.95, requiredRecall: 0.85, notRequired: 0 }],
    // Technical writers and network administrators (issue 17), scored once: 96.6% precision, 89.6% required-recall,
    // 2 context reported (the employer's accounting product, "our helpdesk team"): above target, held where it is, not tuned on.
    ['held-out-5', { precision: 0.95, requiredRecall: 0.88, notRequired: 0, context: 2 }],
    // Product managers, SOC analysts and health informatics (persona runs of Marisol and Dev): scored once at 94.4%
    // precision, 83.0% required-recall, one alternative split; two misses' causes fixed since (not blind).
    ['held-out-6', { precision: 0.94, requiredRecall: 0.84, notRequired: 0, context: 0, postings: 6 }],
    // Twelve roles written by a helper who never saw the rules: scored once blind at 95.8% precision, 77.1%
    // required-recall, 1 not-required and 4 context reported; its misses' causes were fixed since (not blind).
    ['held-out-7', { precision: 0.97, requiredRecall: 0.93, notRequired: 0, context: 0, postings: 12 }],
  ] as const)('%s set', (name, floor) => {
    const { overall } = evaluate(loadLabelledSet(name), extractor, catalog);
    expect(overall.postings).toBeGreaterThanOrEqual('postings' in floor ? floor.postings : 9);
    expect(overall.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(overall.requiredRecall).toBeGreaterThanOrEqual(floor.requiredRecall);
    expect(overall.notRequiredReported).toBeLessThanOrEqual(floor.notRequired);
    expect(overall.contextReported).toBeLessThanOrEqual('context' in floor ? floor.context : Math.ceil(overall.postings / 20));
  });

  it('cover at least 45 postings over at least 9 roles, every label a known skill', () => {
    const postings = SET_NAMES.flatMap((name) => loadLabelledSet(name).postings);
    expect(postings.length).toBeGreaterThanOrEqual(45);
    expect(new Set(postings.map((p) => p.role)).size).toBeGreaterThanOrEqual(9);
    const unknown = postings.flatMap((p) => Object.keys(p.labels).filter((id) => !catalog.byId.has(id)).map((id) => `${p.id}: ${id}`));
    expect(unknown).toEqual([]);
  });
});

describe('what a posting accepts in place of a demand, and a category named by its products', () => {
  it('reads backgrounds a posting also accepts as context, not as demands of their own', () => {
    const text = 'Requirements:\n- 3+ years of product management, or a background in marketing, data analysis or engineering\n- 5 years of project management or closely related experience (business analysis, operations)';
    const got = levels(text);
    expect(got['product-management']).toBe('required');
    expect(got['project-management']).toBe('required');
    for (const skill of ['marketing', 'data-analysis', 'business-analysis']) expect(got[skill], skill).toBe('context');
    // Without the "or", a background is asked for.
    expect(levels('Requirements:\n- A background in data analysis')['data-analysis']).toBe('required');
  });

  it('makes a category with its products in a bracket one demand, and product analytics tools one skill', () => {
    // The products are examples of the category: one SIEM demand, which Splunk (a SIEM) meets.
    expect(demands('Requirements:\n- Monitor alerts in a SIEM (Splunk or Microsoft Sentinel)')).toEqual(['siem:required']);
    expect(demands('Requirements:\n- Experience with a SIEM (QRadar or Splunk)')).toEqual(['siem:required']);
    // "CI/CD (Jenkins or GitHub Actions)": one CI/CD demand, never "CI/CD or Jenkins".
    expect(demands('Must have: Terraform, Linux, CI/CD (Jenkins or GitHub Actions), scripting in Python or PowerShell.')).toContain('ci-cd:required');
    expect(demands('Must have: CI/CD (Jenkins or GitHub Actions).')).toEqual(['ci-cd:required']);
    expect(demands('Requirements:\n- Hands-on with Amplitude or Mixpanel')).toEqual(['product-analytics:required']);
    // Every item of a bracket after a broad skill is its example: firewalls in "Networking basics (DNS, firewalls, VPN)"
    // are networking, wherever in the bracket, never a firewall demand of their own.
    expect(demands('Requirements:\n- Networking basics (DNS, firewalls, VPN)')).toEqual(['networking:required']);
    expect(demands('Requirements:\n- Networking fundamentals (TCP/IP, VPN and firewalls)')).toEqual(['networking:required']);
    expect(demands('Requirements:\n- Firewalls and networking')).toEqual(['firewalls:required', 'networking:required']);
    // Two skills of no common kind in a bracket are each asked: "Linux (Python scripting)".
    expect(demands('Requirements:\n- Linux administration (Python scripting)')).toEqual(['linux:required', 'python:required']);
  });

  it('reads what qualifies the job title as the team or product, and SOC and interoperability work said as work', () => {
    const title = levels('Senior Product Manager - B2B SaaS (Workflow Automation)\nYou will own the roadmap.');
    expect(title['process-automation']).toBe('context');
    expect(levels('Data Analyst\nWe need SQL.')['sql']).toBe('required');
    const soc = levels('You will watch alerts, review Windows event logs, perform incident triage and escalate suspicious activity.');
    for (const skill of ['security-operations', 'log-analysis', 'incident-response']) expect(soc[skill], skill).toBe('required');
    expect(levels('Requirements:\n- Knowledge of HL7 or FHIR interfaces')['healthcare-interoperability']).toBe('required');
  });
});

describe('what a posting asks besides skills: a portfolio, and credentials by name', () => {
  it('reads a portfolio the posting asks to see, at its level, and never as a skill demand', () => {
    expect(read('UX Designer\nRequirements: Figma, prototyping.\nPortfolio required.').portfolio).toEqual({ level: 'required', phrase: 'Portfolio required.' });
    expect(read('Must have: Figma. Please include a portfolio with your application.').portfolio?.level).toBe('required');
    expect(read('Requirements: HTML, CSS.\nNice to have:\n- A portfolio of side projects').portfolio?.level).toBe('preferred');
    // The employer's or a product's portfolio is not the applicant's work.
    expect(read('You will manage a portfolio of 40 projects using project portfolio management tools.').portfolio).toBeUndefined();
    expect(read('Our portfolio companies run on AWS.').portfolio).toBeUndefined();
    expect(read('Portfolio required. Figma.').demands.every((d) => d.skills.every((s) => catalog.byId.has(s)))).toBe(true);
  });

  it('reads a credential named in a posting as a credential, not as the skill words in its name', () => {
    // "Security+ or CISA preferred" asks for credentials (read by posting-credentials.ts), not for Cybersecurity.
    expect(levels('GRC Analyst. Requirements: NIST CSF or ISO 27001, risk assessments. Security+ or CISA preferred.')['information-security']).toBeUndefined();
    expect(levels('Help desk. Must have: Windows. CompTIA A+ a plus.')).not.toHaveProperty('information-security');
    expect(levels('Requirements: ISC2 Certified in Cybersecurity or Google Cybersecurity Certificate.')['information-security']).toBeUndefined();
    // "or equivalent knowledge" asks for what the credential certifies.
    expect(levels('Must have:\n- Security+ or equivalent knowledge')['information-security']).toBe('required');
    // Cybersecurity asked in words of its own still counts.
    expect(levels('Requirements: a grounding in cybersecurity. Security+ preferred.')['information-security']).toBe('required');
  });
});

describe('the employer and the teams beside the hire are context', () => {
  it('reads what the employer, by its name, says it does as context', () => {
    expect(levels('Junior Technical Writer - Ledgerline\nLedgerline builds accounting software for small firms.\nWhat you\'ll need\n- Markdown and Git')['accounting']).toBe('context');
    // A sentence about the hire still asks: "You build dashboards in Tableau".
    expect(levels('You build dashboards in Tableau for the sales team.')['tableau']).toBe('required');
  });

  it('reads a team the hire works beside as context, not a demand', () => {
    expect(levels('You\'ll work closely with our helpdesk team and on-site cabling contractors.')['technical-support']).toBe('context');
    expect(levels('Requirements: help desk experience.')['technical-support']).toBe('required');
  });
});

describe('work a posting words as a duty, and what it says about itself (held-out-7 causes)', () => {
  it('reads reporting, troubleshooting, data modelling and process automation said with words between verb and object', () => {
    expect(levels('Prepare a weekly sales performance report for regional managers.')['reporting']).toBe('required');
    expect(levels('Report project status to the steering group each month.')['reporting']).toBe('required');
    expect(levels('Diagnose laptop, phone and docking station faults on site.')['troubleshooting']).toBe('required');
    expect(levels('Model customer and order data in Snowflake.')['data-modeling']).toBe('required');
    expect(levels('Automate invoice approvals and supplier onboarding.')['process-automation']).toBe('required');
    // A bug report is testing, a reporting line is no report, models trained on data are no data model, and a
    // script that automates chores is scripting.
    expect(levels('Write clear bug reports in Jira.')['reporting']).toBeUndefined();
    expect(levels('This role reports directly to the Head of IT.')['reporting']).toBeUndefined();
    expect(levels('Train models on customer data.')['data-modeling']).toBeUndefined();
    expect(levels('Use PowerShell for automating routine tasks.')['process-automation']).toBeUndefined();
  });

  it("reads flows as Salesforce Flow only in a Salesforce posting", () => {
    expect(levels('Salesforce Administrator\nRequirements:\n- Build and test screen flows for the service team')['salesforce-flow']).toBe('required');
    expect(levels('Build flows in Power Automate.')['salesforce-flow']).toBeUndefined();
  });

  it("reads the employer's own project, told as news by its name, as context", () => {
    const got = levels('Northwind Foods (40 depots) is migrating its finance reporting from Oracle to SAP.\nRequirements:\n- Excel');
    expect(got['sap']).toBe('context');
    expect(got['reporting']).toBe('context');
    expect(got['excel']).toBe('required');
  });

  it('reads an industry offered as another way in, and backgrounds the employer has hired from, as context', () => {
    expect(levels('Requirements:\n- 2+ years in customer success or account management, or retail experience')['retail']).toBe('context');
    expect(levels('Requirements:\n- Retail experience')['retail']).toBe('required');
    const hired = levels('Requirements:\n- Strong testing skills from any field (we have hired from hospitality and teaching before)');
    expect(hired['hospitality']).toBe('context');
    expect(hired['education']).toBe('context');
  });

  it('reads a business analysis qualification as a credential, and the work done as a business analyst as the skill', () => {
    expect(levels('Desirable: BCS Certificate in Business Analysis Practice')['business-analysis']).toBeUndefined();
    expect(levels('Requirements:\n- Two years of experience as a business analyst')['business-analysis']).toBe('required');
  });

  it('keeps an industry the posting says is not essential out of demand, while its clinical systems stay preferred', () => {
    const got = levels('Desirable:\n- Knowledge of clinical systems such as Cerner\n\nExperience in healthcare is not essential.');
    expect(got['health-informatics']).toBe('preferred');
    expect(got['healthcare']).toBe('not-required');
  });

  it.each<[string, string]>([
    ['Query billing data in our Snowflake data warehouse.', 'data-warehousing'],
    ['Query billing data in our Snowflake data warehouse.', 'snowflake'],
    ['Two years in an analytical role.', 'data-analysis'],
    ['Present what you find to the leadership team.', 'presentation-skills'],
    ['Sketch and prototype new checkout journeys.', 'prototyping'],
    ['Keep landing pages optimized for search.', 'seo'],
    ['Able to juggle multiple client accounts.', 'time-management'],
    ['Coach the team in Kanban.', 'mentoring'],
    ['Exposure to waterfall delivery.', 'waterfall'],
    ['Help manage the change for 200 users.', 'change-management'],
    ['Work with analysts to shape the data model.', 'collaboration'],
    ['Capture customer requirements before each release.', 'requirements-gathering'],
    ['Set up SSO and user permissions for new apps.', 'identity-access-management'],
    ['Understanding of how software is hosted in the cloud.', 'cloud-computing'],
    ['Three years as a DBA.', 'database-administration'],
    ['Experience in construction is desirable.', 'construction'],
  ])('reads %j as %s', (text, skill) => {
    expect(['required', 'preferred']).toContain(levels(text)[skill]);
  });
});

describe('years in a role, field or industry: an experience demand, never a skill gap', () => {
  const experience = (text: string) => read(text).demands.filter((d) => d.experience).map((d) => `${d.skills.join('|')}:${d.level}`);
  const skillsAsked = (text: string) => read(text).demands.filter((d) => !d.experience).map((d) => d.skills.join('|'));

  it('reads the backgrounds of a years clause as one demand any of them meets, an industry among them', () => {
    expect(experience('Requirements:\n- 3+ years experience in business analysis, operations or banking')).toEqual(['business-analysis|finance:required']);
    expect(experience('Requirements:\n- 1-2 years in software testing or QA')).toEqual(['software-testing:required']);
    expect(experience('- 1-2 years of desktop support or help desk experience')).toEqual(['technical-support:required']);
    expect(experience('- Business analysis experience (2+ years)')).toEqual(['business-analysis:required']);
  });

  it('reads "0-2 years" in a field as no minimum: no experience demand, while a tool in it stays a skill to learn', () => {
    expect(experience('Requirements: 0-2 years in IT or security, basic understanding of networking')).toEqual([]);
    expect(experience('- Help desk experience (0 to 2 years)')).toEqual([]);
    expect(experience('- Help desk experience (1 to 2 years)')).toEqual(['technical-support:required']);
    expect(experience('Requirements:\n- 1-2 years in software testing or QA')).toEqual(['software-testing:required']);
    expect(read('Requirements:\n- 0-2 years as a SQL Server DBA').demands.some((d) => d.skills.includes('sql-server'))).toBe(true);
  });

  it('reads years as the role and in an industry as two experience asks, the industry a demand only there', () => {
    expect(experience('What we are looking for:\n- 2-4 years as a business analyst or similar role in financial services')).toEqual(['business-analysis:required', 'finance:required']);
    // Without a count of years or an ask for experience, an industry is where the work is, not a demand.
    expect(levels('We build software for financial services firms.')['finance']).toBe('context');
  });

  it('keeps a tool named in a years clause a skill to learn, and years of a skill a skill demand', () => {
    const dba = read('Requirements:\n- 3+ years as a SQL Server DBA');
    expect(dba.demands.find((d) => d.skills.includes('sql-server'))?.experience).toBeUndefined();
    expect(dba.demands.find((d) => d.skills.includes('database-administration'))?.experience).toBe(true);
    expect(experience('Requirements:\n- 2+ years of SQL\n- 2+ years of experience with Python and Tableau')).toEqual([]);
    expect(skillsAsked('Requirements:\n- 2+ years of experience with Python and Tableau')).toEqual(['python', 'tableau']);
  });

  it('keeps a years ask apart from the same skill asked as work, and the level as the posting says it', () => {
    const both = read('Responsibilities:\n- Lead business analysis for the payments team\nNice to have:\n- 2+ years as a business analyst');
    expect(both.demands.map((d) => `${d.skills.join('|')}:${d.level}:${d.experience ? 'experience' : 'skill'}`)).toEqual([
      'business-analysis:required:skill',
      'business-analysis:preferred:experience',
    ]);
  });
});

describe('a kind named beside one of its members: "Azure or another cloud platform"', () => {
  it('is one demand that any skill of the kind meets, with the member asked elsewhere folded into it', () => {
    expect(demands('Qualifications:\n- Experience with Azure (Data Factory, Blob Storage) or another cloud platform')).toEqual(['azure|cloud-computing:required']);
    expect(demands('Requirements:\n- AWS or another major cloud provider is a plus')).toEqual(['aws|cloud-computing:preferred']);
    const posting = 'Responsibilities: develop pipelines in Azure Data Factory; load data into BigQuery or Azure Synapse.\nQualifications:\n- Experience with Azure or another cloud platform';
    expect(demands(posting)).toEqual(['azure|cloud-computing:required']);
  });

  it('a preferred kind asked firmly for one member elsewhere is required', () => {
    expect(demands('You will deploy to Azure every week.\nNice to have: Azure or another cloud platform.')).toEqual(['azure|cloud-computing:required']);
  });

  it('leaves two named vendors as they are: "AWS or Azure" is no open kind', () => {
    expect(demands('Requirements: AWS. Nice to have: AWS or Azure.')).toEqual(['aws:required']);
  });

  it('reads what built data serves as context: "data models for reporting" asks for data modelling, not reporting', () => {
    const got = levels('Responsibilities: build data models for reporting; design pipelines that feed analytics.');
    expect(got['data-modeling']).toBe('required');
    expect(got['reporting']).toBe('context');
    // Reporting asked as the hire's own work stays a demand.
    expect(levels('Responsibilities: build monthly reporting for the finance team.')['reporting']).toBe('required');
  });
});

describe('marketing work a posting words as duties (Grace)', () => {
  it('reads running the social channels as social media marketing and a content calendar as content marketing', () => {
    const got = levels('Responsibilities: manage our social media channels (Facebook, Instagram, LinkedIn) and keep a monthly content calendar.');
    expect(got['social-media-marketing']).toBe('required');
    expect(got['content-marketing']).toBe('required');
  });

  it('reads Meta as an ad platform only where ads or campaigns are the subject', () => {
    expect(levels('Responsibilities: plan and run paid campaigns in Google Ads and Meta.')['social-media-marketing']).toBe('required');
    expect(levels('Requirements: for our ad campaigns, write landing page Meta descriptions.')['social-media-marketing']).toBeUndefined();
    expect(levels('We are Meta partners. Requirements: SQL and Python.')['social-media-marketing']).toBeUndefined();
    expect(levels('Requirements: follow us on our social media channels; SQL.')['social-media-marketing']).toBeUndefined();
  });
});

describe('what a word means by what is around it: an A/B test, leadership, Epic, an OT network', () => {
  it('reads A/B tests of a page or an email as conversion work, and A/B tests among statistics as none', () => {
    expect(levels('Responsibilities: run A/B tests on landing pages and email subject lines.')['conversion-rate-optimization']).toBe('required');
    expect(levels('Requirements: basic statistics (averages, distributions, A/B tests).')['conversion-rate-optimization']).toBeUndefined();
    expect(levels('Nice to have: Kubernetes, Airflow, experience with A/B testing.')['conversion-rate-optimization']).toBeUndefined();
    // Beside the web's analytics (a UX or marketing posting), A/B testing on its own tests pages and designs.
    expect(levels('Nice to have: A/B testing, Google Analytics, HTML/CSS basics.')['conversion-rate-optimization']).toBe('preferred');
  });

  it('reads leadership named as the people a report is for as no skill asked, and leading a team as one', () => {
    expect(levels('Responsibilities: build dashboards for executive leadership; SQL.')['leadership']).toBeUndefined();
    expect(levels('Requirements: proven leadership skills and SQL.')['leadership']).toBe('required');
  });

  it('reads Epic capitalised as the hospital record system, and an agile Jira Epic as none', () => {
    expect(levels('Requirements: support Epic clinical documentation workflows.')['health-informatics']).toBe('required');
    expect(levels('Requirements: break each Jira Epic into user stories with the team.')['health-informatics']).toBeUndefined();
  });

  it('reads a short bullet beside its list: "- Spark is a plus" is Apache Spark, preferred', () => {
    expect(levels('Qualifications:\n- Strong SQL and Python\n- Spark is a plus')['spark']).toBe('preferred');
  });

  it('reads segmentation and the Purdue model as network security and IEC 62443 as a security framework', () => {
    const got = levels('Requirements: understanding of the Purdue model and network segmentation between IT and OT. Familiarity with IEC 62443.');
    expect(got['network-security']).toBe('required');
    expect(got['security-frameworks']).toBe('required');
  });
});


describe('a way of working named with the tool it is done with', () => {
  it('is one demand for the tool: "infrastructure as code with Terraform"', () => {
    expect(demands('Requirements: infrastructure as code with Terraform.')).toEqual(['terraform:required']);
    expect(demands('Requirements: 2+ years with Linux, infrastructure as code using Terraform.')).toEqual(['linux:required', 'terraform:required']);
  });

  it('quotes an experience ask without the section label its line starts with', () => {
    const quoted = (text: string) => read(text).demands.filter((d) => d.experience).map((d) => d.phrase);
    expect(quoted('What you bring: 2+ years in a SOC or security operations role; working knowledge of Linux.')[0]).toMatch(/^2\+ years in a SOC/);
    expect(quoted('Requirements: 3 years as a business analyst.')[0]).toMatch(/^3 years as a business analyst/);
    expect(quoted('Qualifications - 2+ years in IT support or help desk.')[0]).toMatch(/^2\+ years in IT support/);
    expect(quoted("What you'll need: 4+ years of experience in healthcare.")[0]).toMatch(/^4\+ years of experience in healthcare/);
    // Not a label: the words that say what the years are in stay.
    expect(quoted('Help desk experience: 2+ years in IT support.')[0]).toMatch(/^Help desk experience/);
  });

  it('stays two demands for a language named with a library: "Python with scikit-learn"', () => {
    expect(demands('Requirements: Python with scikit-learn.')).toEqual(['python:required', 'scikit-learn:required']);
  });
});
