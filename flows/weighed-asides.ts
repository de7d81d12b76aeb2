import type { CoachData } from '../src/coach-data.js';
import { answerCredentialQuestion, unknownCredentialAnswer } from '../src/credentials/credential-answers.js';
import { plainQuestion, readCredentialQuestion, readNotCarried } from '../src/credentials/credential-question.js';
import { providerName } from '../src/credentials/figure-words.js';
import { askedCredentialSchema } from '../src/credentials/posting-credentials.js';
import { askCountWords } from '../src/credentials/posting-asks-words.js';
import { postingTermsSaid } from '../src/credentials/credential-warnings.js';
import type { AskedCredential } from '../src/credentials/person-fit.js';
import type { OffScriptQuestion, OffScriptReply } from '../src/engine/off-script.js';
import { listOf } from '../src/roles/suggest-roles.js';
import type { CredentialFinder } from './named-credentials.js';
import { looksLikeCredentialCode } from './off-script-asides.js';
import type { QuestionAsker } from './off-script-asker.js';
import { profileOf } from './profile.js';

/**
 * Off-script questions that weigh one thing against another, or ask about the conversation itself,
 * answered from what the person's postings ask for (flows/off-script-answers.ts asks these before its
 * credential answers): a portfolio against a certificate ("i need portfolio or certificate more?"),
 * a named credential against a kind of one ("should i do security+ or something ICS specific first?"),
 * a credential code the catalog lacks ("is CISSP worth it"), never answered about the one on screen,
 * and "what are the choices?" at a menu. Each is undefined when its words are not there.
 */

const answered = (text: string): OffScriptReply => ({ text, answered: true });

/** A credential as people say it, in general. */
const CERTIFICATE = /\b(?:certs?|certificates?|certifications?|credentials?|badges?|courses?|certificat(?:e|ion)s?)\b/i;
/** Their own work as the other side: "a portfolio", "just build projects", "my own projects". */
const PROJECTS = /\bportfolios?\b|\b(?:build|make|do|doing|building|making)(?: (?:some|my own|a few|real|side))? projects?\b|\bown projects?\b/i;
/**
 * Whether a certificate is needed at all, or can be skipped: "do i even need a cert for web dev??", "can i skip
 * the cert and just do trailhead", "is a certification even necessary for this?".
 */
const NEED_ANY =
  /\b(?:do i|do you|does one|do people|do we|will i) (?:even |really |actually |still )?(?:need|have to (?:get|have)) (?:a|any|the|to get a) (?:certs?|certificates?|certifications?|credentials?)\b(?! (?:of|from) )|\b(?:skip|drop|forget|avoid|not bother with|go without) (?:the |a |getting (?:the |a )?)?(?:certs?|certificates?|certifications?|credentials?|exam)\b|\bis (?:a |any )?(?:certs?|certificates?|certifications?|credentials?) (?:even |really )?(?:necessary|needed|required|a must)\b/i;
/** "is meta front end worth it or just build projects": a named credential against their own projects. */
const OR_PROJECTS = /\bor (?:should i |do i |can i )?(?:just |rather |instead )?(?:build|make|do)(?:ing)? (?:some |my own |a few |real |side )?(?:projects?|a portfolio)\b/i;
/** Setting two things against each other: "or", "vs", "more", "better", "first", "instead". */
const WEIGHS = /\b(?:or|vs\.?|versus|more|better|first|instead|rather|than|over|which)\b/i;
/**
 * "what are the choices", "hmm show me the options again", "what can i pick from": the whole message asks
 * about the menu on screen ("what are the options for free?" asks something else).
 */
