/** The PNG signature: every PNG file starts with these eight bytes. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which must come first, right after the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  if (png.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('no IHDR first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The PNG inside a larger body (a multipart upload), from its signature to the end of IEND. */
export function pngIn(body: Buffer): Buffer {
  const start = body.indexOf(PNG_SIGNATURE);
  const iend = body.indexOf(Buffer.from('IEND', 'latin1'), start);
  if (start < 0 || iend < 0) throw new Error('no PNG in the body');
  return body.subarray(start, iend + 8);
}
