/**
 * Why the coach asks each of its questions, for "why do you need my salary?" and a bare "why?" at a
 * step (flows/off-script-answers.ts): the sentences said to the person.
 */

/** Why the coach asks each thing: by the words of the question first, then by the step it was asked at. */
export const WHY: readonly { steps: readonly string[]; words: RegExp; text: string }[] = [
  {
    steps: ['credential-pick/pay'],
    words: /\b(?:salary|pay|income|earn\w*|wages?)\b/,
    text: "Your current pay lets me show what a new role could change: the difference in pay, and how soon a credential pays for itself. It's optional (say `skip`), and I use it for nothing else.",
  },
  {
    steps: ['credential-pick/budget'],
    words: /\b(?:budget|money|spend|afford)\b/,
    text: 'So I only suggest credentials you can afford, and put free, audit and financial-aid routes first when money is tight. 0 is a perfectly good answer.',
  },
  {
    steps: ['credential-pick/hours'],
    words: /\b(?:hours|study time)\b/,
    text: 'Your hours a week decide how long each credential takes you, and what a monthly subscription really costs by the end.',
  },
  {
    steps: ['credential-pick/deadline'],
    words: /\b(?:deadline|months)\b/,
    text: "With a deadline I can leave out credentials you couldn't finish in time, and put dates on your plan. If there's none, say `skip`.",
  },
  {
    steps: ['gap-interview/years'],
    words: /\b(?:years|experience|age|old)\b/,
    text: 'Years of work tell me how much you bring: a long career carries skills that count in tech, and your report points them out.',
  },
  {
    steps: ['gap-interview/current-role'],
    words: /\b(?:current job|job title|current role)\b/,
    text: 'Your current job tells me which skills you already have from it, so the report shows your strengths and not only your gaps.',
  },
  {
    steps: ['gap-interview/target', 'credential-pick/role'],
    words: /\b(?:target|which role|tech role)\b/,
    text: 'Everything else is measured against the role you want: the skills it asks for, and the credentials that lead to it.',
  },
  {
    steps: ['gap-interview/have'],
    words: /\bskills\b/,
    text: "So I don't send you off to learn what you already know: your gaps are what the role asks for, minus what you have.",
  },
  {
    steps: ['gap-interview/postings'],
    words: /\b(?:postings?|job ads?)\b/,
    text: 'Real postings show what employers ask for right now; without them I use the typical demand for the role. Say `skip` to use that.',
  },
  { steps: ['welcome/name'], words: /\bmy name\b/, text: 'Only so I can talk to you properly. A first name or a nickname is plenty.' },
  {
    steps: ['credential-pick/proctored-ok'],
    words: /\b(?:proctor\w*|webcam)\b/,
    text: "Some people can't sit an exam watched by webcam (no quiet room, unreliable internet). If that's you, I leave those credentials out.",
  },
  {
    steps: ['credential-pick/free-first'],
    words: /\b(?:free first|audit first)\b/,
    text: "Free and audit routes let you try a subject before paying. If you'd rather see the best fit first whatever it costs, say no.",
  },
];
