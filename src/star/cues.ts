/**
 * The phrases that mark each STAR part, and who did the steps, compiled once at module load
 * (measures, fillers and the credential are in signal-cues.ts; the Task's phrases in task-cues.ts,
 * the Result's in result-cues.ts). The rubric's "machine-checkable
 * signals" column (star-rubric.md B1) names the kind of phrase; the word lists are ours. Every
 * pattern starts at a word boundary or a literal and has no nested open-ended repeats, so the
 * cost stays linear on a 20,000-word answer; the text they run on has its spaces collapsed first
 * (segment.ts), so a single " " stands for any run of spaces.
 */

// ------------------------------------------------------------ Verb classes
// B1 Action: first-person past-tense action verbs: regular "-ed" forms, or the irregular verbs
// people use for work.
export const IRREGULAR_PAST = [
  'built', 'rebuilt', 'wrote', 'rewrote', 'set', 'made', 'ran', 'led', 'took', 'met', 'put', 'chose', 'spoke', 'sent', 'drew', 'found',
  'got', 'gave', 'began', 'brought', 'taught', 'did', 'redid', 'went', 'held', 'kept', 'told', 'sought', 'dug', 'fought', 'laid', 'paid',
  'read', 'sold', 'sat', 'spent', 'stood', 'stuck', 'threw', 'undertook', 'oversaw', 'drove', 'came up', 'broke down', 'showed', 'split',
  'shut', 'rang', 'cut', 'bought', 'caught', 'won', 'hit', 'let', 'rode', 'flew', 'swapped', 'broke', 'dealt', 'fed', 'hung', 'lent',
  'swept', 'withdrew', 'rethought', 'redrew', 'bent', 'lit', 'shook', 'woke', 'wound', 'upheld', 'foresaw', 'overcame', 'sped',
].join('|');
// Past forms that describe a state, a wish or background rather than a step taken.
export const NOT_ACTIONS = new Set([
  'needed', 'wanted', 'liked', 'loved', 'hoped', 'learned', 'learnt', 'realised', 'realized', 'felt', 'seemed', 'used', 'joined', 'worked',
  'expected', 'supposed', 'wondered', 'enjoyed', 'believed', 'assumed', 'preferred', 'hated', 'struggled', 'panicked', 'stressed',
  'noticed', 'managed', 'did',
]);
// The base forms of work steps. People telling a past event in the present ("so I call the
// supplier", and many who learned English later: "last year I make new schedule") use these; in
// an answer with no past at all, the same verbs are a habit ("I make a list every morning").
const BASE_STEPS = [
  'make', 'call', 'phone', 'ring', 'email', 'send', 'order', 'fix', 'check', 'write', 'rewrite', 'build', 'rebuild', 'create', 'set up',
  'put', 'talk', 'ask', 'speak', 'meet', 'organise', 'organize', 'plan', 'train', 'show', 'change', 'move', 'decide', 'start',
  'give', 'take', 'prepare', 'update', 'contact', 'schedule', 'split', 'arrange', 'explain', 'tell', 'bring', 'run', 'lead', 'clean',
  'count', 'review', 'add', 'cut', 'print', 'design', 'test', 'teach', 'collect', 'list', 'introduce', 'suggest', 'propose', 'offer',
  'invite', 'hire', 'book', 'pack', 'load', 'sort', 'redo', 'analyse', 'analyze', 'compare', 'map', 'track', 'record', 'measure',
  'chase', 'escalate', 'report', 'document', 'draft', 'present', 'share', 'install', 'repair', 'replace', 'reorganise', 'reorganize',
  'negotiate', 'convince', 'coach', 'mentor', 'correct', 'go', 'visit', 'open', 'close', 'translate', 'cook', 'serve', 'deliver',
  'drive', 'buy', 'pay', 'post', 'upload', 'scan', 'type', 'copy', 'draw', 'sketch', 'research', 'interview', 'inspect', 'audit',
  'survey', 'calculate', 'launch', 'publish', 'edit', 'approve', 'discuss', 'text', 'message', 'carry', 'ship', 'stock', 'label',
  'solve', 'finish', 'complete', 'help', 'support', 'clear', 'print', 'code', 'program', 'advertise', 'manage',
];
const BASE_STEP = BASE_STEPS.join('|');
// "making", "planning", "counting": the -ing form of each plain verb above.
const ing = (verb: string): string =>
  verb.endsWith('e') && !verb.endsWith('ee')
    ? `${verb.slice(0, -1)}ing`
    : /^[^aeiou]*[aeiou][bdglmnprt]$/.test(verb)
      ? `${verb}${verb.at(-1)}ing`
      : `${verb}ing`;
