import { MAX_INBOUND_TEXT } from './inbound.js';
import type { Reply } from './reply.js';

/** What the engine itself says when a turn cannot go the normal way. */
export const STORE_DOWN_REPLY: Reply = {
  kind: 'text',
  text: "I couldn't save that, so nothing has changed. Please try again in a minute.",
};
/** A commit whose answer never came and could not be read back: it may land yet. */
export const UNCERTAIN_REPLY: Reply = {
  kind: 'text',
  text: "My storage was too slow to answer, so I can't tell yet whether I saved that: it may have been saved. Say `repeat` to see where we are. If you send the same answer again, I'll count it only once.",
};
/** The same text again after an uncertain turn, whose write had landed: told, then asked where they are. */
export const ALREADY_SAVED_REPLY: Reply = {
  kind: 'text',
  text: 'I had saved that answer after all, so I counted it once. Here is where we are:',
};
export const BUSY_REPLY: Reply = {
  kind: 'text',
  text: "You're sending messages faster than I can save them. Please send that again.",
};
export const BROKEN_SESSION_REPLY: Reply = {
  kind: 'text',
  text: "Something is wrong with what I stored for you, so I've left it untouched. Say `forget` to start fresh, or try again later.",
};

export const TOO_LONG_REPLY: Reply = {
  kind: 'text',
  text: `That message is too long for me to read (over ${MAX_INBOUND_TEXT.toLocaleString('en-US')} characters), so I've left everything as it was. Please send a shorter one.`,
};
export const FORGOTTEN_REPLY: Reply = {
  kind: 'text',
  text: "Done: I've deleted everything I had about you. Say hello any time to start fresh.",
};
/** An adapter sent a shared-conversation event to a coach with no shared flows. */
export const NO_SHARED_FLOWS_REPLY: Reply = {
  kind: 'text',
  text: "There's nothing to do together here yet. Talk to me one to one instead.",
};
/** A click on a question another member of a shared conversation is asked; adapters that refuse early say the same. */
export const notYoursText = (name: string): string => `That one is for ${name} to answer.`;
