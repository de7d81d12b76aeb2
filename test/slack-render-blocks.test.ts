import { describe, expect, it } from 'vitest';
import { LIMITS, bar, blocksFor, checklistButtonValue, fallbackText, renderReplies, splitText } from '../adapters/slack/render-blocks.js';
import type { Block } from '../adapters/slack/render-blocks.js';
import { SHARED, decodeChecklist, decodeChoice, decodeForm, decodeQuestionBlock } from '../adapters/slack/owner.js';
import { dayMark, momentMark } from '../src/dates/date-marks.js';
import { cleanHumanText } from '../src/engine/read/clean.js';
import type { Reply } from '../src/engine/reply.js';

const OWNER = 'U1';
const HOSTILE = '<!channel> @here <@U123> <https://evil|click> & @everyone';
const HOSTILE_SAFE = '&lt;!channel&gt; @\u2060here &lt;@U123&gt; &lt;https://evil|click&gt; &amp; @\u2060everyone';

/** Every mrkdwn string in a tree of blocks: the only place Slack parses mentions and links. */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (!value || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  const own = v.type === 'mrkdwn' && typeof v.text === 'string' ? [v.text] : [];
  return [...own, ...Object.values(v).flatMap(mrkdwnTexts)];
}

describe('blocks for each reply kind', () => {
  it('text: one mrkdwn section, bullets as •, markdown kept', () => {
    expect(blocksFor({ kind: 'text', text: 'Your *top* gaps:\n- SQL\n- `Python`' }, OWNER)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Your *top* gaps:\n• SQL\n• `Python`' } },
    ]);
  });

  it('a question with up to five choices: the prompt, then one row of buttons carrying owner, step and choice', () => {
    const blocks = blocksFor({ kind: 'question', stepId: 'confirm-role', text: 'Did you mean *Web developer*?', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] }, OWNER, 2);
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Did you mean *Web developer*?' } },
      {
        type: 'actions',
        block_id: '{"q":2,"o":"U1","s":"confirm-role"}',
        elements: [
          { type: 'button', action_id: 'pivot:choice:2:0', text: { type: 'plain_text', text: 'Yes', emoji: true }, value: '{"o":"U1","s":"confirm-role","c":"yes"}' },
          { type: 'button', action_id: 'pivot:choice:2:1', text: { type: 'plain_text', text: 'No', emoji: true }, value: '{"o":"U1","s":"confirm-role","c":"no"}' },
        ],
      },
    ]);
    const button = (blocks[1] as { elements: { value: string }[] }).elements[0];
    expect(decodeChoice(button?.value)).toEqual({ owner: 'U1', stepId: 'confirm-role', choiceId: 'yes' });
  });

  it('more than five choices: a menu, with the owner and step on its block', () => {
    const choices = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` }));
    const [, actions] = blocksFor({ kind: 'question', stepId: 'focus', text: 'Which?', choices }, OWNER) as [Block, { block_id: string; elements: Record<string, unknown>[] }];
    expect(actions.elements).toHaveLength(1);
    expect(actions.elements[0]).toMatchObject({ type: 'static_select', action_id: 'pivot:select:0:0', placeholder: { type: 'plain_text', text: 'Choose one…' } });
    expect((actions.elements[0]?.options as unknown[])[5]).toEqual({ text: { type: 'plain_text', text: 'Choice 5', emoji: true }, value: 'c5' });
    expect(decodeQuestionBlock(actions.block_id)).toEqual({ owner: 'U1', stepId: 'focus' });
  });

  it('a list past 100 options is split over menus of at most 100', () => {
    const choices = Array.from({ length: 250 }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` }));
    const actions = blocksFor({ kind: 'question', stepId: 's', text: 'Which?', choices }, OWNER)[1] as { elements: { options: unknown[] }[] };
    expect(actions.elements.map((e) => e.options.length)).toEqual([100, 100, 50]);
  });

  it('labels are cut to 75 characters on buttons and options, with an ellipsis', () => {
    const long = 'x'.repeat(100);
    const button = (blocksFor({ kind: 'question', stepId: 's', text: 'Q', choices: [{ id: 'a', label: long }] }, OWNER)[1] as { elements: { text: { text: string } }[] }).elements[0];
    expect(button?.text.text).toHaveLength(LIMITS.buttonText);
    expect(button?.text.text.endsWith('…')).toBe(true);
    const many = Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, label: long }));
    const option = (blocksFor({ kind: 'question', stepId: 's', text: 'Q', choices: many }, OWNER)[1] as { elements: { options: { text: { text: string } }[] }[] }).elements[0]?.options[0];
    expect(option?.text.text).toHaveLength(LIMITS.optionText);
  });

  it('long text: the prompt, an "Open the form" button with the fields, and the 3,000-character hint', () => {
    const reply: Reply = { kind: 'long-text', stepId: 'postings', text: 'Paste a job posting.', fields: [{ id: 'text', label: 'Job posting', placeholder: 'Paste the whole job ad here' }] };
    expect(blocksFor(reply, OWNER)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Paste a job posting.' } },
      {
        type: 'actions',
        block_id: 'pivot-form:0',
        elements: [
          {
            type: 'button',
            action_id: 'pivot:form',
            style: 'primary',
            text: { type: 'plain_text', text: 'Open the form', emoji: true },
            value: '{"o":"U1","s":"postings","f":[["text","Job posting","Paste the whole job ad here"]]}',
          },
        ],
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: "The form takes up to 3,000 characters per box (Slack's limit). For anything longer, paste it here as a message instead." }] },
    ]);
  });

  it('a form button value stays within 2,000 characters however long the labels are', () => {
    const fields = Array.from({ length: 10 }, (_, i) => ({ id: `f${i}`, label: 'L'.repeat(500), placeholder: 'P'.repeat(500) }));
    const value = (blocksFor({ kind: 'long-text', stepId: 'answer', text: 'Q', fields }, OWNER)[1] as { elements: { value: string }[] }).elements[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    expect(decodeForm(value)?.fields.map((f) => f.id)).toEqual(fields.map((f) => f.id));
  });

  it('checklist: the prompt, a "Score with the checklist" button carrying the items, the numbered list to type from, and a hint', () => {
    const reply: Reply = { kind: 'checklist', stepId: 'score', text: 'Ben, tick what you heard.', items: [{ id: 'real', label: 'One real time' }, { id: 'i', label: 'Said "I" & not "we"' }] };
    const blocks = blocksFor(reply, SHARED, 1);
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Ben, tick what you heard.' } },
      {
        type: 'actions',
        block_id: 'pivot-checklist:1',
        elements: [
          {
            type: 'button',
            action_id: 'pivot:checklist',
            style: 'primary',
            text: { type: 'plain_text', text: 'Score with the checklist', emoji: true },
            value: '{"o":"*","s":"score","i":[["real","One real time"],["i","Said \\"I\\" & not \\"we\\""]]}',
          },
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', text: '1. One real time\n2. Said "I" &amp; not "we"' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Or type the numbers that apply, for example `1 3 4`, or `all` or `none`.' }] },
    ]);
    const value = (blocks[1] as { elements: { value: string }[] }).elements[0]?.value;
    expect(decodeChecklist(value)).toEqual({ owner: SHARED, stepId: 'score', items: reply.items });
  });

  it('checklist: 25 items with 200-character labels stay within every limit, labels shortened in the button only', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ id: `item-${i}`, label: `${i} ${'long label '.repeat(20)}`.slice(0, 200) }));
    const [message, ...more] = renderReplies([{ kind: 'checklist', stepId: 'score', text: 'Tick all that apply.', items }], SHARED);
    expect(more).toEqual([]);
    const blocks = message?.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    for (const text of mrkdwnTexts(blocks)) expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    // The full labels are in the list; the button's value fits in 2,000 characters with every item.
    expect(mrkdwnTexts(blocks).join('\n')).toContain(`25. ${items[24]?.label}`);
    const value = (blocks.find((b) => b.type === 'actions') as { elements: { value: string }[] }).elements[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    const carried = decodeChecklist(value)?.items ?? [];
    expect(carried.map((item) => item.id)).toEqual(items.map((item) => item.id));
    for (const item of carried) expect(item.label.length).toBeLessThanOrEqual(LIMITS.optionText);
    // Short labels go as they are.
    expect(decodeChecklist(checklistButtonValue({ owner: SHARED, stepId: 's' }, [{ id: 'a', label: 'x'.repeat(75) }]))?.items[0]?.label).toBe('x'.repeat(75));
  });

  it('checklist: when even short labels cannot fit (very long ids), no button, and the numbers are typed', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ id: `${i}-${'x'.repeat(95)}`, label: `Item ${i}` }));
    expect(checklistButtonValue({ owner: OWNER, stepId: 's' }, items)).toBeUndefined();
    const blocks = blocksFor({ kind: 'checklist', stepId: 's', text: 'Tick.', items }, OWNER);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
  });

  it("a shared question's controls carry the member it waits for: buttons, a menu's block, the form and checklist buttons; a claim carries none", () => {
    const awaits = { id: 'UANA', name: 'ana' };
    const buttons = blocksFor({ kind: 'question', stepId: 'go', text: 'Ready?', choices: [{ id: 'yes', label: 'Yes' }], awaits }, SHARED);
    const button = (buttons[1] as { block_id: string; elements: { value: string }[] }).elements[0]?.value;
    expect(button).toBe('{"o":"*","s":"go","w":["UANA","ana"],"c":"yes"}');
    expect(decodeChoice(button)).toEqual({ owner: SHARED, stepId: 'go', awaits, choiceId: 'yes' });
    const choices = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` }));
    const menu = blocksFor({ kind: 'question', stepId: 'pick', text: 'Pick one.', choices, awaits: { id: 'UBEN' } }, SHARED);
    expect(decodeQuestionBlock((menu[1] as { block_id: string }).block_id)).toEqual({ owner: SHARED, stepId: 'pick', awaits: { id: 'UBEN' } });
    const valueOf = (blocks: Block[]) => (blocks.find((b) => b.type === 'actions') as { elements: { value: string }[] }).elements[0]?.value;
    const form = blocksFor({ kind: 'long-text', stepId: 'answer', text: 'Your answer.', fields: [{ id: 'situation', label: 'Situation' }], awaits }, SHARED);
    expect(decodeForm(valueOf(form))).toEqual({ owner: SHARED, stepId: 'answer', awaits, fields: [{ id: 'situation', label: 'Situation' }] });
    const list = blocksFor({ kind: 'checklist', stepId: 'score', text: 'Tick.', items: [{ id: 'real', label: 'One real time' }], awaits }, SHARED);
    expect(decodeChecklist(valueOf(list))?.awaits).toEqual(awaits);
    const claim = blocksFor({ kind: 'question', stepId: 'answerer', text: 'Who?', choices: [{ id: 'claim', label: "I'll answer" }] }, SHARED);
    expect(decodeChoice(valueOf(claim))).toEqual({ owner: SHARED, stepId: 'answerer', choiceId: 'claim' });
  });

  it('checklist: 25 long items with an awaited member and the longest name still get a button within 2,000 characters', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ id: `item-${i}`, label: `${i} ${'long label '.repeat(20)}` }));
    const value = checklistButtonValue({ owner: SHARED, stepId: 'score', awaits: { id: 'UBEN', name: 'b'.repeat(80) } }, items) ?? '';
    expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    expect(decodeChecklist(value)?.awaits).toEqual({ id: 'UBEN', name: 'b'.repeat(80) });
  });

  it('progress: one context line', () => {
    expect(blocksFor({ kind: 'progress', label: 'Skill gaps', step: 2, of: 8 }, OWNER)).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: '▰▰▱▱▱▱▱▱  *Skill gaps* · step 2 of 8' }] },
    ]);
  });

  it('chart: the title, then aligned rows with a ten-cell bar in a code block', () => {
    const reply: Reply = { kind: 'chart', title: 'What employers ask for', unit: '%', rows: [{ label: 'SQL', value: 100 }, { label: 'Tableau', value: 67 }, { label: 'R', value: 0 }] };
    expect(blocksFor(reply, OWNER)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*What employers ask for*' } },
      { type: 'section', text: { type: 'mrkdwn', text: '```\nSQL      ██████████ 100%\nTableau  ███████░░░ 67%\nR        ░░░░░░░░░░ 0%\n```' } },
    ]);
  });

  it('chart: decimals, negative values and no rows', () => {
    expect(bar(2.5, 5)).toBe('█████░░░░░');
    expect(bar(0.67, 1)).toBe('███████░░░');
    expect(bar(-3, 5)).toBe('░░░░░░░░░░');
    expect(bar(1, 0)).toBe('░░░░░░░░░░');
    const blocks = blocksFor({ kind: 'chart', title: 'STAR (0-5)', rows: [{ label: 'Situation', value: 3.25 }] }, OWNER);
    expect(mrkdwnTexts(blocks)[1]).toContain('Situation  ██████████ 3.3');
    expect(blocksFor({ kind: 'chart', title: 'Empty', rows: [] }, OWNER)[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '_Nothing to show yet._' }] });
  });

  it('card: a header and the fields, ten per section', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ label: `Label ${i}`, value: `Value ${i}` }));
    const blocks = blocksFor({ kind: 'card', title: 'Where *we* are', fields }, OWNER) as unknown as Record<string, unknown>[];
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Where we are', emoji: true } });
    expect(blocks.slice(1).map((b) => (b.fields as unknown[]).length)).toEqual([10, 2]);
    expect((blocks[1]?.fields as unknown[])[0]).toEqual({ type: 'mrkdwn', text: '*Label 0*\nValue 0' });
  });

  it('card: the header is cut to 150 characters and a field to 2,000', () => {
    const [header, section] = blocksFor({ kind: 'card', title: 'T'.repeat(300), fields: [{ label: 'L', value: 'v'.repeat(5_000) }] }, OWNER) as unknown as [{ text: { text: string } }, { fields: { text: string }[] }];
    expect(header.text.text).toHaveLength(LIMITS.headerText);
    expect(section.fields[0]?.text.length).toBe(LIMITS.fieldText);
  });
});

describe('Slack limits across a turn', () => {
  it('text longer than 3,000 characters is split at line breaks into several sections', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Line ${i}: ${'word '.repeat(8)}`);
    const blocks = blocksFor({ kind: 'text', text: lines.join('\n') }, OWNER);
    const texts = mrkdwnTexts(blocks);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(texts.join('\n')).toBe(lines.join('\n').trim());
  });

  it('one very long word is cut hard, never inside an escape', () => {
    const pieces = splitText(`${'a'.repeat(2_998)}&amp;bbb`, 3_000);
    expect(pieces[0]).toBe('a'.repeat(2_998));
    expect(pieces[1]).toBe('&amp;bbb');
  });

  it('a turn of more than 50 blocks becomes several messages, each with its fallback text', () => {
    const replies: Reply[] = Array.from({ length: 60 }, (_, i) => ({ kind: 'text', text: `Reply ${i}` }));
    const messages = renderReplies(replies, OWNER);
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 10]);
    expect(messages[0]?.text.split('\n')).toHaveLength(50);
    expect(messages[1]?.text).toBe(Array.from({ length: 10 }, (_, i) => `Reply ${50 + i}`).join('\n'));
  });

  it('a question is not split from its buttons across messages', () => {
    const filler: Reply[] = Array.from({ length: 49 }, (_, i) => ({ kind: 'text', text: `Reply ${i}` }));
    const messages = renderReplies([...filler, { kind: 'question', stepId: 's', text: 'Q?', choices: [{ id: 'a', label: 'A' }] }], OWNER);
    expect(messages.map((m) => m.blocks.length)).toEqual([49, 2]);
  });

  it('question and action ids are unique within a message with two questions and a checklist', () => {
    const question = (stepId: string): Reply => ({ kind: 'question', stepId, text: 'Q?', choices: [{ id: 'a', label: 'A' }] });
    const [message] = renderReplies([question('one'), question('two'), { kind: 'checklist', stepId: 'three', text: 'Tick.', items: [{ id: 'a', label: 'A' }] }], OWNER);
    const actions = message?.blocks.filter((b) => b.type === 'actions') as { block_id: string; elements: { action_id: string }[] }[];
    expect(new Set(actions.map((a) => a.block_id)).size).toBe(3);
    expect(new Set(actions.flatMap((a) => a.elements.map((e) => e.action_id))).size).toBe(3);
  });

  it('the fallback is the plain-text rendering, escaped, cut at 3,000 characters', () => {
    expect(fallbackText([{ kind: 'question', stepId: 's', text: 'Pick *one*', choices: [{ id: 'a', label: 'A & B' }] }])).toBe('Pick one\n  1) A &amp; B');
    expect(fallbackText([{ kind: 'text', text: 'x'.repeat(10_000) }])).toHaveLength(LIMITS.fallbackText);
  });
});