// Not "I was running the desk", "I was leading a team": a role, not a step.
// Not the verbs of a job ("I was driving for a wholesaler", "I was teaching Year 9"): background, not a step.
const JOB_VERBS = new Set(['run', 'lead', 'manage', 'go', 'drive', 'serve', 'cook', 'teach', 'train', 'coach', 'mentor', 'support', 'help', 'deliver', 'code', 'program', 'translate', 'stock', 'clean', 'book']);
const STEP_ING = BASE_STEPS.filter((verb) => !JOB_VERBS.has(verb) && !verb.includes(' ')).map(ing).join('|');
/** Past forms that are also the present ("I put the hardest job first"): past only where the story is. */
export const SAME_IN_PRESENT = new Set(['put', 'set', 'cut', 'split', 'let', 'hit', 'read', 'shut']);
// Verbs of a change that happened, for the sentence after the last step ("the couple booked
// again", non-native "the owner give me more salary").
// With what someone else said, thought or became after the steps ("She left us a review", "he said").
export const PAST_FORMS: ReadonlySet<string> = new Set([...IRREGULAR_PAST.split('|'), 'left', 'said', 'thought', 'felt', 'knew', 'became', 'stayed', 'came', 'forgot']);
export const HAPPENED_PRESENT: ReadonlySet<string> = new Set(
  'go goes give gives get gets become becomes start starts stop stops come comes pass passes say says agree agrees call calls could'.split(' '),
);

// "We all worked together", "we both stayed": a quantifier floats between subject and verb as an adverb does.
const ADVERB = String.raw`(?: (?:all|both|each|together|then|first|also|quickly|personally|immediately|finally|eventually|next|just|actually|carefully|simply|even|later|soon|instead|still|always|\w+ly))?`;
/**
 * `subject` where none of `words` comes right before it. The look-behind comes after the subject,
 * so it runs only where the subject matched, not at every position of the text.
 */
