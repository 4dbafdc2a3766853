import {
  DESKTOP_PLOT_WIDTH,
  PHONE_PLOT_WIDTH,
  PLOT_WIDTH_COOKIE,
  type RenderHints,
} from '../../src/contract/server-render';

const PHONE_AGENT = /Mobi|Android|iPhone|iPod/i;

/**
 * What the server assumes about the screen: the plot width this browser measured last time (its cookie), else a
 * phone's or a desktop's at their common widths, from the user agent.
 */
export function renderHintsFor(userAgent: string | undefined, cookie: string | undefined): RenderHints {
  const phone = PHONE_AGENT.test(userAgent ?? '');
  const match = new RegExp(`(?:^|;\\s*)${PLOT_WIDTH_COOKIE}=(\\d{2,4})(?:;|$)`).exec(cookie ?? '');
  const measured = match ? Number(match[1]) : NaN;
  const plotWidth = measured >= 200 && measured <= 4000 ? measured : phone ? PHONE_PLOT_WIDTH : DESKTOP_PLOT_WIDTH;
  return { plotWidth, phone: phone || plotWidth < 560 };
}
