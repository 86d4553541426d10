/**
 * The rule set the built HTML is validated with (html-validate): `html-validate:recommended`,
 * with each exception saying why. https://html-validate.org/rules/index.html
 */
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are "<entry title> · <site name>", and entry titles are the plain sentences
    // editors write ("UK designation of Wuhan Xiaoruizhi Science and Technology Company"). The
    // default of 70 characters is a search-snippet heuristic; we keep a ceiling, a higher one.
    'long-title': ['error', { maxlength: 160 }],
  },
};