describe('escaping what users wrote', () => {
  const everywhere: Reply[] = [
    { kind: 'text', text: `Good to meet you, ${HOSTILE}.` },
    { kind: 'question', stepId: 's', text: HOSTILE, choices: [{ id: 'a', label: HOSTILE }] },
    { kind: 'long-text', stepId: 'l', text: HOSTILE, fields: [{ id: 'text', label: HOSTILE }] },
    { kind: 'checklist', stepId: 'c', text: HOSTILE, items: [{ id: 'a', label: HOSTILE }] },
    { kind: 'progress', label: HOSTILE, step: 1, of: 2 },
    { kind: 'chart', title: HOSTILE, unit: '<!here>', rows: [{ label: HOSTILE, value: 1 }] },
    { kind: 'card', title: HOSTILE, fields: [{ label: HOSTILE, value: HOSTILE }] },
  ];

  it('cannot ping or forge a link from any reply kind', () => {
    const [message] = renderReplies(everywhere, OWNER);
    for (const text of [...mrkdwnTexts(message?.blocks), message?.text ?? '']) {
      expect(text).not.toMatch(/<|>/);
      expect(text).not.toMatch(/(^|\s)@(here|channel|everyone)\b/);
    }
  });

  it('shows the hostile text as it was typed, escaped the way Slack reads it', () => {
    expect(blocksFor({ kind: 'text', text: `Good to meet you, ${HOSTILE}.` }, OWNER)).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: `Good to meet you, ${HOSTILE_SAFE}.` } }]);
  });
});

