import { escapeRegExp } from '../text/escape-regexp.js';
/**
 * What a question about credentials asks, read from the words people type: "is the google cert
 * even worth it at my age" (worth), "what about tableau instead" (instead), "whats cheaper than
 * the A+?" (cheaper), "anything quicker?" (shorter), "anything free?" (free), "how long wud az900
 * take me" (duration), "do employers actually care about CAPM" (employers), "how much is the
 * PMP" (cost), "is the exam online?" / "can I take it from home?" (delivery), "what's CAPM?"
 * (what: what it is, asked of a name alone), "is the aws one or the azure one better for me?" (vendor). Which credential it
 * names is another job (flows/named-credentials.ts).
 *
 * The kinds are tried in order, most specific first: "is there something cheaper that employers
 * know?" is about employers, "is a cheaper one worth it?" about price. Measured on the labelled
 * set in test/fixtures/credential-questions (`npm run bench:questions`), never tuned to one line.
 */

export const CREDENTIAL_QUESTION_KINDS = ['vendor', 'employers', 'cheaper', 'shorter', 'free', 'duration', 'delivery', 'instead', 'worth', 'cost', 'what'] as const;
export type CredentialQuestionKind = (typeof CREDENTIAL_QUESTION_KINDS)[number];

/** Common chat spellings, so the patterns below are written once in plain English. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/\bwud\b/g, 'would'],
  [/\bcud\b/g, 'could'],
  [/\bshud\b/g, 'should'],
  [/\bu\b/g, 'you'],
  [/\br\b/g, 'are'],
  [/\bur\b/g, 'your'],
  [/\bwhats\b/g, 'what is'],
  [/\bwat\b/g, 'what'],
  [/\bwats\b/g, 'what is'],
  [/\bhows\b/g, 'how is'],
  [/\bisnt\b/g, 'is not'],
  [/\bdoes?nt\b/g, 'does not'],
  [/\bdont\b/g, 'do not'],
  [/\bcant\b/g, 'can not'],
  [/\bcheeper\b/g, 'cheaper'],
  [/\bemployeers?\b/g, 'employers'],
  [/\bworht\b|\bwroth\b/g, 'worth'],
  [/\bthx\b|\bpls\b|\bplz\b/g, ''],
];

const KIND_WORDS: Readonly<Record<CredentialQuestionKind, RegExp>> = {
  // "is the aws one or the azure one better for me?", "azure vs gcp": two cloud vendors weighed against each other.
  vendor:
    /^(?=.*\b(?:aws|amazon)\b)(?=.*\b(?:azure|microsoft)\b).*\b(?:or|vs\.?|versus|better|which|compared?)\b|^(?=.*\b(?:aws|amazon)\b)(?=.*\b(?:gcp|google cloud)\b).*\b(?:or|vs\.?|versus|better|which|compared?)\b|^(?=.*\b(?:azure|microsoft)\b)(?=.*\b(?:gcp|google cloud)\b).*\b(?:or|vs\.?|versus|better|which|compared?)\b|\bwhich cloud(?: vendor| provider| platform)?\b/,
  employers:
    /\b(?:employers?|recruiters?|hiring managers?|companies|company|businesses|industry|hr|job (?:ads?|postings?)|postings?|the market)\b[\w\s'-]{0,40}\b(?:know|knows|care|cares|recogni[sz]e|value|respect|ask|asks|want|wants|look for|look at|notice|check|accept|rate|like|heard|take)\b|\b(?:recogni[sz]ed|respected|well[- ]known|reputable|credible|legit|legitimate|recogni[sz]able|valued|in demand|sought after|taken seriously|prestigious)\b|\b(?:get|land) (?:me )?(?:a job|hired|an interview|interviews)\b|\blook good on (?:a |my )?(?:cv|resume|résumé|linkedin)\b|\bdoes anyone (?:care|ask)\b|\b(?:hire|hires|hiring) (?:me|people|someone|anyone|you)\b|\bget hired\b/,
  cheaper:
    /\bcheap(?:er|est|o)?\b|\bless expensive\b|\blower (?:cost|price)\b|\bcosts? less\b|\baffordable\b|\bbudget (?:option|version|alternative|one)\b|\bless money\b|\btoo (?:expensive|pricey|much money)\b|\bcan not afford\b|\bcan't afford\b|\bpricey\b/,
  shorter:
    /\bshort(?:er|est)\b|(?<!how )\bquick(?:er|est)?\b|(?<!how )\bfast(?:er|est)\b|\bless time\b|\bsooner\b|\bless (?:study|studying|hours)\b|\btoo long\b|\bin (?:a|one) (?:week|weekend|month)\b|\bfewer hours\b/,
  free: /\bfree\b|\bno cost\b|\bwithout paying\b|\bfinancial aid\b|\baudit\b|\bscholarships?\b|\bcosts? nothing\b|\bvouchers?\b|\$0\b|\bzero cost\b/,
  duration:
    /\bhow long\b|\bhow many (?:hours|weeks|months|days)\b|\bhow much time\b|\bhow (?:quick|quickly|fast)\b|\bwhen (?:could|can|would|will|might) i (?:finish|be done|have it|get it|be certified)\b|\btakes? (?:long|a while|me|forever)\b|\btime (?:it takes|to finish|to complete|to get|commitment)\b|\bstudy (?:hours|time)\b/,
  // Where and how the exam is sat: "is the exam online?", "can I take it from home?", "do I have to go to a test centre?".
  delivery:
    /\b(?:take|sit|do|write|pass)\b[\w+ -]{0,30}? (?:online|from home|at home|remotely|in person)\b(?! (?:courses?|class(?:es)?|programs?|degrees?|bootcamps?|resources?))|\b(?:exams?|tests?) (?:is |are )?(?:online|remote|proctored|in person)\b|\btest(?:ing)? (?:cent(?:er|re)|site)s?\b|\bfrom (?:my )?home\b|\bproctor(?:ed|ing)?\b|\bwebcam\b|\bpearson\b|\b(?:is|are) (?:the |it |they |[\w+ -]{1,30} )?(?:online|remote|proctored)\s*[?.!]*\s*$|\bonline or (?:in person|at a)\b|\bwhere (?:do|can|would|will|could|should) (?:i|you) (?:take|sit|do|write|book) (?:it|them|the\b[\w+ -]{0,30}?\b(?:exam|test)s?)\b/,
  instead:
    /\binstead\b|\brather than\b|\bwhat about\b|\bhow about\b|\bwhy not\b|\bvs\.?\b|\bversus\b|\bbetter than\b|\bcompared? (?:to|with)\b|\bwhich (?:is|one is|one's|would be) better\b|\bor (?:the )?[\w+ -]{1,30} better\b|\bswitch to\b|\bgo (?:for|with) [\w+ -]{1,30} instead\b|\balternatives? to\b|\bany other\b|\bsomething else\b|\bother options?\b/,
  worth:
    /\bworth\b|\bgood (?:idea|choice|fit|option|investment|start|pick|for me)\b|\bshould i (?:do|take|get|go for|bother|start|try|study)\b|\bany good\b|\bhelp me\b|\bmake sense\b|\bvaluable\b|\buseful\b|\bpointless\b|\bwaste of (?:time|money)\b|\bbother with\b|\bright (?:one|choice|cert|credential) for me\b|\bdo i (?:need|really need)\b|\bis it necessary\b|\brecommend\b|\bgood for\b|\bis (?:the |a |an )?[\w+ -]{1,40} (?:good|ok|okay|enough)\b/,
  cost: /\b(?:cost|costs|price|prices|priced|fees?|expensive)\b|\bhow much (?:is|are|does|do|for|would|will)\b|\bpay for\b/,
  // "what's CAPM?", "tell me about the PMP": what it is, asked of a name alone (never "what is the pay like").
  what: /^(?:so |ok |and |but )?(?:what(?:'s| is| are)|tell me (?:more )?about|explain) ?(?:the |a |an |this |that )?(?![\w+ -]*\b(?:like|pay|salary|difference|best|point|next|cheapest|quickest)\b)[\w+ .-]{1,40}\s*[?.!]*$/,
};

/** The question in lower case with chat spellings made plain ("wud" is "would"). */
export function plainQuestion(text: string): string {
  let said = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [pattern, plain] of SPELLINGS) said = said.replace(pattern, plain);
  return said.replace(/\s+/g, ' ').trim();
}