const subjectNotAfter = (subject: string, words: string): string => String.raw`\b${subject}\b(?<!\b(?:${words}) ${subject})`;
// "the school where I taught", "as we went", "if we had": a subordinate clause is background, not a step.
// "that" is a relative only where it does not point back: "After that we sold more" is a step.
const RELATIVE = String.raw`where|when|while|who|which|that(?<!\b(?:after|before|since|like|from|with|of|by) that)|as|if`;
// "The team" acts only as a subject, not in "keeps the team focused" or "I trained the team".
const TEAM_SUBJECT = subjectNotAfter(
  '(?:the|my|our) team',
  `${RELATIVE}|keeps?|kept|makes?|made|gets?|got|helps?|helped|lets?|tell|told|ask|asked|train|trained|show|showed|left|had|see|saw|with|for|to|of|by|from|about|into|on|in`,
);
/** A regular past, compound ones too: "we role-played the call", "I double-checked every label". */
const PAST_ED = String.raw`(?:[a-z]+-)?[a-z]+ed`;
/** "Sessions were run by me": the passive names who did it. */
const DONE_BY_ME = String.raw`\b(?:[a-z]+ed|run|done|made|written|given|taken|shown|set up|put) by me\b`;
// A bullet with no subject ("- pulled three months of scans") is the writer's own step.
const BULLET = String.raw`^[-*\u2022]+ ?`;
export const I_ACTION = new RegExp(
  String.raw`(?:${subjectNotAfter('i', RELATIVE)}(?:'ve| have)?${ADVERB} |${BULLET})(${PAST_ED}|${IRREGULAR_PAST})\b|\b(?:was|were) ([a-z]+ed|${IRREGULAR_PAST}|run|done|written|given|taken|shown)(?= by me\b)`,
  'gi',
);
/** "me and the other tech counted": a joint subject told as a chat tells it, opening its clause, is a "we". */
const JOINT_STEP_SUBJECT = String.raw`\bme(?<=(?:^|[.!?;:,] |\b(?:so|then|and|but) )me) and (?:my |the |a |our )?(?:[\w-]+ )?[\w-]+`;
export const WE_ACTION = new RegExp(String.raw`(?:${subjectNotAfter('we', RELATIVE)}|${TEAM_SUBJECT}|${JOINT_STEP_SUBJECT})${ADVERB} (${PAST_ED}|${IRREGULAR_PAST})\b`, 'gi');
/** "I make", "we decide", "I was make": a step in the present, or a learner's past. */
// "I was put on a team" is a passive (the base form is also the participle), not a learner's "I was make".
// Nor a question turned round ("she asked could I sort it out"): the verb there is what was asked.
const RELATIVE_OR_ASKED = `${RELATIVE}|could|can|would|will|should|might|did|do|does`;
export const I_PRESENT_STEP = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE_OR_ASKED)}${ADVERB}(?: was(?! (?:put|set|cut|let|hit|read|shut|split|run|come)\b))? (?:${BASE_STEP})\b`, 'i');
/** The verb of such a present step ("i check cable", "i clean printhead"), to count it as the person's own step. */
export const I_PRESENT_VERB = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE_OR_ASKED)}${ADVERB} (${BASE_STEP})\b`, 'gi');
/** "I was going to the warehouse and counting": a learner's past, one step, though also a native's background. */
// "I'm training the admin team" is a step of a project under way; "I'm going to" is not one yet.
export const I_ONGOING_STEP = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE)}(?: was (?:going to|${STEP_ING})|(?:'m| am) (?:currently |now )?(?:${STEP_ING}))\b`, 'i');
/** "I coach under-12s football", "I run a small café": the job the story happens in, in the present, not a step. */
export const I_PRESENT_JOB = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE)}${ADVERB} (?:${[...JOB_VERBS].join('|')}|work|volunteer|own)\b`, 'i');
export const WE_PRESENT_STEP = new RegExp(String.raw`${subjectNotAfter('we', RELATIVE_OR_ASKED)}${ADVERB}(?: were)? (?:${BASE_STEP})\b`, 'i');
// A past tense with a subject, not a participle like "everyone involved": the answer tells of
// something that happened, so present-tense steps in it are narrative.
export const TOLD_IN_PAST = /\b(?:was|were|had|did)\b/i;
// B1 Action: "Presence of 'because/so that' reasoning".
export const REASONING = /\b(?:because|so that|in order to|to make sure|which meant I could|the reason)\b/i;

// ------------------------------------------------------------ Situation: one real, specific event
// B1 Situation: "time/place anchors ('In Q3 2023, at...')" (Michigan Tech; UGA; Case Western).
const MONTH_OR_SEASON = '(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter)';
/** A clock time or a weekday: it places one event as a date does ("at 7pm on a Saturday", "last Tuesday", "at half past six"). */
export const DAY_TIME = new RegExp(
  [
    String.raw`\bat (?:about |around |exactly |roughly |nearly |almost |just (?:before|after) )?(?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)|\d{1,2}:\d\d|(?:half|quarter) (?:past|to) [a-z]+|midnight|midday|noon|lunchtime|closing time|opening time|dawn)`,
    String.raw`\b(?:on|one|last|that|this|a|early|late)(?: (?:busy|quiet|rainy|wet|cold|hot|packed|hectic|manic|particular|bank holiday))? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s\b)`,
  ].join('|'),
  'i',
);
/** When it happened: a year, a season, "last spring", "two years ago", "one night". */
export const TIME_ANCHOR = new RegExp(
  [
    String.raw`\b(?:in|during|back in|by|since|around|early|late|mid|${MONTH_OR_SEASON})(?: the)?(?: (?:early|late|mid))?(?: ${MONTH_OR_SEASON})?(?: of)? (?:19|20)\d\d\b`,
    String.raw`\bq[1-4]\b`,
    // "last March", "in June", "early that spring": a month or season said without its year.
    String.raw`\b(?:last|this|that|in|early|late|mid|back in|one|early that|late that) (?:january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter)\b|\b(?:last|that|this) may\b`,
    // A stretch of time the story sits in: "during the end-of-year stocktake", "halfway through the season".
    String.raw`\b(?:during|halfway through|half way through|in the middle of|throughout|at the (?:start|end|height|peak|beginning) of) (?:the|a|an|our|my|that|this|last|one) [\w-]+`,
    // "over one weekend", "in one week" is how long, not when.
    // Not a measure's baseline: "up 20% on last month", "better than last year".
    String.raw`\b(?:(?<!\b(?:on|than|versus|vs|to|with) )last|that|(?<!\b(?:over|in|within|for|across|inside|under) )one|the previous|the following) (?:year|month|week|quarter|summer|winter|spring|autumn|fall|christmas|easter|term|semester|day|morning|afternoon|evening|night|weekend|shift|season|time)\b`,
    String.raw`\b(?:a|two|three|four|five|six|few|couple of|several|some) (?:years?|months?|weeks?) (?:ago|back)\b`,
    String.raw`\b(?:earlier|later) this (?:year|month|week)\b|\bthis time last year\b|\brecently\b`,
    // "On my second day as a waiter", "in my first week at the depot": a point in a new job.
    String.raw`\b(?:on|in|during) my (?:first|second|third|fourth|fifth|very first|last) (?:day|night|shift|week|month|morning)\b`,
    // "My first month as a team leader, ...": with or without "in".
    String.raw`(?:\b(?:in|during) |^)my (?:first|second|third|last|final|very first) (?:day|year|month|week|term|season|shift|job|placement)\b`,
    String.raw`\b(?:early|late|later|earlier) (?:on )?in my (?:[\w-]+ )?(?:career|time|job|role|placement|training)\b`,
    String.raw`^(?:so )?i once\b`,
    String.raw`\bat the time\b|\b(?:currently|at the moment|right now)\b`,
    String.raw`\bone day\b`,
    DAY_TIME.source,
    // A part of the working day, with or without its article: "during lunch service", "during the evening rush".
    String.raw`\bduring (?:[\w-]+ )?(?:service|shift|rush|rush hour|handover|lunch|dinner|breakfast|peak|close|opening)\b`,
    // An event that dates the story as a year does: "during the lockdown", "in the Christmas rush".
    String.raw`\b(?:during|in|through|over) (?:the |a |that |our |my )?(?:first |second |last |big |annual |busy |holiday |summer |christmas )?(?:lockdowns?|pandemic|covid|strike|outbreak|heatwave|recession|merger|takeover|refit|restructur(?:e|ing)|relocation|audit|inspection|peak season|busy season|rush|floods?|storm|power cut|outage)\b`,
    // "After 25 years as a builder ...": the career the story comes from.
    String.raw`\bafter (?:[\w-]+ ){1,2}(?:years?|months?|decades?) (?:as|at|in|with)\b`,
  ].join('|'),
  'i',
);
// Where people work, for "at the clinic", "in my restaurant", "on our unit".
const WORKPLACE = [
  'cafe', 'café', 'shop', 'store', 'clinic', 'hospital', 'ward', 'unit', 'school', 'college', 'university', 'warehouse', 'depot', 'hotel',
  'restaurant', 'bank', 'branch', 'bakery', 'factory', 'plant', 'garage', 'office', 'agency', 'firm', 'council', 'charity', 'pub', 'bar',
  'kitchen', 'call cent(?:re|er)', 'cent(?:re|er)', 'company', 'start-up', 'startup', 'practice', 'pharmacy', 'care home', 'nursery',
  'salon', 'site', 'base', 'station', 'airport', 'port', 'farm', 'library', 'museum', 'theatre', 'theater', 'club', 'lab', 'studio',
  'department', 'business', 'venue', 'gym', 'surgery', 'army', 'navy', 'regiment', 'ship', 'supermarket', 'association', 'trust',
  'organisation', 'organization', 'authority', 'foundation', 'non-profit', 'nonprofit',
].join('|');
/** Where it happened, or the role it happened in. */
export const PLACE_ANCHOR = new RegExp(
  [
    String.raw`\b(?:at|in|on|during) (?:my|our) (?:last|previous|old|current|first|former|final) [\w-]+`,
    // The article is often dropped by people who learned English later: "in hotel".
    String.raw`\b(?:at|in|on) (?:(?:the|a|an|my|our|this) )?(?:[\w&'-]+ ){0,2}(?:${WORKPLACE})\b`,
    String.raw`\b(?:when|while) (?:i|we) (?:was|were|worked|work|started|joined|ran|managed|taught|led|lived|had|did|moved|switched|changed|retrained)\b`,
    // "New website for a dental practice": the workplace the work was for.
    String.raw`\bfor (?:a|an) (?:[\w&'-]+ ){0,2}(?:${WORKPLACE})\b`,
    // "My neighbour runs a small bakery", "my uncle owned a garage": the workplace as what someone runs.
    String.raw`\b(?:runs?|ran|owns?|owned|manages?|has|had) (?:a|an|the|his|her|their|our|my) (?:[\w&'-]+ ){0,2}(?:${WORKPLACE})\b`,
    // "For ten years I taught piano": the career the story comes from.
    String.raw`^(?:so )?for (?:[\w-]+ ){1,2}years\b`,
    String.raw`(?:\bi |${BULLET})(?:worked|was working) (?:at|as|for|in)\b`,
    String.raw`\b(?:during|for|in) (?:my|the) (?:[\w-]+ ){0,3}(?:course|certificate|capstone|bootcamp|training|programme|program|degree|internship|placement)\b`,
    String.raw`\b(?:at|in|for) (?:the|a|an) [\w-]+(?: [\w-]+)? (?:where|when) (?:i|we)\b`,
    // "As a platoon sergeant, ...": the role the story happened in, at the start of a clause.
    String.raw`^(?:so |well |ok |okay )?as (?:an?|the) (?!(?:result|team|whole|group|rule|matter|consequence|start|bonus|first step|next step)\b)[\w-]+`,
  ].join('|'),
  'i',
);
/**
 * A workplace by its name, which only its capital marks: "I reorganised the stockroom at Boots".
 * Case-sensitive, so a separate pattern; "at" only, as "in Excel" names a tool, not a place.
 */
