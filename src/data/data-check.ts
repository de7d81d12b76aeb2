import { parseArgs } from 'node:util';
import { checkData } from './check.js';
import { formatIssue } from './load-data.js';

/**
 * npm run data:check [-- --skills path --roles path --credentials path --questions path]
 * Validates the data files exactly as the app's loader does, then reports terms claimed
 * twice and disagreements between credentials.json and roles.json (see check.ts). Exits 1 when
 * anything is wrong.
 */

const { values } = parseArgs({ options: { skills: { type: 'string' }, roles: { type: 'string' }, credentials: { type: 'string' }, questions: { type: 'string' } } });
const report = await checkData({ skills: values.skills, roles: values.roles, credentials: values.credentials, questions: values.questions });

for (const line of report.summary) console.log(line);
if (report.ok) {
  console.log('No problems found.');
} else {
  console.error(`${report.issues.length} problem${report.issues.length === 1 ? '' : 's'}:`);
  for (const issue of report.issues) console.error(`- ${formatIssue(issue)}`);
  process.exitCode = 1;
}
