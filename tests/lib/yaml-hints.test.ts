import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { quoted } from '../../src/lib/content/yaml-hints.ts';

const messages = (yaml: string) =>
  parseFrontmatter(yaml, 2).problems.map((p) => `${p.position.line}:${p.position.column}  ${p.message}`);

describe('YAML hints', () => {
  it('tells an over-indented key to line up, not to add quotes', () => {
    expect(messages('name: Jane Doe\nkind: person\n  country: ruritania\nrole: x\n')).toEqual([
      '4:1  YAML syntax: "country:" is indented 2 spaces more than "kind:" on the line above, which already has a value; start "country:" in the same column as "kind:", at the start of the line',
    ]);
  });

  it('tells a key indented less than its siblings how far to indent it', () => {
    expect(messages('titles:\n  - title: Minister\n   from: 2020-01\n')).toEqual([
      '4:1  YAML syntax: "from:" starts 3 spaces in, but "title:" on the line above starts 4 spaces in; fields of the same item start in the same column: indent "from:" by 4 spaces',
    ]);
  });

  it('gives the line rewritten with quotes for a colon in a value', () => {
    expect(messages('occasion: Press conference: London\n')).toEqual([
      '2:11  YAML syntax: Nested mappings are not allowed in compact mappings; the value contains ": ", which YAML reads as another field; put the whole value in quotes: occasion: "Press conference: London"',
    ]);
  });

  it('quotes a value starting with "!" that was not meant as a tag', () => {
    expect(messages('text: !important\n')).toEqual([
      '2:7  YAML syntax: Unresolved tag: !important; a value cannot start with "!" unless it is quoted; put the whole value in quotes: text: "!important"',
    ]);
  });

  it('reads CRLF lines like LF lines', () => {
    expect(messages('name: Jane Doe\r\nkind: person\r\n  country: ruritania\r\n')).toEqual(
      messages('name: Jane Doe\nkind: person\n  country: ruritania\n'),
    );
  });

  it('leaves valid nesting and dedenting alone', () => {
    expect(messages('titles:\n  - title: Minister\n    from: 2020-01\nrole: x\naliases:\n  - name: X\n')).toEqual([]);
  });

  it('reads pathological lines in linear time', () => {
    // Thousands of "- " list markers and no colon: a pattern that backtracks would never finish.
    expect(messages(`a: b\n${'-   '.repeat(50_000)}@x\n`)).toHaveLength(3);
  });
});

describe('quoted', () => {
  it.each([
    ['Press: London', '"Press: London"'],
    ['"Test" press', `'"Test" press'`],
    [`"It's" here`, `"\\"It's\\" here"`],
  ])('quotes %s as %s', (value, expected) => {
    expect(quoted(value)).toBe(expected);
  });
});
