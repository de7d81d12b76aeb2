/**
 * The phrases that mark each STAR part and the other signals, compiled once at module load. The
 * rubric's "machine-checkable signals" column (star-rubric.md B1) names the kind of phrase; the
 * word lists are ours. Every pattern starts at a word boundary or a literal and has no nested
 * open-ended repeats, so the cost stays linear on a 20,000-word answer; the text they run on has
 * its spaces collapsed first (segment.ts), so a single " " stands for any run of spaces.
 */

// ------------------------------------------------------------ Situation: one real, specific event
// B1 Situation: "time/place anchors ('In Q3 2023, at...')" (Michigan Tech; UGA; Case Western).
const MONTH_OR_SEASON = '(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)';
export const SITUATION_ANCHOR = new RegExp(
  [
    String.raw`\b(?:in|during|back in|by|since|around|early|late|mid|${MONTH_OR_SEASON})(?: (?:early|late|mid))?(?: ${MONTH_OR_SEASON})?(?: of)? (?:19|20)\d\d\b`,
    String.raw`\bq[1-4]\b`,
    String.raw`\b(?:last|that|one|the previous|the following) (?:year|month|week|quarter|summer|winter|spring|autumn|fall|term|semester|day|morning|shift|season)\b`,
    String.raw`\b(?:a|two|three|four|five|six|few|couple of|several|some) (?:years?|months?|weeks?) ago\b`,
    String.raw`\b(?:at|in) (?:my|the|our) (?:last|previous|old|current|first|former) (?:job|role|company|employer|school|hospital|store|shop|firm|team|workplace|position|career|office)\b`,
    String.raw`\b(?:when|while) (?:i|we) (?:was|were|worked|started|joined|ran)\b`,
    String.raw`\bi (?:worked|was working) (?:at|as|for|in)\b`,
    String.raw`\b(?:during|for|in) (?:my|the) (?:\w+ )?(?:course|certificate|capstone|bootcamp|training|programme|program|degree|internship|placement)\b`,
    String.raw`\b(?:at|in|for) (?:the|a|an) [\w-]+(?: [\w-]+)? (?:where|when) (?:i|we)\b`,
    String.raw`\bat the time\b`,
    String.raw`\bone day\b`,
  ].join('|'),
  'i',
);
// Context verbs set the scene at the start of a story; later in the answer they continue the part before.
export const SITUATION_CONTEXT = /\b(?:we had|there (?:was|were)|our (?:team|company|department|store|school|clinic|office|manager|customers)|the (?:company|team|department|business|client|school|store|office) (?:was|were|had))\b/i;
export const NARRATIVE_PAST = /\b(?:was|were|had)\b/i;

// ------------------------------------------------------------ Task: the candidate's own goal or problem
// B1 Task: "a goal/ownership phrase ('I was responsible for', 'my goal was')".
export const TASK_OWNED = new RegExp(
  [
    String.raw`\bi (?:was|am) (?:responsible|accountable|in charge|tasked|asked|assigned|expected|hired|brought in|the one)\b`,
    String.raw`\bmy (?:job|role|goal|task|aim|responsibility|objective|brief|mission|challenge|assignment|remit|target) (?:was|is)\b`,
    String.raw`\bi (?:needed|had|wanted|was trying|set out|decided I had) to\b`,
    String.raw`\b(?:asked|told|needed|wanted) me to\b`,
    String.raw`\bit was (?:up to me|my job|on me|my responsibility)\b`,
    String.raw`\bi (?:took on|volunteered to|took ownership of|owned)\b`,
  ].join('|'),
  'i',
);
export const TASK_STAKES = /\b(?:the|our) (?:goal|task|aim|challenge|problem|issue|objective|ask|deadline|brief|risk|target) (?:was|is)\b|\bwe (?:needed|had) to\b|\bthe challenge\b/i;