/** The kind of credential question this is, or undefined when it asks none of them. */
export function readCredentialQuestion(text: string): CredentialQuestionKind | undefined {
  const said = plainQuestion(text);
  // "quick question:" announces a question, it does not ask for a quicker credential.
  const body = said.replace(/^(?:a )?quick question\b[:,]?\s*/, '');
  return CREDENTIAL_QUESTION_KINDS.find((kind) => KIND_WORDS[kind].test(body));
}

/** "at my age", "I'm 52", "too old": an age worry, answered by what the credential actually asks of people. */
export const mentionsAge = (text: string): boolean => /\b(?:my age|too old|at \d{2}|i'?m \d{2}|i am \d{2}|\d{2} years old|older)\b/.test(plainQuestion(text));

/**
 * The credential the catalog does not carry that a message names ("what about CySA+?", "is there
 * a technical writing certificate?"), by any of its names as whole words in any case, or undefined.
 * The longest name found wins, so "Google Analytics certification" is not read as a shorter name.
 */
export function readNotCarried<T extends { readonly names: readonly string[] }>(text: string, notCarried: readonly T[]): T | undefined {
  // "certifications" and "certs" are the singular names of the list.
  const said = plainQuestion(text).replace(/\b(certificate|certification|cert|credential)s\b/g, '$1');
  const found = notCarried.flatMap((entry) => entry.names.filter((name) => namedIn(said, name)).map((name) => ({ entry, length: name.length })));
  return found.sort((a, b) => b.length - a.length)[0]?.entry;
}

/** A name as whole words: "cysa+" in "what about cysa+?", not "cysa" inside another word; "-" and spaces alike. */
const namedIn = (said: string, name: string): boolean =>
  new RegExp(`(?<![a-z0-9])${escapeRegExp(name.toLowerCase()).replace(/[\s-]+/g, '[\\s-]?')}(?![a-z0-9+])`).test(said);

/**
 * A credential's own "+" name that no catalog credential has ("Linux+", "PenTest+"): the message
 * names one the catalog lacks, so it is not answered with another of the same provider's.
 */
export function namesUnknownPlus(text: string, credentialNames: readonly string[]): boolean {
  const known = new Set(credentialNames.flatMap((name) => name.toLowerCase().match(/[a-z]+\+/g) ?? []));
  return (plainQuestion(text).match(/[a-z]+\+/g) ?? []).some((word) => !known.has(word));
}

const CREDENTIAL_NOUN = '(?:certs?|certificates?|certifications?|credentials?|courses?|exams?|programs?|programmes?)';
/**
 * "is there anything for sql?", "what covers tableau", "a cert for linux?", "which course teaches
 * python": a credential asked for by the skill it should teach. The words after the asking words,
 * up to the end of the clause, or undefined; which skill they name is the skill catalog's to say.
 */
const SKILL_ASK = new RegExp(
  `\\b(?:anything|something|any (?:good )?${CREDENTIAL_NOUN}|(?:a|an|one) (?:good )?${CREDENTIAL_NOUN}|(?:what|which)(?: ${CREDENTIAL_NOUN}| one)?)(?: (?:is|are) there| would you recommend| do you have| you have)? (?:for|covers?|covering|teach(?:es|ing)?|that (?:covers?|teach(?:es)?)|on|in) ([a-z0-9+#.\\s/-]{1,40})`,
);

export function readSkillAsk(text: string): string | undefined {
  const said = SKILL_ASK.exec(plainQuestion(text))?.[1]?.trim();
  return said ? said.split(/\s+/).slice(0, 3).join(' ') : undefined;
}

/**
 * "what is the cheapest way to learn ISO 27001?", "how can i learn sql for free", "cheap way to study
 * itil?", "free course for tableau": the cheapest way to learn a skill or standard, not a credential
 * cheaper than another. The words naming it, up to the end of the clause, and whether only free will do;
 * which skill they name is the skill catalog's to say.
 */
const CHEAP_WORDS = String.raw`(?:cheap(?:est|er)?|free|affordable|low[- ]cost|inexpensive|budget|least expensive)`;
const LEARN_WORDS = String.raw`(?:learn(?:ing)?|study(?:ing)?|get (?:into|good at|trained (?:in|on))|pick up|understand|know)`;
const LEARN_ASK = [
  new RegExp(String.raw`\b${CHEAP_WORDS} (?:way|ways|route|routes|option|options|place|places|course|courses|resources?|training|method)(?: (?:there is|i can|to go))? (?:to|for|of) (?:${LEARN_WORDS} )?(?:about )?([a-z0-9+#./&\s-]{1,40})`),
  new RegExp(String.raw`\b${LEARN_WORDS} (?:about )?([a-z0-9+#./&\s-]{1,40}?) (?:for free|for cheap|cheaply|on a budget|for (?:little|less|no) money|without paying|at no cost|free)\b`),
];

export function readLearnAsk(text: string): { words: string; free: boolean } | undefined {
  const said = plainQuestion(text);
  for (const pattern of LEARN_ASK) {
    const words = pattern.exec(said)?.[1]?.replace(/\b(?:the|a|an|some|more|properly|myself|on my own|standard|framework)\b/g, ' ').trim();
    if (words) return { words: words.split(/\s+/).slice(0, 3).join(' '), free: /\bfree\b|\bwithout paying\b|\bno (?:cost|money)\b/.test(said) };
  }
  return undefined;
}
