/** The pages of a built site, as readers address them. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every page of a built site, as site paths ("/", "/actors/apt31/"), sorted. */
export function sitePaths(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => path.basename(name) === 'index.html' || name === '404.html')
    .map((name) => {
      const dir = path.dirname(name);
      if (name === '404.html') return '/404.html';
      return dir === '.' ? '/' : `/${dir.split(path.sep).join('/')}/`;
    })
    .sort();
}
