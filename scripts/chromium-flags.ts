/**
 * Debian's Chromium as the e2e suite and the bench run it: headless, no sandbox (a container),
 * no GPU, nothing fetched from elsewhere in the background.
 *
 * The omnibox's WebUI popups are off: headless Chromium 156 loads them (chrome://omnibox-popup,
 * ~1,8 s of CPU in a renderer of their own) for every window, so each test's page cost its own
 * ~1,8 s beside the app's cold load, and with 2 CPUs the suite ran past CI's 15 minutes (a trace:
 * 4,5 CPU-seconds per opened app, 2,5 without them; an open 1,7 s → 1,1 s). All three must go:
 * any one left on loads it. Playwright's own --disable-features list (playwright-core 1.65's
 * chromiumSwitches) is repeated before them, in case Chromium keeps only the last such switch.
 */
const PLAYWRIGHT_DISABLED = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];
const OMNIBOX_POPUPS = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED, ...OMNIBOX_POPUPS].join(',')}`,
];
