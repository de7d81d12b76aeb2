import { plainQuestion } from '../src/credentials/credential-question.js';

/**
 * Questions about the person rather than a credential or a figure, which a careers coach answers
 * from what the person has told them: "am I already qualified?" (the verdict of their gap report),
 * "do i need to learn coding for this??" (what their role and postings ask of programming), "will
 * tech people take me seriously?" (a confidence worry), "is the certificate enough to get hired?"
 * and "security+ counts for anything here?" (a credential they hold). These only read the words, as
 * people type them (lowercase, no question mark, typos); flows/off-script-person.ts answers.
 */

/** Common misspellings of the words below, made plain before reading. */
const TYPOS: readonly [RegExp, string][] = [
  [/\bqual[a-z]*f[a-z]*e?d\b/g, 'qualified'],
  [/\bc(?:o|oo)d(?:e|ei|ie)?ing\b|\bcodding\b/g, 'coding'],
  [/\bprog?r?am+[a-z]*ing\b/g, 'programming'],
  [/\bseri[a-z]*ly\b/g, 'seriously'],
  [/\bcertif[a-z]*cate\b|\bcertficate\b|\bcertifcate\b/g, 'certificate'],
  [/\bhir(?:ed|red)\b/g, 'hired'],
  [/\benought?\b|\benuff\b|\benogh\b/g, 'enough'],
  [/\bi'?m\b/g, 'i am'],
  [/\bim\b/g, 'i am'],
];

const said = (text: string): string => {
  let plain = plainQuestion(text);
  for (const [pattern, replacement] of TYPOS) plain = plain.replace(pattern, replacement);
  return plain;
};

/** "am I already qualified?", "am i ready to apply", "could i apply now", "do i qualify yet". */
const QUALIFIED =
  /\b(?:am i|are we) (?:already |even |now |really |actually |yet )?(?:qualified|ready(?! to (?:start|begin|pick|go on|move on|practi[cs]e))|(?:good|skilled|experienced) enough for (?:it|this|the (?:job|role)|a job|the jobs?)|employable|hireable|hirable|there yet)\b|\bdo i (?:already |even |now )?qualify\b|\bdo i (?:already )?have what it takes\b|\b(?:can|could|should) i (?:already |just |now )?apply(?: now| already| yet| for (?:these|those|them|the jobs?|it)|$)\b|\bready to apply\b|\bqualified (?:yet|already|now|enough)\b|\bhow (?:close|far) am i\b|\bhow far (?:off|away) am i\b/;

export const asksQualified = (text: string): boolean => QUALIFIED.test(said(text));

/** "do i need to learn coding for this??", "is there coding involved", "do i have to know programming", "will i have to code". */
const CODING =
  /\b(?:learn|know|do|need|use|write|study|understand|be good at|have to)\b[\w\s']{0,20}\b(?:coding|programming|(?:to |how to )(?:code|program)|programm?er|software development)\b|\b(?:write|learn|know|read|do) (?:some |any |much |a lot of |real )?code\b|\b(?:have|need|going|expected|got) to (?:code|program)\b|\b(?:coding|programming|code) (?:needed|required|involved|necessary|skills? (?:needed|required))\b|\bhow much (?:coding|programming|code)\b|\bis (?:it|there|this) (?:any |much |a lot of |lots of )?(?:coding|programming)\b|\bwithout (?:coding|programming|knowing how to code)\b|\b(?:i )?(?:can(?: ?no|')?t|do not|dont|never) (?:code|program)\b/;

export const asksCoding = (text: string): boolean => CODING.test(said(text)) && !/\bcode of conduct\b|\bzip code\b|\bpromo code\b|\bdiscount code\b/.test(said(text));

/**
 * "will tech people take me seriously?", "will anyone hire someone like me", "do i even stand a
 * chance", "i feel like an imposter": a worry about being accepted, not a question about a credential.
 */
