import { LETTER_CLASS, WORD_CLASS } from './clean-text.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Skills whose bare, everyday forms ("analyse", "analysis", "insights") are marked needsContext in
 * data/skills.json and need their own topic nearby, not just any technical word. "Analyse results
 * in Excel", "turn raw order data into insight" and "Python or R for analysis" are data analysis;
 * "Analyze COBOL programs and DB2 schemas to plan their migration" is reading code, and "Turn
 * insights into user flows" is design research, however technical the words around them.
 *
 * A table, not logic: extract-skills.ts compiles it once. For each skill id, `words` are the words
 * that put the sentence on the skill's topic (matched case-insensitively as whole words, a trailing
 * `*` takes any ending), and `skills` are the skill ids whose mention in the same sentence or list
 * item does.
 */
export interface SkillTopic {
  readonly words: readonly string[];
  readonly skills: readonly string[];
}

export const SKILL_TOPICS: Readonly<Record<string, SkillTopic>> = {
  'data-analysis': {
    words: [
      'data', 'dataset*', 'database*', 'numbers', 'figures', 'metrics', 'kpi*', 'trends', 'results', 'statistic*', 'quantitative',
      'report*', 'dashboard*', 'spreadsheet*', 'forecast*', 'variance', 'sales', 'survey*', 'analytics', 'findings', 'patterns',
      'behaviour', 'behavior', 'numerical', 'campaign*', 'conversion*', 'experiment*',
    ],
    skills: [
      'excel', 'spreadsheets', 'sql', 'python', 'r', 'sas', 'pandas', 'tableau', 'power-bi', 'looker', 'looker-studio', 'statistics',
      'google-analytics', 'adobe-analytics', 'web-analytics', 'product-analytics', 'google-ads', 'conversion-rate-optimization', 'data-visualization', 'data-cleaning', 'reporting', 'dashboards',
    ],
  },
  // "Manage user permissions in Active Directory" is IAM; "Manage users, profiles, permission sets and roles" in a CRM is user administration.
  'identity-access-management': {
    words: [
      'identit*', 'access', 'secur*', 'privilege*', 'sso', 'mfa', 'multi-factor', 'authenticat*', 'authori*', 'entitlement*', 'provision*',
      'deprovision*', 'least', 'ldap', 'directory', 'directories', 'okta', 'cloud', 'compliance', 'audit*', 'soc', 'siem', 'firewall*', 'network*',
    ],
    skills: ['active-directory', 'aws', 'azure', 'linux', 'network-security', 'security-operations', 'security-frameworks'],
  },
  // "Shopify and Liquid", "sections with Liquid, HTML, CSS" are the template language; "Liquid assets" is finance.
  liquid: {
    words: ['shopify', 'theme*', 'template*', 'templating', 'storefront*', 'e-commerce', 'ecommerce'],
    skills: ['shopify', 'html', 'css', 'javascript', 'web-development'],
  },
};


/** A skill's topic, compiled: the words as one expression, and the skills. */
export interface Topic {
  word: RegExp;
  skills: ReadonlySet<string>;
}

/** The table compiled once, for extract-skills.ts: a skill's bare forms count only on its own topic. */
export function compileTopics(): Map<string, Topic> {
  const topics = new Map<string, Topic>();
  for (const [id, { words, skills }] of Object.entries(SKILL_TOPICS)) {
    const alternatives = words.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}[${LETTER_CLASS}]*` : escapeRegExp(w)));
    topics.set(id, { word: new RegExp(`(?<![${WORD_CLASS}])(?:${alternatives.join('|')})(?![${WORD_CLASS}])`, 'i'), skills: new Set(skills) });
  }
  return topics;
}
