/**
 * A person's job title said inside a sentence ("your 35 years as a mainframe COBOL programmer"), as
 * they typed it. Only the capitals a sentence or a title gives are lowered: the first word's
 * ("Barista", "Kitchen manager"), and every capitalised word of a title typed in title case
 * ("Office Manager"). Acronyms and words with inner capitals (COBOL, IT, DB2, SharePoint, iOS) keep
 * their casing wherever they stand, and so do capitalised words in a title otherwise typed in lower
 * case ("mainframe programmer at Amazon").
 */
export function titleInSentence(title: string): string {
  const parts = title.trim().split(/(\s+)/);
  const words = parts.filter((p) => /\p{L}/u.test(p));
  const capitalised = (word: string) => /^\p{Lu}[\p{Ll}'’-]*[.,]?$/u.test(word);
  // Title case: every word longer than a small joining word ("of", "at", "and") starts with a capital.
  const titleCase = words.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w)) && words.length > 1;
  let first = true;
  return parts
    .map((part) => {
      if (!/\p{L}/u.test(part)) return part;
      const lower = (first || titleCase) && capitalised(part);
      first = false;
      return lower ? part.toLowerCase() : part;
    })
    .join('');
}

/** The last word of a title that names a person doing a job: a teacher, an installer, an analyst, a nurse. */
const PERSON_ENDING = /(?:er|or|ist|yst|ian|ant|ent|ive|ic|ect|ary)$/i;
const PERSON_WORDS = new Set(['nurse', 'chef', 'clerk', 'coach', 'aide', 'tech', 'lead', 'head', 'cook', 'pilot', 'rep', 'barista', 'cashier', 'paralegal', 'admin', 'guard', 'associate', 'advocate']);

/**
 * The first of the titles a person gave for their current role ("network cable installer, low voltage
 * electrician"). Titles joined by "and" are two only where the words before "and" already name a person
 * in a job ("cable installer and low voltage electrician"); otherwise the "and" joins what one title is
 * of ("high school shop and tech-ed teacher", "sales and marketing manager"), and the whole title is kept.
 */
export function firstTitle(role: string | undefined): string | undefined {
  const first = role?.split(/[,;/]/)[0]?.trim();
  if (!first) return undefined;
  const [before, ...after] = first.split(/\s+and\s+/i);
  if (!before || after.length === 0) return first;
  const words = before.trim().split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  const names = words.length > 1 && (PERSON_WORDS.has(last) || PERSON_ENDING.test(last));
  return names ? before.trim() : first;
}
