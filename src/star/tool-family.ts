import type { SkillFinder } from './signals.js';

/**
 * Whether a step of a story plausibly used a tool the person holds, so a coach may ask them to
 * name it there: the step names a narrower tool of it ("with pandas" for Python, which the
 * extractor infers), or names directly the broader thing it is one of ("in a spreadsheet" for
 * Excel). A sibling does not count: "in google sheets" is a spreadsheet, but not Excel, so
 * asking him to name Excel there would nudge him to claim what he did not do.
 */
export function plausiblyUsed(tool: string, step: string, extractor: SkillFinder | undefined, skillName: (id: string) => string): boolean {
  if (!extractor) return false;
  // What the tool is one of: the extractor reads its own name with the skills it implies.
  const broader = new Set(extractor.extract(skillName(tool)).filter((m) => m.skill !== tool).map((m) => m.skill));
  return extractor.extract(step).some((m) => m.skill === tool || (!m.inferredFrom && broader.has(m.skill)));
}