const CONFIDENCE =
  /\btake (?:me|us|someone like me|people like me|a [\w\s]{1,25}) seriously\b|\b(?:be|get) taken seriously\b|\bimpost[eo]r\b|\b(?:i|i will|will i|would i|do i|can i) (?:ever |even |really )?fit in\b(?! (?:my|the|your|a) )|\b(?:will|would|do|does|could) (?:anyone|anybody|they|employers|companies|tech people|tech companies|techies|developers|engineers|people|hiring managers|recruiters|a company|an employer) (?:even |ever |really |actually )?(?:hire|want|respect|listen to|accept|consider) (?:me|someone like me|people like me|a career changer|an outsider|a (?:nurse|teacher|veteran|mom|mum|parent|beginner|newbie))\b|\bstand a chance\b|\bhave a (?:real |fair )?chance (?:of|at) (?:getting|landing|being) (?:hired|a job|in|taken)\b|\blook down on me\b|\b(?:am i|i am) (?:kidding|fooling) myself\b|\b(?:am i|i am) (?:smart|technical|techy|young|clever) enough\b|\b(?:without|with no|no) (?:a )?(?:tech|technical|cs|computer science|it) (?:background|experience|degree)\b.*\b(?:chance|hire|seriously|possible|realistic|make it)\b|\bis (?:this|it|that|a switch|the switch|this move) (?:even )?realistic (?:for (?:me|someone like me|a \w+)|at my age)\b|\bbelong (?:in|there|in tech)\b|\bcareer changers? (?:get |ever )?hired\b/;

export const saysConfidenceWorry = (text: string): boolean => CONFIDENCE.test(said(text));

/** "is the certificate enough to get hired?", "will the cert alone get me a job", "can i get a job with just the certificate". */
const ENOUGH_TO_HIRE =
  /\b(?:enough|sufficient)\b[\w\s+']{0,30}\b(?:hired|a job|jobs?|employed|an interview|interviews|hire me|in the door|foot in the door)\b|\b(?:alone|on its own|by itself|just (?:the|a|this|that|one)\b[\w\s+]{0,30})\b[\w\s+']{0,20}\b(?:get|land|find) (?:me )?(?:hired|a job|work|an interview|interviews)\b|\b(?:get|land|find) (?:me )?(?:hired|a job|work)\b[\w\s+']{0,20}\b(?:with (?:just|only)|alone|on its own|by itself)\b|\b(?:will|would|does|do|can|could) (?:the|a|this|that|my|one|these|those) (?:[\w+-]+ )?(?:cert|certs|certificate|certificates|certification|certifications|credential|credentials|course|badge)\b[\w\s+']{0,15}\b(?:get|land|find) (?:me )?(?:hired|a job|work|an interview|interviews)\b|\bguarantee (?:me )?(?:a job|hired|an interview|work)\b/;

/** What is said to be enough: a credential, or one pointed at ("is it enough"), never a budget or hours ("is 500 enough to get a job"). */
const CREDENTIAL_MEANT = /\b(?:certs?|certificates?|certifications?|credentials?|courses?|badges?|exams?|it|this|that|one|alone|[a-z]{2,4}-?\d{2,4})\b|[a-z]\+/;

export const asksEnoughToHire = (text: string): boolean => ENOUGH_TO_HIRE.test(said(text)) && CREDENTIAL_MEANT.test(said(text));

/**
 * About a credential the person holds: "security+ counts for anything here?", "does my A+ help",
 * "I have already the google certificate, I need another one?", "is my pmp useful for this". The
 * credential's name is found elsewhere; these are the words that ask what it is worth to them now.
 */
