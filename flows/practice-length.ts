import type { OffScriptAnswerer, OffScriptQuestion } from '../src/engine/off-script.js';
import { TOO_LONG } from '../src/star/star-rubric.js';
import { TARGET_SPOKEN, duration } from '../src/star/suggestions.js';
import { plainQuestion } from '../src/credentials/credential-question.js';
import type { Feedback } from './interview-practice-replies.js';

/**
 * "Maybe it is too long. How can I make it shorter?", "is it too long?", "how do i shorten it": after
 * practice feedback, a question about the answer's length is about the answer, not study hours. Said
 * from the same scoring as the feedback: its spoken time against the 1-2 minutes an interviewer
 * expects, and the feedback's own length point (what to cut, quoting the answer) when it made one.
 */
const LENGTH = /\b(?:too (?:long|wordy|short)|(?:make|get|keep) (?:it|this|my (?:answer|story)) (?:shorter|short|brief|tighter|concise)|shorter|shorten\w*|cut (?:it|this|down|back)|trim (?:it|this)|how long (?:is|was) (?:it|this|my (?:answer|story))|(?:length|long) of (?:it|my (?:answer|story)))\b/;

export const asksAnswerLength = (text: string): boolean => LENGTH.test(plainQuestion(text));

/** The answer to a length question, from the feedback on the answer just scored. */
export function lengthAnswer(feedback: Feedback): string {
  const seconds = feedback.seconds;
  const said = seconds === undefined ? 'I could not time it' : `It runs about ${duration(seconds)} spoken`;
  const cutAt = (feedback.issues ?? []).indexOf('too-long');
  const cut = cutAt >= 0 ? feedback.suggestions[cutAt] : undefined;
  if (cut) return `${said}, past the ${TARGET_SPOKEN} an interviewer expects. ${cut}`;
  const first = feedback.suggestions[0];
  if (seconds !== undefined && seconds > TOO_LONG.seconds) return `${said}, past the ${TARGET_SPOKEN} an interviewer expects: keep when and where in a sentence, your two or three steps and the result.`;
  const within = `${said}, within the ${TARGET_SPOKEN} an interviewer expects, so it is not too long and there is nothing you must cut.`;
  return first ? `${within} Spend the words on the first point of my feedback instead: ${first}` : within;
}

/**
 * The off-script answerer with length questions answered at interview practice, where an answer has
 * just been scored; everything else goes on to `answerer`.
 */
export function withPracticeLength(answerer: OffScriptAnswerer): OffScriptAnswerer {
  return (q: OffScriptQuestion) => {
    const attempt = q.flow === 'interview-practice' ? (q.ctx.answers['answer'] as { kind?: string; feedback?: Feedback } | undefined) : undefined;
    const feedback = attempt?.kind === 'scored' ? attempt.feedback : undefined;
    if (!feedback || !asksAnswerLength(`${q.rest} ${q.text}`)) return answerer(q);
    return { text: lengthAnswer(feedback), answered: true };
  };
}
