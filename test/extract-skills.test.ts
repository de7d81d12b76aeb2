import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSkills, type SkillCatalog } from '../src/data/load-data.js';
import { createSkillExtractor, type SkillExtractor, type SkillLevel, type SkillMention } from '../src/skills/extract-skills.js';

let catalog: SkillCatalog;
let extractor: SkillExtractor;

beforeAll(async () => {
  catalog = await loadSkills();
  extractor = createSkillExtractor(catalog);
});

const extract = (text: string): SkillMention[] => extractor.extract(text);
const direct = (text: string): string[] => extract(text).filter((m) => !m.inferredFrom).map((m) => m.skill);
const ids = (text: string): string[] => extract(text).map((m) => m.skill);
const mention = (text: string, skill: string): SkillMention | undefined => extract(text).find((m) => m.skill === skill);
const posting = (name: string): Promise<string> => readFile(new URL(`./fixtures/postings/${name}`, import.meta.url), 'utf8');

interface PostingCase {
  file: string;
  direct: string[];
  inferred: string[];
  /** Skills whose forms appear inside other words or phrases of the posting and must not be found. */
  traps?: string[];
  levels?: Record<string, SkillLevel>;
  years?: Record<string, number>;
}

const POSTINGS: PostingCase[] = [
  {
    file: 'prose-data-analyst.txt',
    direct: ['sql', 'postgresql', 'dashboards', 'tableau', 'retail', 'data-analysis', 'marketing', 'excel', 'spreadsheets', 'python', 'pandas', 'statistics', 'attention-to-detail', 'communication', 'storytelling', 'google-analytics', 'education', 'hospitality', 'finance', 'stakeholder-management', 'presentation-skills'],
    // Google Analytics is a product analytics tool as well as a web analytics one.
    inferred: ['data-visualization', 'microsoft-office', 'web-analytics', 'product-analytics'],
    levels: { statistics: 'intermediate', 'attention-to-detail': 'advanced', 'google-analytics': 'basic' },
    years: { sql: 2 },
  },
  {
    file: 'bullets-it-support.txt',
    direct: ['technical-support', 'windows', 'macos', 'mobile-devices', 'active-directory', 'servicenow', 'documentation', 'computer-hardware', 'networking', 'powershell', 'customer-service', 'retail', 'hospitality', 'itil', 'troubleshooting', 'microsoft-office'],
    inferred: ['operating-systems', 'identity-access-management'],
    traps: ['azure', 'go'],
    levels: { networking: 'basic', powershell: 'basic', itil: 'basic' },
  },
  {
    file: 'html-job-board.txt',
    direct: ['looker-studio', 'marketing', 'reporting', 'data-analysis', 'sem', 'social-media-marketing', 'google-analytics', 'google-tag-manager', 'google-ads', 'conversion-rate-optimization', 'web-analytics', 'excel', 'sql', 'hubspot', 'salesforce'],
    inferred: ['spreadsheets', 'microsoft-office', 'crm', 'data-visualization', 'product-analytics'],
    levels: { excel: 'advanced' },
  },
  {
    file: 'markdown-frontend.txt',
    direct: ['typescript', 'react', 'nodejs', 'aws', 'css', 'ci-cd', 'html', 'javascript', 'vuejs', 'git', 'github', 'accessibility', 'figma', 'prototyping', 'software-testing', 'rest-api'],
    inferred: ['cloud-computing'],
    traps: ['go', 'bootstrap'],
    levels: { html: 'intermediate', react: 'basic', git: 'basic' },
  },
  {
    file: 'all-caps-requirements.txt',
    direct: ['logistics', 'excel', 'sql', 'sap', 'erp', 'attention-to-detail', 'power-bi', 'dashboards', 'python'],
    inferred: ['spreadsheets', 'microsoft-office', 'data-visualization'],
    traps: ['go'],
    levels: { excel: 'advanced', sql: 'intermediate', python: 'basic' },
    years: { logistics: 2 },
  },
  {
    file: 'linkedin-paste.txt',
    direct: ['requirements-gathering', 'process-mapping', 'visio', 'stakeholder-management', 'agile', 'scrum', 'jira', 'confluence', 'sql', 'data-cleaning', 'finance', 'business-analysis'],
    inferred: ['documentation'],
    levels: { sql: 'advanced' },
  },
  { file: 'one-liner.txt', direct: ['excel', 'sql', 'tableau'], inferred: ['spreadsheets', 'microsoft-office', 'data-visualization'], levels: { sql: 'basic' } },
  { file: 'german-posting.txt', direct: ['reporting', 'power-bi', 'sql', 'python', 'excel', 'sap'], inferred: ['data-visualization', 'spreadsheets', 'microsoft-office', 'erp'] },
  {
    file: 'systems-c-cpp-csharp.txt',
    direct: ['c', 'cpp', 'csharp', 'dotnet', 'linux', 'git', 'bash', 'python', 'software-testing'],
    inferred: ['operating-systems'],
    years: { c: 3, cpp: 3 },
  },
  {
    file: 'traps.txt',
    // "work closely with R&D" is collaboration; R is not R. Google Workspace is the tool the hire lives in, not Google Cloud.
    direct: ['communication', 'collaboration', 'google-workspace'],
    inferred: [],
    traps: ['r', 'go', 'c', 'excel', 'react', 'bootstrap', 'outlook', 'spring', 'networking', 'dotnet', 'google-cloud', 'spreadsheets'],
  },
  { file: 'slack-chat-answer.txt', direct: ['education', 'excel', 'data-analysis', 'r', 'tableau', 'sql'], inferred: ['spreadsheets', 'microsoft-office', 'data-visualization'], years: { sql: 2 } },
  {
    file: 'ux-designer.txt',
    direct: ['ux-design', 'figma', 'prototyping', 'ux-research', 'usability-testing', 'html', 'css', 'accessibility', 'illustrator', 'photoshop', 'healthcare', 'health-informatics', 'collaboration'],
    inferred: ['adobe-creative-cloud'],
    traps: ['excel'],
    levels: { figma: 'advanced', 'ux-research': 'advanced', css: 'intermediate', illustrator: 'basic', photoshop: 'basic' },
  },
];

