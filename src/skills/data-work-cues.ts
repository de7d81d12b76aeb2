import type { WorkCue } from './person-cues.js';

/**
 * How people say they work with data when they are not data analysts: "i write sql queries against our
 * erp to pull data", "pivot tables", "i track our unit's quality metrics every month", "i read the sales
 * dashboards and act on them", "tidied up the customer records". A coach hears data analysis in them,
 * at a basic level where the words show only the start of it (pulling and summarising figures, not
 * statistics or a model), and the catalog's own words ("data analysis", "analysing data") still find
 * the skill as said. They are a table spread into WORK_CUES (person-cues.ts), read the same way.
 */

/** Verbs of reading or following figures someone else put together. */
export const READ_VERB = String.raw`(?:read(?:s|ing)?|check(?:s|ed|ing)?|look(?:s|ed|ing)? (?:at|over|through)|review(?:s|ed|ing)?|watch(?:es|ed|ing)?|monitor(?:s|ed|ing)?|go(?:es)? (?:over|through)|went (?:over|through)|going (?:over|through)|follow(?:s|ed|ing)?|keep(?:s|ing)? an eye on|kept an eye on|pull(?:s|ed|ing)? up|stud(?:y|ies|ied|ying))`;
/** What is read: a dashboard someone else built. */
export const READ_SOURCE = String.raw`dashboards?`;
/**
 * Reading dashboards and acting on them is deciding from data, at a basic level: "i read our weekly
 * sales dashboards and act on them", "checking the KPI dashboard each morning". Building them is
 * Dashboard design, which the catalog's own words ("dashboard development") still find.
 */
const READ_DASHBOARDS = String.raw`\b${READ_VERB}\W+(?:[\w-]+\W+){0,3}?${READ_SOURCE}\b`;

/** What is counted and followed over time: metrics, KPIs, figures, the stats of a unit or a shop; not order or serial numbers. */
const FIGURES = String.raw`(?:metrics|kpis|key performance indicators|(?:quality|performance|outcome|safety|sales|activity) (?:indicators|data)|indicators|stats|statistics|figures|(?<!(?:order|serial|phone|tracking|room|part|reference|case|account|invoice|batch|lot|stock|table|seat|house|bed|flight|policy|claim) )numbers)`;

/** Getting data out of a system: pulled, extracted, queried, exported. */
const GET = String.raw`(?:pull(?:s|ed|ing)?|extract(?:s|ed|ing)?|quer(?:y|ied|ying)|export(?:s|ed|ing)?|download(?:s|ed|ing)?|dig(?:s|ging)? into|dug into)`;
/** The data got out; not data cables, a data centre or a phone's data plan. */
const DATA = String.raw`(?:data|numbers|figures|stats|datasets?|records|transactions)(?!\s+(?:cables?|cabling|entry|centres?|centers?|plans?|allowance|sims?|protection)\b)`;
/** What is done with it: summed, compared, pivoted, looked into for a pattern. */
const SUMMED = String.raw`(?:sum(?:s|med|ming)?|totals?|totall?(?:ed|ing)|averages?|averag(?:ed|ing)|aggregat\w*|group(?:s|ed|ing)? (?:it |them )?by|pivot\w*|compar(?:e|es|ed|ing|isons?)|summar(?:y|ies|is\w*|iz\w*)|analy[sz](?:e|es|ed|ing|is)|trends?|patterns?|variances?|breakdowns?|spot(?:s|ted|ting)?|work(?:s|ed|ing)? out|find(?:s|ing)? out|answer(?:s|ed|ing)?)\b`;

