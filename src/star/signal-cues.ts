/**
 * The phrases of the whole-answer signals, compiled once at module load: numbers and measures in
 * words, hedges and fillers, and the credential named as evidence. Split from cues.ts (the STAR
 * parts' phrases); the same rules hold: every pattern starts at a word boundary or a literal and
 * has no nested open-ended repeats, so the cost stays linear on a 20,000-word answer.
 */

// ------------------------------------------------------------ Measurable result
// B1 Result: "Number / % / $ / time-unit tokens"; Amazon: "data- and metric-driven".
// Digit groups joined by single separators ("18,400", "2.5"): no run of commas to backtrack over.
export const NUMBER = /(?<![\p{L}\d])[$£€]?\d+(?:[.,]\d+)*(?: ?(?:%|percent\b|per cent\b|k\b|x\b|m\b|bn\b))?/giu;
export const YEAR = /^(?:19|20)\d\d$/;
export const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
/** "Year 10", "Ward 7", "route 66", "aisle 12", "bed 4": a number used as a name, a place's or a thing's, not a measure. */
export const NAME_BEFORE = /\b(?:year|grade|level|stage|room|floor|ward|platform|gate|route|terminal|bay|unit|line|step|version|phase|size|class|form|block|building|section|page|chapter|number|no\.?|aisle|bed|dock|lane|row|door|zone|till|register|counter|desk|checkout|shelf|site|store|branch|depot|office|suite|flat|apartment|pump|station|machine|truck|van|bus|court|pitch|hall|lab|theatre|track|table|locker|rack|pier|berth|bin|box|tank) $/i;
/**
 * "568a", "568B", "a 2960X": letters straight after the digits make a code, a standard or a model,
 * not a measure; units written onto the number ("20kg", "3hrs", "10min") stay measures.
 */
export const CODE_AFTER = /^(?!(?:mg|kg|km|g|ml|lbs?|hrs?|mins?|yrs?|secs?|gb|mb|tb|ms|h|s|d|w)\b)\p{L}/iu;
/**
 * "a used 2960", "an old 486": a number right after "a" or "an" (one word between at most) is a
 * model's name unless a unit or a counted thing follows ("a 10 minute walk", "a further 20 tickets").
 */