describe('realistic postings', () => {
  it.each(POSTINGS)('$file', async (expected) => {
    const found = extract(await posting(expected.file));
    expect(new Set(found.filter((m) => !m.inferredFrom).map((m) => m.skill))).toEqual(new Set(expected.direct));
    expect(new Set(found.filter((m) => m.inferredFrom).map((m) => m.skill))).toEqual(new Set(expected.inferred));
    for (const trap of expected.traps ?? []) expect(found.map((m) => m.skill)).not.toContain(trap);
    const bySkill = new Map(found.map((m) => [m.skill, m]));
    for (const [skill, level] of Object.entries(expected.levels ?? {})) expect(bySkill.get(skill)?.level, skill).toBe(level);
    for (const [skill, years] of Object.entries(expected.years ?? {})) expect(bySkill.get(skill)?.years, skill).toBe(years);
  });

  it('are all known skill ids, and nothing is both direct and inferred', async () => {
    for (const { file } of POSTINGS) {
      const found = extract(await posting(file));
      for (const m of found) expect(catalog.byId.has(m.skill), m.skill).toBe(true);
      expect(new Set(found.map((m) => m.skill)).size).toBe(found.length);
    }
  });
});

describe('networking in a semicolon list', () => {
  it('counts a bare "networking" among skills split by semicolons, never networking events or networking with peers', () => {
    expect(direct('Requirements: SIEM experience; incident response; networking; Linux.')).toContain('networking');
    expect(direct('Nice to have: networking events with peers; networking with other teams; SQL.')).not.toContain('networking');
    expect(direct('We value networking. SQL required.')).not.toContain('networking');
  });

  it('reads an active clearance a posting requires, not one it sponsors', () => {
    expect(direct('- Active Secret clearance')).toContain('security-clearance');
    expect(direct('TS/SCI required')).toContain('security-clearance');
    expect(direct('Security clearance (SC) will be required; we will sponsor it.')).not.toContain('security-clearance');
  });
});

describe('network monitoring tools', () => {
  // A county network admin posting names its monitoring tool, not the word "monitoring" alone.
  it.each([
    ['monitor network health and alerts with SolarWinds', 'monitoring'],
    ['Nagios, Zabbix or PRTG for network monitoring', 'monitoring'],
  ])('reads %j as system monitoring', (text, skill) => {
    expect(direct(text)).toContain(skill);
  });

  it('does not read patient monitoring as system monitoring', () => {
    expect(direct('continuous patient monitoring on a cardiac ward')).not.toContain('monitoring');
  });
});

