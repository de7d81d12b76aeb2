import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_PLACEHOLDER, FORM_BUTTON_LABEL } from '../adapters/discord/components.js';
import { LIMITS, splitText, truncate } from '../adapters/discord/limits.js';
import { discordMarkdown } from '../adapters/discord/markdown.js';
import { SHARED_OWNER, decodeAction } from '../adapters/discord/owner.js';
import { CHECKLIST_HINT, FORM_HINT, renderReplies } from '../adapters/discord/render-message.js';
import type { DiscordPayload } from '../adapters/discord/render-message.js';
import { dayMark, momentMark } from '../src/dates/date-marks.js';
import { cleanHumanText } from '../src/engine/read/clean.js';
import type { Choice, Reply } from '../src/engine/reply.js';

const OWNER = '1300000000000000042';
const render = (...replies: Reply[]) => renderReplies(replies, OWNER);
const choices = (n: number, label = (i: number) => `Option ${i}`): Choice[] => Array.from({ length: n }, (_, i) => ({ id: `opt-${i + 1}`, label: label(i + 1) }));
const STAR_FIELDS = ['situation', 'task', 'action', 'result'].map((id) => ({ id, label: id }));
type Component = { type: number; custom_id: string; label?: string; style?: number; disabled?: boolean; options?: { label: string; value: string }[]; placeholder?: string; min_values?: number; max_values?: number };
const componentsOf = (payload: DiscordPayload | undefined) => (payload?.components ?? []).map((row) => row.components as unknown as Component[]);

