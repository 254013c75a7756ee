/**
 * How chart series are told apart: a colour from a palette that stays distinct for many
 * scenarios, and a fill pattern (stripes, dots, cross-hatching …) so no series differs by colour
 * alone (WCAG 1.4.1) and a black-and-white printout still reads.
 */
const BASE = ['#0f4c5c', '#c4532f', '#3d405b', '#2f7d5b', '#9c6b00', '#6d597a', '#a23b5a', '#355070', '#8a5a44', '#1d7874'];

/** The n-th colour: the base palette, then hues spaced by the golden angle at a contrast-safe lightness. */
export function seriesColour(n: number): string {
  if (n < BASE.length) return BASE[n]!;
  const hue = Math.round((n * 137.508) % 360);
  return `hsl(${hue} 55% 38%)`;
}

type Draw = (ctx: CanvasRenderingContext2D, size: number) => void;
const PATTERNS: readonly Draw[] = [
  () => {},
  (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(0, s);
    ctx.lineTo(s, 0);
    ctx.stroke();
  },
  (ctx, s) => {
    ctx.beginPath();
    ctx.arc(s / 2, s / 2, s / 6, 0, Math.PI * 2);
    ctx.fill();
  },
  (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(0, s / 2);
    ctx.lineTo(s, s / 2);
    ctx.stroke();
  },
  (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(s, s);
    ctx.moveTo(0, s);
    ctx.lineTo(s, 0);
    ctx.stroke();
  },
  (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(s / 2, 0);
    ctx.lineTo(s / 2, s);
    ctx.stroke();
  },
  (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(s, s);
    ctx.stroke();
  },
];
/** Tile sizes: the same pattern at another density is another texture (7 × 3 before one repeats). */
const TILE_SIZES = [10, 6, 16] as const;
/** Where the plain pattern would repeat in a denser tile, a grid of thin lines stands in. */
const GRID: Draw = (ctx, s) => ctx.strokeRect(0, 0, s, s);

/** A fill for series n: its colour with the n-th texture (pattern × tile size) drawn over it in white. */
export function seriesFill(n: number): string | CanvasPattern {
  const colour = seriesColour(n);
  const tile = Math.floor(n / PATTERNS.length) % TILE_SIZES.length;
  const plain = n % PATTERNS.length === 0;
  if (typeof document === 'undefined' || (plain && tile === 0)) return colour;
  const draw = plain ? GRID : PATTERNS[n % PATTERNS.length]!;
  const size = TILE_SIZES[tile]!;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.lineWidth = 2;
  draw(ctx, size);
  return ctx.createPattern(canvas, 'repeat') ?? colour;
}
