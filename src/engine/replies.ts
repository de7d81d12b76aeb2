import { MAX_INBOUND_TEXT } from './inbound.js';
import type { Reply } from './reply.js';

/** What the engine itself says when a turn cannot go the normal way. */
export const STORE_DOWN_REPLY: Reply = {
  kind: 'text',
  text: "I couldn't save that, so nothing has changed. Please try again in a minute.",
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
