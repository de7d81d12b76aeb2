/**
 * The job title in an answer to "what is your current job?" said as a sentence: "i own an insurance
 * agency, been in insurance sales 22 yrs" is an *insurance agency owner*; "I'm a nurse at St Mary's"
 * a *nurse*; "been in retail for 10 years" a *retail professional*. The title is what the coach says back
 * ("from your job as *insurance agency owner*", "your 22 years as an insurance agency owner"), so it
 * must read well after "as a"; the answer itself is kept as the evidence. A title typed as a title
 * ("Retail store manager", "Project manager, PMP certified") is kept as it was typed.
 */

/** Words of a sentence about oneself: an answer with one of them is not a title as typed. */
const ABOUT_ONESELF = /\b(?:i|i'm|im|i've|ive|me|my|we|our|been|was|am|currently|work(?:ing|ed)? (?:as|at|in|for))\b|\b\d+\s+(?:years?|yrs?)\s+(?:in|of|doing)\b/i;
/** "I own a small insurance agency": the verb says whose it is, the rest what it is. */
const OWN_OR_RUN = /\b(?:i|we)\s+(?:(?:currently|also|still)\s+)?(own|owned|run|ran|manage|managed|operate|operated|supervise|supervised|lead|led)\s+(?:(?:a|an|the|my|our)\s+)?(?:own\s+)?([\p{L}&' -]{2,60}?)(?=\s*(?:[,.;!(]|\s-\s|$|\s(?:and|but|for|since|with|at|in|of|to|from|where|that|which|\d)\b))/iu;
/** "I'm a nurse at St Mary's", "I work as a paralegal", "worked as a bank teller". */
const IAM = /\b(?:i'?m|im|i am|i work as|i worked as|worked as|working as|i was)\s+(?:(?:currently|now|still|just)\s+)?(?:an?|the)\s+([\p{L}&' -]{2,60}?)(?=\s*(?:[,.;!(]|\s-\s|$|\s(?:and|but|for|since|with|at|in|on|where|who|that|\d)\b))/iu;
/** "been in insurance sales 22 yrs", "been in retail for 10 years", "22 years in nursing". */
const FIELD = /\b(?:been|worked|working|spent)\s+(?:\d+\s+(?:years?|yrs?)\s+)?(?:in|doing)\s+([\p{L}&' -]{2,40}?)(?=\s*(?:[,.;!(]|$|\s(?:for|since|about|around|almost|over|and|but|\d)\b))|\b\d+\s+(?:years?|yrs?)\s+(?:in|of|doing)\s+([\p{L}&' -]{2,40}?)(?=\s*(?:[,.;!(]|$|\s(?:and|but|as|at)\b))/iu;
/** Words that size or place a business, not what it is: "a small insurance agency". */
const SIZE = /^(?:(?:small|little|tiny|local|big|large|busy|family|independent|new|own)\s+)+/i;
/** Who the verb makes the person: "I own" an owner, "I run" or "I manage" a manager. */
const WHO: Readonly<Record<string, string>> = { own: 'owner', owned: 'owner', run: 'owner', ran: 'owner', operate: 'owner', operated: 'owner', manage: 'manager', managed: 'manager', supervise: 'supervisor', supervised: 'supervisor', lead: 'lead', led: 'lead' };
/** "I run a team" is a manager of people, not an owner: what is run says whether it is a business. */
const BUSINESS = /\b(?:business|company|agency|shop|store|firm|practice|restaurant|salon|bakery|caf[eé]|bar|studio|clinic|farm|franchise|brokerage|consultancy|startup|garage|pharmacy)\b/i;
const MAX_TITLE_WORDS = 5;

export interface JobTitle {
  /** What the coach says back after "as a": the title, or "<field> professional". */
  title: string;
  /** The answer as typed, when the title was read from it. */
  said?: string;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const shortEnough = (text: string) => text !== '' && text.split(' ').length <= MAX_TITLE_WORDS;

/** The job title in an answer, or the answer itself when it is already one (or nothing can be read from it). */
export function readJobTitle(answer: string): JobTitle {
  const typed = tidy(answer);
  if (!ABOUT_ONESELF.test(typed)) return { title: typed };
  const own = OWN_OR_RUN.exec(typed);
  if (own?.[1] && own[2]) {
    const what = tidy(own[2].replace(SIZE, ''));
    const verb = own[1].toLowerCase();
    const who = (verb === 'run' || verb === 'ran' || verb === 'operate' || verb === 'operated') && !BUSINESS.test(what) ? 'manager' : (WHO[verb] ?? 'manager');
    if (shortEnough(what)) return { title: `${what} ${who}`, said: typed };
  }
  const iam = IAM.exec(typed);
  if (iam?.[1] && shortEnough(tidy(iam[1]))) return { title: tidy(iam[1]), said: typed };
  const field = FIELD.exec(typed);
  const where = tidy(field?.[1] ?? field?.[2] ?? '');
  // A field with no title: its professional ("insurance professional"), which reads after "as a" too.
  if (shortEnough(where)) return { title: `${where} professional`, said: typed };
  return { title: typed };
}