describe('customer-facing products', () => {
  it.each(['testing a customer-facing web application', 'you will maintain our client-facing portal', 'ship customer-facing mobile apps'])('%j is no demand for customer service', (text) => {
    expect(direct(text)).not.toContain('customer-service');
  });
  it.each(['2 years in a customer-facing role', 'customer-facing experience is a must'])('%j is one', (text) => {
    expect(direct(text)).toContain('customer-service');
  });
});

describe('tricky tokens', () => {
  it.each([
    ['Experience with C++ and Python', ['cpp', 'python']],
    ['Modern C++17 codebase', ['cpp']],
    ['C# developer', ['csharp']],
    ['C♯ and C-Sharp', ['csharp']],
    ['.NET Core services', ['dotnet']],
    ['ASP.NET MVC and VB.NET', ['dotnet']],
    ['REST APIs in Node.js', ['rest-api', 'nodejs']],
    ['Node and Express backend', ['nodejs']],
    ['Statistical analysis in R.', ['statistics', 'r']],
    ['Python, R, SQL', ['python', 'r', 'sql']],
    ['RStudio and ggplot2', ['r']],
    ['Backend services in Go', ['go']],
    ['Go, Rust and Python', ['go', 'python']],
    ['Golang microservices', ['go']],
    ['C/C++ firmware', ['c', 'cpp']],
    ['HTML/CSS', ['html', 'css']],
    ['Models in dbt on Snowflake, orchestrated with Airflow, charts in Looker', ['dbt', 'snowflake', 'airflow', 'data-visualization', 'looker']],
    ['Looker Studio reports, documented in Confluence', ['looker-studio', 'reporting', 'confluence']],
  ])('%s', (text, expected) => {
    expect(direct(text)).toEqual(expected);
  });

  it.each([
    ['Google Sheets and Google Workspace', ['spreadsheets', 'google-workspace']],
    ['CSS for the C-suite and C-level execs', ['css']],
    ['CRM and CSS', ['crm', 'css']],
    ['Save the planet', []],
    ['Our R&D team, R & D budget', []],
    ['Go-to-market strategy, go-live, go/no-go', []],
    ["Let's go! Go beyond.", []],
    ['Grade C, Plan C, USB-C, Vitamin C', []],
    ['We use Node.', []],
    ['a node in the graph', []],
    ['we go fast with Python', ['python']],
    ['Dr. C. Smith leads R&D', []],
    ['Notes: R', []],
    ['Trained in DBT and CBT with clients', []],
    ['Airflow checks on HVAC units', []],
    ['A star or Snowflake schema', []],
    ['a confluence of factors', []],
    // Issue 17: what a technical writer's posting names, and Cisco's IOS apart from Apple's.
    ['Write in Markdown, publish with MkDocs, keep the API reference in OpenAPI', ['markdown', 'docs-as-code', 'api-documentation']],
    ['Follow the Chicago Manual of Style and our house style', ['style-guides']],
    ['Configure Cisco IOS switches; test our iOS app', ['cisco-ios', 'ios']],
    ['our brand style guide', []],
  ])('%s', (text, expected) => {
    expect(direct(text)).toEqual(expected);
  });

  it('finds C++, C# and .NET once each, never C inside them', () => {
    const found = extract('C++ and C# on .NET; more C++ later');
    expect(found.map((m) => [m.skill, m.count])).toEqual([
      ['cpp', 2],
      ['csharp', 1],
      ['dotnet', 1],
    ]);
  });

  it('prefers the longest form: Azure AD is Active Directory, Google Data Analytics is not Google Analytics', () => {
    expect(direct('Azure AD and Microsoft Azure')).toEqual(['active-directory', 'azure']);
    expect(direct('Google Data Analytics certificate')).toEqual(['data-analysis']);
    expect(direct('Spark SQL')).toEqual(['spark']);
  });

  it('counts Excel with exact case, or in a line all in one case', () => {
    expect(direct('Advanced Excel; we excel at service')).toEqual(['excel']);
    expect(direct('I know excel and SQL')).toEqual(['sql']);
    expect(direct('i know excel and sql')).toEqual(['excel', 'sql']);
    expect(direct('SKILLS: EXCEL, SQL')).toEqual(['excel', 'sql']);
    expect(direct('READY TO GO WITH SQL')).toEqual(['sql']);
    expect(direct('8 hr shifts in retail')).toEqual(['retail']);
  });
});

