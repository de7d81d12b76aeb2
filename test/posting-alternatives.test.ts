import { beforeAll, describe, expect, it } from 'vitest';
import { loadSkills, type SkillCatalog } from '../src/data/load-data.js';
import { createSkillExtractor, type SkillExtractor } from '../src/skills/extract-skills.js';
import { readPosting } from '../src/skills/posting-levels.js';

// posting-alternatives.ts groups the mentions readPosting has levelled; read through readPosting, which builds them.
let catalog: SkillCatalog;
let extractor: SkillExtractor;
beforeAll(async () => {
  catalog = await loadSkills();
  extractor = createSkillExtractor(catalog);
});

const read = (text: string) => readPosting(extractor, catalog, text);
const demands = (text: string) => read(text).demands.map((d) => `${d.skills.join('|')}:${d.level}`);
const experience = (text: string) => read(text).demands.filter((d) => d.experience).map((d) => `${d.skills.join('|')}:${d.level}`);

describe('which demands of a posting are one: alternatives any of which meets it', () => {
  it('joins alternatives into one demand', () => {
    expect(demands('Experience with Tableau or Power BI.')).toEqual(['tableau|power-bi:required']);
    expect(demands('Hands-on with AWS, Azure or GCP is a plus.')).toEqual(['aws|azure|google-cloud:preferred']);
    // "for analysis" is data analysis, asked for beside the pair.
    expect(demands('Python or R for analysis.')).toEqual(['python|r:required', 'data-analysis:required']);
    expect(demands('Tableau/Power BI dashboards.')).toEqual(['tableau|power-bi:required', 'dashboards:required']);
    // The "or" may lead to a tool the catalog does not know.
    expect(demands('A BI tool such as Power BI, Tableau or Qlik.')).toEqual(['power-bi|tableau:required']);
  });

  it('does not join skills that are asked for together', () => {
    expect(demands('SQL and Python.')).toEqual(['sql:required', 'python:required']);
    expect(demands('HTML/CSS and JavaScript.')).toEqual(['html:required', 'css:required', 'javascript:required']);
    // Excel is asked for on its own; only the two BI tools are alternatives.
    expect(demands('Excel, Tableau or Power BI.')).toEqual(['excel:required', 'tableau|power-bi:required']);
    // "or similar" softens the last item; it makes nothing an alternative.
    expect(demands('Excel, SQL, Python or similar.')).toEqual(['excel:required', 'sql:required', 'python:required']);
  });

  it('groups roles listed before "or a similar role" into one demand', () => {
    expect(demands('Requirements:\n- 2 years in business analysis, project management, or a similar role')).toEqual(['business-analysis|project-management:required']);
  });

  it('reads one product in a bracket after its kind as the kind, named by example', () => {
    expect(demands('Requirements:\n- Hands-on time in our SIEM (Splunk)')).toEqual(['siem:required']);
    expect(demands('Responsibilities:\n- Monitor and triage security alerts in our SIEM (Splunk)')).not.toContain('splunk:required');
    expect(demands('Requirements:\n- Experience administering a CRM (such as Salesforce)')).toEqual(['crm:required']);
    expect(demands('Nice to have: a SIEM (such as Splunk)')).toEqual(['siem:preferred']);
    // A language and its library, or a platform and its service, are each asked for.
    expect(demands('Requirements:\n- Python (pandas)')).toEqual(['python:required', 'pandas:required']);
    // A product of no kind the bracket's head is: both are asked.
    expect(demands('Requirements:\n- Linux administration (Splunk)')).toEqual(['linux:required', 'splunk:required']);
    // The bracket must close on the product: "SIEM (Splunk dashboards)" says more than an example.
    expect(demands('Requirements:\n- SIEM (Splunk dashboards and Python)')).toContain('python:required');
  });

  it('never joins "X or similar role in <industry>": the industry qualifies the role', () => {
    expect(experience('- 3+ years as a business analyst or similar role in healthcare')).toEqual(['business-analysis:required', 'healthcare:required']);
  });
});
