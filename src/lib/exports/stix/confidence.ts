/**
 * From the UK's words of estimative probability to STIX `confidence` (0–100).
 *
 * The NCSC worded its judgements on the PHIA probability yardstick (the UK Professional Head of
 * Intelligence Analysis scale): "highly likely" means 80–90 %, "almost certain" 95 % or more. STIX
 * 2.1 (Appendix A, confidence scales) maps the matching phrases of the DNI scale to single values:
 * "Very Likely / Highly Probable" → 85 and "Almost Certain / Nearly Certain" → 95. We use those
 * values; both fall inside the PHIA ranges. The phrase itself always travels too, in the
 * relationship's description, so no reader has to trust the number.
 *
 * Only the phrases the UK used in this story are listed: add one only with its PHIA range.
 */
export const PHIA_CONFIDENCE = {
  'highly likely': 85,
  'almost certain': 95,
} as const;

export type PhiaPhrase = keyof typeof PHIA_CONFIDENCE;

export function stixConfidence(phrase: PhiaPhrase): number {
  return PHIA_CONFIDENCE[phrase];
}
