import { describe, expect, it } from 'vitest';
import { outputLook } from '../adapters/terminal/output-look.js';
import { visibleLength, withoutStyles, wrapLine, wrapText } from '../src/cli/wrap-text.js';
import { plain, renderPlain, terminalMarkdown } from '../src/render-plain.js';

const BOLD = (s: string) => `\x1b[1m${s}\x1b[22m`;
const ITALIC = (s: string) => `\x1b[3m${s}\x1b[23m`;
const CODE = (s: string) => `\x1b[36m${s}\x1b[39m`;

describe('renderPlain', () => {
  it('numbers choices so they can be answered by number', () => {
    expect(renderPlain({ kind: 'question', stepId: 's', text: 'Which *role*?', choices: [{ id: 'a', label: 'Data analyst' }, { id: 'b', label: 'UX designer' }] })).toEqual([
      'Which role?',
      '  1) Data analyst',
      '  2) UX designer',
    ]);
  });

  it('leaves how to answer long text to the terminal: the reply is its words', () => {
    expect(renderPlain({ kind: 'long-text', stepId: 's', text: 'Paste a *posting*.', fields: [{ id: 'text', label: 'Posting' }] })).toEqual(['Paste a posting.']);
  });

  it('draws a chart as aligned rows scaled to the largest value', () => {
    expect(renderPlain({ kind: 'chart', title: 'Demand', unit: '%', rows: [{ label: 'SQL', value: 80 }, { label: 'Python', value: 40 }] })).toEqual([
      'Demand',
      `  SQL     ${'█'.repeat(24)} 80%`,
      `  Python  ${'█'.repeat(12)}${'·'.repeat(12)} 40%`,
    ]);
  });

  it('shows progress and cards as plain lines', () => {
    expect(renderPlain({ kind: 'progress', label: 'Plan', step: 3, of: 7 })).toEqual(['[Plan · step 3 of 7]']);
    expect(renderPlain({ kind: 'card', title: 'Where we are', fields: [{ label: 'Role', value: 'Nurse' }] })).toEqual(['== Where we are ==', '  Role: Nurse']);
  });

  it('styles text, titles and card values on a colour terminal', () => {
    expect(renderPlain({ kind: 'text', text: 'Say `done` when *finished*.' }, { ansi: true })).toEqual([`Say ${CODE('done')} when ${BOLD('finished')}.`]);
    expect(renderPlain({ kind: 'card', title: '_Plan_', fields: [{ label: 'Next', value: '`plan`' }] }, { ansi: true })).toEqual([`== ${ITALIC('Plan')} ==`, `  Next: ${CODE('plan')}`]);
  });
});

describe('terminal markdown', () => {
  it('removes the markers when not styling, so piped output is clean text', () => {
    expect(plain('*Plan* is _ready_: say `next` or `status`, see snake_case_name')).toBe('Plan is ready: say next or status, see snake_case_name');
    expect(plain('_Data from O*NET 29.2. O*NET® is a trademark._')).toBe('Data from O*NET 29.2. O*NET® is a trademark.');
  });

  it('draws bold, italic and code with ANSI styles', () => {
    expect(terminalMarkdown('*Question 1 of 3* (_why_): type `form`.', true)).toBe(`${BOLD('Question 1 of 3')} (${ITALIC('why')}): type ${CODE('form')}.`);
  });

  it('shows a code span as written, never as emphasis', () => {
    expect(terminalMarkdown('run `npm start -- *x* _y_`', true)).toBe(`run ${CODE('npm start -- *x* _y_')}`);
    expect(plain('run `a_b_c *d*`')).toBe('run a_b_c *d*');
  });

  it('keeps a lone backtick or asterisk', () => {
    expect(plain('5 * 3 and a ` tick')).toBe('5 * 3 and a ` tick');
  });
});

describe('wrapping', () => {
  it('breaks at spaces to fit the width, never inside a word', () => {
    expect(wrapLine('Good to meet you, Ann. What would you like to work on first?', 24)).toEqual(['Good to meet you, Ann.', 'What would you like to', 'work on first?']);
  });

  it('keeps a URL or a long word whole on its own line, even past the width', () => {
    const url = 'https://www.bls.gov/ooh/computer-and-information-technology/database-administrators.htm';
    expect(wrapLine(`Source: ${url} (2024)`, 30)).toEqual(['Source:', url, '(2024)']);
  });

  it('goes on under the text of a list item, bullet or numbered', () => {
    expect(wrapLine('- Transferable: budgeting, reporting and stakeholder work', 24)).toEqual(['- Transferable:', '  budgeting, reporting', '  and stakeholder work']);
    expect(wrapLine('  2) Google Data Analytics Professional Certificate', 28)).toEqual(['  2) Google Data Analytics', '     Professional', '     Certificate']);
    expect(wrapLine('12. Book the exam for a date you can keep', 20)).toEqual(['12. Book the exam', '    for a date you', '    can keep']);
  });

  it('keeps the indentation of an indented line and the spaces that align columns', () => {
    expect(wrapLine('  (Type the numbers that apply, for example 1 3 4, or none.)', 30)).toEqual(['  (Type the numbers that', '  apply, for example 1 3 4, or', '  none.)']);
    expect(wrapLine('  SQL     ████ 80%', 40)).toEqual(['  SQL     ████ 80%']);
  });

  it('does not count ANSI styles as columns', () => {
    const styled = terminalMarkdown('say *done* when *you are* finished', true);
    expect(visibleLength(styled)).toBe('say done when you are finished'.length);
    expect(wrapLine(styled, 14).map(withoutStyles)).toEqual(['say done when', 'you are', 'finished']);
  });

  it('wraps each line of a text and leaves it whole without a width', () => {
    expect(wrapText('one two three\nfour five', 9)).toBe('one two\nthree\nfour five');
    expect(wrapText('a long line that a pipe gets as it is', undefined)).toBe('a long line that a pipe gets as it is');
  });
});

describe('the look of terminal output', () => {
  it('styles and wraps to the window on a TTY, following a resize', () => {
    const stdout = { isTTY: true, columns: 100 };
    const look = outputLook(stdout, {});
    expect(look.ansi).toBe(true);
    expect(look.width()).toBe(100);
    stdout.columns = 60;
    expect(look.width()).toBe(60);
  });

  it('neither styles nor wraps when piped', () => {
    const look = outputLook({ isTTY: false, columns: 100 }, {});
    expect(look.ansi).toBe(false);
    expect(look.width()).toBeUndefined();
  });

  it('honours NO_COLOR (set and not empty) and TERM=dumb, still wrapping', () => {
    expect(outputLook({ isTTY: true, columns: 80 }, { NO_COLOR: '1' })).toMatchObject({ ansi: false });
    expect(outputLook({ isTTY: true, columns: 80 }, { NO_COLOR: '' }).ansi).toBe(true);
    expect(outputLook({ isTTY: true, columns: 80 }, { TERM: 'dumb' }).ansi).toBe(false);
    expect(outputLook({ isTTY: true, columns: 80 }, { NO_COLOR: '1' }).width()).toBe(80);
  });
});
