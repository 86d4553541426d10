/**
 * The page `npm run dev` shows while content/ has errors (see content-errors.ts): the checker's
 * lines, grouped by file, escaped, with no stack trace. It loads Vite's client so that saving a
 * file reloads it. Self-contained: no site CSS or layout, which may be what is broken.
 */
import { formatDiagnostic, summarise, type Diagnostic } from '../lib/diagnostics.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function contentErrorPage(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map((d) => `<li class="${d.severity}">${escapeHtml(formatDiagnostic(d))}</li>`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>content/ has problems · casefile</title>
<link rel="icon" href="data:,">
<script type="module" src="/@vite/client"></script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1b1b; }
h1 { color: #a11a1a; font-size: 1.5rem; }
ol { font: 14px/1.5 ui-monospace, monospace; padding-left: 1.5rem; }
li { margin-bottom: 0.5rem; overflow-wrap: anywhere; }
li.warning { color: #7a4b00; }
</style>
</head>
<body>
<main>
<h1>content/ has problems</h1>
<p>${escapeHtml(summarise(diagnostics))}. Fix them and save: this page reloads by itself. <code>npm run check</code> prints the same list.</p>
<ol id="casefile-problems">
${lines}
</ol>
</main>
</body>
</html>
`;
}
