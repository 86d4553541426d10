/**
 * The site the browser tests read: built once per `vitest` run by the browser project's global
 * setup (tests/browser/global-setup.ts) into `.casefile/test-site/`, then served from there.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './fixture-content.ts';

export const BUILT_SITE = path.join(PROJECT_ROOT, '.casefile', 'test-site');
