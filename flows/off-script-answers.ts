import type { CoachData } from '../src/coach-data.js';
import { ASSUMED_HOURS, answerCredentialQuestion, notCarriedAnswer, skillCredentialsAnswer, unknownCredentialAnswer } from '../src/credentials/credential-answers.js';
import { providerName } from '../src/credentials/figure-words.js';
import { scoreCredential } from '../src/credentials/score-credential.js';
import { why as reasonsFor, whyInDetail } from '../src/credentials/why.js';
import { mentionsAge, namesUnknownPlus, readCredentialQuestion, readNotCarried, readSkillAsk } from '../src/credentials/credential-question.js';
import { formatUsd } from '../src/credentials/money.js';
import { trueCost } from '../src/credentials/true-cost.js';
import { asksRetake, retakeAnswer } from '../src/credentials/retake-answer.js';
import { platformFree, platformNamed } from '../src/credentials/cheaper-answers.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Role } from '../src/data/roles-schema.js';
import type { OffScriptAnswerer, OffScriptQuestion, OffScriptReply } from '../src/engine/off-script.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { answerOf } from './changed-answers.js';
import { payLine } from './gap-report-replies.js';
import { credentialFinder, readCredentialAsk } from './named-credentials.js';
import { DETAIL, WHY_WORD } from './pick-why.js';
import { askCountWords } from '../src/credentials/posting-asks-words.js';
import { profileOf } from './profile.js';
import { questionAsker } from './off-script-asker.js';
import { personAnswers } from './off-script-person.js';
import { DEVICE_ANSWER, ageAnswer, ageSaid, asksDevice, looksLikeCredentialCode, saysAgeWorry, whatIsName } from './off-script-asides.js';
import { asksExperienceCounts, asksIfNeeded, asksNeedGivenWork, credentialMeant, experienceCountsAnswer, needGivenWorkAnswer, uncarriedNeedAnswer } from './need-credential.js';
import { WHY } from './off-script-why.js';
import { roleDifference } from './role-difference.js';
import { TOPICS, WHERE_TO_LOOK, type Topic } from './off-script-topics.js';
import { jobStillThere } from './job-still-there.js';
import { weighedAsides } from './weighed-asides.js';
import { withBeyondCatalog } from './beyond-catalog-aside.js';
import { withFunding } from './funding-aside.js';
import { withPracticeLength } from './practice-length.js';
import { asksMostRecognised, asksPayCut, hoursSaid, mostRecognisedAnswer, payCutAnswer } from './pick-asides.js';
import { rolePay } from '../src/credentials/roi.js';
import { dayMark } from '../src/dates/date-marks.js';
import { personZone } from '../src/dates/person-zone.js';

/**
 * Answers to questions asked off the script ("what does a data analyst earn?", "why do you need my
 * salary?", "is the A+ worth it for me?"), from the coach's own data: pay and degree notes from
 * roles.json, why each question is asked, and questions about credentials (worth, instead,
 * cheaper, shorter, free, how long, employers, cost), which src/credentials/credential-answers.ts
 * answers from credentials.json and what the person told the coach, and questions about the person
 * (a credential they hold, being qualified yet, code, being taken seriously: off-script-person.ts),
 * asked before the credential words in them are read. What the data does not cover
 * is acknowledged with where to look. The engine asks the current question again afterwards.
 */

/** The BLS occupations a role's own pay figure is counted under (official, or its proxies). */
const occupationsOf = (role: Role): { soc: string; title: string }[] => {
  const pay = role.pay;
  const all = pay.kind === 'official' ? [pay.occupation] : pay.kind === 'proxy' ? pay.proxies.map((p) => p.occupation) : [];
  return all.flatMap((o) => (o.soc ? [{ soc: o.soc, title: o.title }] : []));
};

