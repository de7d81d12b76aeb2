import { DATA_WORK_CUES, READ_SOURCE, READ_VERB } from './data-work-cues.js';
import type { SkillLevel } from './skill-levels.js';

/**
 * The words a careers coach reads a person's own description by ("I handle guest complaints",
 * "fixing the register when it breaks", "want to learn Python", "I hold a driving licence").
 * They are a table, not logic: read-person.ts compiles them once. Postings name skills the way
 * data/skills.json spells them; people describe the work they do, so these cues map everyday
 * phrasing to catalog skill ids. Every cue here is a way career changers describe their work, not
 * one sentence of a test set (test/fixtures/person-labelled scores them, `npm run bench:person`).
 */

/** A pattern (matched case-insensitively, whole words) and the catalog skills it evidences. */
export interface WorkCue {
  pattern: string;
  skills: readonly string[];
  /**
   * The most the words show of these skills, when that is less than holding them: terminating
   * Cat6 is the physical layer of a network, networking at a basic level, not VLANs and routing.
   * A skill the person names in words of their own keeps the level they give it.
   */
  level?: SkillLevel;
  /**
   * The cue counts only when the person's words also name this skill: "built a couple simple flows"
   * is Salesforce Flow from someone who runs Salesforce, and nothing from a plumber.
   */
  given?: string;
  /** The cue reads the things MOVED_FROM_CUES blank (dashboards someone reads), so it is matched with them put back. */
  readsSource?: boolean;
}

// Hardware a non-IT job has someone fix; phones and tablets are mobile devices (their own cue).
const DEVICES = String.raw`(?:registers?|tills?|pos|point of sale|printers?|label printers?|self[- ]?checkouts?|card readers?|key ?card (?:systems?|machines?|encoders?|readers?|printers?)|laptops?|chromebooks?|macbooks?|computers?|pcs?|desktops?|workstations?|monitors?|headsets?|projectors?|smart ?boards?|interactive (?:white)?boards?|copiers?|photocopiers?|kiosks?)`;
// The fixing verbs (troubleshooting as well as hardware and support) and the setting-up ones.
const FIX = String.raw`(?:fix(?:es|ed|ing)?|repair(?:s|ed|ing)?|sort(?:s|ed|ing)? out|troubleshoot(?:s|ed|ing)?)`;
const SET_UP = String.raw`(?:look(?:s|ing)? after|set(?:s|ting)?[- ]?up|reset(?:s|ting)?|maintain(?:s|ed|ing)?)`;
/**
 * The people someone serves are not their own field: "fixing the chromebooks for the teachers" is
 * IT support, not teaching. An industry word for people is skipped right after "for (the|our)".
 */
