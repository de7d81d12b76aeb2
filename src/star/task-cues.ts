/**
 * The phrases that mark the Task: the candidate's own goal or responsibility, a goal said by its
 * noun, someone else's aim the story is about, and recognition after the work (DELEGATION). Split
 * from cues.ts along its Task section; the same rules hold: every pattern starts at a word boundary
 * or a literal, with no nested open-ended repeats, on text whose spaces are collapsed.
 */

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
    String.raw`\b(?:(?:it|this|that|so it) (?:was|became|is)|(?:it|that)'s) (?:all |now )?my (?:problem|issue|call|mess|headache|decision)\b`,
    String.raw`\bi\b(?<!\b(?:when|if|whenever|as|where|because) i) (?:needed|had|wanted|was trying|set out|decided I had|must|have|need) to\b(?! ?[.,;!?]| ?$)`,
    String.raw`\bi must\b`,
    // The one it fell to because nobody else could: "i was the only one who could fix it", "I was the
    // only person who knew the system". Only "on shift" or "on duty" is who was there: the scene.
    String.raw`\bi(?: was| am|'m) the only (?:one|person|[a-z-]+)(?: (?:there|left|around|in the [a-z-]+))? (?:who|that) (?:could|can|knew|know|had|has|was able to|understood)\b`,
    String.raw`\b(?:asked|ask|asks|told|tell|needed|wanted|want|expected|trusted|challenged|pushed|encouraged|invited|begged|persuaded|got|tasked|nominated|appointed|assigned|chose|picked|sent|hired|paid|brought) (?:me|us) (?:in )?to\b`,
    // With an aside between commas: "asked me, as the only driver, to".
    // The commas may be gone by now (a filler's commas are), so the aside is known by how it opens.
    String.raw`\b(?:asked|told|wanted|needed|expected|trusted|challenged|tasked|begged|persuaded) (?:me|us),? (?:as|being|on|in|at|since|of all|for once|again|politely|quite|very)\b[^,.;:!?]{1,40}?,? to\b`,
    String.raw`\b(?:it was|it is|it's) (?:up to me|down to me|my job|on me|my responsibility)\b`,
    // The grammar of ownership, read by its frame rather than one phrase at a time.
    // Possession of the work: "both were mine to deliver", "it was mine to sort", "the job was mine".
    // Not a fault owned ("the mistake was mine"): that is the failure, told as the scene.
    String.raw`\b(?:was|were|is|are|became)(?: all| both| entirely)? (?:mine|ours) to [a-z]+|\b(?:the|this|that) (?:job|task|work|project|decision|call|responsibility|problem|account|rota|brief) (?:was|is|became) (?:all )?mine\b`,
    // Where the work came to rest: "getting the kiosks working is down to me", "that was on me",
    // "it landed on my desk". Only the candidate ("down to luck" is no one's task).
    String.raw`\b(?:is|was|are|were|'s|became|becomes|fell|falls|landed|lands|came|comes|come)(?: (?:all|squarely|entirely|completely|firmly|now))? (?:down to|up to|on|to) me\b(?! (?:and|but|that|when|if|from)\b)|\b(?:landed|ended up|fell|dropped) on my (?:desk|plate|lap|shoulders)\b`,
    // A responsibility frame said beside the candidate, not after someone else's verb: "I was the stage
    // manager, responsible for calling every cue", "as the one in charge of the rota". "The manager was
    // responsible for the delay" is his, so a frame after anyone else's "was" does not count. After
    // "and" or "so" a "the ..." opens a new subject ("and the person in charge of the manual was a
    // sales person"), someone else, so only "as" and "being" take one.
    String.raw`(?:^|[,;(—-] ?|\b(?:as|being) (?:the (?:[\w-]+ ){0,3})?|\b(?:and|so) (?!the\b))(?:(?:the one|the person) )?(?:solely |fully |directly |personally )?(?:responsible|accountable|in charge) (?:for|of)\b`,
    // A duty said by its noun with what it was to do: "my error and my responsibility to make sure",
    // "it was my call to", "my duty to", "our job to".
    String.raw`\b(?:my|our) (?:own |whole |main |sole )?(?:responsibility|job|duty|role|call|remit|task) (?:(?:was|is) )?to [a-z]+|\b(?:it|this|that) (?:was|is|became|'s) (?:my|our) (?:own |whole )?(?:call|job|role|duty|responsibility|task|decision) to\b`,
    // A need said without its subject, against a deadline or a standard: "I was booked for Monday and needed to be ready".
    String.raw`\b(?:and|so|but) (?:i )?(?:needed|had|have|need) to be (?:ready|prepared|done|finished|set up|up to speed|on top of|fluent|trained|certified)\b`,
    // A need to have something before a deadline: "we needed to have the stock in before the rush".
    String.raw`\b(?:i|we) (?:needed|had|have|need) to have (?:[\w'-]+ ){1,5}?(?:before|by|in time for|ahead of|no later than)\b`,
    // Learner forms of the same: "I must to", "they tell me I have to".
    String.raw`\b(?:tell|told|tells|say|said|says) (?:me|us) (?:that )?(?:i|we) (?:have|has|had|must|need|needs|needed) to\b`,
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
    String.raw`\b(?:i|we) (?:only |just )?had (?:(?:about|around|less than|under|just|only) )?(?:[\w-]+ ){0,2}(?:minutes?|hours?|days?|weeks?|weekends?|fortnight|months?|time|nights?|shifts?|evenings?|mornings?|afternoons?) to\b`,
    String.raw`\bi was (?:given|handed|set) (?:the|a|this) (?:task|job|responsibility|project|target|goal)\b|\bi was supposed to\b`,
    // Something handed over to run: "I was given the school's struggling debate club".
    String.raw`\bi was (?:given|handed) (?:[\w'-]+ ){0,4}(?:club|team|project|account|department|store|ward|class|budget|programme|program|role|area|caseload|portfolio)\b`,
    // A share of the work handed over, said by its items: "I was given the overnight orders", "allocated the Year 9 classes".
    String.raw`\bi was (?:given|handed|allocated|assigned) (?:the|all the|most of the|half of the|half the) (?!(?:sack|boot|news|wrong|keys|day|all-clear)\b)(?:[\w'-]+ ){0,2}[a-z-]{3,}s\b`,
    // A part of a larger job that was the candidate's own: "I coordinated the IT side".
    String.raw`\bi (?:coordinated|handled|looked after|took care of|managed|ran|led|owned) the (?:[\w-]+ ){0,2}(?:side|part|end|element|aspect|workstream|piece)\b`,
    String.raw`\bi(?:'m| am) (?:currently |now )?(?:leading|running|managing|responsible for|in charge of|working on) (?:a|the|our) (?:[\w-]+ )?(?:project|programme|program|review|rollout|migration|plan)\b`,
    String.raw`\bi set (?:myself )?(?:a|the) (?:goal|target)\b|\btook it (?:up)?on myself\b|\bi was (?:determined|keen|desperate|set on|eager) to\b`,
    String.raw`\b(?:gave|give|gives|given|handed) me (?:(?:this|the|a|that|full) )?(?:task|job|responsibility|project|problem)\b`,
    // Not "I took on too many projects": the cause of a failure, not an aim.
    String.raw`\bi (?:took on(?! (?:too|more than|far too|way too)\b)|volunteered to|offered to|stepped in to|stepped up to|took ownership of|owned)\b`,
    // The same, with what was taken on told first: "I took it on", "we took the job on".
    String.raw`\b(?:i|we) (?:took|take) (?:it|this|that|them|the (?:[\w-]+ )?(?:job|work|task|project|story|case|account|problem|order|contract)) on\b`,
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
    String.raw`\b(?:put|stuck) my hand up\b|\bput myself forward\b|\b(?:said|told (?:him|her|them|us|(?:my|our|the) [\w-]+(?: [\w-]+)?)|promised(?: (?:him|her|them|us))?) (?:that )?i(?:'d| would| will|'ll) (?:do|take|handle|sort|lead|own|look into|fix|deal with) (?:it|this|that|them)\b|\bi said i(?:'d| would| will|'ll) (?:run|organise|organize|lead|take on|take over|cover|manage|coordinate|host|plan|set up|build|fix|do) (?:the|a|an|our|their|it|this|that)\b`,
    // What the candidate needed from others or from the work: "I needed him on board", "I wanted the rota done by Friday".
    String.raw`\bi (?:needed|wanted) (?:him|her|them|it|everyone|everybody|(?:the|my|our|all|every) [\w-]+)(?: [\w-]+)? (?:on board|onside|on side|on my side|to|done|ready|fixed|sorted|finished|signed off|in place|back (?:on track|in line|up|to|under|where)|in line|up to|under control|[a-z]{3,}ing)\b`,
    // An aim someone set for the work: "The centre wanted it to reflect the people who use it", "the school needed the rota to cover".
    String.raw`\b(?:the|our|my) (?:[\w-]+ )?(?:client|customer|centre|center|school|council|owner|manager|boss|charity|company|board|committee|head|director|organisers|organizers|trust|family|landlord) (?:wanted|needed|asked for) (?:it|them|the (?:[\w-]+ ){0,2}[\w-]+) to (?!be (?:honest|fair)\b)[a-z]+`,
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
    // Not a condition with its verb left out: "we did extra hours when we needed to."
    String.raw`\bwe\b(?<!\b(?:when|if|whenever|as|where|because) we) (?:needed|had|have|need|must) to\b(?! ?[.,;!?]| ?$)`,
    String.raw`\b(?:me and|and i) (?:[\w-]+ ){0,3}(?:had|needed|were asked|were told) to\b`,
    String.raw`\b(?:we|(?:our|my|the) (?:[\w-]+ )?(?:${ORG}))(?: (?:at|in|on) (?:the|our|a) [\w-]+)? (?:was|were) (?:(?:asked|told|given|expected|trusted) to|tasked with|responsible for|in charge of)\b`,
    String.raw`\btasked with\b`,
    String.raw`\b(?:was|were) set (?:a|the) (?:target|goal|deadline)\b|\b(?:the|our) plan was to\b`,
    String.raw`\b(?:management|head office|the board|leadership|senior management) (?:wanted|asked for|needed|expected)\b`,
    // A target someone set: "our area manager set every store a target of 15%".
    String.raw`\b(?:set|gave|given|handed) (?:us|me|the team|the store|(?:every|each|all) [\w-]+|(?:the|our|my) [\w-]+) (?:a|an|the) (?:[\w-]+ )?(?:target|goal|deadline|challenge|brief|budget)\b`,
    String.raw`\b(?:our|the|my) (?:[\w-]+ )?(?:${ORG}) (?:had|needed) to\b`,
    String.raw`\b(?:my|our|the|a|an|one|his|her|their) (?:[\w-]+ )?(?:manager|boss|director|head|lead|supervisor|owner|client|matron|principal|commander|ceo|fund|funder|investor|council|regulator|auditor|inspector|customer|buyer|partner|trustee)s?(?: of [\w-]+)? (?:wanted|needed|expected|asked for|required|wants?|needs?|requires?|(?:decided|decides?|agreed|chose|announced|planned) (?:to|that))\b`,
    // A priority set by someone: "my manager said the coach party came first", "the head decided safety took priority".
    String.raw`\b(?:said|says|decided|agreed|told (?:me|us))(?: that)? (?:[\w'-]+ ){1,4}?(?:came|comes|come) first\b|\b(?:said|says|decided|agreed|told (?:me|us))(?: that)? (?:[\w'-]+ ){1,4}?(?:took|takes|had|was the|were the) priority\b`,
    // A deadline given for the work: "the council gave us until the end of March to move the section".
    String.raw`\b(?:gave|give|gives|given) (?:me|us|the team|(?:the|our|my) [\w-]+) (?:until|till|up to) [^,.;:!?]{1,30}? to [a-z]+`,
    // Time and money given for the work: "The area manager gave me six weeks and £12,000".
    String.raw`\b(?:gave|give|gives|given|handed) (?:me|us|the team) (?:(?:only|just) )?(?:[\w,.-]+ ){0,2}(?:weeks?|days?|months?|hours?|budget)\b|\b(?:gave|give|gives|given) (?:me|us) (?:(?:only|just) )?[$£€]\d`,
    // A decision above the candidate that set the work: "... that we were going to go paperless".
    String.raw`^(?:that )?(?:we|the (?:team|office|company|firm|school|store|ward)|our [\w-]+) (?:were|was) (?:going to|to) (?!be\b)[a-z]+`,
    // "The challenge was to ..." is a goal; "the challenge was that ..." a problem, so the scene.
    String.raw`\b(?:the|our) (?:main |big |biggest |real )?challenge (?:was|is) (?:to|how to|getting|making|finding)\b`,
    // An obligation on whoever the clause is about, said any way: "our group of three had to build",
    // "Our agency had two weeks to rebuild". Not a hardship ("customers had to wait"): the scene.
    String.raw`^(?:(?:and|so|but|then) )?(?:[\w'&-]+ ){1,9}?(?:had|needed|has|have|need|needs)(?: (?:only|just))?(?: (?:(?:about|around|less than|under|just|only) )?(?:[\w-]+ ){0,2}(?:minutes?|hours?|days?|weeks?|weekends?|fortnight|months?|nights?|shifts?|evenings?|mornings?|afternoons?|time))? to (?!(?:wait|queue|stand|stay|put up|deal with|go home|leave|close|shut|cancel|cope|pay|walk|sit|be|go back|start again|redo|repeat|throw|work (?:overtime|late|weekends|extra|longer|double))\b)`,
    // A request put as a question, to anyone or no one named: "she asked if I could help her".
    // Reported without "if", as many say it: "Jane said could I sort it out", "he asked me would I cover".
    String.raw`\b(?:asked|ask|asks|said|says|say|wondered)(?: (?:me|us))?,? (?:could|can|would|will) (?:i|we|you)\b`,
    // An obligation passed on: "The manager say we must not lose any customer", "she told us we had to be out by six",
    // "the landlord insisted the lift had to stay in service".
    String.raw`\b(?:said|say|says|told (?:me|us|everyone|the team)|tell (?:me|us)|made (?:it )?clear|insisted|warned (?:me|us)) (?:that )?(?:we|i|everyone|nobody|no one|the team|it|(?:the|our|every|each|all) (?:[\w-]+ )?[\w-]+) (?:must|mustn't|had to|have to|has to|needed to|need to|were to|was to)\b`,
    String.raw`\bwe must\b(?! have\b)`,
    // A request to a group that takes the candidate in: "Our matron asked the band 6 nurses, me included, to bring it down".
    String.raw`\b(?:manager|boss|director|head|lead|supervisor|owner|matron|principal|headteacher|sister|chef|ceo|foreman|sergeant|coordinator)s?(?: of [\w-]+)? (?:asked|told|wanted|needed|expected|instructed|challenged|got|tasked) (?:all |each |every |both |the |our |my |his |her |their |[\w-]+ ){1,5}?(?:(?:me|myself|us) included,? |including (?:me|myself|us),? )?to (?!(?:wait|leave|go home|stay)\b)[a-z]`,
    String.raw`\b(?:asked|ask|asks|wondered|checked) (?:(?:me|us|him|her|them|around|the team) )?(?:if|whether) (?:i|we|someone|anyone|somebody|anybody|one of us) (?:could|can|would|might|was able|were able)\b`,
    // Taking the work on, whoever did: "Three of us took charge of the event", "she took over the rota".
    String.raw`\b(?:took|take|takes|taking) (?:charge|control|ownership|responsibility) (?:of|for)\b|\btook the lead on\b|\b(?:stepped in|covered) for\b(?! (?:each other|one another)\b)|\b(?:volunteered|offered|stepped up|stepped in) to\b`,
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
    // An obligation on a thing against a deadline or a standard, whatever was to be done: "each room had to
    // be repainted before the guests came back", "the totals had to match the bank within a pound".
    // Not a consequence with no deadline ("two flights had to be cancelled"): the scene.
    String.raw`\b(?:it|this|that|everything|all|every|each|(?:the|our|my|their) [\w-]+)(?: [\w'-]+){0,3}? (?:had|needed|has|have|needs|was going) to (?!(?:wait|queue|stand|stay|close|shut|cancel|pay|leave|go home)\b)(?:be )?[a-z]+(?: [\w-]+){0,4}? (?:before|by|in time for|ahead of|no later than|within)\b`,
    // The team's own aim, said as a thing to get somewhere by a deadline: "We needed all the parcels
    // on the van before midnight". Without a deadline ("we needed more chairs") it is the scene.
    String.raw`^(?:(?:and|so|but|then) )?(?:we|i) (?:only |just |really )?(?:needed|wanted|had to get) (?:[\w'-]+ ){1,4}?(?:on|in|onto|into|up|out|done|ready|finished|live|fixed|sorted|signed off|back|loaded|moved|delivered)\b[^,.;:!?]{0,40}? (?:before|by|in time for|ahead of|no later than)\b`,
    // What someone above wanted the work to look like: "the head wanted the report on her desk by
    // Friday", "Our director wanted the backlog under a hundred", "the league wanted every side to field". Not a customer's demand ("she wanted
    // her money back", "the guests wanted their rooms early"): the scene.
    String.raw`^(?:(?:and|so|but|then) )?(?:[\w'&-]+ ){1,5}?(?<!\b(?:i|we|he|she|they|customers?|clients?|guests?|patients?|students?|users?|people|parents?|residents?|visitors?|callers?|members?|kids|children|some|many|most|everyone|everybody|nobody|one|shoppers?|passengers?|readers?|lady|man|woman|guy|buyers?|tenants?) )(?:wanted|needed|expected|wants|needs|expects) (?:it|them|this|that|everything|(?:the|our|all|every|each) (?:[\w-]+ ){0,2}?[\w-]+) (?:on|in|under|below|above|over|by|back|done|ready|finished|fixed|sorted|cleared|down|up|out|before|at|live|signed off|kept|to (?!be (?:honest|fair)\b)[a-z]+)\b`,
  ].join('|'),
  'i',
);
/** Being asked to do more after the work ("asked me to train the others"): recognition, so Result. */
export const DELEGATION = /\b(?:asked|ask|asks|told|wanted|invited|chose|picked|challenged|encouraged|nominated|appointed|sent) me to\b|\basked (?:me )?(?:if|whether) i (?:could|would)\b|\bi was (?:asked|invited|chosen|picked) to\b|\bmade it part of my\b|\bput me forward\b/i;
