/**
 * `npm run bench` (issue 12): generate synthetic content at several sizes and measure casefile
 * against plain Astro (Sätteri and unified), Eleventy 3 and Hugo on the same Markdown.
 *
 *   npm run bench -- --generate-only --n 5000 --out /tmp/bench-5000   # only write the content
 *   npm run bench -- --seed 7                                         # another corpus
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './bench/write-content.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      'generate-only': { type: 'boolean', default: false },
      n: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '12' },
    },
  });
  const sizes = (values.n ?? '1000,5000,20000').split(',').map((text) => Number(text.trim()));
  const seed = Number(values.seed);
  const outRoot = path.resolve(values.out ?? path.join(os.tmpdir(), 'casefile-bench'));
  if (values['generate-only']) {
    for (const n of sizes) {
      const dir = sizes.length === 1 ? outRoot : path.join(outRoot, `n-${n}`);
      const count = await writeSyntheticContent(dir, { n, seed });
      process.stdout.write(`wrote ${count} entries to ${dir}\n`);
    }
    return 0;
  }
  process.stderr.write('bench: only --generate-only is available yet\n');
  return 1;
});
