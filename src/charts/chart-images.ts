import type { Reply } from '../engine/reply.js';
import type { Chart } from './chart-spec.js';

// Kept apart from render-png.ts so that adapters can take a renderer without loading Vega.

/** A chart reply drawn as an image, with its figures as alt text. */
export interface ChartImage {
  png: Buffer;
  alt: string;
  filename: string;
}

export type ChartRenderer = (chart: Chart) => Promise<ChartImage>;

/**
 * The images for a turn's chart replies, keyed by the reply itself. A chart that fails to render
 * is left out: the adapter then draws it as text, as the terminal does, rather than losing it.
 */
export async function chartImages(replies: readonly Reply[], render: ChartRenderer, onError?: (error: unknown) => void): Promise<Map<Reply, ChartImage>> {
  const images = new Map<Reply, ChartImage>();
  for (const reply of replies) {
    if (reply.kind !== 'chart' || reply.rows.length === 0) continue;
    try {
      images.set(reply, await render(reply));
    } catch (error) {
      onError?.(error);
    }
  }
  return images;
}
