/**
 * The phrases that mark each STAR part, and who did the steps, compiled once at module load
 * (measures, fillers and the credential are in signal-cues.ts). The rubric's "machine-checkable
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
export const PAST_FORMS: ReadonlySet<string> = new Set([...IRREGULAR_PAST.split('|'), 'left', 'said', 'thought', 'felt', 'knew', 'became', 'stayed', 'came']);
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
/** "Sessions were run by me": the passive names who did it. */
const DONE_BY_ME = String.raw`\b(?:[a-z]+ed|run|done|made|written|given|taken|shown|set up|put) by me\b`;
// A bullet with no subject ("- pulled three months of scans") is the writer's own step.
const BULLET = String.raw`^[-*\u2022]+ ?`;
export const I_ACTION = new RegExp(
  String.raw`(?:${subjectNotAfter('i', RELATIVE)}(?:'ve| have)?${ADVERB} |${BULLET})([a-z]+ed|${IRREGULAR_PAST})\b|\b(?:was|were) ([a-z]+ed|${IRREGULAR_PAST}|run|done|written|given|taken|shown)(?= by me\b)`,
  'gi',
);
export const WE_ACTION = new RegExp(String.raw`(?:${subjectNotAfter('we', RELATIVE)}|${TEAM_SUBJECT})${ADVERB} ([a-z]+ed|${IRREGULAR_PAST})\b`, 'gi');
/** "I make", "we decide", "I was make": a step in the present, or a learner's past. */
// "I was put on a team" is a passive (the base form is also the participle), not a learner's "I was make".
export const I_PRESENT_STEP = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE)}${ADVERB}(?: was(?! (?:put|set|cut|let|hit|read|shut|split|run|come)\b))? (?:${BASE_STEP})\b`, 'i');
/** The verb of such a present step ("i check cable", "i clean printhead"), to count it as the person's own step. */
export const I_PRESENT_VERB = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE)}${ADVERB} (${BASE_STEP})\b`, 'gi');
/** "I was going to the warehouse and counting": a learner's past, one step, though also a native's background. */
// "I'm training the admin team" is a step of a project under way; "I'm going to" is not one yet.
export const I_ONGOING_STEP = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE)}(?: was (?:going to|${STEP_ING})|(?:'m| am) (?:currently |now )?(?:${STEP_ING}))\b`, 'i');
/** "I coach under-12s football", "I run a small café": the job the story happens in, in the present, not a step. */
export const I_PRESENT_JOB = new RegExp(String.raw`${subjectNotAfter('i', RELATIVE)}${ADVERB} (?:${[...JOB_VERBS].join('|')}|work|volunteer|own)\b`, 'i');
export const WE_PRESENT_STEP = new RegExp(String.raw`${subjectNotAfter('we', RELATIVE)}${ADVERB}(?: were)? (?:${BASE_STEP})\b`, 'i');
// A past tense with a subject, not a participle like "everyone involved": the answer tells of
// something that happened, so present-tense steps in it are narrative.
export const TOLD_IN_PAST = /\b(?:was|were|had|did)\b/i;
// B1 Action: "Presence of 'because/so that' reasoning".
export const REASONING = /\b(?:because|so that|in order to|to make sure|which meant I could|the reason)\b/i;

// ------------------------------------------------------------ Situation: one real, specific event
// B1 Situation: "time/place anchors ('In Q3 2023, at...')" (Michigan Tech; UGA; Case Western).
const MONTH_OR_SEASON = '(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter)';
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
    String.raw`\b(?:last|that|(?<!\b(?:over|in|within|for|across|inside|under) )one|the previous|the following) (?:year|month|week|quarter|summer|winter|spring|autumn|fall|christmas|easter|term|semester|day|morning|afternoon|evening|night|weekend|shift|season|time)\b`,
    String.raw`\b(?:a|two|three|four|five|six|few|couple of|several|some) (?:years?|months?|weeks?) (?:ago|back)\b`,
    String.raw`\b(?:earlier|later) this (?:year|month|week)\b|\bthis time last year\b|\brecently\b`,
    // "My first month as a team leader, ...": with or without "in".
    String.raw`(?:\b(?:in|during) |^)my (?:first|second|third|last|final|very first) (?:day|year|month|week|term|season|shift|job|placement)\b`,
    String.raw`\b(?:early|late|later|earlier) (?:on )?in my (?:[\w-]+ )?(?:career|time|job|role|placement|training)\b`,
    String.raw`^(?:so )?i once\b`,
    String.raw`\bat the time\b|\b(?:currently|at the moment|right now)\b`,
    String.raw`\bone day\b`,
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

// ------------------------------------------------------------ Task: the candidate's own goal or problem
// B1 Task: "a goal/ownership phrase ('I was responsible for', 'my goal was')".
export const TASK_OWNED = new RegExp(
  [
    String.raw`\bi (?:was|am|had been|have been|'d been|'ve been|got) (?:(?:put|left|made) )?(?:responsible|accountable|in charge|tasked|asked|assigned|expected|hired|brought in|the one|(?:told|instructed|ordered|sent|given|chosen|picked) to)\b`,
    // Finding out why is the aim of what follows: "I decided to find out why".
    String.raw`\bi (?:decided|wanted|set out|tried|needed) to (?:find out|understand|work out|figure out|get to the bottom)\b`,
    // "My aim last year was", "improving communication was my responsibility".
    String.raw`\bmy (?:main |own |first )?(?:job|role|goal|task|aim|responsibility|objective|brief|mission|challenge|assignment|remit|target|part|priority|focus|question) (?:(?:last|that|this) (?:year|month|week|quarter|term|season|summer) |at the time |there )?(?:was|is)\b`,
    String.raw`\b(?:was|became|is) (?:my|our) (?:main |whole |own )?(?:responsibility|job|task|remit|goal|aim|brief|priority|problem to solve)\b`,
    // Ownership said plainly: "i was shift supervisor so it was my problem", "that was my call".
    String.raw`\b(?:it|this|that|so it) (?:was|became|is) (?:all |now )?my (?:problem|issue|call|mess|headache)\b`,
    String.raw`\bi (?:needed|had|wanted|was trying|set out|decided I had|must|have|need) to\b`,
    String.raw`\bi must\b`,
    String.raw`\b(?:asked|ask|asks|told|tell|needed|wanted|want|expected|trusted|challenged|pushed|encouraged|invited|begged|persuaded|got|tasked|nominated|appointed|assigned|chose|picked|sent|hired|paid|brought) (?:me|us) (?:in )?to\b`,
    String.raw`\bit was (?:up to me|down to me|my job|on me|my responsibility)\b`,
    String.raw`\b(?:fell|was left|came down|fell on|landed on|was on) (?:to )?me\b(?! (?:and|but)\b)`,
    // "My manager made me responsible for", "put us in charge of".
    String.raw`\b(?:made|put|left) (?:me|us) (?:responsible|accountable|in charge)\b`,
    // The work handed over: "The head passed it to me", "she handed the account over to me".
    String.raw`\b(?:passed|handed|forwarded|sent|assigned|delegated|referred|escalated|gave|left) (?:it|this|that|them|the (?:[\w'-]+ ){0,2}[\w-]+) (?:on |over |across )?to me\b`,
    // The work as a project the story is about: "four of us had a group project on renewable energy".
    String.raw`\b(?:i|we|(?:two|three|four|five|six) of us) (?:had|were given|got) (?:a|an|our|my) (?:[\w-]+ )?(?:project|assignment|brief|deadline|commission)\b`,
    // Time given for the work: "I was given a week to find the cause".
    String.raw`\b(?:i|we) (?:was|were|had been) (?:given|handed|allowed|set) (?:(?:only|just|about) )?(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of) (?:days?|weeks?|months?|hours?|nights?|shifts?|weekends?) to\b`,
    // A deadline that makes the aim: "we only had three days to get the displays up".
    String.raw`\b(?:i|we) (?:only |just )?had (?:(?:about|around|less than|under|just|only) )?(?:[\w-]+ ){0,2}(?:minutes?|hours?|days?|weeks?|months?|time|nights?|shifts?) to\b`,
    String.raw`\bi was (?:given|handed|set) (?:the|a|this) (?:task|job|responsibility|project|target|goal)\b|\bi was supposed to\b`,
    // Something handed over to run: "I was given the school's struggling debate club".
    String.raw`\bi was (?:given|handed) (?:[\w'-]+ ){0,4}(?:club|team|project|account|department|store|ward|class|budget|programme|program|role|area|caseload|portfolio)\b`,
    // A part of a larger job that was the candidate's own: "I coordinated the IT side".
    String.raw`\bi (?:coordinated|handled|looked after|took care of|managed|ran|led|owned) the (?:[\w-]+ ){0,2}(?:side|part|end|element|aspect|workstream|piece)\b`,
    String.raw`\bi(?:'m| am) (?:currently |now )?(?:leading|running|managing|responsible for|in charge of|working on) (?:a|the|our) (?:[\w-]+ )?(?:project|programme|program|review|rollout|migration|plan)\b`,
    String.raw`\bi set (?:myself )?(?:a|the) (?:goal|target)\b|\btook it (?:up)?on myself\b|\bi was (?:determined|keen|desperate|set on|eager) to\b`,
    String.raw`\b(?:gave|give|gives|given|handed) me (?:(?:this|the|a|that|full) )?(?:task|job|responsibility|project|problem)\b`,
    // Not "I took on too many projects": the cause of a failure, not an aim.
    String.raw`\bi (?:took on(?! (?:too|more than|far too|way too)\b)|volunteered to|offered to|stepped in to|stepped up to|took ownership of|owned)\b`,
    String.raw`\bi (?:took|take) (?:charge|control|over responsibility|responsibility) (?:of|for)\b`,
    // "I took over the kitchen for the last six weddings"; "When I took over the night shift" is when the story starts.
    String.raw`\bi took over (?:the|his|her|their|our|running|from)\b(?<!\b(?:when|while|after|since|once|before|as) i took over \w+)`,
    // A request put as a question: "My dentist ask me if I can do something".
    String.raw`\b(?:asked|ask|asks) (?:me|us) (?:if|whether) (?:i|we) (?:could|can|would|might)\b`,
    // "I had 120 drops to do": the work that had to be done.
    String.raw`\b(?:i|we) had (?:[\w,-]+ ){1,4}to (?:do|deliver|finish|get through|sort|clear|make|fill|cover|process|pick|pack|write|answer|mark|check)\b`,
    // "my first bootcamp project was to design", "our whole brief was to".
    String.raw`\b(?:my|our) (?:[\w-]+ ){1,2}(?:job|role|goal|task|aim|project|assignment|brief|mission|target|challenge) (?:was|is) to\b`,
    // Taking on what had to be done, said any way: "I put my hand up", "I said I'd do it".
    String.raw`\b(?:put|stuck) my hand up\b|\bput myself forward\b|\bi said i(?:'d| would| will|'ll) (?:do|take|handle|sort|lead|own|look into) (?:it|this|that)\b|\bi said i(?:'d| would| will|'ll) (?:run|organise|organize|lead|take on|take over|cover|manage|coordinate|host|plan|set up|build|fix|do) (?:the|a|an|our|their|it|this|that)\b`,
    // What the candidate needed from others or from the work: "I needed him on board", "I wanted the rota done by Friday".
    String.raw`\bi (?:needed|wanted) (?:him|her|them|it|everyone|everybody|(?:the|my|our|all|every) [\w-]+)(?: [\w-]+)? (?:on board|onside|on side|on my side|to|done|ready|fixed|sorted|finished|signed off|in place|back on track|under control|[a-z]{3,}ing)\b`,
    // The work handed over as orders or a request: "I received orders to clear a route", "we got a request from the council to".
    String.raw`\b(?:received|got|had|was given|were given|took) (?:(?:an?|the|my|our|new|clear|strict|urgent|direct) )?(?:orders?|instructions?|requests?|brief|assignment|mission|tasking) (?:to|from)\b`,
  ].join('|'),
  'i',
);
/** "The goal was": as explicit as "my goal was", if not owned. */
export const TASK_GOAL = new RegExp(
  [
    String.raw`\b(?:the|our|their) (?:main |whole )?(?:goal|aim|objective|task|brief|ask|target|mission|priority|idea|job|plan|point|hope) (?:was|is|were) (?:to|that (?:we|i) (?:would|should|could|had to))\b|\b(?:the|our|their) (?:main )?(?:goal|aim|objective|task|brief|target|mission|priority) (?:was|is|were)\b`,
    // A goal named by its noun, whoever set it and however: "set the goal of getting that to 80%",
    // "I set myself the aim of", "a target of 15%". Not once it is met ("we hit the target of 15%").
    // The look-ahead first, so the look-behind runs only at a goal's noun, not at every position.
    String.raw`\b(?=(?:goal|aim|target|objective|mission|ambition|remit) )(?<!\b(?:hit|met|beat|beaten|exceeded|reached|missed|smashed|achieved|surpassed|passed|hitting|meeting|beating|reaching|missing|exceeding|smashing) (?:(?:the|our|my|their|its|a|an|this|that) )?(?:[\w-]+ )?)(?:goal|aim|target|objective|mission|ambition|remit) (?:of (?:[a-z]{3,}ing|[$£€]?\d|(?:about|around|at least|over|under) )|was to|is to|to (?:get|make|bring|cut|raise|reduce|increase|reach|double|halve|finish|launch|build|fill|train|sell|recruit|find|improve|move|clear)\b)`,
    // The goal's noun with what it was for before "was": "The whole point of the project was to",
    // "our mission that winter was to", "my priority was getting the counts right".
    String.raw`\b(?:the|my|our|their|his|her) (?:[\w-]+'s? )?(?:main |whole |real |only |big |first |one )?(?:goal|aim|objective|task|brief|target|mission|priority|job|point|idea|plan|purpose|focus|ask|remit)(?: [\w'-]+){0,4}? (?:was|is|were) (?:[$£€]?\d+|to|getting|making|bringing|cutting|finding|keeping|reducing|raising|increasing|helping|building|turning|fixing|moving|training|hiring|filling|clearing|launching)\b`,
  ].join('|'),
  'i',
);
// The groups a candidate works in, whose aim can be the story's task: "my store was asked to".
const ORG = 'team|department|unit|crew|group|office|ward|school|store|shop|company|business|clinic|branch|site|battalion|section|charity|practice|restaurant|hotel|warehouse|depot';
// Someone else's aim, or the team's, that the story is about: a Task, if not the candidate's own.
export const TASK_STAKES = new RegExp(
  [
    String.raw`\b(?:the|our) deadline (?:was|is)\b`,
    String.raw`\bwe (?:needed|had|have|need|must) to\b`,
    String.raw`\b(?:me and|and i) (?:[\w-]+ ){0,3}(?:had|needed|were asked|were told) to\b`,
    String.raw`\b(?:we|(?:our|my|the) (?:[\w-]+ )?(?:${ORG}))(?: (?:at|in|on) (?:the|our|a) [\w-]+)? (?:was|were) (?:(?:asked|told|given|expected|trusted) to|tasked with|responsible for|in charge of)\b`,
    String.raw`\btasked with\b`,
    String.raw`\b(?:was|were) set (?:a|the) (?:target|goal|deadline)\b|\b(?:the|our) plan was to\b`,
    String.raw`\b(?:management|head office|the board|leadership|senior management) (?:wanted|asked for|needed|expected)\b`,
    // A target someone set: "our area manager set every store a target of 15%".
    String.raw`\b(?:set|gave|given|handed) (?:us|me|the team|the store|(?:every|each|all) [\w-]+|(?:the|our|my) [\w-]+) (?:a|an|the) (?:[\w-]+ )?(?:target|goal|deadline|challenge|brief|budget)\b`,
    String.raw`\b(?:our|the|my) (?:[\w-]+ )?(?:${ORG}) (?:had|needed) to\b`,
    String.raw`\b(?:my|our|the|a|an|one|his|her|their) (?:[\w-]+ )?(?:manager|boss|director|head|lead|supervisor|owner|client|matron|principal|commander|ceo|fund|funder|investor|council|regulator|auditor|inspector|customer|buyer|partner|trustee)s?(?: of [\w-]+)? (?:wanted|needed|expected|asked for|required|wants?|needs?|requires?|(?:decided|decides?|agreed|chose|announced|planned) (?:to|that))\b`,
    // Time and money given for the work: "The area manager gave me six weeks and £12,000".
    String.raw`\b(?:gave|give|gives|given|handed) (?:me|us|the team) (?:(?:only|just) )?(?:[\w,.-]+ ){0,2}(?:weeks?|days?|months?|hours?|budget)\b|\b(?:gave|give|gives|given) (?:me|us) (?:(?:only|just) )?[$£€]\d`,
    // A decision above the candidate that set the work: "... that we were going to go paperless".
    String.raw`^(?:that )?(?:we|the (?:team|office|company|firm|school|store|ward)|our [\w-]+) (?:were|was) (?:going to|to) (?!be\b)[a-z]+`,
    // "The challenge was to ..." is a goal; "the challenge was that ..." a problem, so the scene.
    String.raw`\b(?:the|our) (?:main |big |biggest |real )?challenge (?:was|is) (?:to|how to|getting|making|finding)\b`,
    // An obligation on whoever the clause is about, said any way: "our group of three had to build",
    // "Our agency had two weeks to rebuild". Not a hardship ("customers had to wait"): the scene.
    String.raw`^(?:(?:and|so|but|then) )?(?:[\w'&-]+ ){1,9}?(?:had|needed|has|have|need|needs)(?: (?:only|just))?(?: (?:(?:about|around|less than|under|just|only) )?(?:[\w-]+ ){0,2}(?:minutes?|hours?|days?|weeks?|months?|time))? to (?!(?:wait|queue|stand|stay|put up|deal with|go home|leave|close|shut|cancel|cope|pay|walk|sit|be|go back|start again|redo|repeat|throw|work (?:overtime|late|weekends|extra|longer|double))\b)`,
    // A request put as a question, to anyone or no one named: "she asked if I could help her".
    String.raw`\b(?:asked|ask|asks|wondered|checked) (?:(?:me|us|him|her|them|around|the team) )?(?:if|whether) (?:i|we|someone|anyone|somebody|anybody|one of us) (?:could|can|would|might|was able|were able)\b`,
    // Taking the work on, whoever did: "Three of us took charge of the event", "she took over the rota".
    String.raw`\b(?:took|take|takes|taking) (?:charge|control|ownership|responsibility) (?:of|for)\b|\btook the lead on\b|\b(?:stepped in|covered) for\b|\b(?:volunteered|offered|stepped up|stepped in) to\b`,
    // The wish or plan that set the work, of anyone but the people it happened to: "My running club
    // wanted to raise money", "the partners hoped to". Not "customers wanted to leave": the scene.
    String.raw`^(?:(?:and|so|but|then) )?(?:[\w'&-]+ ){1,6}?(?<!\b(?:i|we|customers|clients|guests|patients|students|users|people|parents|residents|visitors|callers|members|kids|children|they|some|many|most|everyone|everybody|nobody|one|shoppers|passengers|readers|really|even|all) )(?:wanted|hoped|planned|aimed|intended|wants|hopes|plans|aims|was hoping|were hoping|was planning|were planning|was aiming|were aiming|set out) to (?!(?:wait|leave|quit|complain|cancel|give up|go home|stop|know|see|hear)\b)`,
    // A wish said to the room: "My supervisor said it would be really useful if someone could clean it up".
    String.raw`\b(?:said|asked|wondered|suggested|mentioned|thought)\b[^.;:!?]{0,40}\bif (?:someone|somebody|anyone|anybody|i|we|one of us) could\b`,
    // Someone needed for the work: "the practice needed someone to cover the front desk".
    String.raw`\b(?:needed|wanted|asked for|was looking for|were looking for|had to find) (?:someone|somebody|a volunteer|volunteers|cover|an extra pair of hands|extra hands|help) (?:to|for|with)\b`,
    // A question someone needed answered: "The owner ... wanted to know whether it was the weather".
    String.raw`\b(?:wanted|needed|had|asked me|asked us) to (?:know|find out|understand|see|work out|figure out|learn) (?:whether|why|how|if|what|where|which|who)\b`,
    // An obligation with no one named yet, or on the work itself: "someone had to get it done", "it had to be ready by Monday".
    String.raw`\b(?:someone|somebody|one of us)\b (?:had|needed|has|was going) to\b`,
    String.raw`\b(?:it|this|that|everything|(?:the|our|my) [\w-]+(?: [\w-]+)?) (?:had|needed) to be (?:done|ready|finished|fixed|moved|delivered|sorted|in place|live|up and running|signed off|completed|back)\b`,
  ].join('|'),
  'i',
);
/** Being asked to do more after the work ("asked me to train the others"): recognition, so Result. */
export const DELEGATION = /\b(?:asked|ask|asks|told|wanted|invited|chose|picked|challenged|encouraged|nominated|appointed|sent) me to\b|\basked (?:me )?(?:if|whether) i (?:could|would)\b|\bi was (?:asked|invited|chosen|picked) to\b|\bmade it part of my\b|\bput me forward\b/i;

// ------------------------------------------------------------ Result: the outcome
// B1 Result: outcome verbs ("reduced", "increased", "shipped") and result connectors.
const PLEASED = '(?:very |really |so |extremely |quite |super )?(?:happy|pleased|delighted|impressed|thrilled|relieved|grateful|satisfied)';
export const RESULT_PHRASE = new RegExp(
  [
    String.raw`\b(?:as a result|in the end|the result was|the outcome|which meant|this meant|that meant|ended up|by the end|resulting in|led to|thanks to (?:this|that)|because of (?:this|that)|since then)\b`,
    String.raw`\b(?:my (?:manager|boss|director|client|lead)|the (?:client|customer|manager|team lead)) (?:said|told me|thanked|praised|wrote)\b|\b(?:thanked|praised|congratulated) (?:me|us|the team)\b`,
    String.raw`\b(?:was|were|got|has been) (?:adopted|approved|rolled out|promoted|praised|recognised|recognized|hired|published)\b`,
    // "I got our charity's grant application approved": something taken through to its yes.
    String.raw`\bgot (?:[\w'-]+ ){1,5}(?:approved|accepted|funded|signed off|published|adopted|commissioned)\b`,
    String.raw`\b(?:is|are) still (?:used|using|in use|running)\b`,
    String.raw`\b(?:my|our|the) (?:manager|boss|director|head|owner|client|customer|couple|guest|team|users?|customers|clients|patients|students|parents|staff|board|everyone) (?:was|were|seemed|felt|is|are) ${PLEASED}`,
    String.raw`\b(?:everyone|everybody|they|he|she|all of (?:them|us)) (?:was|were|seemed|felt|is|are) ${PLEASED}`,
    String.raw`\b(?:my|the|our|his|her) (?:manager|boss|director|head|lead|supervisor|owner|client|customer|couple|guest|team lead|chef|matron|principal|ceo|board|auditors?|inspectors?) (?:really |also |immediately )?(?:liked|loved|approved|accepted|adopted|signed (?:it |them )?off)\b`,
    String.raw`\b(?:went|gone|moved|jumped|climbed|dropped|fallen|fell|rose|risen|grew|grown) from\b`,
    // "took it from two days to half a day": a before and after, whatever the verb.
    String.raw`\bfrom (?:(?:about|around|over|nearly|almost|roughly) )?(?:\d[\d,.]*%?(?=[\s,])|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a hundred|half)\b)(?: [\w%-]+){0,3} to (?:(?:about|around|under|just|less than|only|roughly) )?(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|under|zero|none)\b`,
    // A place won: "I got the next team leader job that came up", "she was offered a permanent contract".
    String.raw`\b(?:got|won|landed|was offered|were offered|offered me|secured) (?:a |an |the |my |our )?(?:[\w-]+ ){0,3}(?:job|place|offer|role|position|apprenticeship|contract|promotion)\b(?! (?:of|to|as)\b)`,
    // A reward received, not one named in a step ("students doing their volunteering award").
    String.raw`\b(?:got|won|received|earned|was given|were given|gave me|gave us|give me|offered me|put me up for|nominated for|more) (?:a |an |the |my |our )?(?:[\w-]+ )?(?:award|promotion|raise|bonus|commendation|salary|pay rise|thank-you (?:card|note)|thank you (?:card|note)|reference)\b`,
    String.raw`\b(?:left|gave|wrote|posted) (?:us|me|the \w+) (?:a |an )?(?:[\w-]+ )?(?:review|reference|testimonial|thank-you (?:card|note)|card|tip)\b|\b(?:five|5)[- ]star\b`,
    // A target met, a success, good feedback: "we hit the target", "it paid off".
    String.raw`\b(?:hit|met|beat|exceeded|smashed|reached|hitting|meeting|beating) (?:the |our |my |its |their |all |every |most )?(?:\w+ )?(?:targets?|deadlines?|goals?)\b`,
    String.raw`\b(?:paid off|made a (?:\w+ )?difference|(?:was|were) a (?:big |huge |real )?success|(?:positive|great|good|excellent|glowing) (?:feedback|reviews?))\b`,
    // Custom kept: "the client renewed", "booked again".
    String.raw`\b(?:renewed|re-signed|booked (?:again|another|their|a second)|came back|signed (?:a|another|the) (?:\w+ )?(?:contract|deal))\b`,
    // A loss that did not happen: "we didn't lose a single bill", "nobody complained".
    String.raw`\b(?:didn'?t|did not|never|hasn'?t|haven'?t) (?:\w+ )?(?:lose|lost|miss|missed|fail|failed|drop|dropped|break|broke|complain|complained|repeat|happen|happened|come back)\b|\b(?:no one|nobody|no [a-z]+|none of (?:them|us|the \w+)) (?:complained|complains?|asked|cancelled|cancels?|left|leaves?|quit|quits|missed|miss|misses|failed|fails?|was late|were late|is late|got hurt|came back|comes back)\b`,
    // A reward: "the owner gave us both the weekend off".
    String.raw`\b(?:gave|give|gives|offered) (?:me|us)(?: both| all)? (?:\w+ ){0,3}(?:raise|bonus|promotion|day off|days off|weekend off|time off|pay|salary|award|voucher|contract|permanent)\b`,
    // A comparison with before or with the usual: "more money than any weekend that year", "is now
    // half what it was", "one week late instead of three", "the best month on record".
    String.raw`\b(?:more|fewer|less|better|higher|lower|faster|quicker|bigger|cheaper)\b(?: [\w'-]+){0,3} than (?:any|ever|before|last|usual|the (?:year|month|week|quarter|one) before|the previous|we (?:had|did)|it (?:was|had been)|planned|expected)\b`,
    String.raw`\b(?:is|are|was|were) now (?:half|double|twice|a third|a quarter|down|up|under|over|below|above)\b|\b(?:half|double|twice|a third|a quarter of) what it (?:was|had been|used to be)\b`,
    String.raw`\binstead of (?:the (?:usual|planned|expected) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b`,
    String.raw`\b(?:best|highest|biggest|busiest|fastest|lowest)\b(?: [\w'-]+){0,3} (?:ever|on record|in (?:[\w-]+ )?years)\b`,
    // A rank reached: "the most in my team", "the best results in the region".
    String.raw`\bthe (?:most|best|highest|biggest|fastest|top)(?: [\w-]+){0,2} (?:in|of|across|on) (?:my|the|our|their|its|his|her) (?:team|branch|store|shop|company|region|area|year|department|class|group|cohort|district|country|office|site|ward)\b`,
    // A problem gone for good: "we never missed a deadline again", "nobody had to".
    String.raw`\bnever (?:[\w'-]+ ){1,4}again\b|\bno longer\b|\b(?:no one|nobody) (?:had|has|needed|need|needs) to\b`,
  ].join('|'),
  'i',
);
// Past forms of a change. "cut" is also the plain verb: "I was asked to cut the wait" is the aim.
// Not in a compound: "a reduced-to-clear shelf" is a thing, not an outcome.
const OUTCOME_PAST = String.raw`(?:reduced|increased|improved|saved|cut(?<!\bto cut)|grew|doubled|tripled|halved|boosted|raised|lowered|dropped|decreased|shrank|jumped|rose|fell|eliminated|exceeded|won|earned|gained|shortened|sped up|freed up|recovered|passed|stopped|disappeared|went (?:down|up)|sold out|ran out|slowed|backfired|got worse)(?!-)`;
// With "finished two weeks early", "by August": signs of an outcome that outweigh a bare action verb but not an ownership phrase.
export const OUTCOME_VERB = new RegExp(
  [
    // Not in a relative clause: "readings that jumped too much" are things, not an outcome.
    String.raw`(?<!\b(?:that|which|who) )\b(?:${OUTCOME_PAST}|went away|went live)\b`,
    String.raw`\bturned (?:[\w-]+ ){1,6}around\b`,
    // Things going wrong after a step are its outcome too: "I ran forty minutes late".
    String.raw`\bran (?:[\w-]+ ){0,3}(?:late|over|behind)\b`,
    // The work finished: "The site was done on Thursday afternoon".
    // Not as a time: "before the refurbishment was finished".
    String.raw`\b(?=(?:was|were) )(?<!\b(?:before|until|till|when|once|after|if|unless) (?:[\w'-]+ ){0,4})(?:was|were) (?:all |fully )?(?:done|finished|ready|live|complete|completed|sorted|delivered|launched|signed off)\b`,
    // A problem that stopped: "We had no more drops that month", "He has had no problems since".
    String.raw`\b(?:has|have)(?:n't| not)? (?:had|been) (?:no|any|a single) [\w-]+(?: [\w-]+)? since\b`,
    String.raw`\bno more (?!than\b)[\w-]+`,
    // What works again after the steps: "we could take payments again", "the tills were up again".
    String.raw`\b(?:could|can|were able to|was able to) (?:[\w'-]+ ){1,5}again\b|\b(?:working|running|open|online|up|trading|moving)(?: (?:normally|properly|fully|smoothly|as normal))? again\b`,
    // A count reached: "we got 340 sign-ups", "attendance reached 95%".
    // A count or a grade reached: "we got 340 sign-ups", "attendance reached 95%", "we got a 5".
    String.raw`\b(?:got|reached|hit|achieved|brought in|attracted|scored|earned) (?:(?:about|around|over|nearly|almost|more than|a|an|a full|top) )?[$£€]?\d`,
    // A total gathered, in digits or words: "We collected more than two tonnes", "we raised £4,200", "I closed 52 accounts".
    String.raw`\b(?:collected|raised|sold|closed|signed up|won|recruited|generated|handed out|gave out|gathered) (?:(?:about|around|over|nearly|almost|more than|just over|just under) )?(?:[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|hundreds|thousands)\b)`,
    String.raw`\b(?:(?:got|brought) (?:it|them|this|that|[\w-]+ (?:costs?|times?|numbers?|rates?)) (?:down|up)|got (?:better|faster|easier|quicker|cheaper)|(?:finished|delivered|launched|shipped|done|completed|ready|live|out|opened)(?: \w+){0,3} early|(?:finished|delivered|completed|launched|opened|done|ready|handed (?:it|them) over)(?: [\w'-]+){0,4} (?:a|an|one|two|three|four|\d+) (?:days?|weeks?|months?) (?:early|ahead|before|sooner)|on time|on schedule|as planned|ahead of schedule|under budget|on budget|back online|back to normal|(?:more|less) (?:accurate|reliable|consistent))\b`,
    String.raw`\b(?:managed to|(?:it|this|that) (?:helped|worked)|(?:got|became) (?:calmer|quieter|easier|smoother|simpler)|(?:go|goes|went|ran|run|running) (?:\w+ )?(?:normal|normally|smooth|smoothly|well|fine))\b`,
    String.raw`\bby (?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|(?:19|20)\d\d|the (?:next|following|second|third|fourth|fifth|sixth|last) (?:day|week|month|quarter|year|term|spring|summer|autumn|winter|shift|session|visit)|the exams?|the (?:spring|summer|autumn|fall|winter|new year)|the deadline|the end of (?:the )?(?:week|month|quarter|year|term|season|trial|project|pilot))\b`,
    // Done in a measured time: "we finished in 40 hours", "cleared it in 3 days".
    String.raw`\b(?:finish|finished|completed?|done|cleared|delivered|closed|[a-z]+ed)\b(?: [\w'-]+){0,3} (?:in|within|under) (?:(?:about|around|just|only|under|less than) )?(?:[\w-]+ )(?:minutes|hours|days|weeks|months)\b`,
  ].join('|'),
  'i',
);
/**
 * Carrying on despite the problem ("kept selling all afternoon"): after a step, its outcome; before
 * any, the problem itself ("the close kept slipping").
 */
export const KEPT_GOING = /\b(?:kept|carried on|were still|was still) (?:on )?[a-z]{3,}ing\b/i;
/** A before-and-after comparison ("waits got way shorter"); a Result only once a step has been told. */
export const CHANGE = /\b(?:got|became|grew|went|were|was|is|are|ran|felt|looked|seemed)(?: much| way| a lot| far| even| noticeably| significantly| a bit| slightly| so)? (?:better|worse|shorter|faster|quicker|quieter|calmer|smoother|easier|cleaner|clearer|happier|higher|lower|fewer|less|more (?:accurate|reliable|organised|organized))\b/i;
// Where a sentence joins a step to its outcome with "and", segment.ts starts a new clause: "I
// moved the stock behind the till and shrinkage halved".
export const OUTCOME_AFTER_AND = String.raw`and (?:[\w'-]+ ){0,3}?(?:${OUTCOME_PAST}|went from|never|liked|loved|approved|adopted|signed off)\b`;
// DDI "complete STAR" and STAR+E: what was learned, and what would change next time.
export const REFLECTION =
  /\b(?:i would have|if i had (?:had )?more time|i (?:learned|learnt)(?! (?:her|his|their|the|our|my|a new|how to use|to use)\b)|i took away|next time|looking back|in hindsight|in retrospect|the lesson|taught me|if i did it again|if i had to do it again|i would do (?:it )?differently|i'd do (?:it )?differently|from then on|now i always|since (?:then|that day|that time|that night|that moment),? (?:i|we))\b/i;

// STAR+E: how the story transfers to the target role (rubric B1, "+E / reflection" row).
export const TRANSFER =
  /\b(?:that is why|that's why|which is why|this is why|(?:in|for|to) this (?:role|job|team)|what i(?:'d| would| will|'ll| can) bring|i(?:'d| would| will|'ll| can) bring (?:[\w-]+ ){0,4}(?:to|into) (?:this|the|your|a|any) (?:role|job|team|position|company)|the same (?:skill|skills|approach|habit)|i still use|(?:moving|switching|pivoting|changing careers?) into|(?:move|switch|pivot|moving|switching) (?:in)?to (?:a |an |this )?(?:new )?(?:career|role|job|field))\b/i;

/** A section heading in a bulleted answer ("Task:", "- Outcome:"): the part the lines under it are. */
export const HEADING =
  /^[-*\u2022]* ?(?:(?:the|my|our) )?(?:(s|situation|context|background|setting|problem|issue|challenge)|(t|task|goal|objective|aim|role|responsibility|brief)|(a|actions?|what i did|what we did|steps|approach|solution)|(r|results?|outcomes?|impact))$/i;

// ------------------------------------------------------------ False STAR: theory instead of an event
// B1 Situation failure mode: 'Modal/hypothetical verbs ("would", "usually", "always")' (onlinecourses55).
// "I'd" is "I would" before a plain verb and "I had" before a participle ("I'd been there six years").
const PARTICIPLE = String.raw`been|had|done|gone|got|made|seen|taken|given|written|spoken|chosen|driven|broken|forgotten|gotten|shown|known|grown|thrown|drawn|begun|left|told|found|heard|worked|[a-z]+ed`;
/**
 * The past before the story's past ("nobody had checked in for months", "I'd been so focused on
 * new clients"): what led up to the events, so the scene, never their outcome.
 */
export const PLUPERFECT = new RegExp(String.raw`(?:\bhad|'d)(?: (?:never|not|already|just|always|only|ever|all|both))? (?:${PARTICIPLE})\b`, 'i');
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
 * "I said I would do it", "I promised we'd call back": what was said or thought then, a real event,
 * not what the person would do. Taken out before HYPOTHETICAL is tested.
 */
export const REPORTED_WOULD = /\b(?:said|told (?:him|her|them|us|my [\w-]+|the [\w-]+)|promised(?: (?:him|her|them|us))?|agreed|decided|knew|thought|hoped|realised|realized|felt|guessed|figured|explained|warned|replied|answered|confirmed|assured (?:him|her|them)|offered|was sure|were sure) (?:that )?(?:i|we)(?: would|'d)\b/gi;
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
  String.raw`^(?:then |also |first,? |next,? |finally,? )?((?!(?:based|compared|followed|according|given|related|needed|wanted|used|supposed|interested|involved|red|bed|shed)\b)[a-z]{2,}ed|${IRREGULAR_PAST})\b`,
  'i',
);
/** A step whose subject is the one before it: "I broke the move into waves, booked the transport...". */
/** A step joined by "and" that shares the clause's "I": "I used React | and wrote tests". */
export const COORDINATED_STEP = new RegExp(String.raw`\band (?:then |also )?(?!(?:compared|based|followed|according|given|related|needed|wanted|used|supposed|interested|involved|worried|tired|excited|bored|stressed|scared)\b)([a-z]{3,}ed|${IRREGULAR_PAST})\b(?! (?:by|to be)\b)`, 'gi');
export const ELIDED_STEP = new RegExp(String.raw`^(?:and |then |and then )?(?!(?:compared|based|followed|according|given|related)\b)(?:[a-z]+ed|${IRREGULAR_PAST})\b`, 'i');
/** How things stand now ("She now takes half her bookings through it"): after the steps, an outcome. */
export const NOW_STATE =
  /\b(?:now|still|these days|to this day|ever since|by then|before long|soon after|within (?:a few|a couple of|\w+) (?:days|weeks|months)|after (?:a|one|two|three|a few|a couple of) (?:days?|weeks?|months?))\b/i;
/** A clause that opens on when the outcome came ("By the review we'd gone from last to third"): the story's end. */
export const OUTCOME_TIME = /^(?:(?:and|but|so) )?(?:by (?:the|then|that|this|[a-z]+ (?:19|20)\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter)|within|after (?:a|one|two|three|four|six|a few|a couple|that|this)|in the end|eventually|before long|soon after|since then|from then on)\b/i;
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
export const LEARNER_PAST = /\b(?:the|my|our|his|her|their|this|that) (?:[\w-]+ )?(?:boss|[\w-]*[^s\W])(?<!\b(?:i|we|you|they|people|police|staff|team)) (?:decide|tell|say|ask|give|want|call|come|open|start|change|send|take|make|see|find|agree|like|love|accept|approve|pay|leave|go|get|put|become|begin|close|stop|break|fall|arrive|order|complain|fire|hire|promote|thank)\b/i;
/** A routine in the present ("every morning", "whenever"): with no past in the answer, its steps are a habit. */
export const HABITUAL = /\b(?:whenever|every time|each time|(?:every|each) (?:morning|day|evening|night|shift|week|month))\b/i;

// ------------------------------------------------------------ Who did it
// B1 Action: "I", not "we". Who acts is the subject: "our store" and "my manager" set the scene,
// they say nothing about who did the work, so possessives count only where they claim the work
// ("my idea", "our decision"). "Me and the designer", "my colleague and I" are a "we".
const OWNING = '(?:own|idea|decision|call|plan|suggestion|proposal|initiative)';
// "When we merged...", "how we recorded": background, as for steps (NOT_RELATIVE); "before I
// changed it" is still a step of the story. "We were told", "I was asked": done to, not doing.
const BACKGROUND = 'when|while|as|since|where|if|once|how|what|why';
const NOT_PASSIVE = String.raw`(?! (?:was|were) (?:[a-z]+ed|told|given|sent|taught|shown|made|left|put|set)\b)`;
export const JOINT_SUBJECT =
  /(?<=^|[.!?;:,] |\n)(?:(?:so|then|and|but) )?(?:me and (?:my |the |a |our )?[\w-]+|(?:my|the|a|our) (?:[\w-]+ )?[\w-]+ and (?:i|me)|i and (?:my|the|our) [\w-]+)\b/gim;
export const I_FORMS = new RegExp(String.raw`${subjectNotAfter('i', BACKGROUND)}${NOT_PASSIVE}|\bwhat i did\b|${DONE_BY_ME}|\bmyself\b|\bmy ${OWNING}\b|${BULLET}(?=(?:[a-z]+ed|${IRREGULAR_PAST})\b)`, 'gim');
export const WE_FORMS = new RegExp(String.raw`${subjectNotAfter('we', BACKGROUND)}${NOT_PASSIVE}|\bwhat we did\b|\bourselves\b|\bour ${OWNING}\b|${TEAM_SUBJECT} (?:(?:at|in|on) (?:the|our|a) [\w-]+ )?(?=(?:was|were|had|did|[a-z]+ed|${IRREGULAR_PAST})\b)`, 'gi');