const HELD_VALUE =
  /\bcounts?\b|\bcount(?:s|ed)? for\b|\bmatters?\b|\b(?:help|helps|useful|use|good|worth|relevant|valuable|value)\b[\w\s']{0,20}\b(?:here|for (?:this|it|that|me|cloud|tech|the (?:job|role|switch)|these|those)|at all|anything|now)\b|\bworth anything\b|\bany (?:use|good|help|value)\b|\bgood for anything\b|\bdo (?:they|employers|companies) (?:care|count)\b|\bdoes (?:it|that) (?:help|count|matter)\b|\b(?:need|take|get|do|want) (?:an)?other(?: one)?\b|\banother (?:one|cert|certificate|certification|credential|course)\b|\bmore (?:certs|certificates|certifications|credentials)\b|\bstill need\b|\bon top of (?:it|that|this|my)\b/;
/** Words of holding it: "i have", "i've got", "already", "my security+". */
const HOLDING = /\bi (?:already )?(?:have|got|hold|did|earned|passed|finished|completed)\b|\bi'?ve (?:already )?(?:got|done|passed|earned|finished|completed)\b|\bhave already\b|\balready (?:have|got|hold|did|done|passed)\b|\bmy\b/;

/** Asks what a held credential is worth here; `named` says the message names one they hold. */
export const asksHeldValue = (text: string): boolean => HELD_VALUE.test(said(text));
export const saysHolding = (text: string): boolean => HOLDING.test(said(text));

/** "do i need another certificate?", "should i get more certs", "is another cert needed": more credentials, none named. */
const ANOTHER = /\b(?:need|get|take|do|want|add)\b[\w\s]{0,12}\b(?:an)?other (?:cert|certs|certificate|certification|credential|course|badge|one)\b|\banother (?:cert|certificate|certification|credential)\b|\bmore (?:certs|certificates|certifications|credentials)\b/;

export const asksAnother = (text: string): boolean => ANOTHER.test(said(text));

/**
 * "would my legal background count for anything?", "does my nursing experience help at all", "will my 17
 * years count", "is my time as a teacher wasted?": whether what the person did before is worth anything
 * for the target. Their own past (my background, my years, my career, my time as...), and a word of worth.
 */
const OWN_PAST =
  /\bmy (?:[\w-]+ ){0,3}?(?:background|experience|expertise|career|careers|work history|history|past|years|decades|time (?:as|in|at|on)|previous (?:job|jobs|work|role|roles|career)|old (?:job|career|field)|current (?:job|role|field|work)|degree in)\b|\b(?:being|having been) an? [\w-]+(?: [\w-]+)?\b(?=.*\b(?:count|help|matter|useful|worth|relevant|transfer|waste)\w*\b)|\b(?:\d+|twenty|fifteen|ten|seventeen|thirty) years (?:as|in|of)\b/;
const WORTH =
  /\bcounts?\b|\bcount(?:s|ed)? for\b|\bhelps?\b|\bmatters?\b|\buseful\b|\bof use\b|\bany use\b|\bany good\b|\bworth (?:anything|something|much)\b|\brelevant\b|\btransfer(?:s|able)?\b|\bcarry (?:over|across)\b|\b(?:go|gone|going) to waste\b|\bwasted?\b|\ban? (?:advantage|plus|asset|edge)\b|\b(?:value|valued|valuable)\b|\bleverage\b|\bgive me (?:an? )?(?:edge|head start|leg up)\b|\bstart(?:ing)? from (?:zero|scratch)\b/;

export const asksBackgroundCounts = (text: string): boolean => {
  const plain = said(text);
  return OWN_PAST.test(plain) && WORTH.test(plain);
};

/**
 * "Is CISA realistic for someone like me?", "is the PMP doable for me", "can i realistically get the
 * CISSP", "am i eligible for the pmp": whether the person can earn a named credential, which turns on
 * what it asks of them first (experience, prerequisites), not on its price.
 */
const REALISTIC =
  /\b(?:realistic|feasible|doable|achievable|attainable|within (?:my )?reach|out of (?:my )?reach|(?:too|very) (?:hard|advanced|senior))\b[\w\s']{0,30}\bfor (?:me|someone like me|people like me|an? [\w-]+ like me|my (?:level|situation|background))\b|\b(?:realistic|feasible|doable|achievable)\b[\w\s']{0,10}\b(?:at my (?:level|stage)|with my background|in my situation)\b|\bcan (?:i|someone like me) (?:realistically|really|actually|even) (?:get|do|sit|take|earn|pass|go for)\b|\b(?:am i|would i be|is someone like me) (?:even )?(?:eligible|allowed) (?:for|to (?:sit|take|get))\b|\bdo i (?:meet|have) (?:the )?(?:experience|requirements?|prerequisites?)\b|\bdo i qualify (?:for|to (?:sit|take))\b/;

export const asksRealistic = (text: string): boolean => REALISTIC.test(said(text));
