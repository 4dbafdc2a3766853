import type { SourceMessages } from '../catalogue-types';

/** The shared UI parts (src/components/ui): status, loading and error messages, notes, buttons; in English. */
export const commonEn = {
  'common.asOfBanner':
    '<strong>Past view: as known on {date}.</strong> Claims made later (or with no date) are hidden, and each claim shows the verification state it had on that day.',
  'common.backToToday': 'Back to today',
  'common.copyLink': 'Copy link to this view',
  'common.linkCopied': 'Link copied',
  'common.copyFailed': 'Copy failed: copy the address bar instead',
  'common.hiddenCharacters': {
    one: '(contains {count} hidden character: {codes})',
    other: '(contains {count} hidden characters: {codes})',
  },
  'common.linkPartsIgnored': 'Some parts of this link were ignored',
  'common.cancel': 'Cancel',
  'common.demoScenario': '<strong>Demo scenario “{name}”:</strong> {description}',
  'common.scenarioLarge': {
    one: 'The API holds {count} SYNTHETIC claim, not real reporting.',
    other: 'The API holds {count} SYNTHETIC claims, not real reporting.',
  },
  'common.backToNormalData': 'Back to normal data',
  'common.panelFailed': 'The {name} could not be shown',
  'common.panel.filters': 'filters',
  'common.panel.view': 'view',
  'common.panel.legend': 'legend',
  'common.panel.claimPanel': 'claim panel',
  'common.tryAgain': 'Try again',
  'common.offlineShowingEarlier': 'Offline: showing the {what} loaded earlier',
  'common.offlineWillLoad': 'Offline: the {what} will load when the connection is back',
  'common.offlineDetail':
    'The browser reports no network connection; the dashboard will refresh by itself when it returns.',
  'common.loadingRetrying': 'Loading {what}… attempt {attempt} failed, trying again',
  'common.loading': 'Loading {what}…',
  'common.refreshFailed': 'Showing the {what} loaded earlier: the latest refresh failed',
  'common.loadFailed': 'The {what} could not be loaded',
  'common.subject.claims': 'claims',
  'common.subject.claim': 'claim',
  'common.subject.claimSummary': 'claim summary',
  'common.subject.sources': 'sources',
  'common.subject.recordedMerges': 'recorded merges',
  'common.subject.merges': 'merges',
  'common.subject.origin': 'origin',
  'common.rejectedRecords': {
    one: 'Data quality: {count} {what} set aside because they do not match the contract',
    other: 'Data quality: {count} {what} set aside because they do not match the contract',
  },
  'common.recordNumber': 'Record #{number}',
  'common.noAddress': 'No address recorded',
  'common.notLinked': '⚠ Not linked: this address {reason}.',
  'common.opensInNewTab': '(opens the source in a new tab)',
} as const satisfies SourceMessages<'common'>;
