/**
 * Share images: a 1200×630 PNG per card (share-cards.ts), laid out by satori and rendered by resvg,
 * with Noto Sans read from @fontsource/noto-sans on disk. No network, no system fonts (satori turns
 * the text into paths), so the same card gives the same bytes on any machine.
 *
 * The colours are literal because a PNG cannot read the site's CSS tokens; they follow the light
 * theme's paper, ink and accent.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { diskPngCache, SHARE_IMAGE_CACHE, type PngCache } from './png-cache.ts';
import { encodeOpaquePng, PNG_ENCODER } from './png-encode.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from './share-cards.ts';

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];

const FONT_FILES: readonly { file: string; weight: 400 | 700 }[] = [
  { file: 'noto-sans-latin-400-normal.woff', weight: 400 },
  { file: 'noto-sans-latin-700-normal.woff', weight: 700 },
  { file: 'noto-sans-latin-ext-400-normal.woff', weight: 400 },
  { file: 'noto-sans-latin-ext-700-normal.woff', weight: 700 },
];

let fonts: Promise<SatoriFont[]> | undefined;

/** The fonts, read once. Resolved from the project root: built chunks may live anywhere. */
function loadFonts(projectRoot = process.cwd()): Promise<SatoriFont[]> {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  return (fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => ({
      name: 'Noto Sans',
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/${file}`)),
    })),
  ));
}

const PAPER = '#f7f5f0';
const INK = '#1c1f24';
const MUTED = '#555b66';
const ACCENT = '#9b2c2c';

/** Longer titles get a smaller size so that they fit in three or four lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 80) return 60;
  if (title.length <= 120) return 50;
  return 42;
}

/** Text cut at a word boundary so that it cannot overflow the card. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

type Children = (Node | string)[] | Node | string;
type Node = { type: string; props: { style: Record<string, unknown>; children: Children } };
const div = (style: Record<string, unknown>, children: Children): Node => ({
  type: 'div',
  props: { style, children },
});

function layout(card: ShareCard): Node {
  const title = clip(card.title, 150);
  // Long titles leave room for less detail.
  const detail = card.detail ? clip(card.detail, title.length > 80 ? 120 : 220) : undefined;
  return div(
    {
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: PAPER,
      fontFamily: 'Noto Sans',
      color: INK,
    },
    [
      div({ display: 'flex', height: 16, backgroundColor: ACCENT }, []),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          padding: '56px 72px 48px',
        },
        [
          div({ display: 'flex', flexDirection: 'column' }, [
            div(
              { fontSize: 28, fontWeight: 700, color: ACCENT, textTransform: 'uppercase', letterSpacing: 2 },
              card.kind,
            ),
            div({ fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, marginTop: 20 }, title),
            ...(detail ? [div({ fontSize: 30, lineHeight: 1.35, color: MUTED, marginTop: 24 }, detail)] : []),
          ]),
          div(
            {
              display: 'flex',
              justifyContent: 'space-between',
              borderTop: `2px solid ${MUTED}`,
              paddingTop: 20,
              fontSize: 26,
              color: MUTED,
            },
            [
              div({ display: 'flex' }, card.siteName),
              div({ display: 'flex', fontWeight: 700, color: INK }, 'casefile'),
            ],
          ),
        ],
      ),
    ],
  );
}

/** The card's SVG, as satori lays it out. */
export async function shareImageSvg(card: ShareCard, projectRoot?: string): Promise<string> {
  return satori(layout(card) as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: await loadFonts(projectRoot),
  });
}

/** The card as a PNG; with a cache, an SVG rendered before is not rasterised again. */
export async function shareImagePng(card: ShareCard, cache?: PngCache, projectRoot?: string): Promise<Uint8Array> {
  const svg = await shareImageSvg(card, projectRoot);
  // renderAsync rasterises on libuv's thread pool; the PNG is encoded on the calling thread, which
  // in a build is a share-image worker (share-image-pool.ts).
  const render = async () => {
    const image = await renderAsync(svg, {
      fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH },
      font: { loadSystemFonts: false },
    });
    return encodeOpaquePng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
  };
  return cache ? cache.get(svg, render) : render();
}

/** The build's cache of share images, under the project root (see png-cache.ts). */
export function buildPngCache(projectRoot = process.cwd()): PngCache {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const { version } = require('@resvg/resvg-js/package.json') as { version: string };
  return diskPngCache(path.join(projectRoot, SHARE_IMAGE_CACHE), `resvg ${version}; ${PNG_ENCODER}`);
}
