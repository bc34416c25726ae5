import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {contrastRatio, parseColor, readableColor, withReadableColors} from './readable-theme';

describe('withReadableColors', () => {
  it.each(['github', 'dracula'] as const)('brings every %s token colour to 4.5:1 or more', (name) => {
    const theme = withReadableColors(themes[name]);
    const bg = parseColor(theme.plain.backgroundColor!)!;
    for (const s of theme.styles) {
      if (!s.style.color) continue;
      const fg = parseColor(s.style.color);
      if (!fg) continue;
      expect(contrastRatio(fg, bg), `${s.types.join(',')} ${s.style.color}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('leaves colours that already pass untouched', () => {
    expect(readableColor('#393A34', '#f6f8fa')).toBe('#393A34');
  });

  it('darkens on light backgrounds and lightens on dark ones', () => {
    const dark = parseColor(readableColor('#999988', '#f6f8fa'))!;
    const light = parseColor(readableColor('#444444', '#282a36'))!;
    expect(dark[0]).toBeLessThan(0x99);
    expect(light[0]).toBeGreaterThan(0x44);
  });
});