describe('dates in the reader’s own calendar', () => {
  const due = dayMark('2027-05-14', 'Europe/Berlin');
  // Noon in Berlin (CEST, UTC+2) on 14 May 2027.
  const NOON = Date.parse('2027-05-14T10:00:00Z') / 1000;

  it("a plan date is Slack's date formatting, with the date in words as its fallback", () => {
    expect(blocksFor({ kind: 'text', text: `Step 3, *Enroll*, by ${due}.` }, OWNER)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: `Step 3, *Enroll*, by <!date^${NOON}^{date_long}|Friday 14 May 2027>.` } },
    ]);
  });

  it('in a card: Slack dates in the field values, words in the header (plain text shows no markup)', () => {
    const blocks = blocksFor({ kind: 'card', title: `Plan until ${due}`, fields: [{ label: '3. Enroll', value: `by ${due}` }] }, OWNER);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Plan until Friday 14 May 2027', emoji: true } });
    expect(mrkdwnTexts(blocks)).toEqual([`*3. Enroll*\nby <!date^${NOON}^{date_long}|Friday 14 May 2027>`]);
  });

  it('a check-in time shows date and time; the notification text says it in words', () => {
    const at = new Date('2026-12-11T17:00:00Z');
    const reply: Reply = { kind: 'text', text: `First on ${momentMark(at, 'Europe/Berlin', new Date('2026-12-07T09:00:00Z'))}.` };
    expect(mrkdwnTexts(blocksFor(reply, OWNER))).toEqual([`First on <!date^${at.getTime() / 1000}^{date_long} at {time}|Friday 11 December, 18:00>.`]);
    expect(fallbackText([reply])).toBe('First on Friday 11 December, 18:00.');
  });

  it('a long text is never split inside a date', () => {
    const text = `${'word '.repeat(590)}by ${due} ${'more '.repeat(200)}`;
    const sections = mrkdwnTexts(blocksFor({ kind: 'text', text }, OWNER));
    expect(sections.length).toBeGreaterThan(1);
    for (const piece of sections) expect(piece.split('<!date^').length).toBe(piece.split('>').length);
    expect(sections.join(' ')).toContain(`<!date^${NOON}^{date_long}|Friday 14 May 2027>`);
  });

  it('Slack date markup a user typed stays inert text, and so does a forged mark', () => {
    const typed = cleanHumanText(`<!date^1778752800^{date_long}|soon> ${due}`);
    const [shown] = mrkdwnTexts(blocksFor({ kind: 'text', text: `You said: ${typed}` }, OWNER));
    expect(shown).toBe(`You said: &lt;!date^1778752800^{date_long}|soon&gt; d|2027-05-14|Europe/Berlin`);
  });
});
