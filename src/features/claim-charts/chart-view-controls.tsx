import { useSearchParams } from 'react-router';
import {
  chartViewSettingsToParams,
  LABEL_SETTINGS,
  type ChartViewSettings,
  type LabelSetting,
} from '@/lib/chart-view-settings';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';

const LABEL_NAMES: Record<LabelSetting | 'auto', MessageKey> = {
  auto: 'charts.controls.auto',
  all: 'charts.controls.all',
  key: 'charts.controls.key',
  none: 'charts.controls.none',
};

/**
 * How the charts are annotated, kept in the URL (so a shared link and a saved slide keep it):
 * which claims carry a label, whether each source's own figures are joined by a line, and whether
 * repeats of one origin are folded into one mark.
 */
export function ChartViewControls({ view }: { view: ChartViewSettings }) {
  const t = useT();
  const [, setSearchParams] = useSearchParams();
  const change = (next: ChartViewSettings) =>
    setSearchParams((current) => chartViewSettingsToParams(next, new URLSearchParams(current)));
  return (
    <div className="chart-view-controls" role="group" aria-label={t('charts.controls')}>
      <fieldset className="segmented">
        <legend>{t('charts.controls.labels')}</legend>
        {(['auto', ...LABEL_SETTINGS] as const).map((setting) => (
          <label
            key={setting}
            className="segmented__option"
            title={setting === 'auto' ? t('charts.controls.autoHint') : undefined}
          >
            <input
              type="radio"
              name="chart-labels"
              value={setting}
              checked={view.labels === setting}
              onChange={() => change({ ...view, labels: setting })}
            />
            {t(LABEL_NAMES[setting])}
          </label>
        ))}
      </fieldset>
      <label className="chart-view-controls__lines">
        <input
          type="checkbox"
          checked={view.sourceLines}
          onChange={(event) => change({ ...view, sourceLines: event.currentTarget.checked })}
        />
        {t('charts.controls.sourceLines')}
      </label>
      <label className="chart-view-controls__lines" title={t('charts.controls.foldHint')}>
        <input
          type="checkbox"
          checked={view.foldOrigins}
          onChange={(event) => change({ ...view, foldOrigins: event.currentTarget.checked })}
        />
        {t('charts.controls.fold')}
      </label>
    </div>
  );
}