export const MODEL_BEFORE = /\b(?:a|an)(?: [\p{L}-]+)? $/iu;
export const COUNTED_AFTER = /^(?:[ -](?:[\p{L}-]+s|second|minute|hour|day|week|month|year|percent|point|mile|foot|metre|meter|dollar|pound|euro|person|man|woman|time)\b)/iu;
/** "2am", "11 pm", "10:30": a time of day, not a measure. */
export const CLOCK_AFTER = /^(?: ?(?:am|pm|a\.m\.|p\.m\.|o'clock)\b|:\d)/i;
/** "take the flyers at 8", "open until 10": an hour said without am or pm (a number of 24 or less, nothing counted after it). */
/** "by 7" as a deadline is an hour too; "cut it by 10" or "up by 3" is a change. */
export const CLOCK_BEFORE = /\b(?:at|until|till|(?<!\b(?:cut|fell|dropped|rose|grew|increased|reduced|decreased|improved|up|down|it|them) )by) (?:about |around )?$/i;
/** "three chefs short", "2 drivers down": a shortfall is the problem in the scene, not a measure of an outcome. */
export const SHORTFALL_AFTER = /^ (?:short|down)\b/i;
export const HOUR = /^(?:[01]?\d|2[0-4])$/;
/**
 * "2 in the morning", "between 2 and 5 in the morning", "from 10 to 2 at night", "2 to 5 am": an hour
 * told with the part of the day, or the first hour of a span whose second says it, is a time of day.
 */
export const DAY_PART_AFTER = /^(?: (?:and|to|till|until|or|-) (?:like |about |around )?(?:[01]?\d|2[0-4])(?::\d\d)?)? ?(?:am\b|pm\b|a\.m\.|p\.m\.|o'clock\b|in the (?:morning|afternoon|evening|night)\b|at night\b|overnight\b)/i;
const CARDINAL =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const NUMBER_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
export const WORDED_METRIC = new RegExp(
  [
    String.raw`\b(?:doubled|tripled|quadrupled|halved)\b`,
    String.raw`\bby (?:(?:like|about|around|roughly|almost|nearly|more than|over|just over|just under) )?(?:half|a third|a quarter|a fifth|a tenth|two thirds|three quarters)\b`,
    // A place in a ranking: "second of five", "top three", "first place", "came top".
    String.raw`\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|last) (?:of|out of) (?:the )?(?:${NUMBER_WORD}|\d+)\b|\btop (?:${CARDINAL}|\d+)\b|\b(?:first|second|third|1st|2nd|3rd) place\b|\b(?:came|finished|ranked|placed) (?:first|second|third|top)\b`,
    // A rank said as a superlative against the others: "the most-read story that week", "the highest
    // of any store", "the first in the region to finish", "the only team to hit it".
    String.raw`\bthe (?:most|least|best|worst|highest|lowest|top)-[a-z]+\b|\bthe (?:[a-z]+est|most [a-z]+|best|worst|fewest) of (?:any|all)\b|\bthe (?:first|only|last) (?:[\w-]+ )?(?:in|of|on|across) (?:the|my|our|their|its) (?:[\w-]+ ){0,2}?to [a-z]+`,
    // The time a thing now takes: "we find any invoice in one minute", "now takes about a day and a half".
    String.raw`(?:\b(?:now|can|could)\b[^.;]{0,40}?\bin|\b(?:takes|took|take|taking)) (?:(?:about|around|roughly|under|less than|just|only|barely) )?(?:a|an|one|half an?|${NUMBER_WORD}|\d+) (?:and a half )?(?:seconds?|minutes?|hours?|days?|weeks?)\b`,
    // Money in words: "saved two thousand pounds", "thousands of pounds", "five grand".
    String.raw`\b(?:${CARDINAL}|a|one|a few|several) (?:hundred|thousand|million)(?: (?:pounds|dollars|euros|quid))?\b|\b(?:hundreds|thousands|millions) of (?:pounds|dollars|euros)\b|\b(?:${CARDINAL}|a) grand\b`,
    String.raw`\bzero [\w-]+`,
    String.raw`\btwice\b`,
    // A level reached, in words: "no-shows went down to one or two a day", "came down to three".
    String.raw`\b(?:dropped|fell|went down|rose|went up|grew|was cut|came down|got (?:it |them )?down|brought (?:it |them )?down) to (?:(?:about|around|under|less than|just|only|roughly) )?${NUMBER_WORD}\b`,
    // The time to the outcome: "within a month", "within two weeks" ("within a few weeks" is not counted).
    String.raw`\bwithin (?:a|an|one|${NUMBER_WORD}|\d+) (?:days?|weeks?|fortnight|months?|hours?|years?|terms?|quarters?)\b`,
    // A rating: "a five-star review", "top marks".
    String.raw`\b(?:five|four|5|4)[- ]stars?\b|\btop marks\b`,
    // "twenty-two of the thirty", "up from about eight", "dropped to about an hour".
    String.raw`\b${NUMBER_WORD} of (?:the|our|my|their) ${NUMBER_WORD}\b`,
    // A count in words, as "40 more loaves" is in digits: "forty more loaves", "twelve new regular volunteers".
    String.raw`\b${CARDINAL}(?: (?:more|fewer|extra|new|other|additional|whole|regular|full-time|part-time|repeat)){0,2} [a-z-]{2,}s\b`,
    // "Four of the cafés signed up": a count of those it reached. Not "both of them", "most of them",
    // "none of them": who the outcome was for, no number.
    String.raw`\b(?:${CARDINAL}|half) of (?:the|our|my|their)\b`,
    String.raw`\b(?:up|down) from (?:(?:about|around|roughly|nearly|almost) )?(?:${NUMBER_WORD}|\d)`,
    String.raw`\b(?:dropped|fell|went down|rose|went up|grew|was cut|came down) to (?:(?:about|around|under|less than|just) )?(?:an?|one|half an?) (?:minute|hour|day|week|month)\b`,
    // A time cut to a level said in words: "it was down to a couple of hours", "down to under two days".
    String.raw`\bdown to (?:(?:about|around|under|less than|just|only) )?(?:a couple of|a day and a half|${NUMBER_WORD}) (?:minutes|hours|days|weeks|months)\b`,
    // The time something took to be done: "lessons were ready within a week", "within a month it was back to normal".
    String.raw`\b(?:ready|done|fixed|running|live|cleared|finished|complete|completed|trained)\b[^.;]{0,40}?\bwithin (?:a|an|one) (?:day|week|fortnight|month)\b`,
    String.raw`\bwithin (?:a|an|one) (?:day|week|fortnight|month)\b[^.;]{0,60}?\b(?:ready|done|back to|fixed|running|live|cleared|finished|complete|completed|trained|on (?:her|his|their) own)\b`,
    String.raw`\b(?:half|a third|a quarter|twice|double|triple|three times|two times) (?:the|as|her|his|their|our|its|my|of)\b`,
    String.raw`\ball ${NUMBER_WORD}\b`,
    // A rate in words: "about one in four", "two out of three", "1 in 10".
    String.raw`\b(?:${NUMBER_WORD}|\d+) (?:in|out of) (?:${NUMBER_WORD}|\d+)\b(?! (?:the|a|an|my|our)\b)`,
    // "from nine days to three", "from around eight a month to two".
    String.raw`\bfrom (?:(?:about|around|roughly|nearly|almost|over|under) )?${NUMBER_WORD}\b(?: [\w-]+){0,4}? to (?:(?:about|around|roughly|nearly|almost|under|just) )?(?:${NUMBER_WORD}|\d+)\b`,
    // A counted thing of the kinds people measure work in: "two hours", "eighteen members".
    String.raw`\b(?:${CARDINAL}|a hundred|hundreds of|a thousand|thousands of|dozens of|a dozen) (?:\w+ )?(?:seconds|minutes|hours|days|weeks|months|people|users|customers|clients|tickets|calls|patients|students|staff|employees|hires|leads|sales|orders|errors|complaints|points|pages|reports|times|percent|dollars|pounds|euros|steps|clicks|teams|stores|sites|branches|offices|departments|schools|clinics|countries|children|pupils|kids|guests|visitors|members|volunteers|families|subscribers|drivers|files|invoices|items|units|parcels|deliveries|shifts|bookings|sign-ups|applications|cases|requests|desks|faults|defects|incidents|accidents|mistakes|returns|referrals|followers|donors|trucks|vans)\b`,
    String.raw`\b(?:once|one time) (?:a|in a|per|each|every) (?:day|week|month|year|shift)\b`,
    String.raw`\b(?:an|one|half an?|a full|a whole) (?:hour|day|week|month)s? (?:a|per|each|every) (?:day|week|month|year|person|report|cycle)\b`,
    String.raw`\bhalf an? (?:hour|day) (?:early|ahead|before|sooner)\b`,
    String.raw`\b(?:a|an|one|${NUMBER_WORD}|\d+) (?:minutes?|hours?|days?|weeks?|months?) (?:early|earlier|ahead|before|sooner|faster|quicker)\b`,
    // A delay kept small, or a comparison: "only four hours behind", "one week late instead of three".
    String.raw`\bonly (?:a|an|one|${NUMBER_WORD}|\d+) (?:minutes?|hours?|days?|weeks?) (?:late|behind|over)\b|\binstead of (?:${NUMBER_WORD}|\d+)\b(?<=\b(?:an?|one|${NUMBER_WORD}|\d+) (?:[\w-]+ ){0,3}instead of (?:${NUMBER_WORD}|\d+))`,
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
  /\b(?:capstone|certificate|certification|certified|(?<!\bof )course(?:work)?|bootcamp|nano-?degree|micro-?credential|(?:digital|open) badge|my training|the programme|the program|my portfolio|portfolio project)\b/i;
/** Words of a credential's name that say nothing about which credential it is. */
export const GENERIC_CREDENTIAL_WORDS = new Set([
  'professional', 'certificate', 'certification', 'certified', 'associate', 'the', 'and', 'for', 'of', 'in', 'course', 'program', 'programme',
  'introduction', 'to', 'fundamentals', 'exam',
]);
