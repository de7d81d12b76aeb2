import { praise, type Strength, type StrengthKind } from './praise.js';
import { MINOR_KINDS, type SuggestionKind } from './suggestions.js';

/**
 * How a coach words the feedback on one answer, shared by the chat and `pivot star` so both say the
 * same: praise first for a strong answer (what makes it strong, in the user's words, then polish),
 * and for any other answer one thing that already works before the fixes, biggest first.
 */

export interface Notes {
  strong: boolean;
  strengths: readonly Strength[];
  suggestions: readonly string[];
  /** The kind of each suggestion, in the same order. */
  issues: readonly SuggestionKind[];
}

export interface NotesOptions {
  /** A retry: what improved was already said, so praise leaves those out. */
  retry?: boolean;
  said?: ReadonlySet<StrengthKind>;
}

const STRONG_PRAISE = 3;
const GOOD_PRAISE = 2;
const numbered = (items: readonly string[]): string[] => items.map((s, i) => `${i + 1}. ${s}`);
const bullets = (items: readonly Strength[]): string[] => items.map((s) => `- ${s.text}`);
const PRACTISE = 'Practise saying it out loud, in under 2 minutes.';

export function coachNotes(notes: Notes, options: NotesOptions = {}): string[] {
  const { retry = false, said } = options;
  const now = retry ? ' now' : '';
  if (notes.strong) {
    const best = praise(notes.strengths, STRONG_PRAISE, said);
    return [
      best.length > 0 ? `This is a strong answer${now}. What makes it strong:` : `This is a strong answer${now}.`,
      ...bullets(best),
      ...(notes.suggestions.length > 0 ? ['To polish it:', ...numbered(notes.suggestions)] : [`Nothing to fix. ${PRACTISE}`]),
    ];
  }
  // Nothing to fix yet not strong (short for a story, or a question not scored on a measure): still say
  // what works, in their words, so the person knows what to keep when they say it out loud.
  if (notes.suggestions.length === 0) {
    const good = praise(notes.strengths, GOOD_PRAISE, said);
    return [...(good.length > 0 ? [`A good answer${now}. What works:`, ...bullets(good)] : []), `Nothing big to fix. ${PRACTISE}`];
  }
  // Feedback saved before suggestions had kinds has none: read it as having something major to fix.
  const polishOnly = notes.issues.length === notes.suggestions.length && notes.issues.every((kind) => MINOR_KINDS.has(kind));
  if (polishOnly) {
    const good = praise(notes.strengths, GOOD_PRAISE, said);
    return [...(good.length > 0 ? [`A good answer${now}. What works:`, ...bullets(good)] : []), 'To make it stronger:', ...numbered(notes.suggestions)];
  }
  const works = praise(notes.strengths, 1, said);
  return [...(works.length > 0 ? ['What already works:', ...bullets(works)] : []), retry ? 'Still to work on:' : 'What to work on first:', ...numbered(notes.suggestions)];
}
