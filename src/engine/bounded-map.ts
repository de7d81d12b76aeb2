/**
 * Sets `key` in a Map that keeps at most `max` entries: the entry moves to the end (a Map keeps
 * insertion order), so the first entry is the least recently set and is the one dropped. For
 * per-process memories that must not grow with the number of people seen.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}
