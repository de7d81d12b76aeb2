import { describe, expect, it } from 'vitest';
import { asksAnother, asksBackgroundCounts, asksCoding, asksRealistic, asksEnoughToHire, asksHeldValue, asksQualified, saysConfidenceWorry, saysHolding } from '../flows/person-asides.js';

/** The words of questions about the person, as people type them: lowercase, no question mark, typos. */

describe('asking whether they are qualified yet', () => {
  it.each(['Am I already qualified?', 'am i qualified', 'am i qualifed for this', 'im i ready to apply?', 'am i ready yet', 'could i apply now', 'do i qualify already?', 'how close am i', 'can i already apply for these jobs', 'am i good enough for the job'])(
    '%j asks it',
    (text) => expect(asksQualified(text)).toBe(true),
  );
  it.each(['am i ready to start the pick?', 'what qualifications does a data analyst need?', 'i am ready', 'how do i apply for the exam', 'am i close to finishing this part?'])('%j does not', (text) => {
    expect(asksQualified(text)).toBe(false);
  });
});

describe('asking whether the role needs code', () => {
  it.each([
    'do i need to learn coding for this??',
    'do i need to learn coding',
    'do i have to know programming',
    'is there coding involved',
    'will i have to code',
    'do i need to learn how to code for this job',
    'how much programming is there',
    'is it a lot of coding?',
    'do i need to know how to program',
    'i cant code, is that a problem',
    'do i need codeing skills',
    'do i need to learn progamming',
  ])('%j asks it', (text) => expect(asksCoding(text)).toBe(true));
  it.each(['is there a code of conduct?', 'what is your zip code for', 'is the A+ worth it', 'how long does the exam take', 'do i get a code to book the exam?', 'do i need a code to register'])('%j does not', (text) => {
    expect(asksCoding(text)).toBe(false);
  });
});

describe('a worry about being taken seriously', () => {
  it.each([
    'will tech people take me seriously?',
    'will tech people take me seriously',
    'would they even take someone like me seriously',
    'will anyone hire me',
    'would employers hire someone like me?',
    'do i even stand a chance',
    'i feel like an imposter',
    'will i fit in with developers',
    'am i kidding myself',
    'will they take a nurse seriously?',
    'will tech ppl take me seriosly',
    'do i have a real chance of getting hired',
    'is this realistic for someone like me',
  ])('%j says it', (text) => expect(saysConfidenceWorry(text)).toBe(true));
  it.each(['do employers know the CAPM?', 'is the google cert recognised', 'which one do employers care about?', 'how long will it take me', 'do i have a chance of passing the exam first time?', 'will it fit in my budget?', 'is it realistic to finish in 3 months?'])('%j does not', (text) => {
    expect(saysConfidenceWorry(text)).toBe(false);
  });
});

describe('asking whether a certificate is enough to be hired', () => {
  it.each([
    'is the certificate enough to get hired?',
    'is the cert enough to get a job',
    'is a certificate enough to get hired',
    'will the certificate alone get me a job?',
    'can i get hired with just the certificate',
    'will this cert get me a job',
    'is the certifcate enuff to get hired',
    'is the google cert sufficient to land a job?',
    'does the certificate guarantee a job',
    'is it enough to get hired',
    'is security+ enough to get a job',
  ])('%j asks it', (text) => expect(asksEnoughToHire(text)).toBe(true));
  it.each(['is 500 enough?', 'do employers know it?', 'how long will it take to get the cert', 'is the A+ worth it', 'is 10 hours enough to work through it?', 'is 500 enough to get a job'])('%j does not', (text) => {
    expect(asksEnoughToHire(text)).toBe(false);
  });
});

describe('asking what a held credential is worth now', () => {
  it.each([
    'security+ counts for anything here?',
    'does my security+ count',
    'does my a+ help here',
    'I have already the google certificate, I need another one?',
    'i have the google cert, do i need another',
    'is my pmp useful for this',
    'is my security+ worth anything for cloud',
    'does it matter that i have the pmp',
  ])('%j asks it', (text) => expect(asksHeldValue(text) || saysHolding(text)).toBe(true));
  it.each(['is security+ worth it?', 'how much is the pmp', 'what about tableau instead'])('%j does not', (text) => {
    expect(asksHeldValue(text) || saysHolding(text)).toBe(false);
  });
});

describe('asking whether another credential is needed', () => {
  it.each(['do i need another certificate?', 'do i need another cert', 'should i get more certs', 'do i need to get another certification', 'I need another one?'])('%j asks it', (text) => {
    expect(asksAnother(text)).toBe(true);
  });
  it.each(['what about another role?', 'is the A+ worth it', 'anything cheaper?'])('%j does not', (text) => expect(asksAnother(text)).toBe(false));
});

describe('asking whether their background counts for the new role', () => {
  it.each([
    'Would my legal background count for anything?',
    'does my nursing experience help at all',
    'will my 17 years count for anything in tech',
    'is my time as a teacher wasted??',
    'do my years in retail matter for this',
    'my background is in accounting, is that relevant?',
    'Will my experience as a paralegal transfer?',
    'im worried my career in the army goes to waste',
  ])('%j does', (text) => expect(asksBackgroundCounts(text)).toBe(true));
  it.each([
    'do i need experience to apply?',
    'does the security+ count for anything here?',
    'how many years of experience do the postings ask for',
    'is the google cert worth it?',
    'my budget is 400, is that enough?',
  ])('%j does not', (text) => expect(asksBackgroundCounts(text)).toBe(false));
});

describe('asking whether a credential is realistic for them', () => {
  it.each([
    'Is CISA realistic for someone like me?',
    'is the pmp doable for me',
    'can i realistically get the CISSP',
    'am i eligible for the pmp?',
    'is security+ too advanced for me??',
    'do i meet the experience requirements',
    'is cisa even feasible with my background',
  ])('%j does', (text) => expect(asksRealistic(text)).toBe(true));
  it.each(['is the pmp worth it?', 'how much is CISA', 'is this switch realistic at my age', 'what is the cheapest way to learn ISO 27001?'])('%j does not', (text) =>
    expect(asksRealistic(text)).toBe(false),
  );
});
