import type { Reply } from '../../src/engine/reply.js';

type Field = Extract<Reply, { kind: 'long-text' }>['fields'][number];

/**
 * A form with several fields, filled in the terminal one field at a time (each typed like long
 * text), and sent as one form with the step's own field ids once the last is done.
 */
export class FormWalk {
  private readonly values: Record<string, string> = {};
  private filled = 0;

  constructor(
    readonly stepId: string,
    private readonly fields: readonly Field[],
  ) {}

  /** The field being asked for, with its placeholder as the hint: "Situation (when and where it happened):". */
  get prompt(): string {
    const field = this.fields[this.filled] as Field;
    const hint = field.placeholder ? ` (${field.placeholder.charAt(0).toLowerCase()}${field.placeholder.slice(1)})` : '';
    return `${field.label}${hint}:`;
  }

  /** Keeps the text of the field being asked for; once every field has its text, the whole form. */
  fill(text: string): Record<string, string> | undefined {
    const field = this.fields[this.filled] as Field;
    this.values[field.id] = text;
    this.filled += 1;
    return this.filled === this.fields.length ? { ...this.values } : undefined;
  }
}
