import { describe, expect, it } from 'vitest';
import { cleanText, splitSegments, type Segment } from '../src/skills/clean-text.js';

describe('cleanText', () => {
  it.each([
    ['<ul><li>SQL</li><li>Python</li></ul>', '• SQL\n• Python'],
    ['Power&nbsp;BI &amp; DAX, you&#39;ll, &#x2019;, &bogus;', "Power BI & DAX, you'll, ', &bogus;"],
    ['<p>One</p><p>Two<br/>Three</p>', 'One\nTwo\nThree'],
    ['<p>Requirements:</p>\n  <ul>\n <li>SQL</li>\n<li><b>R</b></li></ul>', 'Requirements:\n• SQL\n• R'],
    ['<@U024BE7LH> hi <#C1|general> <!here> <:wave:123>', 'hi'],
    ['see <https://example.com/a|the docs> now', 'see the docs now'],
    ['go\u2011to\u2013market \u201Cquoted\u201D it\u2019s', 'go-to-market "quoted" it\'s'],
    ['Py\u200Bthon\u00AD and Excel\u00AE 2019', 'Python and Excel 2019'],
    ['**SQL**, `Python`, __Excel__, C\\+\\+, snake_case', 'SQL , Python , Excel , C++, snake_case'],
    ['a https://x.io/jobs/sql-analyst b www.go.dev c', 'a b c'],
    ['line one\r\nline two\rthree\u2028four', 'line one\nline two\nthree\nfour'],
    ['  lots \t of   space  \n  here ', 'lots of space\nhere'],
    ['C\u266F and \u0130stanbul', 'C# and Istanbul'],
  ])('%j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

const texts = (text: string, segments: Segment[]) => segments.map((s) => text.slice(s.start, s.end));
const scope = (text: string, segment: Segment | undefined) => (segment ? text.slice(segment.scope.start, segment.scope.end) : undefined);

describe('splitSegments', () => {
  it('splits prose into sentences, and not at dots inside tokens', () => {
    const text = 'We use Node.js daily. Also 3.5 years of R! Next; last';
    expect(texts(text, splitSegments(text))).toEqual(['We use Node.js daily.', ' Also 3.5 years of R!', ' Next;', ' last']);
  });

  it('gives short list items the whole list as scope, long ones their own line', () => {
    const text = 'Tech stack:\n- Go\n- Kubernetes\n- Go the extra mile for every customer\n\nAfter';
    const segments = splitSegments(text);
    const [header, go, k8s, long, after] = segments;
    expect(scope(text, header)).toBe('Tech stack:');
    expect(scope(text, go)).toBe('Tech stack:\n- Go\n- Kubernetes\n- Go the extra mile for every customer');
    expect(k8s?.scope).toBe(go?.scope);
    expect(scope(text, long)).toBe('- Go the extra mile for every customer');
    expect(go?.header).toEqual({ start: 0, end: 11 });
    expect(after?.header).toBeUndefined();
  });

  it('counts the words of a short item from its first word, not the space its dash needs', () => {
    const text = 'Qualifications:\n- Strong SQL and Python\n- Spark is a plus\n- Attention to detail and clear documentation';
    const [, , spark, long] = splitSegments(text);
    expect(scope(text, spark)).toBe(text);
    expect(scope(text, long)).toBe('- Attention to detail and clear documentation');
  });

  it('recognises bullets of many kinds, and a prose line ends a bullet list', () => {
    const text = '• a\n▪ b\n1. c\n2) d\n* e\n✅ f\nplain prose line\n- g';
    const segments = splitSegments(text);
    const scopes = segments.map((s) => scope(text, s));
    expect(scopes.slice(0, 6).every((s) => s === '• a\n▪ b\n1. c\n2) d\n* e\n✅ f')).toBe(true);
    expect(scopes.slice(-2)).toEqual(['plain prose line', '- g']);
  });

  it('marks lines all in one case', () => {
    const text = 'ADVANCED EXCEL\ni know excel\nI know Excel';
    expect(splitSegments(text).map((s) => s.caseless)).toEqual([true, true, false]);
  });

  it('returns nothing for empty text', () => {
    expect(splitSegments('')).toEqual([]);
  });
});
