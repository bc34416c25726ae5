/**
 * Prism themes from prism-react-renderer draw several token kinds below WCAG's 4.5:1 on their own background
 * (github's comments, numbers and keywords are about 2.6:1), which axe reports on every page with code. This
 * nudges each failing colour towards black (light themes) or white (dark themes) until it passes, and leaves
 * passing colours alone, so the theme keeps its look.
 */
export interface PrismThemeLike {
  readonly plain: {readonly color?: string; readonly backgroundColor?: string};
  readonly styles: readonly {readonly types: string[]; readonly style: {readonly color?: string}}[];
}

type Rgb = readonly [number, number, number];

export function parseColor(color: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The nearest colour on the line towards black or white that reaches `min` against `background`. */
export function readableColor(color: string, background: string, min = 4.6): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || !bg || contrastRatio(fg, bg) >= min) return color;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = fg.map((v, i) => v + (target[i]! - v) * t) as unknown as Rgb;
    if (contrastRatio(mixed, bg) >= min) return toHex(mixed);
  }
  return toHex(target);
}

export function withReadableColors<T extends PrismThemeLike>(theme: T): T {
  const background = theme.plain.backgroundColor;
  if (!background) return theme;
  return {
    ...theme,
    styles: theme.styles.map((s) =>
      s.style.color ? {...s, style: {...s.style, color: readableColor(s.style.color, background)}} : s,
    ),
  };
}
