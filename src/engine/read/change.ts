import { normalize } from './text.js';

/**
 * A message that takes back something said before: "actually 300", "wait actually i can do 10
 * hours", "sorry I meant 8", "make that $300", "change my budget to 300", "oops, 6 months not 12".
 * The reader only says that the message is a change and what is left once the words of changing
 * are taken off; which earlier answer it changes is for the flow to decide, by the unit and the
 * words of what is left. A question is never a change: "how long at 12 hours a week?", "what if I
 * did 12 hours?" or "at 12 hours?" asks what would happen, and the answer stays as it was.
 */
export interface ChangeSaid {
  /** Words of changing were said ("actually", "wait", "I meant", "make that", "change … to"). */
  readonly marked: boolean;
  /** The message without the words of changing: "i can do 10 hours", "my budget 300". */
  readonly rest: string;
  /** It asks what would happen at a value ("would it be faster at 12 hours?"): a what-if, not a change. */
  readonly whatIf: boolean;
}

/** Said first, one after another: "oh wait, sorry, I meant 300". */
const LEADS = [
  'actually', 'actualy', 'acutally', 'wait', 'no wait', 'hold on', 'hang on', 'oh', 'oops', 'whoops', 'oh no', 'ah', 'hmm', 'um', 'sorry', 'my bad', 'no sorry',
  'i meant', 'i mean', 'meant', 'i meant to say', 'correction', 'scratch that', 'on second thought', 'on second thoughts', 'second thought', 'thinking about it',
  'let me change that', 'let me correct that', 'can i change that', 'make that', 'make it', 'change that to', 'change it to', 'rather', 'or rather',
] as const;
/** Lead words that mark a change on their own; "oh" and "um" only lead into one. "No" is an answer of its own, never a lead. */
const MARKING = new Set<string>(LEADS.filter((w) => !['oh', 'ah', 'hmm', 'um', 'oh no'].includes(w)));
const LEAD_WORDS = [...LEADS].sort((a, b) => b.length - a.length);

/** "change my budget to 300", "update hours to 10", "set the deadline to 9 months": the answer named between. */
const CHANGE_VERB = /^(?:can (?:you|i|we) |could (?:you|i|we) |please |pls |let'?s |i'?d like to |i want to |i need to )?(?:change|update|set|switch|correct|lower|raise|bump|drop|cut|reduce|increase|move)\b\s*(.*?)\s*\b(?:to|at|down to|up to|for)\b\s*(.+)$/;
/**
 * Said anywhere: "i can actually do 10", "10 hours instead". Not "now": "I could do 10 now" answers the question asked;
 * nor "I'd rather", which says what they prefer ("no, id rather pay for the right one"), not that they misspoke.
 */
const ANYWHERE = /\b(?:actually|actualy|instead|after all|(?<!\b(?:would|had|i'?d|id|we'?d|you'?d)\s+(?:much\s+|really\s+|just\s+)?)rather)\b/g;
/** How a question opens, once the lead words are off: "how long…", "what if…", "would it…", "is 12 enough?". */
const ASKS = /^(?:how|what|whats|what's|which|when|would|will|wouldn'?t|could|can|does|do|did|is|isn'?t|are|should|if|suppose|say i)\b/;
const PUNCT_AROUND = /^[\s,.;:!?-]+|[\s,.;:!?-]+$/g;

function stripLeads(text: string): { rest: string; marked: boolean } {
  let rest = text;
  let marked = false;
  for (let i = 0; i < 6; i++) {
    const lead = LEAD_WORDS.find((w) => rest.startsWith(w) && !/[\p{L}\p{N}'$]/u.test(rest[w.length] ?? ''));
    if (!lead) break;
    marked ||= MARKING.has(lead);
    rest = rest.slice(lead.length).replace(PUNCT_AROUND, '');
  }
  return { rest, marked };
}

export function readChange(text: string): ChangeSaid {
  const typed = normalize(text).replace(PUNCT_AROUND, '');
  const led = stripLeads(typed);
  let { rest, marked } = led;
  const verb = CHANGE_VERB.exec(rest);
  // "can you change my budget to 300?" asks for the change; "how long at 12 hours?" asks what would
  // happen, and so does a value with a question mark and no words of changing ("at 12 hours?").
  // "actually 12 hours?" is still a change, unsure of itself.
  const whatIf = !verb && (ASKS.test(rest) || (!led.marked && normalize(text).endsWith('?')));
  if (verb) {
    rest = `${verb[1] ?? ''} ${verb[2] ?? ''}`.trim();
    marked = true;
  }
  const anywhere = rest.replace(ANYWHERE, ' ').replace(/\s+/g, ' ').replace(PUNCT_AROUND, '');
  if (anywhere !== rest) marked = true;
  return { marked: marked && !whatIf, rest: anywhere, whatIf };
}
