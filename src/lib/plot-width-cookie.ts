import { PLOT_WIDTH_COOKIE } from '@/contract/server-render';

/** Remembers the measured plot width for the server's next render of this site (a year; no other data in it). */
export function rememberPlotWidth(width: number): void {
  if (typeof document === 'undefined' || !Number.isFinite(width) || width < 200) return;
  const value = `${PLOT_WIDTH_COOKIE}=${Math.round(width)}`;
  if (document.cookie.split(/;\s*/).includes(value)) return;
  document.cookie = `${value}; path=/; max-age=31536000; samesite=lax`;
}
