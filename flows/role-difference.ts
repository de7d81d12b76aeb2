import type { CoachData } from '../src/coach-data.js';
import type { Role } from '../src/data/roles-schema.js';
import { listOf } from '../src/roles/suggest-roles.js';

/**
 * "product manager vs product owner whats the difference", "difference between a data analyst and a
 * data scientist?": two job titles set side by side. Answered from roles.json: a role the catalog has
 * is told by its core skills (the work the job is made of); a title it only lists as close to a role
 * (relatedTitles) by the reason written there; two titles it counts as one role are said to be close,
 * with what the longer title adds. Undefined when the words do not set two titles apart,
 * or one of them is unknown, so the question goes on to the other answers.
 */

/** The words that ask for the difference between two things. */
const ASKS_DIFFERENCE = /\b(?:vs\.?|versus|differen(?:ce|ces|t)|compare[ds]?|comparison)\b/i;
/** What joins the two titles: "A vs B", "between A and B", "A or B", "A different from B". */
const JOINS = /\s+(?:vs\.?|versus|and|or|compared (?:to|with)|different (?:from|than|to)|from|than)\s+|\s*\/\s*/i;
/** Question words around the titles, dropped before a side is read as a title. */
const FILLER =
  /\b(?:what(?:'?s| is| are)?|whats|the|a|an|real|actual|main|big|differences?|different|between|vs\.?|versus|compare[ds]?|comparison|how|is|are|does|do|honestly|really|exactly|tbh|please|pls|again|actually|so|ok|okay|like|of|in|my|jobs?|roles?|positions?|titles?)\b/gi;

/** "a business analyst", "an IT business analyst". */
const article = (title: string): string => (/^[aeiou]/i.test(title) ? 'an' : 'a');

type Side = { role: Role } | { title: string; reason: string; of: Role };

/**
 * What a word one title adds to another says of the work ("business systems analyst" beside "business
 * analyst"): plain wording of what the title usually means, with no figure in it.
 */
const TITLE_ADDS: Readonly<Record<string, { says: string; leans: boolean }>> = {
  systems: { says: 'leans to the systems side: the software the business runs on, writing what a change must do, configuring and testing it with IT, and supporting the people who use it', leans: true },
  it: { says: 'works inside the IT team, turning what the business needs into specifications the developers build from', leans: true },
  technical: { says: 'works closer to the technology: reading data and system designs, and writing specifications developers can build from', leans: true },
  data: { says: "leans to the data side: queries, reports and dashboards that answer the business's questions", leans: true },
  junior: { says: 'is the entry-level version of the same job, with more guidance and smaller pieces of work', leans: false },
  senior: { says: 'is the same job with more years behind it, leading larger pieces of work and guiding others', leans: false },
};

export function roleDifference(data: Pick<CoachData, 'roleMatcher' | 'catalog'>) {
  const { roles } = data.catalog.roles;
  const skillName = (id: string) => data.catalog.skills.byId.get(id)?.name ?? id;

  /** A side as a role the catalog has by that exact title (with the title said), or as the bare title said. */
  function sideOf(words: string): { role: Role; said: string } | { title: string } | undefined {
    const bare = words.replace(/[?!.,]/g, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
    if (bare === '') return undefined;
    const match = data.roleMatcher.match(bare);
    return match.kind === 'role' && match.exact ? { role: match.role, said: bare } : { title: bare.toLowerCase() };
  }

  /**
   * Two titles the catalog counts as one role ("business analyst" and "business systems analyst"): said to be
   * close, with the occupation O*NET files each under where roles.json has it, and what the words one title adds
   * say of the work (TITLE_ADDS). Undefined for the same title twice.
   */
  function sameRole(role: Role, first: string, second: string): string | undefined {
    const words = (t: string) => t.toLowerCase().split(' ').filter((w) => w !== '');
    const [shorter, longer] = words(first).length <= words(second).length ? [first, second] : [second, first];
    if (shorter.toLowerCase() === longer.toLowerCase()) return undefined;
    const lines = [`They are close: I count both as *${role.name}*, and the core of the job is the same (${coreOf(role)}).`];
    const filed = (title: string) => role.soc.find((s) => s.viaTitle?.toLowerCase() === title.toLowerCase())?.title.toLowerCase();
    const [a, b] = [filed(shorter), filed(longer)];
    if (a && b && a !== b) lines.push(`O*NET files ${article(shorter)} ${shorter} under ${a} and ${article(longer)} ${longer} under ${b}.`);
    const added = words(longer).filter((w) => !words(shorter).includes(w));
    const adds = added.map((w) => TITLE_ADDS[w]).find((x) => x !== undefined);
    const lean = "read each posting's duties to see which way a job leans";
    if (!adds) lines.push(`Employers use the two titles for much the same work: ${lean}.`);
    else lines.push(`${article(longer).replace(/^a/, 'A')} ${longer} ${adds.says}.${adds.leans ? ` The title alone does not settle it: ${lean}.` : ''}`);
    return lines.join(' ');
  }

  /**
   * One word said for a title beside a longer one ("coordinator and project manager", "analyst vs data
   * scientist"): people leave out the words both titles share, so the word is read with the other title's
   * leading words ("project coordinator") when the catalog has a role by that title. Undefined otherwise.
   */
  function sharedHead(side: ReturnType<typeof sideOf>, other: ReturnType<typeof sideOf>): { role: Role; said: string } | undefined {
    if (!side || !other || !('title' in side)) return undefined;
    const otherWords = ('said' in other ? other.said : other.title).toLowerCase().split(' ');
    if (side.title.includes(' ') || otherWords.length < 2) return undefined;
    const full = sideOf([...otherWords.slice(0, -1), side.title].join(' '));
    return full && 'role' in full ? full : undefined;
  }

  /** A title the catalog lists as close to a role: the other side's role first, whose reason is written against it. */
  function closeTitle(title: string, beside: Role | undefined): Side | undefined {
    for (const role of beside ? [beside, ...roles] : roles) {
      const close = role.relatedTitles?.find((t) => [t.title.toLowerCase(), `${t.title.toLowerCase()}s`].includes(title));
      if (close) return { title: close.title, reason: close.reason, of: role };
    }
    return undefined;
  }

  const coreOf = (role: Role) => listOf(role.skills.filter((s) => s.core).map((s) => skillName(s.skill)));

  /** The sentence for one side: a role by its core skills, a close title by the reason roles.json gives. */
  function describe(side: Side): string {
    if ('role' in side) return `*${side.role.name}*: the core of the job is ${coreOf(side.role)}.`;
    const reason = side.reason.toLowerCase();
    const title = side.title.toLowerCase();
    if (reason.startsWith(`a ${title} `) || reason.startsWith(`an ${title} `)) return `${side.reason.charAt(0).toUpperCase()}${side.reason.slice(1)}.`;
    return `*${side.title.charAt(0).toUpperCase()}${side.title.slice(1)}* is close to *${side.of.name}*: ${side.reason}.`;
  }

  return (text: string): string | undefined => {
    if (!ASKS_DIFFERENCE.test(text)) return undefined;
    const said = text.split(JOINS).map(sideOf).filter((p) => p !== undefined);
    if (said.length !== 2) return undefined;
    said.forEach((side, i) => {
      const other = said[1 - i];
      if (other) said[i] = sharedHead(side, other) ?? side;
    });
    const known = said.map((side, i) => {
      const other = said[1 - i];
      return 'role' in side ? side : closeTitle(side.title, other && 'role' in other ? other.role : undefined);
    });
    const [a, b] = known;
    if (!a || !b) return undefined;
    const [first, second] = said;
    if ('role' in a && 'role' in b && a.role.id === b.role.id) {
      return first && second && 'said' in first && 'said' in second ? sameRole(a.role, first.said, second.said) : undefined;
    }
    return `${describe(a)} ${describe(b)}`;
  };
}