export const NAMED_PLACE = /\b[Aa]t (?!(?:I|First|Last|Least|Once|Times|All|Christmas|Easter)\b)[A-Z][\w'&-]+/;
export const SITUATION_ANCHOR = new RegExp(`${TIME_ANCHOR.source}|${PLACE_ANCHOR.source}`, 'i');
// Context verbs set the scene; they count only before the first step (classify.ts).
export const SITUATION_CONTEXT = new RegExp(
  [
    String.raw`\b(?:we had|there (?:was|were)|our (?:team|company|department|store|school|clinic|office|manager|customers)|the (?:company|team|department|business|client|school|store|office) (?:was|were|had))\b`,
    String.raw`\bkept \w+ing\b`,
    // Where a measure stood before the work: "and we were at 70%".
    String.raw`\b(?:we|it|they|(?:the|our) [\w-]+) (?:were|was|stood|sat) (?:only |just |about |around |still )?at (?:only |just |about |around )?\d`,
    String.raw`\b(?:we|they|it) (?:have|has) (?:a |an )?(?:problem|issue)`,
    String.raw`\b(?:was|were) (?:always |often |constantly |still |too |really )?(?:late|behind|slow|short of|struggling|falling behind|dropping|unhappy|complaining|chaos|missing)\b`,
  ].join('|'),
  'i',
);
/**
 * What the candidate saw or was told before acting ("I noticed the POS froze", "I was told the
 * van had not come"): the event is the scene, though the subject is "I".
 */
// "Saw" and "heard" are perception only with what happened after them: "I saw each of them on their own" is a meeting, a step.
export const PERCEIVED = new RegExp(
  String.raw`^(?:(?:and|so|but|then|one day|that day),? )?(?:i|we) (?:(?:first|suddenly|soon|then|also|quickly|just) )?(?:noticed|realised|realized|found out|could see|was told|were told|got (?:a|an) (?:call|email|message|text|complaint)|kept (?:seeing|getting|hearing)|started (?:noticing|seeing|getting|hearing)|(?:saw|heard) (?:that|how|what|there)\b|(?:saw|heard) (?:[\w'-]+ ){1,4}?(?:was|were|had|[a-z]{3,}ed|[a-z]{3,}ing|${IRREGULAR_PAST}|froze|fell|broke|crashed|stopped|jam|crash|freeze|fall|break|stop|leave|walk out|go down)\b)`,
  'i',
);
/**
 * A count that stood rather than changed: a load per day, or work waiting ("we had 40 tickets a
 * day", "there were 300 orders open"). A number in the scene, wherever it is told, measures no outcome.
 */
export const STANDING_COUNT = new RegExp(
  String.raw`\b(?:(?:we|they|i|it|(?:the|our|my) [\w-]+(?: [\w-]+)?) (?:had|has|have|handled|got|were getting|was getting|were handling|was handling|used to (?:get|have|handle))|there (?:was|were|are|is)) (?:(?:about|around|over|only|just|nearly|almost|roughly|some|up to|more than) )?[$£€]?\d[\d,.]*%?(?: [\w-]+){0,3}? (?:(?:a|an|per|each|every) (?:day|week|month|year|shift|night|hour|quarter|morning|evening)|open|waiting|outstanding|overdue|unanswered|in (?:the|our|a) (?:queue|backlog|inbox))\b`,
  'i',
);
/** A rise or a fall, the shape of a problem when it opens the story ("our sales dropped 20%"). */
export const PROBLEM_CHANGE = /\b(?:dropped|fell|rose|went (?:up|down)|doubled|tripled|halved|grew|jumped|climbed|slipped|slumped|plummeted|shot up|increased|decreased)\b/i;
export const NARRATIVE_PAST = /\b(?:was|were|had)\b/i;
/**
 * A clause that opens with "when / after / because" and tells what someone else did or what
 * was so ("when the coach company cancelled"): the circumstance of a step, wherever it is told.
 */
export const SUBORDINATE_SCENE = new RegExp(
  String.raw`^(?:when|after(?! (?:that|this)\b)|because|once|as soon as|while) (?!(?:i|we)\b)(?:[\w'&-]+ ){1,4}?(?:was|were|had|[a-z]{2,}ed|${IRREGULAR_PAST}|fell|rose|grew|broke|died|lost|left|quit|became|began|froze|went down|ran out)\b`,
  'i',
);
/** Where segment.ts ends a clause before such a circumstance: "... when the", "... after our". */
export const SCENE_AFTER = String.raw`(?:when|after|because|once|as soon as|while) (?:the|a|an|our|my|his|her|their|this|that|some|all|every|most|one)\b`;

// ------------------------------------------------------------ False STAR: theory instead of an event
// B1 Situation failure mode: 'Modal/hypothetical verbs ("would", "usually", "always")' (onlinecourses55).
// "I'd" is "I would" before a plain verb and "I had" before a participle ("I'd been there six years").
const PARTICIPLE = String.raw`been|had|done|gone|got|made|seen|taken|given|written|spoken|chosen|driven|broken|forgotten|gotten|shown|known|grown|thrown|drawn|begun|left|told|found|heard|worked|[a-z]+ed`;
/**
 * The past before the story's past ("nobody had checked in for months", "I'd been so focused on
 * new clients"): what led up to the events, so the scene, never their outcome.
 */
// With "had" the irregular participles are past for sure: "broken screens that had cost them £200".
const HAD_PARTICIPLE = 'cost|spent|paid|lost|bought|sold|kept|brought|caught|taught|built|sent|won|hurt|put|set|cut|let|run|come|become|taken|eaten|fallen|risen|stolen';
export const PLUPERFECT = new RegExp(String.raw`(?:\bhad|'d)(?: (?:never|not|already|just|always|only|ever|all|both))? (?:${PARTICIPLE})\b|\bhad(?: (?:never|not|already|just|always|only|ever|all|both))? (?:${HAD_PARTICIPLE})\b`, 'i');
const D_ADVERB = 'just|also|then|first|probably|usually|always|normally|typically|generally|definitely|really|still|rather|never|not|already|only|ever';
export const HYPOTHETICAL = new RegExp(
  [
    String.raw`\b(?:i|we|you) would\b(?! have\b)`,
    // The adverb is never the verb itself, or "I'd never used Figma" would read as "I would never".
    String.raw`\b(?:i|we)'d (?:(?:${D_ADVERB}) )?(?!(?:${PARTICIPLE}|like|love|say|${D_ADVERB})\b)[a-z]+`,
    // "I always think about the time...": recalling a story is not a habit of work.
    String.raw`\b(?:i|we) (?:usually|always|normally|typically|generally|tend to|try to|will)\b(?! (?:think|remember|say|tell|mention|talk about|come back|look back)\b)`,
    String.raw`\b(?:i|we)'ll\b`,
    String.raw`\b(?:i|we) used to\b(?! (?:work|be|live|manage|run|have|lead)\b)`,
    String.raw`\b(?:usually|typically|normally|generally|in general),? (?:i|we)\b`,
    String.raw`\bwhat i (?:do|would do|usually do|always do) is\b`,
    String.raw`\bif i (?:were|was) in (?:that|this|such a)\b`,
    String.raw`\bi(?: am|'m) (?:the kind of person|a person|someone) who\b`,
    String.raw`\bi(?: am|'m) always\b`,
    String.raw`\bi (?:like|prefer) to (?!think\b)`,
    // "I haven't had that exact situation, but...": no event, said outright.
    String.raw`\bi (?:haven'?t|have not|have never|never|didn'?t|did not) (?:had|faced|been in|come across|experienced|had to deal with) (?:that|this|a|such a|an) (?:exact |specific |particular )?(?:situation|experience|problem|case)\b`,
    String.raw`\bmy approach is\b`,
    String.raw`\byou (?:should|need to|have to|want to)\b`,
  ].join('|'),
  'i',
);

/**
 * "I said I would do it", "I promised we'd call back", "I worked out how much stock we would need":
 * what was said, thought or worked out then, a real event, not what the person would do. Taken out before HYPOTHETICAL is tested.
 */
export const REPORTED_WOULD = /\b(?:said|told (?:him|her|them|us|(?:my|our|the) [\w-]+(?: [\w-]+)?)|promised(?: (?:him|her|them|us))?|agreed|decided|knew|thought|hoped|realised|realized|felt|guessed|figured|explained|warned|replied|answered|confirmed|assured (?:him|her|them)|offered|was sure|were sure) (?:that )?(?:i|we)(?: would|'d)\b|\b(?:[a-z]+ed|working|figuring|knew|found|thought) (?:out )?(?:how (?:much|many|long|far)|whether|if)(?: [\w-]+){0,3}? (?:i|we)(?: would|'d)\b/gi;
/**
 * Where a step's purpose starts ("I moved the bake to 10 am | so that we always had fresh loaves"):
 * a habit or "would" after it is the aim of the step, not a habit of the person's.
 */
export const PURPOSE_AFTER = /\b(?:so that|so|in order that|in order to|to make sure|which meant|because)\b/i;

/**
 * A sentence that opens on a past step with no subject ("Wrote a script that emailed the invoices."):
 * notes and CV style, the writer's own step, as an unmarked bullet is.
 */
export const SUBJECTLESS_STEP = new RegExp(
  String.raw`^(?:then |also |first,? |next,? |finally,? )?((?!(?:based|compared|followed|according|given|related|needed|wanted|used|supposed|interested|involved|red|bed|shed)\b)(?:re-|pre-|co-|double-)?[a-z]{2,}ed|${IRREGULAR_PAST})\b`,
  'i',
);
/** A step whose subject is the one before it: "I broke the move into waves, booked the transport...". */
/** A step joined by "and" that shares the clause's "I": "I used React | and wrote tests". */
export const COORDINATED_STEP = new RegExp(String.raw`\band (?:then |also )?(?!(?:compared|based|followed|according|given|related|needed|wanted|used|supposed|interested|involved|worried|tired|excited|bored|stressed|scared)\b)([a-z]{3,}ed|${IRREGULAR_PAST})\b(?! (?:by|to be)\b)`, 'gi');
export const ELIDED_STEP = new RegExp(String.raw`^(?:and |then |and then )?(?!(?:compared|based|followed|according|given|related)\b)(?:${PAST_ED}|${IRREGULAR_PAST})\b`, 'i');
/** How things stand now ("She now takes half her bookings through it"): after the steps, an outcome. */
export const NOW_STATE =
  /\b(?:now|still|these days|to this day|ever since|by then|before long|soon after|within (?:a few|a couple of|\w+) (?:days|weeks|months)|after (?:a|one|two|three|a few|a couple of) (?:days?|weeks?|months?))\b/i;
/** A clause that opens on when the outcome came ("By the review we'd gone from last to third"): the story's end. */
export const OUTCOME_TIME = /^(?:(?:and|but|so) )?(?:by (?:the|then|that|this|[a-z]+ (?:19|20)\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter)|within|after (?:a|one|two|three|four|six|a few|a couple|that|this)|in the end|eventually|before long|soon after|since then|from then on)\b/i;
/** The same time told at the clause's end: "All forty had logged in within a fortnight". */
export const OUTCOME_TIME_END = /\b(?:within (?:a|an|one|two|three|four|five|six|\d+|the (?:first|next|same)) [\w-]+|by the end of (?:the |that |this )?[\w-]+)[.!]*$/i;
/**
 * "... to see where new docking stations should go": the question a step serves. Told with the
 * first step, it is the question of the whole work (a Task); with a later one, why that step was taken.
 */
export const PURPOSE = /^to (?:see|find out|work out|understand|test|check|learn|figure out) (?:whether|where|why|how|if|what|which|who)\b/i;
/** "What I did was add the maps": the step, said as such; "I did a course every evening" is a step too. */
export const STEP_SAID = /\bi (?:learned|learnt|taught myself) (?!(?:that|to|a lot|from|how important|the hard way|my lesson|a lesson|a valuable|the importance)\b)[\w-]+|\bwhat (?:i|we) did (?:first |next |then )?was\b|\b(?:i|we) did (?:a|an|some|extra|two|three|four|five|several|every|all the|lots of|the|my|our|most of the) (?!(?:same|rest|right thing)\b)(?!(?:lot|bit|good|great|bad|poor)\b)[\w-]+/i;
/** "... by 15% by renegotiating with two couriers": how it was done, a step. */
export const METHOD = /^by [a-z]+ing\b/i;
/**
 * A learner's past: a singular subject with the plain verb ("the owner decide", "my manager tell
 * me", "the new menu open on time"), which English in the present would give an -s. It tells one
 * event, so present-tense steps around it are a story, not a habit.
 */
export const LEARNER_PAST = /\b(?:the|my|our|his|her|their|this|that) (?:[\w-]+ )?(?:boss|[\w-]*[^s\W])(?<!\b(?:i|we|you|they|people|police|staff|team)) (?:decide|tell|say|ask|give|want|call|come|open|start|change|send|take|make|see|find|agree|like|love|accept|approve|pay|leave|go|get|put|become|begin|close|stop|break|fall|arrive|order|complain|fire|hire|promote|thank)\b|(?<!\b(?:did|does|do|will|would|can|could|should|may|might|must|let|make|made|help|helped|watch|watched|saw|heard|to) )\b(?:he|she) (?:bring|decide|tell|say|ask|give|want|call|come|send|take|make|find|agree|thank|buy|leave|get|become|write|start)\b/i;
/** A routine in the present ("every morning", "whenever"): with no past in the answer, its steps are a habit. */
export const HABITUAL =
  /\b(?:whenever|every time|each time|(?:every|each) (?:morning|day|evening|night|shift|week|month)|most of the time|nine times out of ten|more often than not|as a rule|if ever)\b/i;
/**
 * "Usually when it gets busy I make a list", "Normally, if a customer shouts, we let them finish":
 * a sentence opening on how things usually go, with the candidate acting in the present, is a habit.
 */
export const HABIT_OPENING =
  /^(?:(?:and|so|but) )?(?:usually|normally|typically|generally|most days|on a (?:normal|typical|usual|busy) day)\b,?[^.;!?]*?\b(?:i|we) (?:(?:just|also|always|usually|normally|then|first) )?(?!(?:was|were|had|did|would|used|could|went|got|made|took)\b)[a-z]+(?<!ed)\b/i;
/** "right now", "currently": the time of speaking, which dates no event in an answer about what the person usually does. */
export const PRESENT_TIME = /^(?:currently|at the moment|right now)$/i;
/**
 * Advice with no subject ("Own it, fix it, tell my boss.", "- listen first"): in an answer with no
 * past, what anyone should do, not a step taken.
 */
export const IMPERATIVE = new RegExp(
  String.raw`^(?:[-*\u2022]+ ?)?(?:(?:and|then|first|firstly|next|finally|just|always|never|so|also),? ){0,2}(?:${BASE_STEP}|own|admit|apologi[sz]e|listen|stay|keep|stop|say|learn|find|get|let|try|be|follow|flag|raise|warn|inform|accept|stay|remain|own up)\b(?! (?:i|we|was|were|is|are|had|has)\b)`,
  'i',
);

// ------------------------------------------------------------ Who did it
// B1 Action: "I", not "we". Who acts is the subject: "our store" and "my manager" set the scene,
// they say nothing about who did the work, so possessives count only where they claim the work
// ("my idea", "our decision"). "Me and the designer", "my colleague and I" are a "we".
// "our own idea", "on my own" claim the work; "our own customers" only says whose customers.
const OWNING = '(?:own(?! (?!(?:idea|decision|call|plan|suggestion|proposal|initiative)\\b)[a-z]+)|idea|decision|call|plan|suggestion|proposal|initiative)';
// "When we merged...", "how we recorded": background, as for steps (NOT_RELATIVE); "before I
// changed it" is still a step of the story. "We were told", "I was asked": done to, not doing.
const BACKGROUND = 'when|while|as|since|where|if|once|how|what|why';
const NOT_PASSIVE = String.raw`(?! (?:was|were) (?:[a-z]+ed|told|given|sent|taught|shown|made|left|put|set)\b)`;
export const JOINT_SUBJECT =
  /(?<=^|[.!?;:,] |\n)(?:(?:so|then|and|but) )?(?:me and (?:my |the |a |our )?[\w-]+|(?:my|the|a|our) (?:[\w-]+ )?[\w-]+ and (?:i|me)|i and (?:my|the|our) [\w-]+)\b/gim;
export const I_FORMS = new RegExp(String.raw`${subjectNotAfter('i', BACKGROUND)}${NOT_PASSIVE}|\bwhat i did\b|${DONE_BY_ME}|\bmyself\b|\bmy ${OWNING}\b|${BULLET}(?=(?:[a-z]+ed|${IRREGULAR_PAST})\b)`, 'gim');
/**
 * "I found we had charged him twice", "I suggested to the manager that we leave earlier": a "we" in
 * what was found, said or proposed is inside the candidate's own step, not someone else doing it.
 * "that" only where it opens such a clause: "After that we sold more" is the team acting.
 */
const REPORTED = String.raw`found|suggested|said|realised|realized|noticed|decided|agreed|proposed|showed|thought|knew|saw|learned|learnt|discovered|checked|ensured|explained|argued|recommended|meant|that(?<!\b(?:after|before|since|like|from|with|of|by|so|and|but|all|is|was) that)`;
/**
 * "the checklist we sent customers", "the files we needed": a "we" right after a noun opens a
 * relative clause about that thing, not the team acting. Not after a time ("The next day we
 * moved"), which is when the team acted, nor after a place or a partner told first ("At my last
 * company we relaunched", "with my colleague we checked"), opening the clause. Inside a step ("set
 * levels for the ten things we used most") such a phrase is the thing, and its "we" a relative clause.
 */
const AFTER_NOUN = String.raw`(?<!(?<!(?:^|[.!?;:,] |\b(?:and|so|but|then|together|along|first|later) )(?:(?:in|on|at|during|after|before|last|that|one) [\w-]+(?: [\w-]+)?,? )?(?:at|in|on|with|for|from|during|after|before|by|of|across|around|near|to|under|over|through|since|until|into|like|inside|outside|within|without|behind|beside|between|among) )\b(?:the|a|an|every|any|some|these|those|our|my|their|his|her|many|much|which|whose)(?: [\w-]+)? (?!(?:day|days|morning|afternoon|evening|night|week|weeks|month|months|year|years|time|moment|weekend|shift|minute|minutes|hour|hours|term|season|spring|summer|autumn|winter|quarter|round|point|end|start)\b)[a-z-]+ we)`;
export const WE_FORMS = new RegExp(String.raw`${subjectNotAfter('we', `${BACKGROUND}|${REPORTED}`)}${AFTER_NOUN}${NOT_PASSIVE}|\bwhat we did\b|\bourselves\b|\bour ${OWNING}\b|${TEAM_SUBJECT} (?:(?:at|in|on) (?:the|our|a) [\w-]+ )?(?=(?:was|were|had|did|[a-z]+ed|${IRREGULAR_PAST})\b)`, 'gi');
