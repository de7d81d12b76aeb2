/**
 * Redis Cluster slots, for keys that must share a slot with a user's session key without
 * naming the user: the record of a forgotten person's event ids lives under a tag chosen
 * only for its slot (`{s1k}`), so one script can touch both keys on one primary.
 */

export const CLUSTER_SLOTS = 16_384;

/** CRC16/XMODEM, the checksum Redis Cluster hashes keys with. */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const utf8 = new TextEncoder();

/** Redis' rule: only the part between the first `{` and the next `}` is hashed, when it is not empty. */
export function keySlot(key: string): number {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  const hashed = close > open + 1 ? key.slice(open + 1, close) : key;
  return crc16(utf8.encode(hashed)) % CLUSTER_SLOTS;
}

let tags: string[] | undefined;

/** A short tag hashing to `slot` ("s" and a base-36 counter), the same on every process. Built once: about 170k checksums. */
export function slotTag(slot: number): string {
  if (!tags) {
    const found: string[] = new Array<string>(CLUSTER_SLOTS);
    let missing = CLUSTER_SLOTS;
    for (let n = 0; missing > 0; n++) {
      const tag = `s${n.toString(36)}`;
      const at = crc16(utf8.encode(tag)) % CLUSTER_SLOTS;
      if (found[at] === undefined) {
        found[at] = tag;
        missing--;
      }
    }
    tags = found;
  }
  const tag = tags[slot];
  if (tag === undefined) throw new RangeError(`No cluster slot ${slot}`);
  return tag;
}
