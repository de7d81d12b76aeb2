/** Text to match literally inside a RegExp built from data (names, aliases, phrases): every special character escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