const NOT_SERVED = String.raw`(?<!\bfor (?:the |our |my |all (?:the |our )?)?(?:\w+ )?)`;
/** The people someone manages, in every trade's words: "12 cleaners", "a crew", "a watch of 5 stokers". */
const STAFF = String.raw`(?:staff|peoples?|persons|employees|workers|nurses|engineers|attendants|room attendants|agents|cleaners|stylists|chefs|cooks|drivers|technicians|techs|mechanics|reps|cashiers|carers|operatives|labourers|apprentices|volunteers|airmen|soldiers|sailors|stokers|servers|waiters|bartenders|electricians|fitters|installers)`;
/** A headcount said in words: "fourteen agents", "twenty-five cleaners", "a dozen drivers". */
const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|(?:one|two|three) hundred)`;
const GROUP = String.raw`(?:team|staff|crews?|brigade|section|watch|shift|squad|platoon|gang|store|shop|branch|unit|department|workshop|sub-?contractors|subbies|contractors)`;
/**
 * Words that put what follows in a place or a tool, not under the verb: in "run linux on our field
 * servers" the servers are where Linux runs, not staff someone runs. Never between a managing verb
 * and the people it manages (a shop or a team after "at" is still what a supervisor runs).
 */
const NOT_PLACE = String.raw`(?!(?:on|in|at|into|onto|using|from|across|through|via|with)\b)`;
/**
 * The other parties of a list that ends in the people served: "deal with dispatchers and customers",
 * "helping suppliers & clients", "the warehouse lads and customers". Up to three, of one or two words each,
 * joined by "and", "&", "or" or a comma inside a clause.
 */
const OTHERS_THEN = String.raw`(?:(?:the |our |my )?[\w-]+(?: [\w-]+)?(?:\s*,\s*|\s+(?:and|&|or)\s+)){0,3}`;
/**
 * Work made for clients is the maker's craft, not serving them: "i make brand identity for clients", "I design
 * kitchens for clients", "shoot weddings for couples and clients". A service done for them (bookings,
 * refunds, coffee, their rooms) still is customer service. Put before "for".
 */
const NOT_MADE = String.raw`(?<!\b(?:make|makes|made|making|design(?:s|ed|ing)?|creat(?:e|es|ed|ing)|build(?:s|ing)?|built|produc(?:e|es|ed|ing)|develop(?:s|ed|ing)?|writ(?:e|es|ing)|wrote|written|draw(?:s|ing)?|drew|paint(?:s|ed|ing)?|shoot(?:s|ing)?|shot|film(?:s|ed|ing)?|illustrat(?:e|es|ed|ing)|cod(?:e|es|ed|ing)|photograph(?:s|ed|ing)?|edit(?:s|ed|ing)?|render(?:s|ed|ing)?|sew(?:s|ed|ing)?|craft(?:s|ed|ing)?|compos(?:e|es|ed|ing)|animat(?:e|es|ed|ing)|translat(?:e|es|ed|ing))\W+(?:(?!(?:appointments|bookings|reservations|calls|arrangements|refunds|returns|exchanges|changes|coffees?|teas?|drinks?|cocktails?|food|meals?|orders?|sandwiches|lunch(?:es)?|dinners?|breakfasts?|beds|rooms)\b)[\w'-]+\W+){0,4})`;
/**
 * Those someone presents or pitches to, at work: "present the concepts to the clients", "present them at staff
 * meetings", "pitched to investors". Not a patient who "presents to A&E", nor "was present at".
 */
const AUDIENCE = String.raw`(?:clients?|customers?|buyers?|board|management|managers?|leadership|execs?|executives?|directors?|seniors?|team|teams|staff|colleagues|stakeholders|sponsors?|investors?|partners?|committees?|panels?|councils?|governors?|trustees?|owners?|franchisees?|suppliers?|audiences?|conferences?|meetings?|huddles?|briefings?|assemblies|classes|parents)`;
/** The people a service is for, whom a survey asks what they need. */
const SERVED = String.raw`(?:parents|families|customers|clients|users|residents|tenants|patients|visitors|guests|members|students|pupils|the public)`;
/**
 * A/B tests of what a customer sees, a page, an email, an ad: conversion work. An A/B test with no such
 * object ("basic statistics (A/B tests)", "experience with A/B testing") is experiment statistics.
 */
export const AB_TESTED = String.raw`(?:a\/b|split)[- ]test(?:s|ing|ed)?\W+(?:(?:on|of|for|with|across)\W+)?(?:(?:the|our|their|a|an|new|different|every|all)\W+)?(?:[\w-]+\W+){0,2}?(?:pages?|landing|checkout|sign[- ]?ups?|funnels?|flows?|subject lines?|emails?|newsletters?|ads?|adverts?|creatives?|campaigns?|pricing|prices|copy|headlines?|ctas?|calls? to action|banners?|buttons?|layouts?|onboarding|offers?|designs?)\b`;
/** Machines and plant someone keeps running: fixing them is fault finding, not computer hardware. */
const MACHINES = String.raw`(?:plcs?|machines?|machinery|equipment|engines?|vehicles?|cars|vans|trucks|lorries|boilers?|conveyors?|generators?|pumps?|compressors?|production lines?|packing lines?|lines|faults?|breakdowns)`;

/** Cable and rack work, the words installers use: copper and fibre runs, terminations, patch panels, comms rooms. */
const CABLING = String.raw`(?:data|structured|low[- ]voltage|copper|ethernet|network) cabl(?:e|es|ing)|cat ?[56]e?a?\b|cable (?:runs?|pulls?|installs?|installation|installer|termination)|(?:pull(?:s|ed|ing)?|run(?:s|ning)?|ran|terminat(?:e|es|ed|ing)|punch(?:es|ed|ing)? down|certif(?:y|ied|ying)|test(?:s|ed|ing)?)\W+(?:\w+\W+){0,2}?(?:cables?|cabling|cat ?\d\w*|jacks|drops|fib(?:er|re)s?)\b|punch(?:ing|ed)?[- ]downs?|patch panels?|fib(?:er|re) (?:optics?|runs?|splic\w*|terminations?|installs?|to the (?:premises|home|cabinet|building))|\bftt[phcb]\b|splic(?:e|es|ed|ing)\b|fib(?:er|re)(?= and| &|,|\s*$)|rack(?:s|ed|ing)?\W+(?:\w+\W+){0,3}?(?:switches|routers|patch panels|network (?:gear|kit|equipment))|network closets?|comms (?:rooms?|cabinets?)|\b(?:idf|mdf)s?\b`;

/** Everyday descriptions of work, and the skills a coach hears in them. */

export const WORK_CUES: readonly WorkCue[] = [
  ...DATA_WORK_CUES,
  // "fixing the register and printers when they break", "I fix the self checkouts when they go down"
  { pattern: String.raw`${FIX}\b(?:\W+\w+){0,5}?\W+${DEVICES}`, skills: ['computer-hardware', 'technical-support', 'troubleshooting'] },
  { pattern: String.raw`${SET_UP}\b(?:\W+\w+){0,5}?\W+${DEVICES}`, skills: ['computer-hardware', 'technical-support'] },
  // The device first, then the work: "the chromebook fixing", "printer jams I sort out", "laptop repairs".
  { pattern: String.raw`${DEVICES}(?:\W+\w+){0,2}?\W+(?:(?:i|we)\W+(?:\w+\W+)?)?${FIX}`, skills: ['computer-hardware', 'technical-support', 'troubleshooting'] },
  { pattern: String.raw`${DEVICES}\W+(?:set[- ]?ups?|installs?|installation|setting up)`, skills: ['computer-hardware', 'technical-support'] },
  // Wiping and reimaging machines is desktop support on their operating system: "imaging the new laptops",
  // "reimaged the classroom laptops". Where the machines are PCs it is Windows, at a basic level: "30 pcs, reimage them every summer".
  // Deployment tools (SCCM, Intune) are what stays to learn.
  { pattern: String.raw`re-?imag(?:e|es|ed|ing)\b|(?:imag(?:e|es|ed|ing)|wip(?:e|es|ed|ing))\W+(?:(?:and|&)\W+\w+\W+)?(?:(?:the|our|all|all the|every|new|old|\d+)\W+){0,2}(?:\w+\W+)?(?:pcs|computers|laptops|desktops|workstations|machines)\b`, skills: ['operating-systems', 'technical-support'] },
  { pattern: String.raw`(?:pcs|desktops|workstations|windows (?:machines|laptops|computers))\W+(?:\w+\W+){0,3}?re-?imag(?:e|es|ed|ing)\b|(?:re-?)?imag(?:e|es|ed|ing)\W+(?:(?:and|&)\W+\w+\W+)?(?:(?:the|our|all|all the|every|new|old|\d+)\W+){0,2}(?:\w+\W+)?(?:pcs|desktops|workstations|windows (?:machines|laptops|computers))\b`, skills: ['windows'], level: 'basic' },
  // Accounts: "reset passwords", "unlock accounts", "password resets", "set up accounts for new staff".
  { pattern: String.raw`(?:reset(?:s|ting)?|unlock(?:s|ed|ing)?|chang(?:e|es|ing))\W+(?:\w+\W+){0,2}?(?:passwords?|accounts?|logins?)|password (?:resets?|changes)|(?:locked[- ]out|lockouts?)\W+(?:\w+\W+)?(?:users?|accounts?|staff)|(?:set(?:s|ting)?[- ]?up|creat(?:e|es|ing)|disabl(?:e|es|ing))\W+(?:\w+\W+){0,2}?(?:user )?accounts|(?:look(?:s|ed|ing)? after|manag(?:e|es|ed|ing)|administer(?:s|ed|ing)?|r[au]n(?:s|ning)?)\W+(?:\w+'?s?\W+){0,2}?(?:(?:office|microsoft) ?365|o365|m365|google workspace|g ?suite|gmail|outlook|email|e-mail|user|windows|network|active directory|ad) accounts`, skills: ['technical-support', 'system-administration'] },
  { pattern: String.raw`(?:fix(?:es|ed|ing)?|repair(?:s|ed|ing)?|sort(?:s|ing)? out|troubleshoot(?:s|ed|ing)?|reset(?:s|ting)?|set(?:s|ting)?[- ]?up|configur(?:e|es|ed|ing))\b(?:\W+\w+){0,5}?\W+(?:tablets?|ipads?|iphones?|phones?|handsets?|smartphones?|handhelds?|(?<!(?:obd|diagnostic|code|fault code) )scanners?)|transferr?(?:ing|ed)? (?:their |customers'? )?(?:data|contacts|photos)`, skills: ['mobile-devices', 'technical-support'] },
  // Setting up someone's smart kit: "fitting smart thermostats and setting them up on customers wifi".
  { pattern: String.raw`smart (?:thermostats?|home|meters?|tvs?|devices?|speakers?|doorbells?|alarms?|lighting)|(?:router|modem|broadband|wi-?fi) (?:set-?ups?|installs?|installation)|(?:set(?:s|ting)?|hook(?:s|ed|ing)?|connect(?:s|ed|ing)?)\W+(?:\w+\W+){0,2}?(?:up\W+)?(?:on|to) (?:the |their |the customers?'? |customers'? )?(?:wi-?fi|home network|broadband)`, skills: ['technical-support'] },
  // Wi-Fi kept working: "sorted out the printers and wifi", "wifi issues for guests".
  // Networks kept working are fixed the same way: "set up and fix field networks", "troubleshooting the VPN".
  { pattern: String.raw`wi-?fi (?:issues|problems|outages|faults|dropping|not working|down)|wi-?fi\W+(?:when|whenever|if)\W+(?:it|its)\W+(?:\w+\W+)?(?:drops|goes down|cuts out|stops working|plays up)|${FIX}\b(?:\W+\w+){0,4}?\W+(?:wi-?fi|(?<!(?:professional|social|personal|support|alumni|business|referral|supplier|vendor|care|sales) )networks?\b(?!\s+of\b)|routers?|modems?|vpns?|network (?:connections?|connectivity|faults|issues|problems|outages))`, skills: ['networking', 'troubleshooting'] },
  { pattern: String.raw`${DEVICES}(?:\W+\w+){0,4}?\W+(?:break|breaks|broke|go(?:es)? down|jams?|stops? working|play(?:s|ing)? up|act(?:s|ing)? up|fail(?:s|ed)?)`, skills: ['computer-hardware', 'technical-support', 'troubleshooting'] },
  // A screen that freezes or crashes is software trouble: support and troubleshooting, not the hardware.
  { pattern: String.raw`${DEVICES}(?:\W+\w+){0,4}?\W+(?:crash(?:es|ed|ing)?|freez(?:e|es|ing)|froze|hang(?:s|ing)?|lock(?:s|ing)? up)`, skills: ['technical-support', 'troubleshooting'] },
  { pattern: String.raw`(?:printer|paper) jams?|fix(?:es|ed|ing)? (?:it|them|things)\b|(?:i'?m|i am) the (?:one|person) (?:who|that) (?:fix(?:es)?|sorts?(?: out)?|deals? with|repairs?)\b|when (?:it|they|things|something) (?:break|breaks|broke|goes down|go down|went down|freezes|freeze|froze|crashes|crash|crashed)`, skills: ['troubleshooting', 'technical-support'] },
  { pattern: String.raw`super ?users?|(?:digital|it|tech|system|ehr|epic) champions?|help(?:s|ed|ing)? (?:\w+ )?(?:colleagues|staff|users|people|others|everyone) when (?:it|they|things|something) (?:goes|go|went) wrong|go-to (?:person )?for (?:tech|it|computer)|unofficial (?:it|tech)|(?:set(?:ting)? up|onboard(?:ing)?) (?:new (?:starters?|hires?|staff)'?s? )?(?:laptops?|accounts?|computers?|phones?)`, skills: ['technical-support'] },
  // Supporting people on a new system the day it goes live, beside them on the floor, is first-line support:
  // "at-the-elbow support", "floor support at go-live", "covered the go lives".
  { pattern: String.raw`at[- ]the[- ]elbow|go[- ]lives?\W+support|(?:support(?:s|ed|ing)?|cover(?:s|ed|ing)?|work(?:s|ed|ing)?|help(?:s|ed|ing)? (?:out )?(?:with|on|at)|(?:on|at|during|for))\W+(?:(?:the|our|a|all|every|each|\w+'s)\W+)?(?:\w+\W+)?go[- ]lives?\b|(?:floor|elbow|cutover) support`, skills: ['technical-support', 'troubleshooting'] },
  // Technical questions answered for others, by a rep, a clinician or an office's go-to: "answer technical questions
  // from the biomed engineers", "fielding tech queries from the sales team". First-line support and explaining
  // technical matters, at a basic level: a service desk's tools and process stay to learn.
  { pattern: String.raw`(?:answer(?:s|ed|ing)?|field(?:s|ed|ing)?|handl(?:e|es|ed|ing)|deal(?:s|t|ing)? with|respond(?:s|ed|ing)? to|tak(?:e|es|ing)|took|sort(?:s|ed|ing)? out)\W+(?:(?:the|all|all the|any|their|our|most|lots of|a lot of|loads of|many|plenty of|tricky|hard|difficult|detailed|in-depth|basic|everyday)\W+){0,2}(?:tech(?:nical)?|it|software|system|computer|device|equipment)\W+(?:questions|queries|enquiries|inquiries)\b`, skills: ['technical-support', 'communication'], level: 'basic' },
  // "looking after the IT" in a small office or practice is being its IT support.
  { pattern: String.raw`(?:look(?:s|ed|ing)? after|in charge of|responsible for|handl(?:e|es|ed|ing)|sort(?:s|ed|ing)? out|manag(?:e|es|ed|ing)|r[au]n(?:s|ning)?) (?:all )?(?:the|our) (?:it|i\.t\.|tech|computers)\b(?!\s+(?:was|is)\b)`, skills: ['technical-support'] },
  { pattern: String.raw`diagnos(?:e|es|ed|ing)\b(?:\W+\w+){0,3}?\W+(?:fix|faults?|problems?|issues?|systems?)`, skills: ['troubleshooting'] },
  // Trades fix machines: "fixing PLCs on the line", "diagnosing boiler faults", "fault diagnosis on avionics", "breakdowns".
  { pattern: String.raw`${FIX}\b(?:\W+\w+){0,3}?\W+${MACHINES}|fault (?:diagnos\w*|finding|fixing)|(?:machine|equipment|line|vehicle|plant) breakdowns|diagnostics`, skills: ['troubleshooting'] },
  // customers, guests, patients
  { pattern: String.raw`(?:guest|customer|client|patient|parent|resident|tenant)s?'? (?:complaints?|queries|questions|issues|concerns|enquiries|inquiries|escalations)|(?:angry|irate|difficult|upset|unhappy) (?:customers?|guests?|clients?|patients?|callers?)|deal(?:s|t|ing)? with ${OTHERS_THEN}(?:the |our |my )?(?:customers|the public|members of the public|guests|clients)\b|helping ${OTHERS_THEN}(?:the |our |my )?(?:customers|patients|guests|clients)\b|customer[- ]facing|front[- ]of[- ]house|(?:vendor|supplier) queries|satisfaction scores|regulars|customer success|onboarding (?:new )?(?:clients|customers)|(?:(?<!\b(?:sites?|websites?|apps?|logos?|designs?|illustrations?|artwork|portraits?|drawings?|books|accounts|returns|campaigns|projects?|content|code|software|work) )${NOT_MADE}for|with|serving|serve|served|keep(?:ing)?|kept)\W+(?:our |the |my )?(?:customers|clients|guests|members of the public|the public)\b|explain(?:s|ed|ing)?\W+(?:\w+\W+){0,3}?to (?:our |the |my )?(?:customers|clients|guests)\b|(?:customers|clients|guests) happy|complaints`, skills: ['customer-service'] },
  // Talking with the people a job serves, among others: "talk to dispatch and customers all day", "on the phone with shippers and clients".
  { pattern: String.raw`(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|chat(?:s|ted|ting)?|(?:on the )?phone(?:s|d)?)\W+(?:to|with)\W+${OTHERS_THEN}(?:the |our |my )?(?:customers|clients|guests|callers|the public|members of the public)\b`, skills: ['customer-service', 'communication'] },
  { pattern: String.raw`(?:angry|irate|difficult|upset|unhappy|abusive|aggressive|agitated|distressed) (?:customers?|guests?|clients?|patients?|callers?|residents?|relatives|families)|de-?escalat\w*|calm(?:ing)? (?:people|things|them) down|challenging behaviou?rs?`, skills: ['conflict-resolution'] },
  // Care for people at their worst: "calming distressed patients", "reassuring anxious families", "breaking bad news".
  { pattern: String.raw`(?:calm(?:s|ed|ing)?|comfort(?:s|ed|ing)?|reassur(?:e|es|ed|ing)|support(?:s|ed|ing)?)\W+(?:\w+\W+)?(?:distressed|anxious|frightened|scared|worried|grieving|bereaved|vulnerable)|bedside manner|breaking bad news`, skills: ['empathy'] },
  // people and teams
  { pattern: String.raw`line[- ]manag(?:e|es|ed|ing|er|ement)\b|rotas?|rosters?|(?:shift|staff|crew) schedul\w*|schedul\w* (?:for |of )?(?:\d+ |the |our )?(?:${STAFF}|shifts|crews?|teams?)|(?:run|ran|manage|managed|managing|supervis\w+|oversee|oversaw)\b(?:\W+\w+){0,3}?\W+(?:a )?${GROUP}(?!'s)|(?:run|ran|manage|managed|managing|supervis\w+|oversee|oversaw)\b(?:\W+${NOT_PLACE}\w+){0,3}?\W+(?:\d+ ${STAFF}|(?:the |our |my )?(?:\w+ )?${STAFF}\b)|(?<!\b(?:for|trained|train|trains|training|taught|teaching|mentored|mentoring|onboarded|onboarding|coached|coaching) (?:\w+ )?)(?<!\b(?:an?|the|our|my) (?:\w+ )?(?!${GROUP}\b)\w+ (?:of|with) (?:about |around |over |some |nearly |almost )?)(?<![\d,.])\b(?:\d{1,3}(?:,\d{3})+|\d{2,}) (?:${STAFF}|room attendants)\b|hiring/firing|hir(?:e|ing) and fir(?:e|ing)|coaching staff|(?<!\b(?:lead|leads|leading|led) (?:a|the|my|our) )(?:teams?|crews?|brigade|section|watch|squad|platoon) of \d+|\d+ direct reports|with \d+ ${STAFF}`, skills: ['people-management'] },
  { pattern: String.raw`\b(?:led|lead|leads|leading)\b(?:\W+(?!for\b|to\b|from\b|with\b)\w+){0,2}?\W+(?:teams?|squads?|platoons?|crews?|people|soldiers|sailors|marines|${STAFF})\b|squad leader|team lead(?:er)?|section leader|shift lead(?:er)?`, skills: ['leadership'] },
  // A headcount in words under a managing verb: "i lead fourteen agents", "supervised a dozen drivers", "run a team of twenty cleaners".
  // Shift schedules someone does for a team are staffing it: "do the schedules and shift coverage", "cover the shifts".
  { pattern: String.raw`\b(?:led|lead|leads|leading|manag(?:e|es|ed|ing)|supervis(?:e|es|ed|ing)|oversee|oversaw|run|runs|ran|running)\W+(?:(?:a|my|our|the)\W+)?(?:team\W+of\W+)?${NUMBER_WORD}\W+(?:\w+\W+)?${STAFF}\b|shift cover(?:age)?|cover(?:s|ed|ing)? (?:the |all the |open |empty )?shifts|(?:do|does|did|doing|make|makes|made|making|write|writes|wrote|writing|build|builds|built|building|handle|handles|handled|handling|sort|sorts|sorted|sorting)\W+(?:out\W+)?(?:the\W+|all\W+the\W+|our\W+)?(?:weekly\W+|monthly\W+|staff\W+|shift\W+|work\W+|team\W+)?(?:schedules|rotas)\b`, skills: ['people-management'] },
  { pattern: String.raw`hir(?:e|es|ing)\b|hiring/firing|recruit(?:ed|ing)|onboarding (?:new )?(?:staff|employees|hires|starters)?|\bhr\b|hris|workday`, skills: ['human-resources'] },
  { pattern: String.raw`train(?:s|ed|ing)?\b(?:\W+and\W+\w+)?(?:\W+(?:all|our|the|new|junior|\d+))*(?:\W+(?!and\b|on\b|in\b)\w+)?\W+(?:${STAFF}|starters|hires|joiners|recruits|guys|lads|grads|graduates|trainees|colleagues|marines|users|team members|cashiers|(?:whole |entire )?teams?\b)|staff training|^\s*(?:staff )?training\s*$|instructors?\b|instructing|trainer\b|teach(?:es|ing)?\W+(?:student|junior|new|newly qualified) (?:nurses|doctors|paramedics|staff|starters|colleagues|apprentices|technicians)|(?:train(?:s|ed|ing)?|teach(?:es|ing)?|taught)\W+(?:the |our |all (?:the |our )?)?(?:\d+ )?(?:new|junior|trainee|incoming)\W+\w+`, skills: ['training-and-development'] },
  { pattern: String.raw`precept\w*|mentor(?:s|ed|ing)?\b|coach(?:es|ed|ing)? (?:new |junior )?(?:staff|employees|colleagues|team members|agents|nurses)`, skills: ['mentoring'] },
  // Directing the work of juniors is leading them and bringing them on: "i art direct two juniors", "guiding
  // the interns", "led the junior designers". Managing staff is people management (above), not this.
  { pattern: String.raw`(?:art[- ]?direct(?:s|ed|ing)?|direct(?:s|ed|ing)?|guid(?:e|es|ed|ing)|lead|leads|led|leading|coach(?:es|ed|ing)?)\W+(?:(?:the|our|my|a|two|three|four|five|\d+|some|all|all the|a few|a couple of)\W+)?(?:[\w-]+\W+)?(?:juniors?|junior (?:designers?|developers?|devs|staff|colleagues|members|analysts?|engineers?|writers?|nurses?)|interns?|trainees|apprentices|graduates|grads|new starters?)\b`, skills: ['mentoring', 'leadership'] },
  // money and numbers
  { pattern: String.raw`p&l|p and l|profit and loss|food cost|labou?r cost|cost control|estimat(?:ing|es)\b|quot(?:ing|es)\b|costings?\b|pric(?:e|es|ed|ing)(?: up)? (?:jobs|work|contracts|tenders)|(?:managed|managing|manage|own(?:ed)?) (?:a |the )?(?:[$£€]\s?\d[\d.,]*\s?[kmb]? )?budgets?|[$£€]\s?\d[\d.,]*\s?[kmb]? (?:budget|equipment|inventory)`, skills: ['budgeting'] },
  // Invoices named with the clients they go to ("my own clients and invoices") are the client side of a
  // business, not bookkeeping; invoicing on its own, processing or chasing invoices are accounting.
  { pattern: String.raw`(?<!\b(?:clients?|customers?)\W+(?:and|&)\W+(?:(?:the|their|my|our)\W+)?)invoic(?:e|es|ing)(?: processing)?|expense (?:reconciliation|reports|claims)|bank reconciliations?|reconcil\w+|vat returns?|tax returns?|quickbooks|xero|sage|bookkeep\w*|accountants?\b|accounts (?:assistant|clerk|manager)|payroll|(?:did|do|does|doing|kept|keep|keeps|keeping|ran|run|runs|running|handled?|handles|handling)\W+(?:\w+\W+){0,4}?(?:books|accounts)\b(?!\W+(?:for|on) (?:the )?(?:social|instagram))|\bcpa\b|\bacca\b|\bcima\b|chartered accountant`, skills: ['accounting'] },
  { pattern: String.raw`stock (?:counts?|takes?|control|levels|ordering|rotation|management|replenishment)|stocktak\w*|storem[ae]n|storekeep\w*|quartermaster|(?:section|unit|ship|station|squadron|regimental|workshop|site|ward)'?s? stores|stores (?:clerk|accounting|accounts)|inventory|ordering (?:supplies|stock|materials|parts|linen)|ordering\b|(?:make|makes|made|making|place|places|placed|placing|do|does|did|doing|send|sends|sent)\s+(?:the\s+|our\s+|all\s+(?:the\s+)?)?orders?\s+(?:for|from|to|with)\s+(?:the\s+|our\s+)?suppliers?|order(?:s|ed)?\s+(?:\w+\s+){0,2}?from\s+(?:the\s+|our\s+)?suppliers|supplier orders|(?:medical |office )?supplies|supply chain|shipping and receiving|receiving deliveries`, skills: ['logistics'] },
  { pattern: String.raw`(?:kpi|sales|revenue|closing|shrink|board|weekly|monthly|variance|status|shift|end of day|incident) reports?|report(?:ing)? on`, skills: ['reporting'] },
  { pattern: String.raw`forecast\w*`, skills: ['forecasting'] },
  { pattern: String.raw`risk registers?|risk logs?|raid logs?`, skills: ['risk-management'] },
  // Regulators' inspections are compliance work: the CQC (care), Ofsted (schools), the FCA (finance), the MHRA (medicines).
  { pattern: String.raw`\bcqc\b|ofsted|\bfca\b|\bmhra\b|regulatory inspections?|compliance (?:audits?|checks)`, skills: ['regulatory-compliance'] },
  { pattern: String.raw`resolv(?:e|es|ed|ing) (?:\w+ )?(?:problems|issues|disputes|complaints)|solv(?:e|es|ed|ing) (?:\w+ )?problems|get to the bottom of`, skills: ['problem-solving'] },
  // organising, writing, explaining
  // Showing buyers what a product does is pre-sales work and presenting: "I demo surgical imaging systems",
  // "demonstrating our software to clients", "ran product demos". A nurse showing a patient a device is not
  // (no "demonstrate ... equipment"), nor a musician's demos (only the verbs of running one).
  { pattern: String.raw`\bdemo(?:s|ed|'d|ing)?\W+(?:\w+\W+){0,3}?(?:systems?|products?|equipment|software|devices?|platforms?|solutions?|apps?|machines?|features?)\b|demonstrat(?:e|es|ed|ing)\W+(?:\w+\W+){0,3}?(?:products?|software|solutions?|platforms?)\b|(?:product|software|sales|customer|client|technical|solution) (?:demos?|demonstrations?)\b|(?:run|runs|ran|running|give|gives|gave|giving|do|does|did|doing|deliver(?:s|ed|ing)?|lead|leads|led|leading)\s+(?:\w+\s+)?demos\b`, skills: ['presales', 'presentation-skills'] },
  { pattern: String.raw`(?:diary|calendar|schedule) management|managing (?:calendars|diaries|schedules)|(?:very |super |highly )?organi[sz]ed|organi[sz]ational skills|juggling|deadlines`, skills: ['time-management'] },
  // Translating manuals into another language is writing them for their readers: technical documentation.
  { pattern: String.raw`(?:translat(?:e|es|ed|ing|ion|ions|or|ors)|locali[sz](?:e|es|ed|ing|ation))\W+(?:[\w-]+\W+){0,4}?(?:manuals|handbooks|instructions for use|documentation|user guides|technical documents|specifications|help (?:files|pages|articles))\b`, skills: ['documentation'] },
  { pattern: String.raw`minute taking|taking minutes|meeting minutes|board papers|run[- ]of[- ]show|tip sheets|help (?:centre|center) articles|how-to guides|user guides|case files|care plans|record(?:ing)? results|(?:medication|(?<!on )patient|maintenance|training|care|client) records(?!\s+(?:on|in|using|through) (?!paper\b))|record[- ]keeping|writ(?:e|es|ing) (?:up )?(?:procedures|guides|manuals|reports|policies)|(?:wrote|written|writ(?:e|es|ing)|author(?:s|ed|ing)?|draft(?:s|ed|ing)?)\W+(?:\w+\W+){0,3}?(?:manuals|handbooks|instructions|guides|guidance|procedures|documentation|sops)\b`, skills: ['documentation'] },
  // A process written down step by step: "i documented the whole AP process", "documenting our procedures", "wrote up
  // the onboarding process". Not a document someone keeps ("document management") or a shipment's documents.
  { pattern: String.raw`document(?:s|ed|ing)?\W+(?:(?:the|our|my|their|all|all the|whole|entire|every|each|new|current|existing|old)\W+){0,3}(?:[\w&/-]+\W+){0,2}?(?:process(?:es)?|procedures?|workflows?|steps|policies)\b|process documentation|wr(?:ote|ite|ites|iting|itten)\W+up\W+(?:(?:the|our|my|all|all the|whole|new)\W+){0,2}(?:[\w&/-]+\W+){0,2}?(?:process(?:es)?|procedures?|workflows?)\b`, skills: ['documentation'] },
  { pattern: String.raw`(?<!\b(?:was|were|is|are|am|be|been|being|not|who|patients?|cases?)\s)(?:present(?:s|ed|ing)? (?:to|findings|results|monthly|weekly|at)\b|(?:present(?:s|ed|ing)?|pitch(?:es|ed|ing)?)\W+(?:[\w'-]+\W+){0,4}?(?:to|at|for)\W+(?:(?:the|our|my|a|an|all|each|every|their|weekly|monthly)\W+)?(?:[\w-]+\W+)?${AUDIENCE}\b)|presentations?|brief(?:s|ed|ing)\W+(?:\w+\W+){0,2}?(?:officers|commanders|seniors?|senior \w+|the board|management|leadership|executives|directors|clients)|(?:gave|give|gives|giving|deliver(?:s|ed|ing)?) (?:\w+ )?briefings?`, skills: ['presentation-skills'] },
  { pattern: String.raw`explain(?:s|ed|ing)? (?:things|complex|complicated|difficult|technical|it)|explain(?:s|ed|ing)?\W+(?:\w+\W+){0,3}?to (?:our |the |my |a |\d+ )?(?:customers|clients|patients|parents|families|people|non-technical \w+|non-?experts|lay ?people|laymen|the public|beginners|newcomers|students|pupils|teenagers|teens|kids|children|learners|trainees|juniors|new starters|users|end users|\d+[- ]year[- ]olds)\b|good at explaining|parent communication|communicat(?:e|ing) with`, skills: ['communication'] },
  // Writing and editing as a craft ("writing and editing", "proofreading", "I edit the school magazine", "copy editor"):
  // the written work technical documentation is made of, and written communication.
  { pattern: String.raw`^\s*(?:(?:good|strong|clear|excellent|creative|academic|business|professional|technical)\s+)?(?:writing\s+(?:and|&)\s+(?:editing|proofreading)|editing\s+(?:and|&)\s+(?:writing|proofreading)|editing|proof-?reading|copy-?editing)(?:\s+skills)?(?:\W+(?:obviously|of course|naturally|mostly|too|as well|daily|every day|for years))?\s*$|(?:edit(?:s|ed|ing)?|proof-?read(?:s|ing)?|copy-?edit(?:s|ed|ing)?)\W+(?:\w+\W+){0,3}?(?:manuscripts?|articles?|drafts?|essays|newsletters?|magazines?|journals?|books?|publications?|copy|reports|grant (?:applications|proposals)|the (?:school|college|company|staff) (?:paper|newspaper|magazine|newsletter))\b|(?<!(?:text|code|video|photo|film|music|image|sound|audio|wysiwyg|html|level|map) )(?:copy ?editor|sub-?editor|proofreader|editor)\b|journalis[tm]\b`, skills: ['documentation', 'communication'] },
  // Writing in a person's own list ("writing, lesson planning"), and explaining simply: written communication.
  { pattern: String.raw`^\s*(?:(?:good|strong|clear|excellent|creative|academic|business)\s+)?writing(?:\s+(?:skills|and editing))?\s*$|(?:good|strong|clear|confident) writer|plain (?:language|english)|explain(?:s|ed|ing)?\b(?:\W+\w+){0,4}?\W+(?:simply|clearly|in plain (?:words|english|language))|(?:hard|complex|difficult|technical|tricky) (?:stuff|things|topics|ideas|concepts|subjects) (?:simply|clearly|simple)`, skills: ['communication'] },
  { pattern: String.raw`\b(?:chicago|apa|mla|ap|harvard|oxford|mhra)\W+(?:(?:and|or|&|/)\W+(?:chicago|apa|mla|ap|harvard|oxford|mhra)\W+)?(?:style|referencing|citations?|format)\b|\b(?:chicago|apa|mla)\W+(?:and|or|&|/)\W+(?:chicago|apa|mla)\b|house style|style ?guides?`, skills: ['style-guides'] },
  { pattern: String.raw`to the letter|(?:strict|exacting|precise) (?:procedures|standards|tolerances|specifications)|no room for error|detail[- ]oriented|eye for detail|meticulous`, skills: ['attention-to-detail'] },
  // improving and automating the work
  { pattern: String.raw`(?:quality|process|continuous) improvement|improv(?:e|ed|ing) (?:the |our )?(?:process|processes|workflows?)|lean|six sigma|kaizen`, skills: ['process-improvement'] },
  { pattern: String.raw`automat(?:e|ed|es|ing|ion)`, skills: ['process-automation'] },
  { pattern: String.raw`(?:mission|project|event|production|wedding|conference) planning|planning (?:\d+ )?(?:events|projects|missions|weddings|conferences|festivals|tours)|programme of works|(?:build|works|project) programme|timelines|milestones|schedul(?:e|ed|ing) (?:jobs|projects|work)`, skills: ['project-management'] },
  // A system change run for a team, in the words of whoever ran it: "ran the move of my team to a new phone system with IT",
  // "led the rollout of the new rostering app", "managed our office move to the new building". Project management at a
  // basic level: the method a coordinator is hired for (schedules, the RAID log, status reports) is still to learn.
  { pattern: String.raw`(?:ran|run|runs|running|led|lead|leads|leading|manag(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)|plann?(?:ed|ing)|own(?:s|ed|ing)?)\W+(?:(?:the|our|a|an|my|whole|entire)\W+)?(?:[\w-]+\W+){0,2}?(?:move|migration|switch(?:over)?|changeover|cut-?over|roll-?out|upgrade|implementation|transition)\b(?:\W+\w+){0,6}?\W+(?:to|onto|of)\W+(?:(?:a|the|our)\W+)?(?:new|\w+)\W+(?:\w+\W+)?(?:system|platform|software|phones?|phone system|tool|crm|erp|app|office|building|site)s?\b`, skills: ['project-management'], level: 'basic' },
  // Its artefacts show the same: "the go-live checklist", "wrote the cutover plan", "wrote the test plan".
  { pattern: String.raw`go[- ]live (?:checklists?|plans?|readiness|schedules?)|cut-?over (?:plans?|checklists?)|(?:wrote|writ(?:e|es|ing)|written|draft(?:s|ed|ing)?|own(?:s|ed|ing)?) (?:the |a |our )?(?:uat |user acceptance )?test plans?`, skills: ['project-management'], level: 'basic' },
  { pattern: String.raw`stakeholder\w*|managing (?:an? |the |our )?agenc(?:y|ies)`, skills: ['stakeholder-management'] },
  // Process change in everyday words: "worked on process changes", "we cut the wait times", "streamlined the intake forms".
  { pattern: String.raw`process (?:changes|redesign|re-?engineering)|(?:cut|cuts|cutting|reduc(?:e|ed|es|ing)|shorten(?:ed|s|ing)?|halv(?:e|ed|es|ing)|slash(?:ed|es|ing)?|brought down|bring down)\W+(?:\w+\W+){0,2}?(?:wait(?:ing)?[- ]times?|waits|queues|turnaround(?: times?)?|processing times?|cycle times?|lead times?|handling times?|errors|rework|paperwork|hand-?offs|steps|delays)\b|(?:streamlin|simplif|redesign|overhaul)\w*\W+(?:\w+\W+){0,3}?(?:process(?:es)?|workflows?|procedures?|paperwork|forms)\b`, skills: ['process-improvement'] },
  // The people a project answers to, in the planner's words: "do all the client calls", "weekly sponsor updates".
  { pattern: String.raw`(?:client|stakeholder|sponsor|board|vendor|supplier|partner) (?:calls?|updates|phone calls?)|(?:calls|phone calls|updates) (?:to|with) (?:the |our |all (?:the |our )?)?(?:clients|vendors|suppliers|stakeholders|sponsors|partners)\b`, skills: ['stakeholder-management', 'communication'] },
  { pattern: String.raw`(?:client|sponsor|vendor|supplier|partner) (?:meetings|check-?ins|negotiations)|(?:meetings|check-?ins) with (?:the |our |all (?:the |our )?)?(?:clients|vendors|suppliers|stakeholders|sponsors|partners)\b`, skills: ['stakeholder-management'] },
  // Suppliers kept in line: "herd like 30 vendors per event", "negotiated with suppliers", "vendor contracts".
  { pattern: String.raw`(?:manag|coordinat|herd|juggl|liais|wrangl|negotiat|oversee|oversaw)\w*\W+(?:with\W+)?(?:\w+\W+){0,2}?(?:vendors|suppliers)\b`, skills: ['vendor-management', 'stakeholder-management'] },
  // Outside firms hired by contract are vendors too: "manage consultants' contracts and their deliverables", "oversee the contractors' scopes".
  { pattern: String.raw`vendor contracts|supplier contracts|(?:vendor|supplier) relation\w*|(?:consultants?|consultancies|contractors?|sub-?contractors?)'?s? (?:contracts|deliverables|scopes?|invoices|performance)\b|(?:manag|oversee|oversaw|supervis|coordinat)\w*\W+(?:(?:the|our|all|all the|outside|external)\W+)?(?:consultants|consultancies|consulting firms)\b`, skills: ['vendor-management'] },
  // What someone moved into a system, not a tool they use: "imported 6000 contacts from spreadsheets".
  { pattern: String.raw`(?:import(?:s|ed|ing)?|migrat(?:e|es|ed|ing)|bulk[- ]?(?:upload|load)(?:s|ed|ing)?)\W+(?:\w+\W+){0,3}?(?:contacts|records|customers|clients|leads|accounts|members|data|products|listings)\b(?:\W+\w+){0,3}?\W+(?:from|into|off|out of)\b|data (?:migrations?|imports?)`, skills: ['data-migration'] },
  // "Sheets" among Google's apps is Google Sheets: "Google Workspace (Sheets, Forms, Slides)", "Docs and Sheets".
  { pattern: String.raw`spreadsheets?|(?:google (?:workspace|suite|apps|drive)|g ?suite)\W+(?:\w+\W+){0,3}?sheets\b|\bsheets\W+(?:(?:and|&)\W+)?(?:docs|forms|slides)\b|\b(?:docs|forms|slides)\W+(?:(?:and|&)\W+)?sheets\b`, skills: ['spreadsheets'] },
  // A subject someone teaches is a subject they know: "taught stats and calculus for 19 years".
  { pattern: String.raw`(?:taught|teach(?:es|ing)?|tutor(?:s|ed|ing)?|lectur(?:e|es|ed|ing))\W+(?:(?:in|on)\W+)?(?:\w+\W+){0,3}?(?:stats|statistics|probability)\b|(?:stats|statistics) (?:teacher|tutor|lecturer|instructor)|(?:teacher|tutor|lecturer|instructor) (?:of|in) (?:\w+ (?:and|&) )?(?:stats|statistics)\b`, skills: ['statistics'] },
  // "sf" is Salesforce where it is a system someone runs, never San Francisco: "i run our sf myself", "sf admin".
  { pattern: String.raw`\b(?:our|my|the company'?s|their|the agency'?s)\s+sf\b(?!\s+(?:office|team|branch|location|store|site|hq|staff))|\bsf\s+(?:admin\w*|org|instance|crm|flows?|reports?|dashboards?|platform|setup|config\w*)\b|(?:admin\w*|configur\w*|customi[sz]\w*)\W+(?:of\W+|in\W+|on\W+)?(?:our\W+|the\W+)?sf\b`, skills: ['salesforce'] },
  // Flows built by someone who runs Salesforce are Salesforce Flow: "built a couple simple flows".
  { pattern: String.raw`(?:built|build(?:s|ing)?|creat(?:e|es|ed|ing)|made|mak(?:e|es|ing)|set(?:s|ting)? up|wrote|writ(?:e|es|ing)|design(?:s|ed|ing)?)\W+(?:\w+\W+){0,3}?flows\b|(?:screen|record[- ]triggered|autolaunched|scheduled) flows?`, skills: ['salesforce-flow'], given: 'salesforce' },
  // devices, systems and networks named in everyday words
  { pattern: String.raw`barcode|handheld|(?<!(?:obd|diagnostic|code|fault code) )scanners?|iphones?|ipads?|tablets?|smartphones?|mdm|intune`, skills: ['mobile-devices'] },
  { pattern: String.raw`patch(?:es|ing)?\b|user accounts|server(?:s)? (?:admin|maintenance)`, skills: ['system-administration'] },
  { pattern: String.raw`\b(?:lan|wan)\b|home network|network switches|switches and routers|routers?|pi-hole|(?:radio|satellite|satcom|tactical|field) (?:and \w+ )?(?:comms|communications|networks?|links)`, skills: ['networking'] },
  // Cabling and racking are the physical layer ("terminating cat6 and fiber", "punching down patch panels",
  // "racking switches"): structured cabling, and networking only at a basic level, so a network
  // administrator's addressing, VLANs and routing stay to learn.
  { pattern: CABLING, skills: ['structured-cabling'] },
  { pattern: CABLING, skills: ['networking'], level: 'basic' },
  // Networks as things run and kept working: "ran the battalion's radio and network kit", "maintained the networks", never a network of people.
  { pattern: String.raw`network (?:kit|equipment|gear|hardware|infrastructure|devices|outages?)|(?:r[au]n(?:s|ning)?|maintain(?:s|ed|ing)?|manag(?:e|es|ed|ing)|administer(?:s|ed|ing)?|support(?:s|ed|ing)?|install(?:s|ed|ing)?|configur(?:e|es|ed|ing)|set(?:s|ting)? up|look(?:s|ed|ing)? after|built|troubleshoot(?:s|ed|ing)?)\b(?:\W+\w+){0,4}?\W+(?<!(?:professional|social|personal|support|alumni|business|referral|supplier|vendor|care|sales) )networks?\b(?!\s+of\b)`, skills: ['networking'] },
  // A device's own network link, the questions a field rep or a clinical engineer answers ("hospital IT questions
  // about the device's network connection"): networking at a basic level, the addressing and routing still to learn.
  { pattern: String.raw`(?<!(?:professional|social|personal|business|alumni|linkedin|support|referral) )network (?:connection|connectivity|ports?|settings)\b|(?:devices?|systems?|equipment|machines?|printers?|scanners?|terminals?)\W+(?:\w+\W+){0,3}?(?:to|into|onto|on) (?:the |their |a |our )?(?:\w+'?s? )?(?:network|lan|wi-?fi)\b(?!\s+of\b)`, skills: ['networking'], level: 'basic' },
  // A clearance is held, not learnt: a strength for cybersecurity and government IT (data/skills.json security-clearance).
  { pattern: String.raw`(?:security|secret|top[- ]secret|ts\/sci|sc|dv|dod|government|federal|public trust|active|current)\s+clearance|\bts\/sci\b|cleared (?:to|at) (?:secret|top secret)|\b(?:sc|dv|ctc)[- ]cleared|security[- ]cleared`, skills: ['security-clearance'] },
  { pattern: String.raw`built (?:my own|our own|a) (?:pc|computer|gaming pc)|build(?:ing)? (?:my own )?pcs|rack(?:s|ed|ing)?\W+(?:\w+\W+){0,2}?servers|server racks?`, skills: ['computer-hardware'] },
  // Testing as people outside QA do it: "found a lot of bugs in our claims system and reported them
  // to IT", "I log the defects", "UAT for the new system". Finding and reporting faults in software
  // is testing at a basic level; designing test cases is what stays to learn.
  // Second-language English drops the plural: "i find bug in uber driver app and report to driver support". Beta
  // testing an app is testing it as a user does: "i beta test my kids school app". A stomach bug is not.
  { pattern: String.raw`(?:found|find(?:s|ing)?|spott(?:ed|ing)|spots?|caught|catch(?:es|ing)?|report(?:s|ed|ing)?|log(?:s|ged|ging)?|rais(?:e|es|ed|ing)|flag(?:s|ged|ging)?)\W+(?:\w+\W+){0,3}?(?<!\b(?:stomach|tummy|flu|winter|travel|love|the travel|a nasty|a) )(?:bugs?|defects?|glitch(?:es)?|software (?:issues|errors|faults))\b(?!\W+(?:spray|bites?|repellent)\b)|beta[- ]?test(?:s|ed|ing|er|ers)?\b|(?<!\b(?:stomach|tummy|flu|winter|love) )(?:bugs?|defects?|glitch(?:es)?)\W+(?:\w+\W+){0,6}?(?:report(?:s|ed|ing)?|logg(?:ed|ing)|rais(?:ed|ing)|flagg(?:ed|ing)|escalat(?:ed|ing))\b|tested (?:the |our |a )?(?:new )?(?:system|software|app|application|upgrades?|releases?)`, skills: ['software-testing'], level: 'basic' },
  // UX work under other names: an architect's or a planner's "client interviews" find out what people
  // need; sketching layouts is wireframing on paper. At a basic level: the UX method is still to learn.
  // Surveys of the people a service is for ask them what they need: "made surveys for the parents and read the
  // results", "guest satisfaction surveys". Only of people: a land or building survey is a surveyor's trade.
  { pattern: String.raw`(?:parent|customer|client|user|resident|tenant|patient|visitor|guest|member|student|family|satisfaction|feedback)s?'? (?:surveys?|questionnaires?|feedback forms?)\b|(?:surveys?|questionnaires?|feedback forms?)\W+(?:\w+\W+)?(?:of|for|to|with|among)\W+(?:the |our |my |all (?:the |our )?)?(?:\w+ )?${SERVED}\b|survey(?:s|ed|ing)\W+(?:the |our |my |all (?:the |our )?)?(?:\w+ )?${SERVED}\b`, skills: ['ux-research'], level: 'basic' },
  { pattern: String.raw`(?:client|customer|user|stakeholder|resident|tenant|patient|visitor) (?:interviews|needs (?:interviews|assessments|analysis))|interview(?:s|ed|ing)? (?:\w+ )?(?:clients|customers|users|residents|tenants|visitors) (?:about|on|to understand)|(?:site|user|customer|visitor) observations?`, skills: ['ux-research'], level: 'basic' },
  { pattern: String.raw`(?:hand[- ])?sketch(?:es|ing|ed)?\b(?!\s+(?:app|software))|storyboard(?:s|ing)?`, skills: ['wireframing'], level: 'basic' },
  // Compliance, audit and risk work is governance, risk and compliance: a compliance officer's years
  // are GRC experience, not a GRC gap. Following one rule at work ("HIPAA compliance" on a ward) is not.
  { pattern: String.raw`(?:regulatory|bank(?:ing)?|financial|aml|kyc|sox|pci(?:[- ]dss)?|iso ?27001|soc ?2|corporate) compliance|compliance (?:officer|manager|analyst|lead|specialist|monitoring|testing|reviews?|programmes?|programs?|frameworks?|audits?|work|team|function|department|reporting)|(?:risk|audit),? and compliance|governance,? risk|internal audits?|it audits?|(?:sox|control|controls) testing|(?:policy|policies) and (?:controls|procedures)|(?:writ(?:e|es|ing)|drafting|maintain(?:ing)?) (?:\w+ )?polic(?:y|ies)|polic(?:y|ies) writing`, skills: ['governance-risk-compliance'] },
  // Getting an audit ready is auditing at a basic level: whoever prepares the audit checklist, gathers the evidence
  // or walks the auditors through the files knows what an auditor tests, not yet how to test controls. Only an
  // audit of rules, controls or records: a stock or energy audit is counting, not control testing.
  { pattern: String.raw`(?:compliance|internal|quality|regulatory|file|records|policy|process|iso(?: ?\d{4,5})?|soc ?2|sox|gdpr|hipaa|pci|safety|health and safety|h&s|annual|year-end|external) audits? (?:checklists?|prep|preparation|packs?|files?|evidence|readiness|documentation|findings)|audit (?:checklists?|evidence|readiness|prep|preparation|packs?)|(?:prepar(?:e|es|ed|ing)|get(?:s|ting)?|got)\W+(?:\w+\W+){0,3}?(?:ready )?for (?:the |our |an |this year's |next )?(?:(?:compliance|internal|external|annual|quality|iso|soc ?2|sox|regulatory|gdpr|hipaa) )?audits?\b|(?:gather(?:s|ed|ing)?|collect(?:s|ed|ing)?|pull(?:s|ed|ing)? together|compil(?:e|es|ed|ing)) (?:\w+ )?(?:the |all the )?(?:audit )?evidence for (?:the |our )?(?:(?:compliance|internal|external|annual|quality|iso|soc ?2|sox|regulatory|gdpr|hipaa) )?(?:audits?|auditors)|(?:liais(?:e|es|ed|ing)|work(?:s|ed|ing)?) with (?:the |our )?(?:external |internal )?auditors`, skills: ['auditing'], level: 'basic' },
  // A cloud warehouse by name shows warehouse work at least at a basic level: "SQL in BigQuery", "loads into Snowflake".
  // Postings keep these as their products (Snowflake, Google Cloud, Azure); only a person's words read them so.
  { pattern: String.raw`bigquery|azure synapse(?: analytics)?|synapse analytics`, skills: ['data-warehousing'], level: 'basic' },
  // Snowflake only where the catalog reads the product (capitalised, not "snowflake schema").
  { pattern: String.raw`snowflake`, skills: ['data-warehousing'], level: 'basic', given: 'snowflake' },
  // marketing in everyday words
  { pattern: String.raw`instagram|tiktok|facebook|linkedin|twitter|social media`, skills: ['social-media-marketing'] },
  // Boosting posts with an ad budget is paid social, social media advertising.
  { pattern: String.raw`boost(?:s|ed|ing)?\W+(?:\w+\W+){0,2}?posts?\b`, skills: ['social-media-marketing'] },
  // Keeping a business's Google profile and reviews is local SEO: SEO at a basic level.
  { pattern: String.raw`google (?:business profile|my business)|\bgbp\b|google maps listing`, skills: ['seo'], level: 'basic' },
  { pattern: String.raw`copywriting|content calendar|blog(?:s|ging)?(?: posts?)?\b|newsletter copy`, skills: ['content-marketing'] },
  { pattern: String.raw`newsletters?|klaviyo|mailchimp`, skills: ['email-marketing'] },
  // A/B tests of a page, an email or an ad are conversion work: "A/B testing subject lines", "A/B tests on pricing pages".
  { pattern: String.raw`${AB_TESTED}`, skills: ['conversion-rate-optimization'] },
  { pattern: String.raw`(?:the|our|social|instagram|website|site|campaign|marketing|channel) analytics`, skills: ['web-analytics'] },
  // the worlds people come from: a coach hears the industry as a strength
  { pattern: String.raw`${NOT_SERVED}nurs(?:e|es|ing)|\bicu\b|med[- ]surg|hospital|clinic(?:s|al)?|${NOT_SERVED}patients?|pharmacy|medic\b|paramedic|\bemt\b|\brn\b(?! (?:marine|engineer\w*|weapons|warfare|logistics|submarine\w*|officer|rating|veteran|reservist))|care homes?|gp practice|medical|dental|dentist|ward\b|care (?:worker|assistant)|healthcare assistant|support worker|supported living|social care|domiciliary|residential care|nursing home|\bcarer\b`, skills: ['healthcare'] },
  { pattern: String.raw`\bepic\b|cerner|meditech|\bemr\b|\behr\b|\bepcr\b|charting|electronic (?:patient|health|medical) records?|patient records? system|(?:patient|clinical|dental|medical) (?:records?|notes|charts) (?:on|in|using|through)(?= (?!paper\b)\w)|clinical (?:systems?|software|records system)|\bpmr\b`, skills: ['health-informatics'] },
  { pattern: String.raw`(?:teach(?:ing)?|taught)\b(?!\W+(?:(?:student|junior|newly qualified) (?:nurses|doctors|paramedics|staff|starters|colleagues|apprentices|technicians)|(?:the |our |all (?:the |our )?)?(?:\d+ )?(?:new|junior|trainee|incoming)\b|(?:my|him|her|them)sel(?:f|ves)\b|(?:me|us)\b))(?<!\b(?:was|were|been|being|got|get|gets|self)[- ](?:teach(?:ing)?|taught))|${NOT_SERVED}teachers?|lecturer|classroom|lesson planning|(?:my|our) (?:classes|lessons|classroom)\b|(?<!\b(?:kids?|children|child|son|daughter|sons|daughters|grandkids?|grandson|granddaughter)'?s?'? )school\b(?!'?s?\W+(?:apps?|portal|website|software|bus|run|pickup|pick-up|drop-?off)\b)|${NOT_SERVED}(?<!\b(?:new|junior|trainee|incoming|phd|doctoral|postgrad\w*|graduate) (?:\w+ )?)(?:students|pupils)|tutor(?:s|ed|ing)?\b`, skills: ['education'] },
  { pattern: String.raw`retail|(?:store|shop|grocery|supermarket) (?:manager|mgr|supervisor|assistant)|(?:clothing|grocery|retail) (?:shop|store)|merchandising|cashier|a store of|area supervisor \d+ stores|\d+ stores|supermarkets?|department store|shop floor|phone shop|key ?holder|cashing up|planograms?`, skills: ['retail'] },
  { pattern: String.raw`hotel|restaurant|hospitality|front office|housekeeping|bartend\w*|\bbar\b|barista|caf[eé]|catering|\bf&b\b|chefs?\b|kitchen|\bpub\b|waiter|waitress|wedding venue|banqueting`, skills: ['hospitality'] },
  { pattern: String.raw`army|navy|\brn\b(?= (?:marine|engineer\w*|weapons|warfare|logistics|submarine\w*|officer|rating|veteran|reservist))|marines?|marine corps|air force|usaf|\braf\b|military|veteran|soldiers|sailors|squadron|platoon|\bit2\b|\bnco\b|sergeant|corporal|reservist|national guard|coast guard`, skills: ['military'] },
  // The trades: builders, electricians, plumbers, joiners, and the firms they work for.
  { pattern: String.raw`construction|building (?:sites?|firm|company|contractor|trade)|blueprints|(?:reading|read|reads) (?:construction |site |architectural |building )?(?:drawings|plans)\b|site (?:foreman|manager|supervisor|agent)|joiner\w*|carpent\w*|plumb(?:er|ers|ing)|bricklay\w*|plaster(?:er|ing)|roof(?:er|ing)|scaffold\w*|decorat(?:or|ing)|heating engineer|gas engineer|\bhvac\b|tradesm[ae]n|tradesperson|(?:skilled|building) trades?`, skills: ['construction'] },
  { pattern: String.raw`electrician|electrical|electrics\b|wiring(?! (?:networks?|cat ?\d|data|ethernet))|rewir\w*|schematics|fuse ?boards?|consumer units?|switchboards?`, skills: ['electrical-work'] },
  { pattern: String.raw`plcs?\b|scada|industrial (?:controls?|control systems|automation)`, skills: ['industrial-control-systems'] },
  { pattern: String.raw`factor(?:y|ies)|manufactur\w*|production lines?|assembly lines?|packing lines?|(?:processing|production|manufacturing|bottling|chemical) plant|machine operator|\bcnc\b`, skills: ['manufacturing'] },
  // Their own business, in the words people use: "ran a small painting business", "self-employed", "owned a salon".
  // Finding and keeping one's own clients is what a freelancer runs: "I manage my own clients and invoices".
  { pattern: String.raw`(?:manag(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|run|runs|ran|running|look(?:s|ed|ing)? after|find(?:s|ing)?|found|deal(?:s|t|ing)? with)\W+(?:all\W+)?(?:my|our|her|his) own\W+(?:\w+\W+){0,2}?(?:clients|customers|client base|client list|bookings)\b`, skills: ['business-ownership'] },
  { pattern: String.raw`self[- ]employed|(?<!\b(?:the|our|a|hire|hired|hiring|managing|managed|manage|of|with) )freelanc(?:e|er|ing)\b(?!\s+(?:budgets?|rates?|pool|staff|writers|contributors|workers|talent|teams?))|sole trader|(?:small )?business owner|owner[- ]operator|(?:my|our) own (?:\w+ )?(?:business|company|firm|shop|salon|practice|agency)|own business|(?<!-)(?:ran|run|runs|running|own|owned|owns|owning|started|set up|founded|built up|opened)\W+(?:(?:a|my|our|the|his|her)\W+)?(?:own\W+)?(?:\w+\W+){0,4}?(?:business|company|firm)\b(?!'s)|(?:own|owned|owns|owning|started|set up|founded|opened)\W+(?:(?:a|my|our|the)\W+)?(?:own\W+)?(?:\w+\W+){0,2}?(?:cafe|café|salon|shop|restaurant|bakery|bar|pub|garage|studio|franchise|boutique)\b`, skills: ['business-ownership'] },
  { pattern: String.raw`warehouse|logistics|distribution cent(?:re|er)|fleet|dispatch|\b3pl\b|haulage|freight|transport (?:planner|planning|office|manager)|(?:plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing)) (?:\w+ ){0,2}?routes|distribution (?:company|companies|firm|business|depot|network)|route planning|track(?:s|ed|ing)? (?:the )?deliveries`, skills: ['logistics'] },
  { pattern: String.raw`paralegal|legal|law firm|solicitor|attorney|litigation|case law`, skills: ['legal'] },
  { pattern: String.raw`sales rep\w*|cold call\w*|quota|pipeline|account exec\w*|sales targets?|upsell\w*|cross[- ]sell\w*|winning (?:new )?(?:contracts|clients|business|work|tenders)|tender(?:s|ing) for`, skills: ['sales'] },
  // A computer, language or media lab is a room someone runs or teaches in, not research: "run the school computer lab",
  // "fix the lab network switch".
  { pattern: String.raw`(?<!\b(?:computer|computing|it|ict|pc|mac|language|media|maker|makerspace|tech|technology|cad|cyber|gaming|usability|innovation|fab|digital|music|writing|learning|training|testing|test) )\blab\b(?!\W+(?:manuals?|handbooks?|sheets?|handouts?|reports?|networks?|switch(?:es)?|computers?|pcs|printers?|projectors?|laptops?)\b)|laborator\w*|assays?|published research|(?<!market |ux |user |design |legal |customer |consumer |product )research(?:er|ing)?\b(?!\s+skills)`, skills: ['research'] },
  // Bringing a product to market with the people who build it is product work, whoever's title it
  // was under: "ran product launches with eng + design", "led the launch of our mobile app".
  { pattern: String.raw`(?:product|feature) launch(?:es)?|(?:ran|run|running|led|lead|leading|owned|own|owning|managed|managing|shipped|ship)\W+(?:the |our |a |\d+ )?launch(?:es)? of (?:the |our |a |an |\d+ )?(?:new )?(?:\w+ )?(?:products?|features?|apps?|add-ons?|services?)|go[- ]to[- ]market launch(?:es)?`, skills: ['product-management'] },
  { pattern: String.raw`with (?:the )?(?:eng|engineering|engineers|devs|developers|dev team|tech team)\W+(?:\+|&|and|\/)\W+(?:design|designers|ux)\b|with (?:the )?(?:design|designers|ux)\W+(?:\+|&|and|\/)\W+(?:eng|engineering|engineers|devs|developers)\b|cross[- ]functional`, skills: ['collaboration'] },
  { pattern: String.raw`p&l|p and l|profit and loss|fp&a|financial (?:modell?ing|analysis|analyst)|banking|bank teller|(?:high street|retail|commercial|investment|community|savings|private) banks?\b|(?:at|for|with|in|joined) (?:a|an|the|our) (?:\w+ )?(?<!(?:food|blood|sperm|river|power|memory|question|data) )bank\b(?!\s+holidays?)|bank (?:branch|clerk|cashier|manager)|credit unions?|building societ(?:y|ies)|insurance|claims (?:analyst|handler|adjuster)|underwrit\w*`, skills: ['finance'] },
];

/**
 * Phrases that are not tech skills: a licence, a safety course, a medical certificate. They are
 * masked before anything is read, so "first aid trained" or "forklift certified" yields nothing,
 * neither a gap nor a strength, and no credential.
 */
export const NOT_SKILL_CUES: readonly string[] = [
  String.raw`(?:(?:a|my|valid|full|clean|current)\s+)*(?:uk\s+|us\s+|eu\s+)?(?:driving|drivers?'?|driver'?s)\s+licen[cs]e`,
  String.raw`\bcdl\b|commercial driver'?s? licen[cs]e|hgv(?:\s+licen[cs]e)?|forklift(?:\s+(?:licen[cs]e|certified|certificate|certification|trained|ticket))?`,
  String.raw`first[- ]aid(?:\s+(?:at work|trained|training|certified|certificate|certification|course|qualified))?|\bcpr\b(?:\s+(?:certified|certification|trained))?|\baed\b|\bbls\b|\bacls\b|\bpals\b|(?:basic|advanced) life support`,
  String.raw`food (?:safety|hygiene)(?:\s+(?:level \d|certified|certificate|certification|trained))?|servsafe|food handler'?s?(?:\s+card)?|lab safety(?:\s+trained)?|health and safety|osha(?:\s*\d+)?|cscs(?:\s+card)?|sia licen[cs]e|lifeguard\w*|dbs check(?:ed)?|background check(?:ed)?`,
  // Trade tickets and site cards: a licence to work, not a tech skill.
  String.raw`gas safe(?:\s+(?:registered|registration|engineer))?|ipaf(?:\s+(?:licen[cs]e|card|ticket))?|pasma(?:\s+(?:card|ticket))?|smsts|sssts|citb(?:\s+card)?`,
];

/**
 * Where a clause turns to pastimes: from the cue to the end of the clause, only named tools,
 * languages and platforms count ("in my spare time I build sites with React"), never the soft
 * and industry skills a hobby's words may look like ("I coach my son's football team").
 */
export const HOBBY_CUES: readonly string[] = [
  String.raw`i (?:really )?(?:like|love|enjoy)|enjoy|hobbies|hobby|in my (?:spare|free) time|on (?:the )?weekends|for fun|i play|i volunteer(?: as)?`,
];

/**
 * Where a clause says the person does not have a skill yet: from the cue to the end of the clause
 * nothing is read as theirs ("want to learn Power BI", "never used Tableau"). Learning it now is
 * having some of it, so "learning JavaScript" is a basic level, not a skill to drop.
 */
export const NOT_YET_CUES: readonly string[] = [
  String.raw`i'?d (?:like|love) to (?:learn|get|try|pick up|start|study|move into|go into|do)|(?:i\s+)?(?:want|wanna|would like|would love|hope|hoping|plan|planning|need|intend|aim)\s+to\s+(?:learn|get|try|pick up|start|study|move into|go into|do)|thinking (?:about|of)|interested in|curious about|considering`,
  String.raw`never (?:used|touched|learned|learnt|done)|no (?:experience|knowledge|idea)|(?:don'?t|do not|can'?t|cannot) (?:know|use|code|do)|(?:haven'?t|have not|not) (?:used|learned|learnt|tried|touched) (?:any )?|not yet|nothing in|zero`,
  // "no sql really", "no real coding", "not much Excel": a skill said with "no" and nothing after it but a shrug.
  String.raw`(?:\bno|not (?:much|really|any|a lot of)|little to no|hardly any|barely any)(?=\s+(?:real\s+|actual\s+|formal\s+)?[\w#+.]+(?:\s+[\w#+.]+)?\s*(?:really|at all|yet|whatsoever|either|though|to speak of)?\s*[!.)]*\s*$)(?!\s+(?:longer|more|matter|doubt|problems?|issues?|worries|one|way|idea)\b)`,
];

/**
 * Things the person's work only came from, not tools or skills they name as theirs. Blanked before
 * anything is read. The old home of imported records ("imported 6000 contacts from spreadsheets" is
 * a data import, not Spreadsheets), and the dashboards someone reads ("i read our weekly sales
 * dashboards"): someone else built them, and their subject (sales) is not the reader's trade. What
 * reading them shows is its own cue (READ_DASHBOARDS, deciding from data).
 */
export const MOVED_FROM_CUES: readonly string[] = [
  String.raw`(?<=\b(?:import(?:s|ed|ing)?|migrat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|bulk[- ]?(?:upload|load)(?:s|ed|ing)?)\W+(?:\w+\W+){0,4}?(?:from|off|out of)\W+(?:(?:the|our|their|old|paper|excel)\W+)?)spreadsheets?`,
  String.raw`(?<=\b${READ_VERB}\W+)(?:[\w-]+\W+){0,3}?${READ_SOURCE}`,
];

/** Clause words that a credential is not held yet: wanted, being studied for, or planned. */
export const CREDENTIAL_NOT_YET_CUES: readonly string[] = [
  ...NOT_YET_CUES,
  String.raw`studying(?:\s+for)?|study for|(?:i'?m |am |currently |now )?doing (?:the|a|an|my)\b|currently|in progress|at the moment|\batm\b|right now|working (?:on|towards|toward)|prep(?:ping|aring)?(?:\s+for)?|halfway|part way|partway|enrolled|signed up|taking (?:the|a|my)|booked|sitting (?:the|my)|should i|going to|next year|next month|soon|someday|one day|maybe`,
];

/**
 * Clause words that a credential was held once and is not now: "let it lapse in 2019", "expired",
 * "ran out", "didn't renew", "used to have". Held in the past proves what they learned, not a
 * current credential, so it never stands in for the next one.
 */
export const CREDENTIAL_LAPSED_CUES: readonly string[] = [
  String.raw`laps(?:e|es|ed|ing)|expir(?:e|ed|es|ing)|ran out|run out|runs out|(?:didn'?t|did not|never|not|couldn'?t|could not) (?:renew|keep (?:it|them) up)|not renewed|no longer (?:current|valid|active|held)|out of date|inactive|used to (?:have|hold|be)|(?:dropped|gave up) (?:it|them|my)`,
];

/**
 * Words that say a credential is held ("PMP certified", "passed the A+", "have my Google cert").
 * A name that is also a product or a role ("Azure Fundamentals", "Salesforce Administrator")
 * counts as a credential only with one of these in its clause.
 */
export const CREDENTIAL_WORDS = String.raw`certs?|certificates?|certifications?|certified|cert'd|badges?|passed|earned|exam|qualified|credential|accredited|holder`;

/**
 * Ways people type credentials of data/credentials.json besides their names: the catalog id they
 * mean, and whether the form is certain alone ("PMP", "Sec+") or needs a credential word nearby
 * ("CSM" is also a customer success manager).
 */
export const CREDENTIAL_FORMS: Readonly<Record<string, { certain?: readonly string[]; withWord?: readonly string[] }>> = {
  'pmi-pmp': { certain: ['PMP', 'Project Management Professional'] },
  'pmi-capm': { certain: ['CAPM', 'Certified Associate in Project Management'] },
  'scrum-alliance-csm': { certain: ['Certified ScrumMaster', 'Certified Scrum Master'], withWord: ['CSM', 'Scrum Master', 'ScrumMaster'] },
  'scrum-org-psm-1': { certain: ['PSM I', 'PSM 1', 'PSM-1', 'PSM1', 'Professional Scrum Master'], withWord: ['PSM'] },
  'comptia-a-plus': { certain: ['CompTIA A+', 'A+ certified', 'A+ certification', 'A+ cert'], withWord: ['A+', 'A plus'] },
  'comptia-network-plus': { certain: ['Network+', 'Net+', 'Network Plus'] },
  'comptia-security-plus': { certain: ['Security+', 'Sec+', 'Security Plus', 'SY0-701', 'SY0-601'] },
  'isc2-cc': { certain: ['ISC2 CC', '(ISC)2 CC', 'ISC2 Certified in Cybersecurity', 'Certified in Cybersecurity'] },
  'google-data-analytics': { withWord: ['Google Data Analytics', 'Google data analyst', 'Google analytics certificate', 'Google DA'] },
  'google-ux-design': { withWord: ['Google UX', 'Google UX Design'] },
  'google-it-support': { withWord: ['Google IT Support', 'Google IT'] },
  'google-cybersecurity': { withWord: ['Google Cybersecurity', 'Google cyber security', 'Google cyber'] },
  'google-project-management': { withWord: ['Google Project Management', 'Google PM'] },
  'google-digital-marketing-ecommerce': { withWord: ['Google Digital Marketing', 'Google Digital Marketing & E-commerce'] },
  'google-ads-search': { withWord: ['Google Ads', 'Google Ads Search', 'AdWords'] },
  'google-cloud-ace': { certain: ['Associate Cloud Engineer', 'GCP ACE', 'Google Cloud ACE'] },
  'aws-cloud-practitioner': { certain: ['AWS Cloud Practitioner', 'AWS Certified Cloud Practitioner', 'CLF-C02', 'CLF-C01', 'AWS CLF'], withWord: ['Cloud Practitioner', 'AWS CCP', 'CLF', 'CCP'] },
  'aws-solutions-architect-associate': { certain: ['AWS Solutions Architect', 'SAA-C03', 'AWS SAA'], withWord: ['Solutions Architect Associate', 'SAA'] },
  'aws-ai-practitioner': { certain: ['AWS AI Practitioner', 'AIF-C01'] },
  'microsoft-az-900': { certain: ['AZ-900', 'AZ900', 'AZ 900'], withWord: ['Azure Fundamentals'] },
  'microsoft-ai-900': { certain: ['AI-900', 'AI900'], withWord: ['Azure AI Fundamentals'] },
  'microsoft-dp-900': { certain: ['DP-900', 'DP900'], withWord: ['Azure Data Fundamentals'] },
  'microsoft-az-104': { certain: ['AZ-104', 'AZ104'], withWord: ['Azure Administrator'] },
  'microsoft-pl-300': { certain: ['PL-300', 'PL300', 'DA-100'], withWord: ['Power BI Data Analyst'] },
  'salesforce-administrator': { certain: ['Salesforce Certified Administrator', 'Salesforce Admin cert', 'ADM 201', 'ADM201'], withWord: ['Salesforce Administrator', 'Salesforce Admin'] },
  'hubspot-inbound-marketing': { withWord: ['HubSpot Inbound', 'HubSpot Inbound Marketing', 'Inbound Marketing'] },
  'hubspot-content-marketing': { withWord: ['HubSpot Content Marketing', 'HubSpot Content'] },
  'tableau-desktop-specialist': { withWord: ['Tableau Desktop Specialist', 'Tableau Specialist'] },
  'tableau-certified-data-analyst': { certain: ['Tableau Certified Data Analyst'], withWord: ['Tableau Data Analyst'] },
  'ibm-data-science': { withWord: ['IBM Data Science'] },
  'ibm-ai-engineering': { withWord: ['IBM AI Engineering'] },
  'meta-front-end-developer': { withWord: ['Meta Front-End', 'Meta Front End', 'Meta frontend'] },
  'meta-back-end-developer': { withWord: ['Meta Back-End', 'Meta Back End', 'Meta backend'] },
  'udacity-data-analyst': { withWord: ['Udacity Data Analyst'] },
  // "CCNA" alone is Cisco's associate exam: no other common meaning, unlike "CSM".
  'cisco-ccna': { certain: ['CCNA', 'Cisco Certified Network Associate'] },
  'harvard-cs50x': { certain: ['CS50x', 'CS50'] },
};
