/** Chromium for browser tests, shared with `npm run audit` (src/cli/audit/chromium.ts). */
export {
  CHROMIUM,
  launchChromium,
  newContext,
  recordForeignRequests,
  recordPageErrors,
  type Theme,
} from '../../src/cli/audit/chromium.ts';
export { sitePaths } from '../../src/lib/site-audit/site-pages.ts';