const DEFAULT_HOURS = 10;
/** "how many more questions?", "how long is this part?": a question about the conversation itself, not the study. */
const CONVERSATION = /\b(?:questions?|steps?|conversation|chat|this part|(?:this|the) (?:interview|setup|session)|longer|left|to go)\b/;
/** "how long will it take me?", "when can I be done?": about the person's own study time. */
const ABOUT_ME = /\b(?:me|i|i'm|my|to (?:get|finish|study|pass|earn) (?:it|one|certified))\b/;
/** A word for a credential: "is the Oracle cert worth it?" asks about one. */
const CREDENTIAL_WORD = /\b(?:certs?|certificates?|certifications?|exams?|courses?|badges?|credentials?|nanodegrees?|bootcamps?)\b/i;
/** "relevant for DE?", "useful for a data engineer", "does it help with cloud jobs": asks whether it serves their aim. */
const ASKS_FIT = /\b(?:relevant|useful|helpful)\s+(?:for|to|with|toward|towards|in)\b/i;
/** Words of an age worry, never a skill's name. */
const AGE_WORDS = /^(?:is|it|hard|learn|to|at|my|age|old|too|late|for|me|am|i|a|the|this|start|starting|still|can|how)$/;
const answered = (text: string): OffScriptReply => ({ text, answered: true });
/** The question with the sentences said before it ("i am 55. will they hire me?"): what it is about is often there. */
const withRest = (q: OffScriptQuestion): string => (q.rest === '' ? q.text : `${q.rest}. ${q.text}`);

export function createOffScriptAnswerer(data: CoachData): OffScriptAnswerer {
  const { catalog, credentials, roleMatcher } = data;
  const finder = credentialFinder(credentials.credentials);
  const asker = questionAsker(data);
  const { roleOf, onScreen, forRole, askerOf, world } = asker;
  // About the person (a credential they hold, being qualified, code, confidence): read before the credential words in it.
  const aboutPerson = personAnswers(data, asker, finder);
  // Portfolio or certificate, a credential or a kind of one, a code the catalog lacks, the menu's choices.
  const weighed = weighedAsides(data, asker, finder);
  /** Their gap report for the role asked about was read from postings they pasted. */
  const pastedFor = (q: OffScriptQuestion) => {
    const report = profileOf(q.ctx).gapReport;
    return report?.source === 'postings' && report.role === roleOf(q)?.id;
  };


  function why(q: OffScriptQuestion): OffScriptReply {
    const text = q.text.toLowerCase();
    const here = `${q.flow}/${q.step}`;
    const entry = WHY.find((w) => w.words.test(text)) ?? WHY.find((w) => w.steps.includes(here));
    if (entry) return answered(entry.text);
    return answered(q.help ?? `It helps me fit what comes next to you. If you'd rather not answer, say \`skip\` and I'll tell you if it's needed.`);
  }

  function pay(q: OffScriptQuestion): OffScriptReply {
    const role = roleOf(q);
    if (!role) return answered('Pay depends a lot on the role. Name one and I will give you the official figure, for example: "what does a data analyst earn?"');
    return answered(payLine(role));
  }

  /**
   * "how much are these?", "is it worth it for me?" with no credential named: beside the picks, about
   * them (one pick is its own answer); else the range for the role, and an invitation to name one.
   */
  function cost(q: OffScriptQuestion): OffScriptReply {
    const picks = onScreen(q);
    if (picks.length > 0) {
      const kind = /\bworth\b/.test(q.text.toLowerCase()) ? 'worth' : 'cost';
      return answered(answerCredentialQuestion({ kind, credentials: kind === 'worth' ? picks.slice(0, 1) : picks }, askerOf(q), world));
    }
    const role = roleOf(q);
    const hours = answerOf(q.ctx, 'hours');
    const known = forRole(role)
      .map((c) => ({ c, cents: trueCost(c, { hoursPerWeek: (typeof hours === 'number' ? hours : undefined) ?? DEFAULT_HOURS, horizonMonths: 36 }).toEarnCents }))
      .filter((k): k is { c: CatalogCredential; cents: number } => k.cents !== null)
      .sort((a, b) => a.cents - b.cents);
    const [low, high] = [known[0], known.at(-1)];
    if (!low || !high) return { text: WHERE_TO_LOOK, answered: false };
    // One credential known for the role is its own answer, never a range from it to itself.
    if (low.c.id === high.c.id) return answered(answerCredentialQuestion({ kind: 'cost', credentials: [low.c] }, askerOf(q), world));
    return answered(
      `It depends on the credential: ${role ? `for *${role.name}*, ` : ''}my notes go from ${formatUsd(low.cents)} (*${low.c.name}*) to ${formatUsd(high.cents)} (*${high.c.name}*) to earn one. Name one and I'll give you its costs line by line.`,
    );
  }

  /**
   * "how long will it take me?" with no credential named: beside the picks, the top pick at the
   * person's hours (the first step of the path); after a pick, the one chosen when they ask about
   * their own time. Asked about the conversation ("how many more questions?", "how long does this
   * take?" at a question), this part of it.
   */
  function duration(q: OffScriptQuestion): OffScriptReply {
    const text = q.text.toLowerCase();
    // "at 6 hours a week" is about study time, never the length of this conversation.
    const hours = hoursSaid(q.text);
    const aboutConversation = hours === undefined && CONVERSATION.test(text);
    const [top] = onScreen(q);
    const chosen = credentials.byId.get(profileOf(q.ctx).credentialPick?.ids[0] ?? '');
    const meant = aboutConversation ? undefined : (top ?? (ABOUT_ME.test(text) || hours !== undefined ? chosen : undefined));
    if (meant) {
      const more = onScreen(q).length > 1 ? ' Ask me about another pick by name for its time.' : '';
      return answered(`${answerCredentialQuestion({ kind: 'duration', credentials: [meant] }, askerOf(q), world)}${planEnd(q, meant)}${more}`);
    }
    if (hours !== undefined) return answered(`It depends on the credential: name one and I'll give you its weeks at ${hours} hours a week, or choose one in the credential pick (\`pick\`) and your plan dates every step.`);
    const left = q.stepsLeft === 0 ? 'This is the last question of this part' : `This part has about ${q.stepsLeft} more question${q.stepsLeft === 1 ? '' : 's'} after this one`;
    return answered(`${left}, a few minutes in all. How long the switch itself takes depends on the credentials you choose: your plan puts a date on each step.`);
  }

  /** The plan's own dates for a credential in it: when its study is due and the plan ends, at the hours it was made with. */
  function planEnd(q: OffScriptQuestion, c: CatalogCredential): string {
    const profile = profileOf(q.ctx);
    if (!profile.plan || !(profile.credentialPick?.ids ?? []).includes(c.id)) return '';
    const zone = personZone(q.ctx.profile);
    const study = profile.plan.steps.find((s) => s.title.startsWith('Enroll and study'));
    const last = profile.plan.steps.at(-1);
    if (!study?.due || !last?.due) return '';
    const pace = profile.hoursPerWeek === undefined ? '' : ` at ${profile.hoursPerWeek} hours a week`;
    return ` Your plan${pace} has its study done by ${dayMark(study.due, zone)} and ends by ${dayMark(last.due, zone)}.`;
  }

  /** "will I have to take a pay cut?": the pick's own entry-pay figures against the pay the person gave it. */
  function payCut(q: OffScriptQuestion): OffScriptReply | undefined {
    const role = asksPayCut(q.text) ? roleOf(q) : undefined;
    return role ? answered(payCutAnswer(rolePay(role), q.flow === 'credential-pick' ? answerOf(q.ctx, 'pay') : undefined)) : undefined;
  }

  /**
   * "which cert would impress a software company most?": what their postings name among what is on screen (away
   * from the picks, the ones they chose), and how employers see it.
   */
  function mostRecognised(q: OffScriptQuestion): OffScriptReply | undefined {
    if (!asksMostRecognised(q.text) || !(CREDENTIAL_WORD.test(q.text) || /\bwhich (?:one|of (?:these|them|those))\b/i.test(q.text))) return undefined;
    const shown = onScreen(q);
    const chosen = (profileOf(q.ctx).credentialPick?.ids ?? []).flatMap((id) => credentials.byId.get(id) ?? []);
    const text = mostRecognisedAnswer(shown.length > 0 ? shown : chosen, askerOf(q), world, pastedFor(q));
    return text ? answered(text) : undefined;
  }

  /** The BLS occupation a role's pay is counted under, and another role's degree note for it. */
  function sameOccupation(role: Role): { title: string; note: string } | undefined {
    const occupations = occupationsOf(role);
    for (const other of catalog.roles.roles) {
      if (other.id === role.id || !other.degreeNote) continue;
      const shared = occupationsOf(other).find((o) => occupations.some((mine) => mine.soc === o.soc));
      if (shared) return { title: shared.title, note: other.degreeNote.says };
    }
    return undefined;
  }

  function degree(q: OffScriptQuestion): OffScriptReply {
    const role = roleOf(q);
    if (!role) {
      const regulated = listOf(catalog.roles.degreeRequired.slice(0, 4).map((d) => d.name.toLowerCase()));
      return answered(`Most tech roles can be reached without a new degree; some jobs legally need one (for example ${regulated}). Tell me the role you want and I'll say what my notes show for it.`);
    }
    if (role.degreeNote) return answered(`*${role.name}*: ${role.degreeNote.says}`);
    // No note for the title itself: the note of the occupation BLS counts it under, said as such.
    const nearest = sameOccupation(role);
    if (nearest) return answered(`*${role.name}*: my notes have nothing for the title itself; the nearest occupation BLS describes is ${nearest.title}. ${nearest.note}`);
    return answered(`My notes don't list a degree as typical for *${role.name}*: employers often hire on skills and evidence such as credentials and a portfolio. A few postings near you are the best guide.`);
  }

  /** A credential named with no other topic ("what does ECBA mean", "ECBA?"): what it is, as "what's ECBA?" is answered. */
  function aboutNamed(named: readonly CatalogCredential[], q: OffScriptQuestion): OffScriptReply {
    const fit = named.length === 1 ? ASKS_FIT.exec(q.text) : null;
    if (!fit) return answered(answerCredentialQuestion({ kind: 'what', credentials: named }, askerOf(q), world));
    // The role it should serve is named after "for" ("relevant for data engineering"), else it is their aim:
    // the credential's own name ("... Data Analytics ...") names no role of theirs.
    const aim = { ...q, text: q.text.slice(fit.index + fit[0].length), rest: '' };
    return answered(answerCredentialQuestion({ kind: 'worth', credentials: named, age: mentionsAge(q.text), postingsPasted: pastedFor(aim) }, askerOf(aim), world));
  }



  /**
   * "why that one?", "why did you pick the PMP?", "why in detail" asked away from the picks menu
   * (which reads them itself): the reasons for the credential named, or the one the person chose,
   * scored again against what the coach knows now.
   */
  function pickWhy(q: OffScriptQuestion): OffScriptReply | undefined {
    const said = q.text.trim().toLowerCase();
    const detail = DETAIL.test(said);
    // "why not the CKA?" proposes another credential: a comparison, answered as one.
    if ((!WHY_WORD.test(said) && !detail) || /^(?:but |and |so )?why not\b/.test(said)) return undefined;
    const asker = askerOf(q);
    const named = finder.named(q.text);
    const chosen = credentials.byId.get(profileOf(q.ctx).credentialPick?.ids[0] ?? '');
    // At a step, a bare "why?" asks why the coach asks that question; away from one it asks about the pick.
    const pointed = q.step === '' || /\b(?:did you|do you) (?:pick|choose|recommend|suggest)\b|\b(?:that|this) (?:one|cert|credential|pick)\b/.test(said);
    const credential = named.length === 1 ? named[0] : pointed ? chosen : undefined;
    const role = asker.role ? catalog.roles.byId.get(asker.role.id) : credential && catalog.roles.byId.get(credential.targetRoles[0] ?? '');
    if (!credential || !role) return undefined;
    const hours = asker.hoursPerWeek ?? ASSUMED_HOURS;
    const situation = { hoursPerWeek: hours, budgetUsd: asker.budgetUsd, deadlineWeeks: asker.deadlineWeeks, today: q.ctx.now };
    const scored = scoreCredential(credential, { index: data.credentialIndex, role, gaps: asker.gaps, situation });
    if (detail) return answered(`*${credential.name}*, in detail:\n${whyInDetail(scored).join('\n')}`);
    return answered(`*${credential.name}*: ${reasonsFor(scored, { index: data.credentialIndex, role, gaps: asker.gaps }, asker.hoursPerWeek).join(' ')} Say \`why in detail\` for how I ranked it.`);
  }

  /** A question about credentials (worth, instead, cheaper, shorter, free, how long, employers, cost), or undefined. */
  function credentialAnswer(q: OffScriptQuestion): OffScriptReply | undefined {
    const asker = askerOf(q);
    // Just explained, or the only pick on screen: a bare "it" means it ("do employers know it?").
    const choose = answerOf(q.ctx, 'choose');
    const justDiscussed = (q.flow === 'credential-pick' && typeof choose === 'string' && /^(?:why|detail):/.test(choose)) || onScreen(q).length === 1;
    // "is CompTIA Linux+ worth it?" names one the catalog lacks: not CompTIA's first credential for the role.
    if (namesUnknownPlus(q.text, credentials.credentials.map((c) => c.name))) return undefined;
    const read = readCredentialAsk(q.text, finder, { role: asker.role?.id, current: asker.current, justDiscussed });
    if (!read) return undefined;
    // "is the google advanced cert relevant for DE?": whether it serves their aim is whether it is worth it to them.
    const ask = read.kind === 'what' && ASKS_FIT.test(q.text) ? { ...read, kind: 'worth' as const } : read;
    // "is trailhead free?": the site a credential of theirs is studied on, named by its platform.
    const platform = ask.kind === 'free' && ask.credentials.length === 0 ? forRole(roleOf(q)).find((c) => c.platform && platformNamed(c.platform, q.text))?.platform : undefined;
    const site = platform && platformFree(platform, forRole(roleOf(q)), asker, world);
    if (site) return answered(site);
    const [only] = ask.credentials;
    const dated = ask.kind === 'duration' && only && ask.credentials.length === 1 ? planEnd(q, only) : '';
    const text = `${answerCredentialQuestion({ ...ask, age: mentionsAge(q.text), postingsPasted: pastedFor(q) }, asker, world)}${dated}`;
    // Free ways in: where they are put first.
    const inPick = q.flow === 'credential-pick';
    const tip =
      ask.kind !== 'free' || ask.credentials.length > 0 || (inPick && q.step !== 'budget')
        ? ''
        : q.step === 'budget'
          ? ' Answer 0 here and I will put them first.'
          : ' In the credential pick, a budget of 0 puts them first.';
    // "is meta front end worth it or just build projects": the projects half answered too.
    const projects = weighed.projectsSide(q);
    return answered(`${text}${tip}${projects ? `\n\n${projects}` : ''}`);
  }

  /** After "that one isn't in my notes": the credentials the coach can talk about for the role. */
  function whatIKnow(q: OffScriptQuestion): string {
    const role = roleOf(q);
    const known = forRole(role).slice(0, 3).map((c) => `*${c.name}*`);
    return known.length > 0 ? ` I can tell you about ${listOf(known)}${role ? ` for *${role.name}*` : ''}.` : '';
  }

  /**
   * "is the Oracle cert worth it?": a credential question about one the catalog does not have.
   * Said plainly, with where to look and the ones the coach can talk about.
   */
  function unknownCredential(q: OffScriptQuestion): OffScriptReply | undefined {
    const kind = readCredentialQuestion(q.text);
    if (!kind || kind === 'cheaper' || kind === 'shorter' || kind === 'free') return undefined;
    const words = q.text.trim().split(/\s+/);
    // A name of its own (capitalised past the first word, or a code like "CCNP") beside a word for a credential.
    // "CySA+" and "Linux+" are names too: a word ending in "+" names a credential.
    const proper = words.slice(1).some((w) => /^(?:[A-Z][a-z]+|[A-Z0-9][A-Z0-9+-]{1,}|[A-Za-z]+\+)[?.!,]*$/.test(w) && !/^(?:I|I'm|I'd|I've|OK)\b/.test(w));
    // A "+" name the catalog lacks ("Linux+") is a credential without the word for one.
    if (!namesUnknownPlus(q.text, credentials.credentials.map((c) => c.name)) && (!proper || !CREDENTIAL_WORD.test(q.text))) return undefined;
    const instead = whatIKnow(q);
    const [provider] = finder.byProvider(q.text);
    return answered(`${unknownCredentialAnswer(provider && providerName(provider))}${instead}`);
  }

  /** "what about CySA+?", "is there a technical writing certificate?": one asked about with no sourced figures (credentials.json notCarried). */
  function notCarried(q: OffScriptQuestion): OffScriptReply | undefined {
    const entry = readNotCarried(q.text, credentials.notCarried);
    if (!entry) return undefined;
    // "ISTQB is needed or not?": their postings say, even where the catalog has no figures for it.
    const asked = asksIfNeeded(q.text) ? askerOf(q).person?.askedUncarried?.find((a) => a.id === entry.id) : undefined;
    const need = asked && uncarriedNeedAnswer(entry, asked);
    if (need) return answered(`${weighed.notBeforeApplying(q, asked)}${need}`);
    // "is CSPO worth it": how their postings ask for it comes first, the honest lack of figures after.
    const inPostings = askCountWords(askerOf(q).person?.askedUncarried?.find((a) => a.id === entry.id));
    const lead = inPostings ? `${inPostings.charAt(0).toUpperCase()}${inPostings.slice(1)}. ` : '';
    return answered(`${lead}${notCarriedAnswer(entry, (id) => credentials.byId.get(id), (id) => catalog.roles.byId.get(id)?.name)}`);
  }

  /** "is there anything for sql?", "a cert for linux?": the credentials teaching the skill named, best fit first, or undefined when no skill is named. */
  function forSkill(q: OffScriptQuestion): OffScriptReply | undefined {
    const said = readSkillAsk(q.text)?.split(' ');
    if (!said) return undefined;
    // The longest run of its first words the skill catalog knows: "power bi" before "power".
    const skill = [3, 2, 1].flatMap((n) => (n <= said.length ? catalog.skills.findSkills(said.slice(0, n).join(' ')) : []))[0];
    return skill ? answered(skillCredentialsAnswer(skill.id, askerOf(q), world)) : undefined;
  }

  /**
   * "do i need the cert if i already do this at work?": from their postings and what their work
   * changes (need-credential.ts), about the credential meant, or undefined when it could be several.
   */
  function needGivenWork(q: OffScriptQuestion): OffScriptReply | undefined {
    if (!asksNeedGivenWork(q.text)) return undefined;
    const asker = askerOf(q);
    const credential = credentialMeant(finder.named(q.text), asker, world);
    if (!credential) return undefined;
    return answered(needGivenWorkAnswer(credential, asker, world, pastedFor(q)));
  }

  /** "does the EFB rollout count toward PMP hours?": their work against the named credential's experience rule. */
  function experienceCounts(q: OffScriptQuestion): OffScriptReply | undefined {
    if (!asksExperienceCounts(q.text)) return undefined;
    const [c] = finder.named(q.text);
    const said = (profileOf(q.ctx).skills ?? []).flatMap((s) => s.evidence ?? []);
    const text = c && experienceCountsAnswer(c, q.text, said);
    return text ? answered(text) : undefined;
  }

  /**
   * "is 56 too old for this?", "is 58 too old to start in cyber?": an age worry. A question about a credential
   * with age in it ("is security+ worth it at my age") is left to the credential answer, which says what it asks
   * of people; a field word that happens to match a credential's name ("cyber") does not make it one.
   * The age is often said in a sentence before the question ("i am 55. will they hire me?"), so that is read too.
   */
  function age(q: OffScriptQuestion): OffScriptReply | undefined {
    const said = withRest(q);
    if (!saysAgeWorry(said)) return undefined;
    if (finder.named(q.text).length > 0 && /\b(?:worth|cost|price|take|pass|exam|cert(?:ificate|ification)?s?|renew)\b/i.test(q.text)) return undefined;
    const profile = profileOf(q.ctx);
    const worry = ageAnswer(said, profile.yearsExperience, (profile.plan?.steps.length ?? 0) > 0);
    // "is SQL hard to learn at my age": the skill is answered too, from the credentials that teach it.
    const words = q.text.toLowerCase().replace(/[^\w+#. ]/g, ' ').split(/\s+/).filter((w) => w.length > 1 && !AGE_WORDS.test(w));
    const skill = words.flatMap((w) => catalog.skills.findSkills(w)).find((s) => s !== undefined);
    return answered(skill ? `${worry}\n${skillCredentialsAnswer(skill.id, askerOf(q), world)}` : worry);
  }

  /** "I'm 61. would a company hire me?": with an age stated, the worry is about that age before any other doubt about them. */
  const ageStated = (q: OffScriptQuestion): OffScriptReply | undefined => (ageSaid(withRest(q)) === undefined ? undefined : age(q));

  /**
   * "whats CISA", "what is the PMP?": a credential the catalog has is described; a code that can
   * only be a credential's and that the catalog lacks is said to be outside its notes, with where
   * to look. A skill or a role ("whats SQL") is left to the other answers.
   */
  function whatIs(q: OffScriptQuestion): OffScriptReply | undefined {
    const name = whatIsName(q.text);
    if (!name) return undefined;
    const named = finder.named(name, true);
    if (named.length > 0) return aboutNamed(named, q);
    if (!looksLikeCredentialCode(name) || catalog.skills.findSkills(name).length > 0 || roleMatcher.match(name).kind === 'role') return undefined;
    const instead = whatIKnow(q);
    return answered(`*${name}*: ${unknownCredentialAnswer(undefined)}${instead}`);
  }

  /** "what if i fail the test?": a retake of the credential named, else those on screen, chosen, or for their role. */
  function retake(q: OffScriptQuestion): OffScriptReply | undefined {
    if (!asksRetake(q.text)) return undefined;
    const named = finder.named(q.text);
    const chosen = (profileOf(q.ctx).credentialPick?.ids ?? []).flatMap((id) => credentials.byId.get(id) ?? []);
    const shown = onScreen(q);
    return answered(retakeAnswer(named.length > 0 ? named : shown.length > 0 ? shown : chosen.length > 0 ? chosen : forRole(roleOf(q))));
  }

  const device = (q: OffScriptQuestion): OffScriptReply | undefined => (asksDevice(q.text) ? answered(DEVICE_ANSWER) : undefined);
  /** "manual tester still have job?": from the postings they pasted, with no figure from outside them. */
  const stillThere = jobStillThere(data);

  /** "product manager vs product owner, what's the difference?": two titles told apart from roles.json. */
  const differenceOf = roleDifference(data);
  const difference = (q: OffScriptQuestion): OffScriptReply | undefined => {
    const told = differenceOf(q.text);
    return told ? answered(told) : undefined;
  };

  /** Weighed before the credential answers read one side alone, or "it" as the credential on screen. */
  const weighedFirst = (q: OffScriptQuestion): OffScriptReply | undefined => weighed.portfolioOrCertificate(q) ?? weighed.credentialOrKind(q) ?? weighed.unknownCode(q);

  const unclear = (q: OffScriptQuestion): OffScriptReply => answered(`Sorry, I'll put it more simply. ${q.reask}`);
  const ANSWER: Record<Topic, (q: OffScriptQuestion) => OffScriptReply> = { unclear, why, pay, cost, duration, degree };
  const NOT_SURE: OffScriptReply = { text: WHERE_TO_LOOK, answered: false };

  const chain: OffScriptAnswerer = (q) => {
    const text = q.text.toLowerCase();
    // Not shaped like a question: answered only when it surely asks about a credential.
    if (q.tentative) return difference(q) ?? weighed.choicesAgain(q) ?? notCarried(q) ?? ageStated(q) ?? aboutPerson(q) ?? needGivenWork(q) ?? experienceCounts(q) ?? retake(q) ?? device(q) ?? pickWhy(q) ?? age(q) ?? payCut(q) ?? mostRecognised(q) ?? weighedFirst(q) ?? credentialAnswer(q) ?? unknownCredential(q) ?? whatIs(q) ?? forSkill(q) ?? NOT_SURE;
    if (TOPICS[0]?.words.test(text)) return unclear(q);
    // Named by a name of its own before a catalog credential could match its words ("Google Analytics certification").
    const carried = difference(q) ?? weighed.choicesAgain(q) ?? notCarried(q);
    if (carried) return carried;
    const reasons = ageStated(q) ?? aboutPerson(q) ?? needGivenWork(q) ?? experienceCounts(q) ?? retake(q) ?? device(q) ?? pickWhy(q) ?? age(q) ?? payCut(q) ?? mostRecognised(q) ?? stillThere(q);
    if (reasons) return reasons;
    const about = weighedFirst(q) ?? credentialAnswer(q) ?? unknownCredential(q) ?? forSkill(q);
    if (about) return about;
    const topic = TOPICS.find((t) => t.words.test(text))?.topic;
    if (topic) return ANSWER[topic](q);
    const named = finder.named(q.text, true);
    return named.length > 0 ? aboutNamed(named, q) : (whatIs(q) ?? NOT_SURE);
  };
  // Asked first, before "pay for" reads as price and "devops pro" as an unknown credential: who pays,
  // a credential above the catalog, and the length of the practice answer just scored.
  return withPracticeLength(withBeyondCatalog(data, withFunding(data, chain)));
}
