// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DESKTOP_PLOT_WIDTH, PHONE_PLOT_WIDTH } from '../../src/contract/server-render';
import { renderHintsFor } from './render-hints';

const PHONE = 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 Mobile Safari/537.36';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36';

describe('what the server assumes about the screen', () => {
  it.each([
    [DESKTOP, undefined, { plotWidth: DESKTOP_PLOT_WIDTH, phone: false }],
    [PHONE, undefined, { plotWidth: PHONE_PLOT_WIDTH, phone: true }],
    // The width this browser measured last time wins; a narrow one is a phone's layout.
    [DESKTOP, 'a=1; claimwatch-plot-width=1270; b=2', { plotWidth: 1270, phone: false }],
    [DESKTOP, 'claimwatch-plot-width=332', { plotWidth: 332, phone: true }],
    // Nonsense in the cookie is ignored.
    [DESKTOP, 'claimwatch-plot-width=99999', { plotWidth: DESKTOP_PLOT_WIDTH, phone: false }],
    [PHONE, 'claimwatch-plot-width=12', { plotWidth: PHONE_PLOT_WIDTH, phone: true }],
    [DESKTOP, 'claimwatch-plot-width=800px', { plotWidth: DESKTOP_PLOT_WIDTH, phone: false }],
    [undefined, 'xclaimwatch-plot-width=500', { plotWidth: DESKTOP_PLOT_WIDTH, phone: false }],
  ])('%s with cookie %s', (agent, cookie, expected) => {
    expect(renderHintsFor(agent, cookie)).toEqual(expected);
  });
});
