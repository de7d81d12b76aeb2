/**
 * The phrases that mark the Result (an outcome, a change, a signal from someone, a problem gone),
 * a lesson or link to the role (STAR+E) and the section headings. Split from cues.ts along its
 * Result section; the same rules hold: every pattern starts at a word boundary or a literal, with
 * no nested open-ended repeats, on text whose spaces are collapsed.
 */

// ------------------------------------------------------------ Result: the outcome
// B1 Result: outcome verbs ("reduced", "increased", "shipped") and result connectors.
const PLEASED = '(?:very |really |so |extremely |quite |super )?(?:happy|pleased|delighted|impressed|thrilled|relieved|grateful|satisfied)';
export const RESULT_PHRASE = new RegExp(
  [
    String.raw`\b(?:as a result|in the end|the result was|the outcome|which meant|this meant|that meant|ended up|by the end|resulting in|led to|thanks to (?:this|that)|because of (?:this|that)|since then)\b`,
    String.raw`\b(?:my (?:manager|boss|director|client|lead)|the (?:client|customer|manager|team lead)) (?:said|told me|thanked|praised|wrote)\b|\b(?:thanked|praised|congratulated) (?:me|us|the team)\b`,
    // Thanks shown rather than said: "mum was crying and hugging me", "he shook my hand", "she couldn't thank us enough".
    String.raw`\b(?:hugged|hugging|thanking|kissed) (?:me|us)\b|\bshook (?:my|our) hands?\b|\bcould(?:n't| not) thank (?:me|us) enough\b`,
    String.raw`\b(?:was|were|got|has been) (?:adopted|approved|rolled out|promoted|praised|recognised|recognized|hired|published)\b`,
    // "I got our charity's grant application approved": something taken through to its yes.
    String.raw`\bgot (?:[\w'-]+ ){1,5}(?:approved|accepted|funded|signed off|published|adopted|commissioned)\b`,
    String.raw`\b(?:is|are) still (?:used|using|in use|running)\b`,
    String.raw`\b(?:my|our|the) (?:manager|boss|director|head|owner|client|customer|couple|guest|team|users?|customers|clients|patients|students|parents|staff|board|everyone) (?:was|were|seemed|felt|is|are) ${PLEASED}`,
    String.raw`\b(?:everyone|everybody|they|he|she|all of (?:them|us)) (?:was|were|seemed|felt|is|are) ${PLEASED}`,
    String.raw`\b(?:my|the|our|his|her) (?:manager|boss|director|head|lead|supervisor|owner|client|customer|couple|guest|team lead|chef|matron|principal|ceo|board|auditors?|inspectors?) (?:really |also |immediately )?(?:liked|loved|approved|accepted|adopted|signed (?:it |them )?off)\b`,
    String.raw`\b(?:went|gone|jumped|climbed|dropped|fallen|fell|rose|risen|grew|grown) from\b`,
    // "moved from third to first" is a measure; "moved from Croydon to Sutton" is a relocation, the scene.
    String.raw`\bmoved from (?:(?:about|around|roughly) )?(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|first|second|third|fourth|fifth|last|bottom|top|zero)\b)`,
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
    String.raw`\b(?:renewed|re-signed|booked (?:again|another|their|a second)|came back(?<!\b(?:till|until|when|before|once) (?:it|they|the [\w-]+) came back)|signed (?:a|another|the) (?:\w+ )?(?:contract|deal))\b`,
    // A loss that did not happen: "we didn't lose a single bill", "nobody complained".
    String.raw`\b(?:lost|missed|dropped|wasted) (?:nothing|none|not (?:one|a single)|no (?:[\w-]+ )?(?:orders?|sales?|customers?|clients?|bookings?|data|records?|stock|money|time|shifts?|days?|tables?|calls?))\b`,
    // A trouble that has not come back: "we havent had a dropout since", "never had another fall again".
    String.raw`\b(?:hasn'?t|haven'?t|has not|have not|hadn'?t|never) (?:had|seen) (?:an?|any|another|a single|one) (?:[\w-]+ )?[\w-]+ (?:since|again)\b`,
    String.raw`\b(?:didn'?t|did not|never|hasn'?t|haven'?t) (?:\w+ )?(?:lose|lost|miss|missed|fail|failed|drop|dropped|break|broke|complain|complained|repeat|happen|happened|come back|close|closed|shut|crash|crashed|run out|ran out|charge|charged|fine|fined|penalise|penalised|penalize|penalized|sue|sued|cancel|cancelled|escalate|escalated)\b|\b(?:no one|nobody|no [a-z]+|none of (?:them|us|the \w+)) (?:had (?:an?|any) (?:[\w-]+ )?(?:accident|injury|incident|fall|complaint|error|problem|mistake)s?|complained|complains?|asked|cancelled|cancels?|left|leaves?|quit|quits|missed|miss|misses|failed|fails?|was late|were late|is late|got hurt|came back|comes back)\b`,
    // A reward: "the owner gave us both the weekend off".
    String.raw`\b(?:gave|give|gives|offered) (?:me|us)(?: both| all)? (?:\w+ ){0,3}(?:raise|bonus|promotion|day off|days off|weekend off|time off|pay|salary|award|voucher|contract|permanent)\b`,
    // A record kept since the steps: "we've run every audit since without a finding", "I've trained
    // forty people since." Not a start told with "since" and its date ("I've worked there since 2019").
    String.raw`\b(?:i|we)(?:'ve| have) (?:[\w-]+ ){1,6}?since(?= without\b|[.,;!?]|$)`,
    // A comparison with before or with the usual: "more money than any weekend that year", "is now
    // half what it was", "one week late instead of three", "the best month on record".
    String.raw`\b(?:more|fewer|less|better|higher|lower|faster|quicker|bigger|cheaper)\b(?: [\w'-]+){0,3} than (?:any|ever|before|last|usual|the (?:year|month|week|quarter|one) before|the previous|we (?:had|did)|it (?:was|had been)|planned|expected)\b`,
    String.raw`\b(?:is|are|was|were) now (?:half|double|twice|a third|a quarter|down|up|under|over|below|above)\b|\b(?:half|double|twice|a third|a quarter of) what it (?:was|had been|used to be)\b`,
    String.raw`\binstead of (?:the (?:usual|planned|expected) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b`,
    String.raw`\b(?:best|highest|biggest|busiest|fastest|lowest)\b(?: [\w'-]+){0,3} (?:ever|on record|in (?:[\w-]+ )?years)\b`,
    // A rank reached: "the most in my team", "the best results in the region".
    String.raw`\bthe (?:most|best|highest|biggest|fastest|top)(?: [\w-]+){0,2} (?:in|of|across|on) (?:my|the|our|their|its|his|her) (?:team|branch|store|shop|company|region|area|year|department|class|group|cohort|district|country|office|site|ward)\b`,
    // A place in a ranking: "We came second", "our store finished top of the region".
    String.raw`\b(?:came|finished|placed|ranked|ended) (?:in )?(?:first|second|third|fourth|fifth|top|joint (?:first|second|third|top)|1st|2nd|3rd)\b(?! (?:time|thing|step|draft|version)\b)`,
    // A problem gone for good: "we never missed a deadline again", "nobody had to".
    String.raw`\bnever (?:[\w'-]+ ){1,4}again\b|\bno longer\b|\b(?:no one|nobody) (?:had|has|needed|need|needs) to\b`,
  ].join('|'),
  'i',
);
// Past forms of a change. "cut" is also the plain verb: "I was asked to cut the wait" is the aim.
// "I stopped chasing the supplier" is a step of the candidate's (ceasing to do something), where
// "the calls stopped coming" and "we stopped getting complaints" are an outcome.
// Not in a compound: "a reduced-to-clear shelf" is a thing, not an outcome.
const OUTCOME_PAST = String.raw`(?:reduced|increased|improved|saved|cut(?<!\bto cut)|grew|doubled|tripled|halved|boosted|raised|lowered|dropped|decreased|shrank|jumped|rose|fell|eliminated|exceeded|won|earned|gained|shortened|sped up|freed up|recovered|passed|stopped(?!(?<=\bi stopped) (?!(?:getting|having|receiving|seeing|hearing|losing|missing|running|being|needing|waiting)\b)[a-z]{2,}ing\b)|disappeared|went (?:down|up)|sold out|ran out|slowed|backfired|got worse)(?!-)`;
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
    String.raw`\b(?:(?:got|brought) (?:it|them|this|that|[\w-]+ (?:costs?|times?|numbers?|rates?)) (?:down|up)|got (?:better|faster|easier|quicker|cheaper)|(?:finished|delivered|launched|shipped|done|completed|ready|live|out|opened)(?: \w+){0,3} early|(?:finished|delivered|completed|launched|opened|done|ready|handed (?:it|them) over)(?: [\w'-]+){0,4} (?:a|an|one|two|three|four|\d+) (?:days?|weeks?|months?) (?:early|ahead|before|sooner)|on time|on schedule|as planned|ahead of schedule|under budget|on budget|back online|back to normal|(?:was|were|is|are|been) (?:all )?back (?:up|on ?line|in service|on air)|(?:more|less) (?:accurate|reliable|consistent))\b`,
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
  /\b(?:i would have|if i had (?:had )?more time|i (?:learned|learnt)(?! (?:her|his|their|the|our|my|a new|how to use|to use)\b)|i took away|what (?:i|we) took (?:away )?from (?:it|this|that|the \w+)|next time|looking back|in hindsight|in retrospect|the lesson|taught me|if i did it again|if i had to do it again|i would do (?:it )?differently|i'd do (?:it )?differently|from then on|now i always|since (?:then|that day|that time|that night|that moment),? (?:i|we))\b/i;

// STAR+E: how the story transfers to the target role (rubric B1, "+E / reflection" row).
export const TRANSFER =
  /\b(?:that is why|that's why|which is why|this is why|(?:in|for|to) this (?:role|job|team)|what i(?:'d| would| will|'ll| can) bring|i(?:'d| would| will|'ll| can) bring (?:[\w-]+ ){0,4}(?:to|into) (?:this|the|your|a|any) (?:role|job|team|position|company)|the same (?:skill|skills|approach|habit)|i still use|(?:moving|switching|pivoting|changing careers?) into|(?:move|switch|pivot|moving|switching) (?:in)?to (?:a |an |this )?(?:new )?(?:career|role|job|field))\b/i;

/** A section heading in a bulleted answer ("Task:", "- Outcome:"): the part the lines under it are. */
export const HEADING =
  /^[-*\u2022]* ?(?:(?:the|my|our) )?(?:(s|situation|context|background|setting|problem|issue|challenge)|(t|task|goals?|objective|aim|role|responsibility|responsibilities|brief|target|mission|the ask|remit|(?<=\b(?:my|our) )(?:job|part|priority))|(a|actions?|what i did|what we did|steps|approach|solution)|(r|results?|outcomes?|impact))$/i;
