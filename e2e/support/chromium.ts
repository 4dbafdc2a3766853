/** Debian's Chromium (browser downloads fail on this machine: see /work/shared/TOOLCHAIN.md). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The features Playwright disables itself (playwright-core 1.65's `chromiumSwitches.ts`). Chromium keeps only the
 * last `--disable-features` switch on its command line, so ours must name them again, or they would be on.
 * e2e/browser-flags.spec.ts reads the running browser's command line and fails when Playwright's list holds one more.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * Chromium 156, headless, opens the address bar's popup (chrome://omnibox-popup.top-chrome, a WebUI page) in a
 * renderer of its own for every new window, and so for every browser context: in a trace of one dashboard load it
 * took 2.6 CPU-s of that renderer's threads, more than the page's own main thread. No page can see it.
 */
export const OUR_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/** Flags that work for Debian's Chromium here. Never --user-data-dir: Playwright makes its own profile. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
];
