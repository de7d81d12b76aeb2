import type { SkillExtractor, SkillMention } from './extract-skills.js';

/**
 * Skills a person lists as theirs ("windows, excel basics, some sql"). A posting's "excel" is
 * usually the verb, so the extractor wants "Excel" there; an item of a person's own list of
 * skills is a skill name however it is typed, so an item that names nothing as typed is read
 * again with capitals. Items are what commas, semicolons, "&", "and" and new lines separate.
 * `unambiguous` (skills no ambiguous form names) lets an item that named something as typed be
 * read again too, keeping only those skills: "some reporting in excel" is Excel too, but "when
 * the printers go down" is not Go.
 */
export function listedSkills(extractor: Pick<SkillExtractor, 'extract'>, text: string, unambiguous?: ReadonlySet<string>): SkillMention[] {
  const found = extractor.extract(text);
  const seen = new Set(found.map((m) => m.skill));
  for (const item of text.split(/[,;&\n]|\band\b/i)) {
    const typed = item.trim();
    if (typed === '') continue;
    const namedAsTyped = extractor.extract(typed).length > 0;
    if (namedAsTyped && !unambiguous) continue;
    for (const mention of extractor.extract(typed.replace(/\p{L}+/gu, capitalised))) {
      if (seen.has(mention.skill) || (namedAsTyped && !unambiguous?.has(mention.skill))) continue;
      seen.add(mention.skill);
      found.push(mention);
    }
  }
  return found;
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
