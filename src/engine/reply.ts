import { z } from 'zod';

const choice = z.object({ id: z.string().min(1).max(100), label: z.string().min(1).max(200) });
/**
 * In a shared conversation, the one member a question waits for: adapters can refuse anyone
 * else's click on its controls before opening a form they could not submit.
 */
const awaits = z.object({ id: z.string(), name: z.string().optional() }).optional();

/**
 * Everything the engine can say. Adapters render each kind in their platform's idiom
 * (Block Kit, discord.js components, plain text); none of them may drop a kind.
 */
export const replySchema = z.discriminatedUnion('kind', [
  /** Light markdown: *bold*, _italic_, `code`, bullet lines starting with "- ". */
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('question'),
    stepId: z.string(),
    text: z.string(),
    choices: z.array(choice).min(1),
    awaits,
  }),
  /** Tick all that apply: adapters offer a multi-select where they can, else numbers to type. */
  z.object({
    kind: z.literal('checklist'),
    stepId: z.string(),
    text: z.string(),
    items: z.array(choice).min(1).max(25),
    awaits,
  }),
  /** A request for long free text: adapters open a form or modal where they can. */
  z.object({
    kind: z.literal('long-text'),
    stepId: z.string(),
    text: z.string(),
    fields: z.array(z.object({ id: z.string(), label: z.string(), placeholder: z.string().optional() })).min(1),
    awaits,
  }),
  z.object({ kind: z.literal('progress'), label: z.string(), step: z.number().int().min(1), of: z.number().int().min(1) }),
  z.object({
    kind: z.literal('chart'),
    title: z.string(),
    unit: z.string().optional(),
    /**
     * `has`, on the gap report's demand chart: whether the person has the skill ('basics': at a
     * basic level). Images colour the bars by it; the text bars leave it to the card below them.
     */
    rows: z.array(z.object({ label: z.string(), value: z.number(), has: z.enum(['yes', 'basics', 'no']).optional() })),
    /**
     * `weeks`, on `progress`'s study-hours chart: the plan week by week since it was made (week 0),
     * which images draw as hours logged so far against planned, with the steps done marked. The
     * rows stay the text version (the hours of each recent week).
     */
    weeks: z
      .object({
        points: z.array(z.object({ week: z.number().int().min(0), logged: z.number().min(0).nullable(), planned: z.number().min(0).nullable() })).max(160),
        steps: z.array(z.object({ step: z.number().int(), week: z.number().int().min(0) })).max(50),
      })
      .optional(),
  }),
  z.object({
    kind: z.literal('card'),
    title: z.string(),
    fields: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  /**
   * A file to keep (the plan as Markdown or iCalendar): sent as an attachment where the platform
   * has them, saved to a path and said where in a terminal. `text` says what it is, for where a
   * file cannot go. The name is a plain file name, never a path.
   */
  z.object({
    kind: z.literal('file'),
    text: z.string(),
    filename: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/),
    mimeType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
    content: z.string().max(1_000_000),
  }),
]);

export type Reply = z.infer<typeof replySchema>;
export type Choice = z.infer<typeof choice>;
export type Awaits = NonNullable<z.infer<typeof awaits>>;

export const say = (text: string): Reply => ({ kind: 'text', text });
