/**
 * Event ids (Slack's "Ev0123…", Discord snowflakes, UUIDs) are kept per user as fixed-width
 * digests joined into one string: a duplicate check is one substring search at a multiple of
 * the width, trimming is one slice, and no id can contain the separator because there is none.
 */
export const DIGEST_WIDTH = 11;

/** cyrb53: a fast 53-bit string hash; among a user's last few dozen events a collision is out of reach. */
export function eventDigest(id: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(DIGEST_WIDTH, '0');
}

/** Whether `digests` (joined, fixed width) holds `digest` at a digest boundary. */
export function hasDigest(digests: string, digest: string): boolean {
  for (let at = digests.indexOf(digest); at >= 0; at = digests.indexOf(digest, at + 1)) {
    if (at % DIGEST_WIDTH === 0) return true;
  }
  return false;
}

/** Appends a digest and keeps only the last `keep`. */
export function appendDigest(digests: string, digest: string, keep: number): string {
  const all = digests + digest;
  return all.length > keep * DIGEST_WIDTH ? all.slice(all.length - keep * DIGEST_WIDTH) : all;
}
