// The code points a WOFF2 font maps to a glyph, read from its `cmap` table with nothing but
// Node's Brotli (WOFF2 spec §4-5; cmap formats 4 and 12). Enough to check a committed font
// subset against the texts it must draw, without a font library.
import { brotliDecompressSync } from 'node:zlib';

// WOFF2 known-table tags, in the order of their 6-bit index (glyf = 10, loca = 11).
const knownTags = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
  'prep',
  'CFF ',
  'VORG',
  'EBDT',
  'EBLC',
  'gasp',
  'hdmx',
  'kern',
  'LTSH',
  'PCLT',
  'VDMX',
  'vhea',
  'vmtx',
  'BASE',
  'GDEF',
  'GPOS',
  'GSUB',
  'EBSC',
  'JSTF',
  'MATH',
  'CBDT',
  'CBLC',
  'COLR',
  'CPAL',
  'SVG ',
  'sbix',
  'acnt',
  'avar',
  'bdat',
  'bloc',
  'bsln',
  'cvar',
  'fdsc',
  'feat',
  'fmtx',
  'fvar',
  'gvar',
  'hsty',
  'just',
  'lcar',
  'mort',
  'morx',
  'opbd',
  'prop',
  'trak',
  'Zapf',
  'Silf',
  'Glat',
  'Gloc',
  'Feat',
  'Sill',
];

function readBase128(data: Buffer, at: { offset: number }): number {
  let value = 0;
  for (let index = 0; index < 5; index += 1) {
    const byte = data.readUInt8(at.offset);
    at.offset += 1;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error('UIntBase128 longer than 5 bytes');
}

/** The raw `cmap` table of a WOFF2 font. */
function cmapTable(woff2: Buffer): Buffer {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  const numTables = woff2.readUInt16BE(12);
  const compressedLength = woff2.readUInt32BE(20);
  const at = { offset: 48 };
  const tables: { tag: string; length: number }[] = [];
  for (let index = 0; index < numTables; index += 1) {
    const flags = woff2.readUInt8(at.offset);
    at.offset += 1;
    let tag = knownTags[flags & 0x3f] ?? '';
    if ((flags & 0x3f) === 0x3f) {
      tag = woff2.toString('latin1', at.offset, at.offset + 4);
      at.offset += 4;
    }
    const version = flags >> 6;
    let length = readBase128(woff2, at);
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    if (transformed) length = readBase128(woff2, at);
    tables.push({ tag, length });
  }
  if (woff2.readUInt32BE(4) === 0x74746366) throw new Error('font collections are not supported');
  const stream = brotliDecompressSync(woff2.subarray(at.offset, at.offset + compressedLength));
  let offset = 0;
  for (const table of tables) {
    if (table.tag === 'cmap') return stream.subarray(offset, offset + table.length);
    offset += table.length;
  }
  throw new Error('no cmap table');
}

function format12(table: Buffer, into: Set<number>): void {
  const groups = table.readUInt32BE(12);
  for (let group = 0; group < groups; group += 1) {
    const at = 16 + group * 12;
    const start = table.readUInt32BE(at);
    const end = table.readUInt32BE(at + 4);
    const glyph = table.readUInt32BE(at + 8);
    for (let code = start; code <= end; code += 1) if (glyph + code - start !== 0) into.add(code);
  }
}

function format4(table: Buffer, into: Set<number>): void {
  const segments = table.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const start = table.readUInt16BE(starts + segment * 2);
    const end = table.readUInt16BE(ends + segment * 2);
    const delta = table.readUInt16BE(deltas + segment * 2);
    const rangeAt = rangeOffsets + segment * 2;
    const rangeOffset = table.readUInt16BE(rangeAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        glyph = table.readUInt16BE(rangeAt + rangeOffset + (code - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

/** Every code point the font draws with a glyph of its own (not .notdef). */
export function woff2CodePoints(woff2: Buffer): Set<number> {
  const cmap = cmapTable(woff2);
  const codePoints = new Set<number>();
  const records = cmap.readUInt16BE(2);
  for (let record = 0; record < records; record += 1) {
    const platform = cmap.readUInt16BE(4 + record * 8);
    const encoding = cmap.readUInt16BE(6 + record * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const subtable = cmap.subarray(cmap.readUInt32BE(8 + record * 8));
    const format = subtable.readUInt16BE(0);
    if (format === 12) format12(subtable, codePoints);
    else if (format === 4) format4(subtable, codePoints);
  }
  return codePoints;
}