/** Every limit Discord enforces on a message, checked on each payload. */
function expectWithinLimits(payloads: DiscordPayload[]) {
  for (const payload of payloads) {
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(payload.content || payload.embeds?.length || payload.components?.length).toBeTruthy();
    expect((payload.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
    const embeds = payload.embeds ?? [];
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    let total = 0;
    for (const embed of embeds) {
      expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        total += field.name.length + field.value.length;
      }
      total += (embed.title ?? '').length + (embed.description ?? '').length;
    }
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    const rows = componentsOf(payload);
    expect(rows.length).toBeLessThanOrEqual(LIMITS.actionRows);
    const ids = rows.flat().map((c) => c.custom_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) {
      expect(row.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
      for (const component of row) {
        expect(component.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
        if (component.label !== undefined) expect(component.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
        for (const option of component.options ?? []) {
          expect(option.label.length).toBeLessThanOrEqual(LIMITS.optionLabel);
          expect(option.value.length).toBeLessThanOrEqual(LIMITS.optionValue);
        }
        expect((component.options ?? []).length).toBeLessThanOrEqual(LIMITS.selectOptions);
        expect((component.placeholder ?? '').length).toBeLessThanOrEqual(LIMITS.selectPlaceholder);
        if (component.max_values !== undefined) expect(component.max_values).toBeLessThanOrEqual((component.options ?? []).length);
      }
    }
  }
}

describe('text', () => {
  it("turns the engine's *bold* into Discord's **bold**, and leaves italics, code, bullets and O*NET alone", () => {
    expect(discordMarkdown('Here is *your plan*: _soon_, `*not bold*`, O*NET and snake_case.\n- *SQL* first')).toBe(
      'Here is **your plan**: _soon_, `*not bold*`, O*NET and snake_case.\n- **SQL** first',
    );
  });

  it('joins short replies into one message, and says the step in a grey line', () => {
    const payloads = render({ kind: 'text', text: 'Welcome back!' }, { kind: 'progress', label: 'Skill gaps', step: 2, of: 9 }, { kind: 'text', text: 'How many years?' });
    expect(payloads).toEqual([{ content: 'Welcome back!\n-# Skill gaps · step 2 of 9\nHow many years?', allowedMentions: { parse: [], repliedUser: false } }]);
  });

  it('splits text over 2,000 characters at line breaks, then at spaces, losing nothing', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Line ${i + 1}: ${'word '.repeat(6).trim()}`);
    const payloads = render({ kind: 'text', text: lines.join('\n') });
    expect(payloads.length).toBeGreaterThan(1);
    expectWithinLimits(payloads);
    expect(payloads.map((p) => p.content).join('\n')).toBe(lines.join('\n'));
    const oneLine = 'a'.repeat(4500);
    expect(splitText(oneLine, 2000).join('')).toBe(oneLine);
    expect(splitText(`${'word '.repeat(800)}`.trim(), 2000).every((piece) => piece.length <= 2000 && !piece.startsWith(' '))).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'x'.repeat(1999)}😀 and more`;
    const [first] = splitText(text, 2000);
    expect(first).toBe('x'.repeat(1999));
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });
});

describe('questions', () => {
  it('draws up to five choices as buttons owned by the member, for the step they belong to', () => {
    const [payload] = render({ kind: 'question', stepId: 'first', text: 'What first?', choices: choices(5) });
    expect(payload?.content).toBe('What first?');
    const [row] = componentsOf(payload);
    expect(row?.map((c) => [c.type, c.label, c.style])).toEqual(choices(5).map((c) => [ComponentType.Button, c.label, ButtonStyle.Secondary]));
    expect(decodeAction(row?.[2]?.custom_id ?? '')).toEqual({ kind: 'choice', owner: OWNER, stepId: 'first', choiceId: 'opt-3' });
  });

  it('puts the buttons on the message that ends with the question, after earlier replies', () => {
    const payloads = render({ kind: 'text', text: 'Nice.' }, { kind: 'progress', label: 'Welcome', step: 2, of: 2 }, { kind: 'question', stepId: 'first', text: 'Which?', choices: choices(2) });
    expect(payloads).toHaveLength(1);
    expect(payloads[0]?.content).toBe('Nice.\n-# Welcome · step 2 of 2\nWhich?');
    expect(componentsOf(payloads[0])[0]).toHaveLength(2);
  });

  it('marks the "delete everything" button as dangerous', () => {
    const [payload] = render({ kind: 'question', stepId: '$forget', text: 'Delete it all?', choices: [{ id: 'yes', label: 'Yes, delete everything' }, { id: 'no', label: 'No, keep it' }] });
    expect(componentsOf(payload)[0]?.map((c) => c.style)).toEqual([ButtonStyle.Danger, ButtonStyle.Secondary]);
  });

  it('uses a select for more than five choices, its values the choice ids', () => {
    const [payload] = render({ kind: 'question', stepId: 'choose', text: 'What would you like to do?', choices: choices(8) });
    const [[select]] = componentsOf(payload) as [[Component]];
    expect(select.type).toBe(ComponentType.StringSelect);
    expect(select.placeholder).toBe('Choose one');
    expect(select.options?.map((o) => o.value)).toEqual(choices(8).map((c) => c.id));
    expect(decodeAction(select.custom_id)).toEqual({ kind: 'select', owner: OWNER, stepId: 'choose', part: 0 });
  });

  it('spreads long lists over selects of 25, five rows at most, and lists the rest to type', () => {
    const [payload] = render({ kind: 'question', stepId: 'pick', text: 'Pick one.', choices: choices(130) });
    const rows = componentsOf(payload);
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => row[0]?.options?.length)).toEqual([25, 25, 25, 25, 25]);
    expect(rows[1]?.[0]?.placeholder).toBe('Choose one (options 26 to 50)');
    expect(payload?.content).toContain('Or type the number of one of these:\n126) Option 126\n127) Option 127');
    expect(payload?.content).toContain('130) Option 130');
    expectWithinLimits([payload as DiscordPayload]);
  });

  it('cuts labels to 80 characters on buttons and 100 in selects', () => {
    const long = (i: number) => `${'Very long label '.repeat(8)}${i}`;
    const [buttons] = render({ kind: 'question', stepId: 's', text: 'Q', choices: choices(2, long) });
    expect(componentsOf(buttons)[0]?.[0]?.label).toHaveLength(80);
    expect(componentsOf(buttons)[0]?.[0]?.label?.endsWith('…')).toBe(true);
    const [select] = render({ kind: 'question', stepId: 's', text: 'Q', choices: choices(6, long) });
    expect(componentsOf(select)[0]?.[0]?.options?.[0]?.label).toHaveLength(100);
    expectWithinLimits([buttons as DiscordPayload, select as DiscordPayload]);
  });

  it('falls back to a select when a choice id is too long for a button custom_id, keeping the step', () => {
    const longId = `pick:${'x'.repeat(90)}`;
    const [payload] = render({ kind: 'question', stepId: 'choose', text: 'Q', choices: [{ id: longId, label: 'That one' }, { id: 'no', label: 'No' }] });
    const [[select]] = componentsOf(payload) as [[Component]];
    expect(select.type).toBe(ComponentType.StringSelect);
    expect(select.options?.[0]?.value).toBe(longId);
    expectWithinLimits([payload as DiscordPayload]);
  });

  it('splits a long question and keeps its buttons on the last part', () => {
    const text = Array.from({ length: 60 }, (_, i) => `- Pick ${i}: ${'detail '.repeat(8)}`).join('\n');
    const payloads = render({ kind: 'question', stepId: 'choose', text, choices: choices(3) });
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.slice(0, -1).every((p) => !p.components)).toBe(true);
    expect(componentsOf(payloads.at(-1))[0]).toHaveLength(3);
    expectWithinLimits(payloads);
  });
});

