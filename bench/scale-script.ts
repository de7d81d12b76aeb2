import type { Reply } from '../src/engine/reply.js';

/**
 * What each simulated person says, in order: the welcome, the whole gap interview with one
 * pasted posting, then the credential pick to its end (a credential chosen). Every person's
 * figures differ (name, years, budget, hours, deadline, pay, target role), so that the
 * verification can tell one person's stored state from another's.
 */

interface Role {
  typed: string;
  id: string;
  current: string;
  skills: string;
  posting: string;
}

const ROLES: readonly Role[] = [
  {
    typed: 'data analyst',
    id: 'data-analyst',
    current: 'retail store manager',
    skills: 'excel, customer service, scheduling',
    posting: 'Data Analyst at Acme Retail. Requirements: SQL and Tableau, 2 years of reporting experience. Python is a plus. Benefits: health insurance.',
  },
  {
    typed: 'it support',
    id: 'it-support',
    current: 'hotel front desk supervisor',
    skills: 'customer service, windows, excel',
    posting: 'IT Support Specialist at Northwind. Requirements: Windows, Active Directory and ticketing, 1 year of help desk experience. CompTIA A+ is a plus.',
  },
];

const FIRST_NAMES = ['Rosa', 'Amal', 'Kenji', 'Marta', 'Tunde', 'Priya', 'Oskar', 'Lena', 'Diego', 'Nkechi'] as const;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A name unique to person `u`: a first name and a surname made of letters that spell u. */
function nameOf(u: number): string {
  let rest = u;
  let surname = '';
  do {
    surname = LETTERS[rest % 26] + surname;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `${FIRST_NAMES[u % FIRST_NAMES.length]} Q${surname}`;
}

export interface Person {
  index: number;
  name: string;
  role: Role;
  years: number;
  budget: number;
  hours: number;
  months: number;
  pay: number;
  /** What they type, one turn each. */
  lines: string[];
}

export function personOf(u: number): Person {
  const role = ROLES[u % ROLES.length] as Role;
  const years = 2 + (u % 29);
  const budget = 150 + (u % 701);
  const hours = 5 + (u % 16);
  const months = 3 + (u % 10);
  const pay = 30 + (u % 61);
  const name = nameOf(u);
  const lines = [
    'hi',
    name,
    '1',
    role.current,
    `${years} years`,
    role.typed,
    role.skills,
    role.posting,
    'done',
    '1',
    'yes',
    String(budget),
    String(hours),
    `${months} months`,
    `${pay}k`,
    'yes',
    'yes',
    '1',
  ];
  return { index: u, name, role, years, budget, hours, months, pay, lines };
}

/**
 * The shape of a turn's answer: which flow step it asks next, and the kinds of question
 * (not the wording, which carries each person's figures). A lost answer shows as the same
 * step asked again; another person's state as a different path.
 */
export function signature(replies: readonly Reply[]): string {
  return replies
    .map((reply) => {
      if (reply.kind === 'progress') return `${reply.label}/${reply.step}`;
      if (reply.kind === 'question' || reply.kind === 'checklist' || reply.kind === 'long-text') return `${reply.kind}:${reply.stepId}`;
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

/** What must be stored for `person` once their conversation is over; the first difference found, or null. */
export function storedMismatch(person: Person, doc: string | null): string | null {
  if (doc === null) return 'nothing stored';
  const session = JSON.parse(doc) as { flow: unknown; profile: Record<string, unknown> };
  const p = session.profile;
  const want: Record<string, unknown> = {
    name: person.name,
    currentRole: person.role.current,
    yearsExperience: person.years,
    targetRole: person.role.id,
    budgetUsd: person.budget,
    hoursPerWeek: person.hours,
  };
  for (const [field, value] of Object.entries(want)) {
    if (p[field] !== value) return `${field} is ${JSON.stringify(p[field])}, not ${JSON.stringify(value)}`;
  }
  if (!p.gapReport) return 'no gap report';
  if (!p.credentialPick) return 'no credential chosen';
  if (session.flow !== null) return 'a flow is still open';
  return null;
}
