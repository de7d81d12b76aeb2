import type { SkillExtractor, SkillMention } from './extract-skills.js';

/**
 * Skills a person lists as theirs ("windows, excel basics, some sql"). A posting's "excel" is
 * usually the verb, so the extractor wants "Excel" there; an item of a person's own list of
 * skills is a skill name however it is typed, so each item is read again with capitals and what
 * that adds is kept ("some reporting in excel": Excel too). Items are what commas, semicolons,
 * "&", "and" and new lines separate.
 */
export function listedSkills(extractor: Pick<SkillExtractor, 'extract'>, text: string): SkillMention[] {
  const found = extractor.extract(text);
  const seen = new Set(found.map((m) => m.skill));
  for (const item of text.split(/[,;&\n]|\band\b/i)) {
    const typed = item.trim();
    if (typed === '') continue;
    for (const mention of extractor.extract(typed.replace(/\p{L}+/gu, capitalised))) {
      if (seen.has(mention.skill)) continue;
      seen.add(mention.skill);
      found.push(mention);
    }
  }
  return found;
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
