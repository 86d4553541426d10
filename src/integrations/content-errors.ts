/**
 * Astro integration for `npm run dev`: content problems reach the browser, not only the terminal.
 *
 * While content/ has errors, every page request is answered with an error page listing the same
 * `file:line:col  message  [rule]` lines as `npm run check` (no stack trace), instead of the last
 * good page or a confusing error from deep inside a page. The page keeps Vite's client connected,
 * so when a file is saved the browser reloads by itself: onto the new problems, or, once they are
 * fixed, onto the real page. The terminal gets the report once per change, tagged [casefile].
 * https://docs.astro.build/en/reference/integrations-reference/#astroserversetup
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CheckedContent } from '../lib/check-content.ts';
import { formatDiagnostic, summarise } from '../lib/diagnostics.ts';
import { escapeForTerminal } from '../lib/terminal/terminal-escape.ts';
import { contentDirFor } from '../loaders/casefile-loader.ts';
import { getCheckedContent } from '../loaders/shared-check.ts';
import { writeEditorSchemas } from '../lib/json-schema/editor-schema-files.ts';
import { COLLECTION_NAMES } from '../schemas/entity-ref.ts';
import { contentErrorPage } from './content-error-page.ts';

/** Requests that are not pages: Vite's own modules, assets and files with an extension. */
function isPageRequest(url: string, accept: string | undefined): boolean {
  const pathname = url.split('?')[0] ?? '/';
  if (/^\/(@|_astro\/|node_modules\/|src\/|__)/.test(pathname)) return false;
  if (/\.[a-z0-9]+$/i.test(pathname) && !pathname.endsWith('.html')) return false;
  return accept === undefined || accept.includes('text/html') || accept.includes('*/*');
}

function reportOf(checked: CheckedContent): string {
  return [...checked.diagnostics.map(formatDiagnostic), summarise(checked.diagnostics)].join('\n');
}

export function contentErrors(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'casefile',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const contentDir = contentDirFor(root);
        const check = () => getCheckedContent(contentDir, root);
        let shown = '';

        // Report each new state once, and move every open page to it.
        const refresh = async () => {
          const checked = await check();
          // New or renamed entries change the ids the editor's frontmatter schemas offer; only the
          // project's own content/ has them (a test's CASEFILE_CONTENT_DIR must not replace them).
          if (contentDir === path.resolve(root, 'content'))
            await writeEditorSchemas(checked.files, root).catch(() => undefined);
          const report = checked.ok ? '' : reportOf(checked);
          if (report === shown) return;
          if (report) logger.error(`content/ has problems; the browser shows them until they are fixed:\n${report}`);
          else logger.info('content/ has no more errors; pages are back');
          shown = report;
          // Once fixed, make sure every collection holds the fixed entries before pages reload:
          // content that was broken at start-up was never stored.
          if (!report) await refreshContent?.({ loaders: COLLECTION_NAMES.map((name) => `casefile-${name}`) });
          server.ws.send({ type: 'full-reload' });
        };

        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (path.resolve(file).startsWith(contentDir + path.sep)) {
            refresh().catch((error: unknown) => logger.error(escapeForTerminal(String(error))));
          }
        });
        server.middlewares.use((request, response, next) => {
          if (request.method !== 'GET' || !isPageRequest(request.url ?? '/', request.headers.accept)) return next();
          check().then(
            (checked) => {
              if (checked.ok) return next();
              response.statusCode = 500;
              response.setHeader('Content-Type', 'text/html; charset=utf-8');
              response.setHeader('Cache-Control', 'no-store');
              response.end(contentErrorPage(checked.diagnostics));
            },
            (error: unknown) => next(error),
          );
        });
        refresh().catch((error: unknown) => logger.error(escapeForTerminal(String(error))));
      },
    },
  };
}