describe('checklists', () => {
  it('lists the items numbered, says typing works too, and offers a multi-select of none to all of them', () => {
    const [payload] = render({ kind: 'checklist', stepId: 'score', text: 'Tick what you heard.', items: choices(3) });
    expect(payload?.content).toBe(`Tick what you heard.\n1) Option 1\n2) Option 2\n3) Option 3\n-# ${CHECKLIST_HINT}`);
    const [[select]] = componentsOf(payload) as [[Component]];
    expect(select).toMatchObject({ type: ComponentType.StringSelect, placeholder: CHECKLIST_PLACEHOLDER, min_values: 0, max_values: 3 });
    expect(select.options).toEqual(choices(3).map((c, i) => ({ label: `${i + 1}. ${c.label}`, value: c.id })));
    expect(decodeAction(select.custom_id)).toEqual({ kind: 'checklist', owner: OWNER, stepId: 'score' });
  });

  it('stays within the limits with 25 items of long labels, in a peer thread', () => {
    for (const length of [100, 200]) {
      const items = choices(25, (i) => `${i} ${'x'.repeat(length)}`.slice(0, length));
      const payloads = renderReplies([{ kind: 'progress', label: 'Peer practice', step: 5, of: 6 }, { kind: 'checklist', stepId: 'score', text: 'Tick what you heard.', items }], SHARED_OWNER);
      expectWithinLimits(payloads);
      const [[select]] = componentsOf(payloads.at(-1)) as [[Component]];
      expect(select.options).toHaveLength(25);
      expect(select.max_values).toBe(25);
      expect(select.options?.every((option) => option.label.length <= 100)).toBe(true);
      expect(select.options?.[24]?.label.startsWith('25. 25 x')).toBe(true);
      expect(decodeAction(select.custom_id)).toEqual({ kind: 'checklist', owner: SHARED_OWNER, stepId: 'score' });
      // Every item is listed in full, to read and to type by number.
      const content = payloads.map((p) => p.content).join('\n');
      for (const [i, item] of items.entries()) expect(content).toContain(`${i + 1}) ${item.label}`);
    }
  });

  it('offers each item once when two share an id, as Discord refuses repeated option values', () => {
    const [payload] = render({ kind: 'checklist', stepId: 'score', text: 'Tick.', items: [{ id: 'a', label: 'A' }, { id: 'a', label: 'A again' }, { id: 'b', label: 'B' }] });
    const [[select]] = componentsOf(payload) as [[Component]];
    expect(select.options?.map((o) => [o.label, o.value])).toEqual([['1. A', 'a'], ['3. B', 'b']]);
    expect(select.max_values).toBe(2);
  });
});

