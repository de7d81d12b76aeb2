/**
 * What an off-script question is about when no more particular answer took it (why, pay, cost, duration,
 * degree, or not understood), and what the coach says when its notes do not cover a question.
 */

export type Topic = 'unclear' | 'why' | 'pay' | 'cost' | 'duration' | 'degree';

/** The first topic whose words the question has; order matters ("why do you need my salary" is about why). */
export const TOPICS: readonly { topic: Topic; words: RegExp }[] = [
  { topic: 'unclear', words: /^(?:huh|what|eh|pardon|sorry|come again|say again|say what)\W*$|\bwhat do you mean\b|\bi don'?t (?:understand|get it)\b|\bwhat does that mean\b/ },
  {
    topic: 'why',
    words:
      /^(?:why|how come)\b|\bwhy (?:do|would|should|are|is|does) (?:you|it|this|that)\b|\bwhat(?:'s| is| are)? (?:this|that|it|these) (?:for|needed for)\b|\bwhat do you need (?:it|this|that|my [\w ]+|to know)\b|\bwhat (?:will|do|would) you (?:do|use) (?:with )?(?:it|this|that|my)\b/,
  },
  {
    topic: 'pay',
    words: /\b(?:earn\w*|salar\w*|wages?|income|paid|pays? (?:well|much|more|less)|take home)\b|\bhow much (?:do|does|can|could|would|will|might) [\w ]*\b(?:make|earn|get)\b|\bwhat (?:does|do|would|will|could|might) [\w ]{0,40}\bpay\b/,
  },
  { topic: 'cost', words: /\b(?:cost|costs|price|prices|priced|fees?|expensive|cheap\w*|worth|pay for)\b|\bhow much (?:is|are|does|do)\b/ },
  { topic: 'duration', words: /\bhow long\b|\bhow many (?:weeks|months|hours|more questions|questions|steps)\b|\bhow much (?:longer|more time|time)\b|\btakes? (?:long|a while)\b/ },
  { topic: 'degree', words: /\b(?:degree|college|university|bachelor'?s?|master'?s|diploma)\b/ },
];

export const WHERE_TO_LOOK =
  "That's a good question, and my notes don't cover it. For pay, outlook and what a job involves, the BLS Occupational Outlook Handbook (bls.gov/ooh) is a good free source; for a credential's current price and format, its provider's own page. Back to my question:";