const ASKS_CHOICES = new RegExp(
  String.raw`^(?:(?:hmm+|um+|uh+|so|ok(?:ay)?|sorry|and|wait|but)[\s,.]+)*` +
    String.raw`(?:(?:what|which)(?: are| r| were)?(?: the| my| your| all the)? (?:choices|options|topics)|(?:can you )?(?:show|list|tell|give|remind)(?: me)?(?: the| my| all the)? (?:choices|options|topics)|what (?:can|could|do) i (?:choose|pick|chose)(?: from)?|(?:the )?(?:choices|options|topics) again)` +
    String.raw`(?:[\s,]+(?:again|here|now|please|pls|then))*\s*[?.!]*$`,
  'i',
);
/** "before applying", "before I apply", "to apply": whether it is needed at the application. */
const BEFORE_APPLYING = /\bbefore (?:i |you )?(?:apply|applying|i'?m hired|getting hired|(?:the |an )?interview(?:ing)?|i start)\b|\bto (?:apply|get hired)\b/i;
/** The other side of a comparison said as a kind of credential: "something ICS specific", "an OT-focused cert". */
const KIND_SIDE = /^\s*(?:maybe |rather |else )?(?:something|anything|some|an?|one|another)\s+([\w+/ -]{2,40}?)\s*[?.!]*$/i;
/** Words around the kind that say no kind: "specific", "cert", "first". */
const NOT_KIND = /(?:^|[\s-])(?:specific|focused|related|oriented|based|one|ones|cert\w*|credential\w*|course\w*|exam\w*|first|then|instead|more|better|please)(?=$|[\s-])/gi;
/** Where a comparison divides. */
const OR = /\s+(?:or|vs\.?|versus)\s+/i;
/** Words in capitals that name no credential: "IT", "OK", "HR". */
const NOT_CODES = new Set(['I', 'IT', 'OK', 'HR', 'US', 'USA', 'UK', 'CV', 'AI', 'ML', 'UX', 'UI', 'QA', 'PM', 'BA', 'OT', 'ICS', 'SQL', 'SOC', 'NOC', 'ERP', 'CRM', 'EHR', 'EMR', 'GIS', 'API', 'ASAP', 'FYI', 'TBH', 'LOL', 'IMO']);

/** How firmly postings ask: required outright, required within months of hire, preferred, named. */
function firmness(asked: AskedCredential | undefined): number {
  const parsed = askedCredentialSchema.safeParse(asked);
  const terms = parsed.success ? (parsed.data.postings ?? []) : [];
  if (!asked || asked.share <= 0) return 0;
  if (terms.some((t) => t.asks === 'required' && t.withinMonths === undefined)) return 4;
  if (terms.some((t) => t.asks !== 'preferred' && t.withinMonths !== undefined)) return 3;
  if (terms.some((t) => t.asks === 'preferred')) return 2;
  return 1;
}

/** The initials of a name's words ("Global Industrial Cyber Security Professional": GICSP). */
const initials = (name: string) => name.split(/[^A-Za-z]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');

export function weighedAsides(data: CoachData, asker: QuestionAsker, finder: CredentialFinder) {
  const { credentials, catalog, roleMatcher } = data;
  const report = (q: OffScriptQuestion) => profileOf(q.ctx).gapReport;
  const pasted = (q: OffScriptQuestion) => report(q)?.source === 'postings' && report(q)?.role === asker.roleOf(q)?.id;

  /**
   * "i need portfolio or certificate more?": from their postings. A certificate one requires comes first for
   * that screen, else the portfolio, the work itself, with the role's piece from roles.json.
   */
  function portfolioOrCertificate(q: OffScriptQuestion): OffScriptReply | undefined {
    const text = q.text;
    const weighs = PROJECTS.test(text) && CERTIFICATE.test(text) && WEIGHS.test(text);
    if (!weighs && !NEED_ANY.test(text)) return undefined;
    // One credential named against their projects is answered about it, with the projects beside it (projectsSide).
    if (OR_PROJECTS.test(text) && !NEED_ANY.test(text) && finder.named(text).length > 0) return undefined;
    const role = asker.roleOf(q);
    const who = asker.askerOf(q);
    const piece = role?.portfolio.text;
    const pieceWords = piece ? ` For ${role.name.toLowerCase()} work, a good piece: ${piece.charAt(0).toLowerCase()}${piece.slice(1)}` : '';
    if (!pasted(q)) {
      return answered(
        `The portfolio, for most people moving in: it shows the work itself, while a certificate shows you studied it.${pieceWords} A certificate is worth it where your postings require one, so paste a few in the gap interview (\`gaps\`) and I'll tell you which name one.`,
      );
    }
    const asked = [...(who.person?.asked ?? []), ...(who.person?.askedUncarried ?? [])].filter((a) => a.share > 0 && !who.held.includes(a.id));
    const required = asked.filter((a) => firmness(a) >= 3).sort((a, b) => firmness(b) - firmness(a));
    const [top] = required;
    if (top && NEED_ANY.test(text)) {
      const terms = postingTermsSaid([nameOf(top.id)], top) ?? `One of your postings requires ${nameOf(top.id)}.`;
      const others = asked.filter((a) => a.id !== top.id && firmness(a) <= 2).map((a) => `*${nameOf(a.id)}*`);
      const plus = others.length > 0 ? ` Your other postings name ${listOf(others)} as a plus at most.` : '';
      return answered(`Not for every job, but for some you can't. ${terms}${plus} Study for it and build your portfolio as you go: the certificate gets you past that screen, the portfolio shows you can do the work.${pieceWords}`);
    }
    if (top) {
      const how = askCountWords(top) ?? 'one of your postings requires it';
      return answered(`Both, for your postings: ${how.replace(/\bit\b/, `*${nameOf(top.id)}*`)}, so that one gets you past their screen, and the portfolio is what shows you can do the work.${pieceWords}`);
    }
    const named = asked.map((a) => `*${nameOf(a.id)}*`);
    const certificates = named.length > 0 ? `none of your postings requires a certificate (they name ${listOf(named)} as a plus at most)` : 'none of your postings names a certificate';
    return answered(`The portfolio: ${certificates}, so what they will judge is your work.${pieceWords} Take a certificate only for what it teaches you to put in that portfolio.`);
  }

  /** "is meta front end worth it or just build projects": the projects half, answered after the credential's. */
  function projectsSide(q: OffScriptQuestion): string | undefined {
    if (!OR_PROJECTS.test(q.text)) return undefined;
    return portfolioOrCertificate({ ...q, text: 'do i even need a certificate, or a portfolio?' })?.text;
  }

  /** The credential a posting-named entry is, by name, for the sentences below. */
  const nameOf = (id: string) => credentials.byId.get(id)?.name ?? credentials.notCarried.find((n) => n.id === id)?.name ?? id;

  /**
   * "should i do security+ or something ICS specific first?": the named one against the kind on the other
   * side, which is the credential their postings name whose name says that kind (its words, or its initials:
   * ICS in GICSP). Which first follows how firmly their postings ask for each; what the data lacks is said.
   */
  function credentialOrKind(q: OffScriptQuestion): OffScriptReply | undefined {
    const sides = q.text.split(OR);
    if (sides.length !== 2) return undefined;
    const [left = '', right = ''] = sides;
    const namedLeft = finder.named(left);
    const kindSaid = KIND_SIDE.exec(right)?.[1];
    if (namedLeft.length !== 1 || !kindSaid || finder.named(right).length > 0 || readNotCarried(right, credentials.notCarried)) return undefined;
    const [named] = namedLeft;
    if (!named) return undefined;
    const bare = kindSaid.replace(NOT_KIND, ' ').replace(/\s+/g, ' ').trim();
    if (bare === '' || bare.split(' ').length > 2) return undefined;
    // The role is the conversation's: "something cloud specific" names a kind of credential, not the cloud engineer role.
    const who = asker.askerOf({ ...q, text: left });
    const asked = [...(who.person?.asked ?? []), ...(who.person?.askedUncarried ?? [])].filter((a) => a.share > 0 && a.id !== named.id && !who.held.includes(a.id));
    const kindWords = bare.toLowerCase().split(/\s+/).filter((w) => w.length >= 2);
    const namesOf = (id: string) => [nameOf(id), ...(credentials.notCarried.find((n) => n.id === id)?.names ?? [])];
    // "ICS" said of GICSP: the letters are the initials of words in its name (Industrial Cyber Security).
    const byInitials = (id: string) => /^[A-Za-z]{2,5}$/.test(bare) && namesOf(id).some((n) => initials(n).includes(bare.toUpperCase()));
    const byWord = (id: string) => namesOf(id).some((n) => kindWords.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(n)));
    const other = asked.find((a) => byWord(a.id) || byInitials(a.id));
    const kind = other && byInitials(other.id) ? bare.toUpperCase() : bare;
    const namedAsked = who.person?.asked?.find((a) => a.id === named.id);
    const worth = answerCredentialQuestion({ kind: 'worth', credentials: [named], postingsPasted: pasted(q) }, who, asker.world);
    const entry = other && credentials.notCarried.find((n) => n.id === other.id);
    if (!other) {
      const lacking = `My notes have no ${kind}-specific credential that your postings name, so I can't weigh one against *${named.name}*: for one you have in mind, check its provider's page and whether your postings ask for it.`;
      return answered(`${lacking}\n\n${worth}`);
    }
    const [a, b] = [firmness(namedAsked), firmness(other)];
    const otherName = `*${nameOf(other.id)}*`;
    const said = (x: AskedCredential | undefined) => (askCountWords(x) ?? 'your postings name it').replace(/^./, (c) => c.toUpperCase());
    const order =
      a > b
        ? `*${named.name}* first. ${said(namedAsked)}. ${otherName} is the ${kind}-specific one they name, to add after it: ${said(other).replace(/^./, (c) => c.toLowerCase())}.`
        : b > a
          ? `${otherName}, the ${kind}-specific one your postings name, first. ${said(other)}, more firmly than *${named.name}*.`
          : `Your postings ask for *${named.name}* and ${otherName}, the ${kind}-specific one, alike: start with the one that covers more of your gaps.`;
    const unknown = entry ? ` I have no sourced price or study time for ${otherName}: check ${entry.checkAt}.` : '';
    return answered(`${order}${unknown}\n\n${worth}`);
  }

  /**
   * "is CISSP worth it": a code in capitals or a "+" name the catalog, its skills and roles do not know is a
   * credential outside the notes, said plainly, never answered about the one on screen.
   */
  function unknownCode(q: OffScriptQuestion): OffScriptReply | undefined {
    if (!readCredentialQuestion(q.text)) return undefined;
    // A "+" name ("Linux+") is read by the answers after these, with its provider's page.
    const codes = q.text.split(/[^\w+-]+/).filter((w) => looksLikeCredentialCode(w) && !w.endsWith('+') && !NOT_CODES.has(w.toUpperCase()));
    const unknown = codes.find(
      (w) => finder.named(w).length === 0 && finder.byProvider(w).length === 0 && catalog.skills.findSkills(w).length === 0 && roleMatcher.match(w).kind !== 'role',
    );
    if (!unknown || finder.named(q.text).length > 0) return undefined;
    const [provider] = finder.byProvider(q.text);
    return answered(`*${unknown}*: ${unknownCredentialAnswer(provider && providerName(provider))}`);
  }

  /** "hmm what are the choices" at a menu: the choices again, as the step asks them. */
  function choicesAgain(q: OffScriptQuestion): OffScriptReply | undefined {
    if ((q.choices ?? []).length === 0 || !ASKS_CHOICES.test(plainQuestion(q.text))) return undefined;
    return answered('Here they are again: pick one by its number or its name.');
  }

  /** "do i need epic certification before applying?": not before, when their postings give time after hire or only prefer it. */
  function notBeforeApplying(q: OffScriptQuestion, asked: AskedCredential | undefined): string {
    const f = firmness(asked);
    return BEFORE_APPLYING.test(q.text) && (f === 3 || f === 2) ? 'Not before you apply. ' : '';
  }

  return { portfolioOrCertificate, projectsSide, credentialOrKind, unknownCode, choicesAgain, notBeforeApplying };
}