describe('long text', () => {
  it('offers an "Open the form" button carrying the owner, step and field ids, and says typing works too', () => {
    const [payload] = render({ kind: 'long-text', stepId: 'answer', text: 'Tell me about a time...', fields: [{ id: 'situation', label: 'Situation' }, { id: 'task', label: 'Task' }] });
    expect(payload?.content).toBe(`Tell me about a time...\n-# ${FORM_HINT}`);
    const [[button]] = componentsOf(payload) as [[Component]];
    expect([button.label, button.style]).toEqual([FORM_BUTTON_LABEL, ButtonStyle.Primary]);
    expect(decodeAction(button.custom_id)).toEqual({ kind: 'form', owner: OWNER, stepId: 'answer', fieldIds: ['situation', 'task'] });
  });
});

describe('in a peer thread', () => {
  const ANA = '1300000000000000007';
  const awaits = { id: ANA, name: 'Ana' };
  const ownersOf = (payloads: DiscordPayload[]) => payloads.flatMap((p) => componentsOf(p).flat()).map((c) => decodeAction(c.custom_id)?.owner);

  it("draws a step that waits for a member with that member's id after the thread's marker, whatever the kind", () => {
    const awaiting: Reply[] = [
      { kind: 'question', stepId: 'ready', text: 'Ready?', choices: choices(2), awaits },
      { kind: 'question', stepId: 'pick', text: 'Pick one.', choices: choices(30), awaits },
      { kind: 'checklist', stepId: 'score', text: 'Tick.', items: choices(3), awaits },
      { kind: 'long-text', stepId: 'answer', text: 'Tell us.', fields: STAR_FIELDS, awaits },
    ];
    const payloads = renderReplies(awaiting, SHARED_OWNER);
    expectWithinLimits(payloads);
    // Two buttons, two selects of choices, the checklist's multi-select, the form's button.
    expect(ownersOf(payloads)).toEqual(Array.from({ length: 6 }, () => `#${ANA}`));
  });

  it('leaves a claim, which waits for nobody, open to every member', () => {
    const payloads = renderReplies([{ kind: 'question', stepId: 'answerer', text: 'Who answers?', choices: [{ id: 'claim', label: "I'll answer" }] }], SHARED_OWNER);
    expect(ownersOf(payloads)).toEqual([SHARED_OWNER]);
  });

  it("keeps a member's own components theirs, awaits or not", () => {
    const payloads = render({ kind: 'long-text', stepId: 'answer', text: 'Tell me.', fields: STAR_FIELDS, awaits });
    expect(ownersOf(payloads)).toEqual([OWNER]);
  });
});

describe('charts', () => {
  it('draws bars in a code block, labels aligned and values right-aligned with their unit', () => {
    const [payload] = render({ kind: 'chart', title: 'What employers ask for', unit: '%', rows: [{ label: 'SQL', value: 100 }, { label: 'Tableau', value: 50 }, { label: 'R', value: 0 }] });
    expect(payload?.content).toBe(['**What employers ask for**', '```text', 'SQL      ████████████████ 100%', 'Tableau  ████████░░░░░░░░  50%', 'R        ░░░░░░░░░░░░░░░░   0%', '```'].join('\n'));
  });

  it('keeps a label with backticks from closing the block, and splits a very long chart into blocks', () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({ label: `Skill \`${i}\` with a rather long name`, value: i }));
    const payloads = render({ kind: 'chart', title: 'Many', rows });
    expectWithinLimits(payloads);
    const content = payloads.map((p) => p.content).join('\n');
    expect(content.match(/```text\n/g)?.length).toBe(content.match(/\n```(?=\n|$)/g)?.length);
    expect(content).not.toContain('`0`');
    expect(payloads.length).toBeGreaterThan(1);
  });

  it('says so when there is nothing to draw', () => {
    expect(render({ kind: 'chart', title: 'Empty', rows: [] })[0]?.content).toContain('(nothing to show yet)');
  });
});