// ------------------------------------------------------------ Action: concrete steps, "I" not "we"
// B1 Action: first-person past-tense action verbs. A subject, an optional adverb, then a past
// tense: regular "-ed" forms, or the irregular verbs people use for work.
const IRREGULAR_PAST = [
  'built', 'rebuilt', 'wrote', 'rewrote', 'set', 'made', 'ran', 'led', 'took', 'met', 'put', 'chose', 'spoke', 'sent', 'drew', 'found',
  'got', 'gave', 'began', 'brought', 'taught', 'did', 'went', 'held', 'kept', 'told', 'sought', 'dug', 'fought', 'laid', 'paid', 'read',
  'sold', 'sat', 'spent', 'stood', 'stuck', 'threw', 'undertook', 'drove', 'came up', 'broke down', 'showed', 'split', 'shut', 'rang',
].join('|');
// Past forms that describe a state, a wish or background rather than a step taken.
export const NOT_ACTIONS = new Set([
  'needed', 'wanted', 'liked', 'loved', 'hoped', 'learned', 'learnt', 'realised', 'realized', 'felt', 'seemed', 'used', 'joined', 'worked',
  'expected', 'supposed', 'wondered', 'enjoyed', 'believed', 'assumed', 'preferred', 'hated', 'struggled', 'panicked', 'stressed',
  'noticed',
]);
const ADVERB = String.raw`(?: (?:then|first|also|quickly|personally|immediately|finally|eventually|next|just|actually|carefully|simply|even|later|soon|instead|still|always|never|\w+ly))?`;
// "the school where I taught", "as we went", "if we had": a subordinate clause is background, not a step.
const NOT_RELATIVE = String.raw`(?<!\b(?:where|when|while|who|which|that|as|if) )`;
export const I_ACTION = new RegExp(String.raw`${NOT_RELATIVE}\bi${ADVERB} ([a-z]+ed|${IRREGULAR_PAST})\b`, 'gi');
export const WE_ACTION = new RegExp(String.raw`${NOT_RELATIVE}\b(?:we|the team|my team)${ADVERB} ([a-z]+ed|${IRREGULAR_PAST})\b`, 'gi');
// B1 Action: "Presence of 'because/so that' reasoning".
export const REASONING = /\b(?:because|so that|in order to|to make sure|which meant I could|the reason)\b/i;

// ------------------------------------------------------------ Result: the outcome, quantified
// B1 Result: outcome verbs ("reduced", "increased", "shipped") and result connectors.
export const RESULT_PHRASE = new RegExp(
  [
    String.raw`\b(?:as a result|in the end|the result was|the outcome|which meant|this meant|that meant|ended up|by the end|resulting in|led to|thanks to (?:this|that)|because of (?:this|that)|since then)\b`,
    String.raw`\b(?:my (?:manager|boss|director|client|lead)|the (?:client|customer|manager|team lead)) (?:said|told me|thanked|praised|wrote)\b|\b(?:thanked|praised|congratulated) me\b`,
    String.raw`\b(?:was|were|got|has been) (?:adopted|approved|rolled out|promoted|praised|recognised|recognized|hired|published)\b`,
    String.raw`\b(?:is|are) still (?:used|using|in use|running)\b`,
    String.raw`\b(?:my|our|the) (?:manager|boss|director|client|customer|team|users?|customers|clients|patients|students) (?:was|were|seemed|felt) (?:happy|pleased|delighted|impressed|thrilled|relieved|grateful)\b`,
    String.raw`\bwent from\b`,
    String.raw`\b(?:award|promotion|raise|bonus)\b`,
  ].join('|'),
  'i',
);
// With "finished two weeks early", "by August": signs of an outcome that outweigh a bare action verb but not an ownership phrase.
export const OUTCOME_VERB =
  /\b(?:reduced|increased|improved|saved|cut|grew|doubled|tripled|halved|boosted|raised|lowered|dropped|decreased|shrank|jumped|rose|fell|eliminated|exceeded|won|earned|gained|shortened|sped up|freed up|recovered|got (?:better|faster|easier|quicker|cheaper)|(?:finished|delivered|launched|shipped|done|completed|ready|live|out)(?: \w+){0,3} early|on time|ahead of schedule|under budget|on budget|(?:more|less) (?:accurate|reliable|consistent)|(?:it|this|that) (?:helped|worked)|stopped|disappeared|went away|went (?:down|up)|(?:got|became) (?:calmer|quieter|easier|smoother|simpler)|by (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:next|following) (?:week|month|quarter)))\b/i;