describe('levels and years', () => {
  it('reads a chat answer', () => {
    expect(extract('I know Excel, some SQL and I ran a team of 8')).toEqual([
      { skill: 'excel', count: 1 },
      { skill: 'sql', level: 'basic', count: 1 },
      { skill: 'people-management', count: 1 },
      { skill: 'spreadsheets', inferredFrom: 'excel', count: 1 },
      { skill: 'microsoft-office', inferredFrom: 'excel', count: 1 },
    ]);
  });

  it('does not read C in Objective-C', () => {
    expect(extract('Objective-C and Swift for iOS apps').map((m) => m.skill)).not.toContain('c');
  });

  it.each<[string, string, SkillLevel | undefined, number | undefined]>([
    ['5+ years of SQL', 'sql', undefined, 5],
    ['5+ years experience with Python', 'python', undefined, 5],
    ['three years of Python', 'python', undefined, 3],
    ['3-5 years of experience with Python', 'python', undefined, 3],
    ['SQL (3+ years)', 'sql', undefined, 3],
    ['I have used Python for five years', 'python', undefined, 5],
    ['Advanced Excel', 'excel', 'advanced', undefined],
    ['familiarity with Tableau', 'tableau', 'basic', undefined],
    ['working knowledge of SQL', 'sql', 'intermediate', undefined],
    ['Expert in Python', 'python', 'advanced', undefined],
    ['proficient in Java', 'java', 'advanced', undefined],
    ['Excel: expert', 'excel', 'advanced', undefined],
    ['SQL at an intermediate level', 'sql', 'intermediate', undefined],
    ['5+ years of strong SQL', 'sql', 'advanced', 5],
    ['advanced degree in statistics and experience with SQL', 'sql', undefined, undefined],
    ['advanced degree in statistics', 'statistics', undefined, undefined],
    ['5 years of experience as a teacher; SQL', 'sql', undefined, undefined],
    ['Excel for advanced reporting', 'excel', undefined, undefined],
  ])('%s', (text, skill, level, years) => {
    const found = mention(text, skill);
    expect(found).toBeDefined();
    expect(found?.level).toBe(level);
    expect(found?.years).toBe(years);
  });

  it('carries a level along a list: "Advanced: SQL, Python" and a header over bullets', () => {
    const found = extract('Advanced: SQL, Python and R\n\nBasic:\n- Excel\n- Tableau (dashboards)\n\nSome Java');
    const level = (skill: string) => found.find((m) => m.skill === skill)?.level;
    expect([level('sql'), level('python'), level('r')]).toEqual(['advanced', 'advanced', 'advanced']);
    expect([level('excel'), level('tableau'), level('java')]).toEqual(['basic', 'basic', 'basic']);
  });

  it('keeps the highest level and the largest years over several mentions', () => {
    const found = mention('Basic SQL for reports. 2 years of SQL. Later: advanced SQL, 5 years of SQL', 'sql');
    expect(found).toEqual({ skill: 'sql', level: 'advanced', years: 5, count: 4 });
  });
});

describe('broader skills', () => {
  it('infers sql from PostgreSQL', () => {
    expect(extract('PostgreSQL')).toEqual([
      { skill: 'postgresql', count: 1 },
      { skill: 'sql', inferredFrom: 'postgresql', count: 1 },
    ]);
  });

  it('lists directly named skills first, in order of first appearance, then inferred ones', () => {
    expect(ids('PyTorch, then Tableau and SQL, then Postgres')).toEqual(['pytorch', 'tableau', 'sql', 'postgresql', 'deep-learning', 'python', 'machine-learning', 'data-visualization']);
    expect(extract('PyTorch').find((m) => m.skill === 'machine-learning')?.inferredFrom).toBe('pytorch');
  });
});