export const DATA_WORK_CUES: readonly WorkCue[] = [
  { pattern: READ_DASHBOARDS, skills: ['data-analysis', 'reporting'], level: 'basic', readsSource: true },
  // Getting the figures out and working on them: "i write sql queries against our erp to pull data (mostly joins and
  // sums)", "pulling the numbers and comparing them month on month", "extract the data to spot trends", "crunching
  // numbers". Pulling data alone is handing it on ("bit of sql to pull usage data"), and a pivot table in a report
  // is reporting: analysis is the pulling and the summing, comparing or looking for the pattern together.
  {
    pattern: String.raw`${GET}\W+(?:(?:the|our|all|all the|raw|some|any|their|my)\W+)?(?:[\w-]+\W+){0,2}?${DATA}\b(?:\W+[\w-]+){0,8}?\W+${SUMMED}|crunch(?:es|ed|ing)?\W+(?:the\W+|our\W+)?(?:\w+\W+)?(?:numbers|figures|data)\b|slic(?:e|es|ed|ing) and dic(?:e|es|ed|ing)`,
    skills: ['data-analysis'],
    level: 'basic',
  },
  // Figures followed month by month and told to others: "i track our units quality metrics in excel every month",
  // "compiling the weekly KPIs", "monitoring our safety stats". Counting them and watching the trend is reporting in
  // small; it becomes data analysis where the words say the figures are summed, compared or broken down (above).
  {
    pattern: String.raw`(?:track(?:s|ed|ing)?|measur(?:e|es|ed|ing)|monitor(?:s|ed|ing)?|compil(?:e|es|ed|ing)|collat(?:e|es|ed|ing)|pull(?:s|ed|ing)? together|keep(?:s|ing)? track of|kept track of)\W+(?:(?:the|our|all|all the|my|their|\w+'?s)\W+)?(?:[\w'-]+\W+){0,3}?${FIGURES}\b`,
    skills: ['reporting'],
    level: 'basic',
  },
  // Two systems' records set against each other: "reconciling data between the CRM and billing", not a bank reconciliation.
  { pattern: String.raw`reconcil(?:e|es|ed|ing)\W+(?:(?:the|our|all|all the)\W+)?(?:[\w-]+\W+)?(?:data|records|figures|numbers)\W+(?:across|between|against)\b`, skills: ['data-analysis'], level: 'basic' },
  // Data put right by hand or by script: "scripts to clean the instrument csv exports", "tidied up the customer records".
  { pattern: String.raw`(?:clean(?:s|ed|ing)?|cleans(?:e|es|ed|ing)|tid(?:y|ies|ied|ying)|scrub(?:s|bed|bing)?|de-?dup\w*|standardi[sz](?:e|es|ed|ing))\W+(?:up\W+)?(?:\w+\W+){0,3}?(?:data|csvs?|exports|datasets?|spreadsheets|records|(?:mailing|contact|customer) lists?)\b`, skills: ['data-cleaning'] },
  // A lab's or an office's checks on its numbers: "QA/QC of results", "validating the data".
  { pattern: String.raw`\bqa\s*\/\s*qc\b\W+(?:of|on)\W+(?:the\W+|our\W+)?(?:\w+\W+)?(?:results|data|measurements|samples|analyses)\b|(?:quality control|\bqc\b|validat\w*|verif(?:y|ies|ied|ying))\W+(?:of\W+|on\W+)?(?:the\W+|our\W+)?(?:\w+\W+)?(?:results|data|measurements)\b`, skills: ['data-cleaning'] },
  // Cleaning files and merging them is extract-transform-load in small: ETL at a basic level.
  { pattern: String.raw`(?:clean|tid|transform|reformat|convert|standardi[sz])\w*\b(?:\W+\w+){0,5}?\W+(?:csvs?|exports|files|data|datasets?|spreadsheets|sheets)\b(?:\W+\w+){0,2}?\W+(?:merg|combin|join|load|consolidat)\w*|(?:merg|combin|consolidat)\w*\W+(?:\w+\W+){0,3}?(?:csvs?|exports|csv files|datasets)\b`, skills: ['etl'], level: 'basic' },
  // A Microsoft Access database someone built or runs is relational tables and queries, SQL at a basic level: "built an access
  // database for bridge inspections, queries and forms", "our ms access db". Not access to a database, nor access control.
  { pattern: String.raw`(?:\b(?:ms|microsoft)\s+access\b|(?<!\b(?:have|has|had|get|gets|got|gave|give|grant(?:s|ed)?|giving|granting|with|without|no|user|read|write|admin|remote|database|full)\s+)(?<!\b(?:an?|the|our|my)\s+)\baccess\s+(?:databases?|dbs?|queries)\b)|(?:built|build(?:s|ing)?|creat(?:e|es|ed|ing)|made|design(?:s|ed|ing)?|set(?:s|ting)? up|r[au]n(?:s|ning)?|maintain(?:s|ed|ing)?)\W+(?:an?\W+|the\W+|our\W+|my\W+)?access\s+(?:databases?|dbs?)\b`, skills: ['sql'], level: 'basic' },
  // Charts made from data: "R mostly for plots", "plotting the results".
  { pattern: String.raw`(?<!(?:building|land|garden|allotment|burial|vegetable|story|book|novel) )\bplots\b|\bplotting\b(?!\s+(?:routes?|courses?|positions?|the course))`, skills: ['data-visualization'] },
];
