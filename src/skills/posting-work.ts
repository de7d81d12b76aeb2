import { splitSegments, type Segment } from './clean-text.js';
import type { LocatedMention } from './extract-skills.js';
import { AB_TESTED } from './person-cues.js';

/**
 * Work a posting describes in a sentence of its own rather than by a skill's name: "Produce the
 * monthly churn report for the board" asks for reporting, "Visit surgeries to fix network drops
 * and printer problems" for troubleshooting, "Model sales and stock data in BigQuery" for data
 * modelling. The catalog's aliases are fixed phrases; these are the same demands with words
 * between the verb and its object, the way postings word duties. Each pattern is a way postings
 * in many roles say the work, not one sentence of a labelled set (`npm run bench:reading`).
 * Matched case-insensitively on the cleaned posting text.
 */
export interface PostingWorkCue {
  pattern: RegExp;
  skill: string;
  /**
   * Skills the posting must name one of elsewhere for the words to mean this one: "flows" are Salesforce's only in a
   * Salesforce posting, and "A/B testing" on its own is conversion work only in a posting about web or marketing analytics.
   */
  within?: string | readonly string[];
}

// Reports that are not the hire's reporting work: a bug report is testing, an incident report support.
const NOT_REPORTING = String.raw`(?<!\b(?:bug|defect|incident|phishing|expense|error|crash|test|status of)\s)`;

/** The analytics of websites, campaigns and products, beside which a bare "A/B testing" tests pages and designs. */
const WEB_ANALYTICS: readonly string[] = ['google-analytics', 'web-analytics', 'product-analytics', 'google-tag-manager', 'seo', 'sem', 'google-ads', 'email-marketing', 'ux-design', 'ux-research', 'usability-testing'];

export const POSTING_WORK_CUES: readonly PostingWorkCue[] = [
  // "Produce the monthly churn report", "prepare a weekly compliance report", "build and own the board pack reports".
  {
    pattern: new RegExp(String.raw`\b(?:produc(?:e|es|ing)|prepar(?:e|es|ing)|compil(?:e|es|ing)|deliver(?:s|ing)?|publish(?:es|ing)?|writ(?:e|es|ing))\s+(?:(?:the|a|an|our|all|regular|clear)\s+)?(?:[\w-]+\s+){0,3}?${NOT_REPORTING}reports?\b(?!\s+(?:to|into|directly)\b)`, 'gi'),
    skill: 'reporting',
  },
  // "Report delivery progress to stakeholders", "report sales performance monthly".
  { pattern: /\breport(?:s|ing)?\s+(?:(?:on\s+)?(?:the\s+|our\s+)?[\w-]+\s+){1,2}(?:progress|status|performance|results|metrics|kpis)\b/gi, skill: 'reporting' },
  // "fix network drops, Wi-Fi and printer problems", "diagnose hardware and software faults".
  { pattern: /\b(?:fix(?:es|ing)?|repair(?:s|ing)?|diagnos(?:e|es|ing))\s+(?:[\w/-]+,?\s+){0,5}?(?:problems|issues|faults|errors|outages)\b/gi, skill: 'troubleshooting' },
  // "Build and maintain flows to automate gift processing": automating a business process, and in a
  // Salesforce posting its Flow tool.
  { pattern: /\bautomat(?:e|es|ing)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:processing|processes|onboarding|approvals?|workflows?|handoffs?|renewals?)\b/gi, skill: 'process-automation' },
  { pattern: /\b(?:build|building|create|creating|design|designing)(?:\s+and\s+(?:maintain|maintaining|test|testing))?\s+(?:(?:screen|record-triggered|scheduled|autolaunched)\s+)?flows\b/gi, skill: 'salesforce-flow', within: 'salesforce' },
  // Running an employer's social accounts is social media marketing: "manage our social media channels (Facebook, Instagram)".
  { pattern: /\b(?:manag(?:e|es|ing)|run(?:s|ning)?|grow(?:s|ing)?|own(?:s|ing)?|build(?:s|ing)?)\s+(?:(?:the|our|all)\s+)?(?:[\w-]+\s+){0,2}?social\s+(?:media\s+)?(?:channels|accounts|pages|presence)\b/gi, skill: 'social-media-marketing' },
  // Meta as an ad platform only where campaigns or ads are the subject: "paid campaigns in Google Ads and Meta".
  // Capitalised and never before "tags", "descriptions" or "data", so no other sense of the word counts.
  { pattern: /(?<=\b(?:[Cc]ampaigns?|[Aa]ds|[Aa]dvertising|[Pp]aid social)\b[^.;:\n]{0,40}?)\bMeta\b(?!\s+(?:tags?|descriptions?|titles?|data|keywords)\b)/g, skill: 'social-media-marketing' },
  // A/B tests of a page, a flow, an email or an ad are conversion work: "run A/B tests on landing pages",
  // "plan and read A/B tests on the checkout flow"; "A/B tests" alone in a statistics list is not.
  { pattern: new RegExp(AB_TESTED, 'gi'), skill: 'conversion-rate-optimization' },
  // "Nice to have: A/B testing, Google Analytics" in a UX or marketing posting tests designs and pages: conversion
  // work. Beside nothing of the web's analytics (an ML or a statistics posting) it is experiment statistics.
  { pattern: /\b(?:a\/b|split)[- ]test(?:s|ing)?\b/gi, skill: 'conversion-rate-optimization', within: WEB_ANALYTICS },
  // "Install and configure wireless access points", "access point firmware": the hardware of a wireless network.
  // Only in a posting: a person who installs them may have done the physical layer alone (person-cues.ts).
  { pattern: /\b(?:wireless\s+)?access[\s-]points?\b/gi, skill: 'networking' },
  // A duty that opens with the verb: "- Model sales, stock and loyalty data in BigQuery", "and model customer data".
  { pattern: /(?:^[ \t]*(?:[-*•·]\s*)?|\b(?:and|to)\s+)model\s+(?:(?:the|our)\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,4}?data\b(?!\s+scien)/gim, skill: 'data-modeling' },
];

/**
 * Mentions from the work cues, for skills the text does not already name in the same place. Each
 * mention is the cue's first word, in the segment that holds it.
 */
export function workMentions(text: string, named: readonly LocatedMention[], known: (skill: string) => boolean): LocatedMention[] {
  const found: LocatedMention[] = [];
  let segments: Segment[] | undefined;
  for (const cue of POSTING_WORK_CUES) {
    const within = typeof cue.within === 'string' ? [cue.within] : cue.within;
    if (!known(cue.skill) || (within && !named.some((n) => within.includes(n.skill)))) continue;
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(text); m; m = cue.pattern.exec(text)) {
      // The mention is the verb that opens the duty, so it overlaps no skill named inside it.
      const verb = /[A-Za-z]+/.exec(m[0]);
      if (!verb) continue;
      const start = m.index + verb.index;
      const end = start + verb[0].length;
      if (named.some((n) => n.skill === cue.skill && n.start < m.index + m[0].length && n.end > start)) continue;
      segments ??= splitSegments(text);
      let segment: Segment | undefined;
      for (const s of segments) if (s.start <= start) segment = s;
      if (segment && start < segment.end) found.push({ skill: cue.skill, start, end, segment });
    }
  }
  return found;
}