describe('cards', () => {
  it('becomes an embed with a field per line, and text after it starts a new message', () => {
    const payloads = render({ kind: 'text', text: 'Here:' }, { kind: 'card', title: 'Where we are', fields: [{ label: 'Working on', value: '*Skill gaps*' }, { label: 'Empty', value: '' }] }, { kind: 'text', text: 'Next?' });
    expect(payloads).toHaveLength(2);
    expect(payloads[0]).toMatchObject({ content: 'Here:', embeds: [{ title: 'Where we are', fields: [{ name: 'Working on', value: '**Skill gaps**' }, { name: 'Empty', value: '—' }] }] });
    expect(payloads[1]?.content).toBe('Next?');
  });

  it('stays within 25 fields, 1,024 characters a value and 6,000 a message, over several embeds and messages', () => {
    const fields = Array.from({ length: 60 }, (_, i) => ({ label: `Field ${i}`, value: 'v'.repeat(i % 3 === 0 ? 1500 : 300) }));
    const payloads = render({ kind: 'card', title: 'A lot', fields });
    expectWithinLimits(payloads);
    const all = payloads.flatMap((p) => p.embeds ?? []);
    expect(all.flatMap((e) => e.fields ?? []).map((f) => f.name)).toEqual(fields.map((f) => f.label));
    expect(all[1]?.title).toBe('A lot (continued)');
  });
});

describe('every kind together', () => {
  it('stays within every limit and disables mentions on every message', () => {
    const payloads = render(
      { kind: 'progress', label: 'Skill gaps', step: 9, of: 9 },
      { kind: 'text', text: `@everyone ${'long '.repeat(500)}` },
      { kind: 'chart', title: 'Demand', rows: [{ label: 'SQL', value: 3 }] },
      { kind: 'card', title: 'What you bring', fields: [{ label: 'Skills', value: '<@&123456789012345678>' }] },
      { kind: 'question', stepId: 'use-gaps', text: 'Shall I?', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] },
      { kind: 'long-text', stepId: 'postings', text: 'Paste one.', fields: [{ id: 'text', label: 'Job posting' }] },
    );
    expectWithinLimits(payloads);
    expect(payloads.every((p) => p.allowedMentions.parse.length === 0)).toBe(true);
  });
});

describe('dates in the reader’s own calendar', () => {
  const due = dayMark('2027-05-14', 'America/New_York');
  // Noon in New York (EDT, UTC-4) on 14 May 2027.
  const NOON = Date.parse('2027-05-14T16:00:00Z') / 1000;

  it("a plan date is the weekday and Discord's long date, which each reader sees in their own form", () => {
    expect(render({ kind: 'text', text: `Step 3 is due *${due}*.` })[0]?.content).toBe(`Step 3 is due **Friday <t:${NOON}:D>**.`);
  });

  it('a check-in time is a full timestamp; in a code span, words', () => {
    const at = new Date('2027-03-19T23:00:00Z');
    const first = momentMark(at, 'America/New_York', new Date('2027-03-15T12:00:00Z'));
    expect(discordMarkdown(`First on ${first}, \`${first}\``)).toBe(`First on <t:${at.getTime() / 1000}:F>, \`Friday 19 March, 19:00\``);
  });

  it('in a card: timestamps in field values, words in the title and field names (Discord draws none there)', () => {
    const [payload] = render({ kind: 'card', title: `Until ${due}`, fields: [{ label: `Next, ${due}`, value: `by ${due}` }] });
    expect(payload?.embeds?.[0]?.title).toBe('Until Friday 14 May 2027');
    expect(payload?.embeds?.[0]?.fields).toEqual([{ name: 'Next, Friday 14 May 2027', value: `by Friday <t:${NOON}:D>` }]);
  });

  it('timestamp markup a user typed stays the characters they typed, and a forged mark is no date', () => {
    const typed = cleanHumanText(`<t:1778752800:R> <T:1:F> ${due}`);
    const content = render({ kind: 'text', text: `You said: ${typed}` })[0]?.content ?? '';
    expect(content).toBe('You said: <\u2060t:1778752800:R> <\u2060T:1:F> d|2027-05-14|America/New_York');
    expect(content).not.toMatch(/<t:/i);
  });
});