describe('bad and odd input', () => {
  it.each(['', '   \n\t ', '🎉🚀✨', '<@U123> @here <#C1|general> <!channel>', '<br/><p></p>&nbsp;', '---\n***\n'])('returns nothing for %j', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('cleans HTML, entities, markdown, unicode punctuation and invisible characters', () => {
    expect(direct('<ul><li>Strong <b>SQL</b></li><li>Power&nbsp;BI &amp; DAX</li></ul>')).toEqual(['sql', 'power-bi', 'dax']);
    expect(direct('C&#43;&#43; and R&amp;D')).toEqual(['cpp']);
    expect(direct('**SQL**, `Python`, __Excel__ and C\\+\\+')).toEqual(['sql', 'python', 'excel', 'cpp']);
    expect(direct('go\u2011to\u2011market with Python; Py\u200Bthon\u2019s pandas')).toEqual(['python', 'pandas']);
    expect(direct('See https://careers.example.com/jobs/sql-analyst-python or <https://x.io/r|our Tableau page>')).toEqual(['tableau']);
  });

  it('reads tool names in other languages', () => {
    expect(direct('Kenntnisse in SQL und Python')).toEqual(['sql', 'python']);
    expect(direct('Conocimientos de SQL y Python; manejo avanzado de Excel')).toEqual(['sql', 'python', 'excel']);
  });

  it('handles a 50 KB paste', async () => {
    const one = await posting('prose-data-analyst.txt');
    const copies = Math.ceil(50_000 / one.length);
    const big = extract(`${one}\n\n`.repeat(copies));
    const single = extract(one);
    expect(big.map((m) => m.skill)).toEqual(single.map((m) => m.skill));
    expect(big.find((m) => m.skill === 'sql')?.count).toBe(copies * (single.find((m) => m.skill === 'sql')?.count ?? 0));
  });

  it.each([
    ['one long word', 'a'.repeat(50_000)],
    ['unclosed tags', '<a '.repeat(17_000)],
    ['entity starts', '&#'.repeat(25_000)],
    ['years without a skill', '5 years of '.repeat(4_600)],
    ['level words without a skill', 'advanced knowledge of '.repeat(2_300)],
    ['lone ambiguous forms', 'R\n'.repeat(25_000)],
    ['bullets without spaces', '•x\n'.repeat(16_000)],
  ])('stays correct on 50 KB of %s', (_name, text) => {
    expect(extract(text)).toEqual([]);
  });

  it('counts every item of a 50 KB list', () => {
    expect(extract('•SQL\n'.repeat(10_000))).toEqual([{ skill: 'sql', count: 10_000 }]);
  });
});

describe('product management said as a duty (persona run of Tanya)', () => {
  it.each([
    ['Prioritize the roadmap for your area with the Group PM'],
    ['Own and prioritize the product backlog in Jira'],
    ['You will prioritise our roadmap with design and engineering'],
    ['Experience prioritizing the product backlog for a scrum team'],
    ['Maintains the product backlog and works with stakeholders'],
  ])('reads "%s" as Product management', (line) => {
    expect(extract(line).map((m) => m.skill)).toContain('product-management');
  });

  it('does not read a backlog of tickets or orders as product management', () => {
    for (const line of ['Work through the ticket backlog each morning', 'Clear the order backlog before the weekend']) {
      expect(extract(line).map((m) => m.skill)).not.toContain('product-management');
    }
  });
});

describe('everyday words on their own topic', () => {
  it('reads a bare "analyse", "analysis" or "insight" as data analysis only beside data or a data tool', () => {
    expect(direct('Analyse weekly sales figures and flag anything unusual')).toContain('data-analysis');
    expect(direct('I analyze results in Excel for the lab')).toContain('data-analysis');
    expect(direct('Python or R for analysis')).toContain('data-analysis');
    expect(direct('Turn raw order data into insight for the operations lead')).toContain('data-analysis');
    expect(direct('Junior Data Analyst - Membership Insights')).toContain('data-analysis');
    expect(direct('Design, run and analyze experiments across onboarding and retention')).toContain('data-analysis');
  });

  it('does not read code, systems or design research analysed as data analysis', () => {
    expect(direct('- Analyze COBOL programs, JCL job streams and DB2 schemas to plan their migration to AWS')).not.toContain('data-analysis');
    expect(direct('Analyse existing Java services and document their dependencies')).not.toContain('data-analysis');
    expect(direct('- Turn insights into user flows, sketches and wireframes')).not.toContain('data-analysis');
    expect(direct('Share research insights with designers in Figma')).not.toContain('data-analysis');
    expect(direct('i do some analysis for the ops team')).not.toContain('data-analysis');
  });

  it('still counts the full phrases wherever they are', () => {
    expect(direct('Strong data analysis and stakeholder skills')).toContain('data-analysis');
    expect(direct('analyzing data for the design team')).toContain('data-analysis');
  });
});

describe('supervision', () => {
  it('reads supervising others as people management, not working under supervision', () => {
    expect(direct('Under general supervision, provide first-level technical support to teachers')).not.toContain('people-management');
    expect(direct('Works independently with minimal supervision on ServiceNow tickets')).not.toContain('people-management');
    expect(direct('Performs routine maintenance under the direct supervision of the network lead')).not.toContain('people-management');
    expect(direct('can troubleshoot printers without supervision')).not.toContain('people-management');
    expect(direct('shift supervision, rotas and hiring for a team of 12')).toContain('people-management');
    expect(direct('Supervision of two junior technicians')).toContain('people-management');
  });
});

describe('mainframe, ERP and licences', () => {
  it('reads COBOL, JCL and DB2 in a posting and a person, with mainframe and SQL behind them', () => {
    const bank = ids('5+ years of mainframe experience with COBOL, JCL and DB2');
    expect(bank).toEqual(expect.arrayContaining(['mainframe', 'cobol', 'jcl', 'db2', 'sql']));
    expect(mention('I have written cobol for thirty years and a great deal of DB2 SQL', 'sql')?.inferredFrom).toBeUndefined();
    expect(mention('Maintained Enterprise COBOL batch on z/OS', 'mainframe')?.inferredFrom).toBeUndefined();
    expect(mention('Maintained Enterprise COBOL batch', 'mainframe')?.inferredFrom).toBe('cobol');
  });

  it('reads NetSuite and other ERP systems, SAP among them', () => {
    expect(ids('Hands-on NetSuite experience (administrator or power user)')).toEqual(expect.arrayContaining(['netsuite', 'erp']));
    expect(mention('Experience with SAP S/4HANA', 'erp')?.inferredFrom).toBe('sap');
    expect(direct('i write sql queries against our erp to pull data')).toContain('erp');
    expect(direct('We moved finance onto Microsoft Dynamics 365 last year')).toContain('erp');
  });

  it('reads a CPA licence held or asked for, never the letters inside a word', () => {
    expect(direct('Accounting background; CPA a plus')).toContain('cpa');
    expect(direct('and i have my CPA')).toContain('cpa');
    expect(direct('Chartered Accountant (ICAEW), 12 years in audit')).toContain('cpa');
    expect(direct('our cpa firm clients')).not.toContain('cpa');
    expect(direct('Track CPAs and CPCs for paid campaigns')).not.toContain('cpa');
  });
});

describe('Wi-Fi however spelled', () => {
  it('reads wifi, WiFi and wireless networks as networking', () => {
    for (const text of ['i reset the wifi access points in the warehouse when they drop', 'Troubleshoot WiFi and VPN connectivity', 'Set up the office wireless network', 'WLAN design and surveys']) {
      expect(direct(text), text).toContain('networking');
    }
  });

  it('does not read Wi-Fi as a perk or a device joined to it as networking', () => {
    for (const text of ['Perks: free WiFi, snacks and a gym', 'setting them up on customers wifi', 'connect the tablets to the wifi each morning', 'I gave guests the Wi-Fi password', 'hooked the scanners up to the clinic wifi', 'put the tills on the store Wi-Fi']) {
      expect(direct(text), text).not.toContain('networking');
    }
  });
});

describe('a lower-case tool among its family', () => {
  it('reads a lower-case "illustrator" among other Adobe tools as Adobe Illustrator', () => {
    expect(direct('all in illustrator and photoshop and indesign')).toContain('illustrator');
    expect(direct('photoshop, illustrator, after hours mostly')).toContain('illustrator');
    expect(direct('Adobe Illustrator and Figma')).toContain('illustrator');
  });

  it('does not read the job, or a lone lower-case word, as the tool', () => {
    expect(direct('i worked as an illustrator and used photoshop')).not.toContain('illustrator');
    expect(direct('i was a book illustrator')).not.toContain('illustrator');
    expect(direct('the illustrator drew the cover')).not.toContain('illustrator');
    // R, Go and C have no family in the catalog: lower case stays out.
    expect(direct('i go to python meetups')).not.toContain('go');
  });
});

describe('leadership as the people a report goes to', () => {
  it('does not read reports for or to any group\'s leadership as Leadership', () => {
    for (const text of [
      'Analyze results and write reports for library leadership',
      'Prepare monthly briefings for the clinic leadership',
      'Present findings to the district leadership every quarter',
      'Send weekly updates to our plant leadership',
    ]) expect(direct(text), text).not.toContain('leadership');
  });

  it('still reads Leadership asked of the hire, even after "for"', () => {
    expect(direct('Responsible for team leadership and coaching of 5 analysts')).toContain('leadership');
    expect(direct('Strong leadership skills')).toContain('leadership');
    expect(direct('We need someone to show leadership on the project')).toContain('leadership');
  });
});

describe('users and permission sets in an application, not security', () => {
  it('reads a CRM administrator\'s users, profiles and permission sets as User administration, not IAM', () => {
    for (const text of ['Manage users, profiles, permission sets and roles for 85 staff', 'user management, profiles, roles and permission sets', 'Set up permissions and page layouts for the sales team']) {
      expect(direct(text), text).not.toContain('identity-access-management');
    }
    expect(direct('Manage users, profiles, permission sets and roles for 85 staff')).toContain('user-administration');
  });

  it('still reads permissions on the security topic as IAM', () => {
    expect(direct('Manage user permissions and access in Active Directory')).toContain('identity-access-management');
    expect(direct('Review user permissions and SSO for 400 staff')).toContain('identity-access-management');
    expect(direct('Audit permissions against least privilege')).toContain('identity-access-management');
  });
});

describe('skills career changers name in their own words', () => {
  it('reads designing or running a survey of the people served as User research', () => {
    for (const text of ["Last year I ran the branch's patron survey and wrote up the results", 'we designed a survey for museum visitors', 'Experience with survey design and analysis', 'I ran our annual visitor surveys']) {
      expect(direct(text), text).toContain('ux-research');
    }
    expect(direct('did the land survey for the new site')).not.toContain('ux-research');
  });

  it('reads a reminder or follow-up workflow someone built as Process automation', () => {
    for (const text of ['i built our patient reminder workflow (texts and emails before appointments)', 'set up automated reminders for the salon', 'I built automations in Zapier for our invoices']) {
      expect(direct(text), text).toContain('process-automation');
    }
    expect(direct('I call patients with appointment reminders')).not.toContain('process-automation');
  });

  it('reads keeping one\'s own kit going "when it acts up" as Troubleshooting, and not people acting up', () => {
    expect(direct('fix my own gps and dash cam setups when they act up')).toContain('troubleshooting');
    expect(direct('I reset the card machine when it plays up')).toContain('troubleshooting');
    expect(direct('I calm the kids when they act up')).not.toContain('troubleshooting');
    expect(direct('settling residents when they act up at night')).not.toContain('troubleshooting');
  });

  it('reads talking to or serving customers as Customer service', () => {
    expect(direct('I talk to customers on the phone every day')).toContain('customer-service');
    expect(direct('helping customers find the right part')).toContain('customer-service');
  });

  it('reads Shopify, Liquid and hosted site builders', () => {
    expect(direct('Build and customize Shopify themes and sections with Liquid, HTML, CSS and JavaScript')).toEqual(expect.arrayContaining(['shopify', 'liquid']));
    expect(direct('Experience with Shopify and Liquid')).toEqual(expect.arrayContaining(['shopify', 'liquid']));
    expect(direct('built our restaurant website on squarespace')).toContain('website-building');
    expect(direct('I made the shop a Wix site')).toContain('website-building');
    expect(direct('keep liquid nitrogen tanks topped up')).not.toContain('liquid');
    expect(direct('Liquid assets and cash flow forecasting')).not.toContain('liquid');
  });
});
