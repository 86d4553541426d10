/** The one terminal escape: every control, format and line-breaking character made visible. */
import { describe, expect, it } from 'vitest';
import { escapeForTerminal, terminalLine } from '../../../src/lib/terminal/terminal-escape.ts';

describe('escapeForTerminal', () => {
  it('shows ESC, CR, LF and tab as \\e, \\r, \\n and \\t', () => {
    expect(escapeForTerminal('\x1b[2K\r\x1b[1A\x1b[32m✔ no problems\n\tx')).toBe(
      '\\e[2K\\r\\e[1A\\e[32m✔ no problems\\n\\tx',
    );
  });

  it('shows other controls, C1 (the one-byte CSI), bidi and zero-width characters by code point', () => {
    expect(escapeForTerminal('a\x00b\x07c\x7fd\x9b2Je')).toBe('a\\u0000b\\u0007c\\u007Fd\\u009B2Je');
    expect(escapeForTerminal('Ni Gaobin \u202eexe.tnemucod\u202c')).toBe('Ni Gaobin \\u202Eexe.tnemucod\\u202C');
    expect(escapeForTerminal('a\u200bb\u2066c\u2028d\ufeffe\u00adf')).toBe('a\\u200Bb\\u2066c\\u2028d\\uFEFFe\\u00ADf');
    expect(escapeForTerminal('tag\u{e0001}')).toBe('tag\\u{E0001}');
  });

  it('leaves printable text alone, in any script', () => {
    const text = 'Ni Gaobin 倪高彬 — «Ставка» ✔ café "quoted" \\ back';
    expect(escapeForTerminal(text)).toBe(text);
  });
});

describe('terminalLine', () => {
  it('never lets a line start a GitHub workflow command', () => {
    expect(terminalLine('::error file=README.md,line=1::forged')).toBe('\\u003A:error file=README.md,line=1::forged');
    expect(terminalLine('  ::warning::forged')).toBe('  \\u003A:warning::forged');
    expect(terminalLine('content/a.md:1:1  "::error::x"  [invalid-id]')).toBe(
      'content/a.md:1:1  "::error::x"  [invalid-id]',
    );
  });

  it('keeps content that smuggles a line break on its own line', () => {
    expect(terminalLine('ok\n::error::forged')).toBe('ok\\n::error::forged');
  });
});
