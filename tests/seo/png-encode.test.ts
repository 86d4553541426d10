/**
 * Our PNG encoder: a valid PNG (signature, chunk CRCs, header) whose pixels are exactly
 * resvg's pixels; images that are not opaque are refused, so they go to resvg's own encoder.
 */
import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../src/lib/seo/png-encode.ts';

interface Chunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG, each CRC checked as a decoder checks it. */
function chunks(png: Uint8Array): Chunk[] {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const out: Chunk[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

/** The RGBA samples of an unfiltered 8-bit truecolour-with-alpha PNG. */
function decodeRgba(png: Uint8Array): { width: number; height: number; rgba: Buffer } {
  const parts = chunks(png);
  expect(parts.map((part) => part.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = parts[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(parts[1]!.data);
  const row = width * 4;
  expect(rows.length).toBe((row + 1) * height);
  const rgba = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (row + 1)], `row ${y} filter`).toBe(0);
    rows.copy(rgba, y * row, y * (row + 1) + 1, (y + 1) * (row + 1));
  }
  return { width, height, rgba };
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#f7f5f0"/>' +
  '<circle cx="10" cy="10" r="7" fill="#9b2c2c"/><text x="20" y="15" font-size="12">x</text></svg>';

describe('encodeOpaquePng', () => {
  it('writes the exact pixels of an opaque image rendered by resvg', () => {
    const image = new Resvg(SVG, { font: { loadSystemFonts: false } }).render();
    const png = encodeOpaquePng(image.pixels, image.width, image.height);
    expect(png).toBeDefined();
    const { width, height, rgba } = decodeRgba(png!);
    expect({ width, height }).toEqual({ width: 40, height: 20 });
    expect(rgba.equals(image.pixels)).toBe(true);
    // Anti-aliased edges make colours beside the two fills, so this is no flat image.
    expect(new Set(Array.from({ length: 40 * 20 }, (_, i) => rgba.readUInt32BE(i * 4))).size).toBeGreaterThan(2);
  });

  it('refuses an image with a pixel that is not opaque', () => {
    const pixels = Buffer.alloc(2 * 2 * 4, 255);
    expect(encodeOpaquePng(pixels, 2, 2)).toBeDefined();
    pixels[7] = 254;
    expect(encodeOpaquePng(pixels, 2, 2)).toBeUndefined();
  });

  it('gives the same bytes for the same pixels', () => {
    const image = new Resvg(SVG, { font: { loadSystemFonts: false } }).render();
    const a = encodeOpaquePng(image.pixels, image.width, image.height)!;
    const b = encodeOpaquePng(Buffer.from(image.pixels), image.width, image.height)!;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
