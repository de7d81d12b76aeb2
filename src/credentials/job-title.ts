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
