/**
 * "I don't know", "not sure", "no idea": an answer that says the person cannot answer this question.
 * Every question that can get it offers a way forward (an example, a default, another route)
 * rather than asking the same thing again.
 */
const NOT_SURE =
  /^(?:(?:i'?m|i am|honestly|hmm+|um+|well),? )?(?:not sure|unsure|(?:i )?(?:don'?t|do not|dont) know|no idea|dunno|idk|no clue|not a clue|(?:i )?(?:haven'?t|have not) decided|undecided|you (?:choose|decide|tell me)|help me(?: choose| decide)?|\?+)(?: yet| really)?[.!?]*$/i;

export const saysNotSure = (text: string): boolean => NOT_SURE.test(text.trim());