// DDI "complete STAR" and STAR+E: what was learned, and what would change next time.
export const REFLECTION =
  /\b(?:i (?:learned|learnt|took away)|next time|looking back|in hindsight|in retrospect|the lesson|taught me|if i did it again|if i had to do it again|i would do (?:it )?differently|i'd do (?:it )?differently|from then on|now i always|since then i)\b/i;

// STAR+E: how the story transfers to the target role (rubric B1, "+E / reflection" row).
export const TRANSFER =
  /\b(?:that is why|that's why|which is why|this is why|(?:in|for|to) this (?:role|job|team)|i(?:'d| would| will|'ll| can) bring|the same (?:skill|skills|approach|habit)|i still use|(?:moving|move|switching|switch|pivoting) (?:in)?to)\b/i;

// ------------------------------------------------------------ False STAR: theory instead of an event
// B1 Situation failure mode: 'Modal/hypothetical verbs ("would", "usually", "always")' (onlinecourses55).
export const HYPOTHETICAL = new RegExp(
  [
    String.raw`\b(?:i|we|you) would\b(?! have\b)`,
    String.raw`\bi'd (?:probably|usually|always|normally|typically|generally|first|then|try|start|make|ask|look|sit|talk|check|go|do|say|tell|begin|reach|schedule|set|get|call)\b`,
    String.raw`\b(?:i|we) (?:usually|always|normally|typically|generally|tend to|try to|will)\b`,
    String.raw`\b(?:i|we)'ll\b`,
    String.raw`\b(?:usually|typically|normally|generally|in general),? (?:i|we)\b`,
    String.raw`\bwhat i (?:do|would do|usually do|always do) is\b`,
    String.raw`\bif i (?:were|was) in (?:that|this|such a)\b`,
    String.raw`\bi(?: am|'m) (?:the kind of person|a person|someone) who\b`,
    String.raw`\bmy approach is\b`,
    String.raw`\byou (?:should|need to|have to|want to)\b`,
  ].join('|'),
  'i',
);

// ------------------------------------------------------------ Who did it
export const I_FORMS = /\b(?:i|me|my|mine|myself)\b/gi;
// "US" in capitals is the country, not "us".
export const WE_FORMS = /\b(?:we|our|ours|ourselves|us)\b/gi;

// ------------------------------------------------------------ Measurable result
// B1 Result: "Number / % / $ / time-unit tokens"; Amazon: "data- and metric-driven".
// Digit groups joined by single separators ("18,400", "2.5"): no run of commas to backtrack over.
export const NUMBER = /(?<![\p{L}\d])[$£€]?\d+(?:[.,]\d+)*(?: ?(?:%|percent\b|per cent\b|k\b|x\b|m\b|bn\b))?/giu;
export const YEAR = /^(?:19|20)\d\d$/;
export const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
export const WORDED_METRIC = new RegExp(
  [
    String.raw`\b(?:doubled|tripled|quadrupled|halved)\b`,
    String.raw`\bby (?:half|a third|a quarter|two thirds|three quarters)\b`,
    String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of|a thousand|thousands of|dozens of|a dozen) (?:\w+ )?(?:seconds|minutes|hours|days|weeks|months|people|users|customers|clients|tickets|calls|patients|students|staff|employees|hires|leads|sales|orders|errors|complaints|points|pages|reports|times|percent|dollars|pounds|euros|steps|clicks|teams|stores|sites|branches|offices|departments|schools|clinics|countries)\b`,
    String.raw`\b(?:an|one|half an?|a full|a whole) (?:hour|day|week|month)s? (?:a|per|each|every) (?:day|week|month|year|person|report|cycle)\b`,
  ].join('|'),
  'gi',
);

// ------------------------------------------------------------ Delivery: hedges and fillers
// Rubric B2 Delivery: filler words (read.ai). The list is ours; "like" counts only beside a comma
// ("it was, like, a mess"), because "I'd like" and "like a checklist" are ordinary English.
/** Fillers that sit between commas ("So I basically, um, started"): a comma next to one does not end a clause. */
export const COMMA_FILLER = String.raw`um+|uh+|erm+|hmm+|like|you know|i mean|basically|actually|honestly|i guess|i think|kind of|sort of|maybe|probably|perhaps|i suppose`;
/** What is left where a filler was cut out ("I, , fixed"): closed up to one space. */
export const FILLER_GAP = /[ ,]{2,}/g;
export const HEDGE = new RegExp(
  [
    String.raw`\b(?:um+|uh+|erm+|hmm+)\b`,
    String.raw`\b(?:you know|i mean|basically|literally|actually|kind of|sort of|kinda|sorta|i guess|i suppose|maybe|perhaps|probably|i think|i feel like|somewhat|a little bit|more or less|or something|and stuff|pretty much|to be honest|honestly)\b`,
    String.raw`,\s?like\b`,
    String.raw`\blike,`,
  ].join('|'),
  'gi',
);

// ------------------------------------------------------------ The credential as evidence (seed 002)
// "Of course" is not a course.
export const CREDENTIAL_CUE =
  /\b(?:capstone|certificate|certification|certified|(?<!\bof )course(?:work)?|bootcamp|nano-?degree|micro-?credential|badge|my training|the programme|the program|my portfolio|portfolio project)\b/i;
/** Words of a credential's name that say nothing about which credential it is. */
export const GENERIC_CREDENTIAL_WORDS = new Set([
  'professional', 'certificate', 'certification', 'certified', 'associate', 'the', 'and', 'for', 'of', 'in', 'course', 'program', 'programme',
  'introduction', 'to', 'fundamentals', 'exam',
]);
