/**
 * The rule set the built HTML is validated with (html-validate): `html-validate:recommended`,
 * with each exception saying why. https://html-validate.org/rules/index.html
 */
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles hold the entries' own words: a source's title as its publisher wrote it, a
    // quote's text verbatim. Shortening them to a search-snippet length would misquote.
    'long-title': 'off',
    // Tables that become stacked cards on narrow screens (the graph's edge table, the sanctions
    // grid) restate their roles, because browsers drop table semantics from elements whose CSS
    // display changes. https://adrianroselli.com/2018/02/tables-css-display-properties-and-aria.html
    'no-redundant-role': 'off',
    // Lists and other elements whose role can be named (list, group) carry aria-label or
    // aria-labelledby so a screen reader says what the list is ("Designations of …").
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
