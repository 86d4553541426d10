/**
 * Language tags (BCP 47), so pages can mark quotes and names with the right `lang` attribute and
 * screen readers pronounce them correctly.
 */
import { z } from 'astro/zod';

/** Language, optional script, optional region: "en", "zh", "zh-Hans", "en-GB". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

export function languageTag(description: string) {
  return z
    .string()
    .regex(LANGUAGE_TAG, { error: 'a language is a BCP 47 tag such as "en", "zh", "zh-Hans" or "en-GB"' })
    .meta({ description });
}
