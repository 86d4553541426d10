/**
 * The projects casefile is compared with: the same Markdown files built as plain pages by plain
 * Astro 7 on Sätteri (its default engine), plain Astro 7 on `unified()` (remark/rehype),
 * Eleventy 3 and Hugo. Each is generated into the bench's temp folder at bench time and uses the
 * packages already in our node_modules (symlinked), so nothing is downloaded and nothing is
 * committed. A comparator renders each entry's body into one HTML page and nothing else: no lists,
 * exports or search, which is what "plain" means in issue 12.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Comparator {
  readonly name: string;
  /** The command that builds the site cold, into `outDir`. */
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly outDir: string;
}

const PAGE = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function astroProject(dir: string, contentDir: string, projectRoot: string, engine: 'satteri' | 'unified'): void {
  write(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const unified = engine === 'unified';
  write(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      unified ? "import { unified } from '@astrojs/markdown-remark';" : '',
      // Its own cache folder: the default, node_modules/.astro, would be casefile's through the symlink.
      `export default defineConfig({ cacheDir: './.astro-cache', build: { format: 'directory' }${unified ? ', markdown: { processor: unified() }' : ''} });`,
      '',
    ].join('\n'),
  );
  write(
    path.join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      `const entries = defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(contentDir)} }), schema: z.looseObject({}) });`,
      'export const collections = { entries };',
      '',
    ].join('\n'),
  );
  write(
    path.join(dir, 'src/pages/[...id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('entries');",
      '  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{entry.id}</title></head><body><main><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
}

function eleventyProject(dir: string): void {
  write(
    path.join(dir, 'eleventy.config.mjs'),
    [
      'export default function (config) {',
      "  config.addTransform('page', function (content) {",
      "    return (this.page.outputPath || '').endsWith('.html')",
      `      ? \`${PAGE('${this.page.fileSlug}', '${content}')}\``,
      '      : content;',
      '  });',
      // Plain Markdown: no Liquid pass over the bodies, as the other engines do.
      '  return { markdownTemplateEngine: false, htmlTemplateEngine: false };',
      '}',
      '',
    ].join('\n'),
  );
}

/** Front matter keys Hugo reserves (`url` sets the permalink, `aliases` writes redirects). */
const HUGO_RESERVED = /^(url|aliases|kind|type|layout|slug|weight|draft):/gm;

function hugoProject(dir: string, contentDir: string): void {
  write(
    path.join(dir, 'config.toml'),
    [
      'baseURL = "https://example.org/"',
      'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
      'buildFuture = true',
      '[markup.goldmark.renderer]',
      'unsafe = false',
      '',
    ].join('\n'),
  );
  write(path.join(dir, 'layouts/_default/single.html'), PAGE('{{ .File.BaseFileName }}', '{{ .Content }}'));
  write(path.join(dir, 'layouts/_default/list.html'), PAGE('{{ .Title }}', ''));
  write(path.join(dir, 'layouts/index.html'), PAGE('home', ''));
  // The same bodies; only front matter keys Hugo would act on are renamed.
  for (const folder of readdirSync(contentDir)) {
    for (const file of readdirSync(path.join(contentDir, folder))) {
      const text = readFileSync(path.join(contentDir, folder, file), 'utf8');
      const end = text.indexOf('\n---\n', 4);
      const front = text.slice(0, end).replace(HUGO_RESERVED, 'entry_$1:');
      write(path.join(dir, 'content', folder, file), front + text.slice(end));
    }
  }
}

/** True when Debian's `hugo` (or any hugo on PATH) runs. */
export function hugoAvailable(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Generate the comparator projects for one content folder under `workDir` and return how to
 * build each. `projectRoot` is casefile's root, whose node_modules the projects use.
 */
export function prepareComparators(contentDir: string, workDir: string, projectRoot: string): Comparator[] {
  const node = process.execPath;
  const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const comparators: Comparator[] = [];
  for (const engine of ['satteri', 'unified'] as const) {
    const dir = path.join(workDir, `astro-${engine}`);
    astroProject(dir, contentDir, projectRoot, engine);
    const outDir = path.join(dir, 'dist');
    comparators.push({
      name: engine === 'satteri' ? 'Astro 7, Sätteri' : 'Astro 7, unified()',
      command: node,
      args: [astroBin, 'build', '--force', '--silent', '--root', dir, '--outDir', outDir],
      cwd: dir,
      outDir,
    });
  }
  const eleventy = path.join(workDir, 'eleventy');
  eleventyProject(eleventy);
  comparators.push({
    name: 'Eleventy 3',
    command: node,
    args: [
      path.join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs'),
      '--quiet',
      `--config=${path.join(eleventy, 'eleventy.config.mjs')}`,
      `--input=${contentDir}`,
      `--output=${path.join(eleventy, 'dist')}`,
    ],
    cwd: eleventy,
    outDir: path.join(eleventy, 'dist'),
  });
  if (hugoAvailable()) {
    const hugo = path.join(workDir, 'hugo');
    hugoProject(hugo, contentDir);
    comparators.push({
      name: 'Hugo',
      command: 'hugo',
      args: ['--quiet', '--source', hugo, '--destination', path.join(hugo, 'dist')],
      cwd: hugo,
      outDir: path.join(hugo, 'dist'),
    });
  }
  return comparators;
}
