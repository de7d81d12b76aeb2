/** Three short postings for a data analyst, in the shapes people paste: prose with bullets, HTML, one line. */
export const POSTING_1 = `Data Analyst, Acme Health
What you'll do: build dashboards in Tableau and write SQL against our warehouse.
Requirements:
- 2+ years of SQL
- Advanced Excel
- Python (pandas) is a plus
- Excellent communication and stakeholder management`;
export const POSTING_2 = '<ul><li>Strong SQL</li><li>Power BI &amp; Excel</li><li>Experience with Python</li></ul>';
export const POSTING_3 = 'Junior analyst. Must know SQL and Tableau. Nice to have: R.';

/** Three project-manager postings in tech (a SaaS delivery role, a technical PM, IT infrastructure), for a PMP holder moving into tech. */
export const SAAS_POSTING = [
  'IT Project Manager - SaaS Platform',
  'About us: we build logistics software for 2,000 customers.',
  'Requirements:',
  '- 5+ years managing projects end to end; PMP preferred',
  '- Experience running Agile/Scrum delivery with software engineering teams',
  '- Hands-on with Jira and Confluence',
  '- Strong stakeholder management and risk management',
  '- Understanding of the software development lifecycle (SDLC)',
  'Nice to have: experience with cloud migrations (AWS or Azure)',
].join('\n');
export const TPM_POSTING = [
  'Technical Project Manager',
  'You will coordinate sprints across three scrum teams, track delivery in Jira, manage budgets and vendors, and report status to executives.',
  'Required: project management experience, Agile methodologies, SDLC, budgeting.',
  'Preferred: CSM or PSM certification, SQL for reporting.',
].join('\n');
export const INFRA_POSTING = [
  'Project Manager, IT Infrastructure',
  'Lead infrastructure projects (network upgrades, data center moves). Must have PMP or equivalent, 5 years of project management, experience with MS Project or Smartsheet, vendor management.',
  'Preferred: ITIL Foundation.',
].join('\n');
