// The speaker palette in package.json stays legible in every theme kind: speaker names (text in
// the slot colour) against the editor background, and ordinary text on a quote's tint.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PALETTE_SIZE } from '../../../src/extension/highlight/palette';

type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
interface ColorContribution { id: string; defaults: Record<ThemeKind, string> }

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const colors = new Map<string, ColorContribution>(manifest.contributes.colors.map((c: ColorContribution) => [c.id, c]));

/** Editor background and foreground of VS Code's default theme of each kind. */
const THEMES: Record<ThemeKind, { background: string; foreground: string }> = {
  light: { background: '#FFFFFF', foreground: '#3B3B3B' },
  dark: { background: '#1F1F1F', foreground: '#CCCCCC' },
  highContrast: { background: '#000000', foreground: '#FFFFFF' },
  highContrastLight: { background: '#FFFFFF', foreground: '#292929' },
};

function rgba(hex: string): [number, number, number, number] {
  const h = hex.replace('#', '');
  const channel = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return [channel(0), channel(2), channel(4), h.length === 8 ? channel(6) / 255 : 1];
}

function over(top: string, bottom: string): [number, number, number] {
  const [r, g, b, a] = rgba(top);
  const [R, G, B] = rgba(bottom);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('extension: speaker colours in package.json', () => {
  it(`declares ${PALETTE_SIZE} slots with a background each, for every theme kind`, () => {
    for (let slot = 1; slot <= PALETTE_SIZE; slot++) {
      for (const id of [`newsAnnotator.speaker${slot}`, `newsAnnotator.speaker${slot}Background`]) {
        const color = colors.get(id);
        assert.ok(color, `${id} is not declared`);
        for (const kind of Object.keys(THEMES) as ThemeKind[]) assert.match(color.defaults[kind], /^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/, `${id} ${kind}`);
      }
    }
  });

  for (const kind of Object.keys(THEMES) as ThemeKind[]) {
    it(`is legible in ${kind} themes (WCAG AA 4.5:1)`, () => {
      const theme = THEMES[kind];
      const bg = over(theme.background, theme.background);
      for (let slot = 1; slot <= PALETTE_SIZE; slot++) {
        const name = over(colors.get(`newsAnnotator.speaker${slot}`)!.defaults[kind], theme.background);
        assert.ok(contrast(name, bg) >= 4.5, `speaker${slot} text on the ${kind} background: ${contrast(name, bg).toFixed(2)}`);
        const tint = over(colors.get(`newsAnnotator.speaker${slot}Background`)!.defaults[kind], theme.background);
        const text = over(theme.foreground, theme.background);
        assert.ok(contrast(text, tint) >= 4.5, `text on the speaker${slot} tint (${kind}): ${contrast(text, tint).toFixed(2)}`);
        // The speaker's name sits outside quotes, but a nested mention may sit on a tint too.
        assert.ok(contrast(name, tint) >= 3, `speaker${slot} text on its tint (${kind}): ${contrast(name, tint).toFixed(2)}`);
      }
    });
  }
});
