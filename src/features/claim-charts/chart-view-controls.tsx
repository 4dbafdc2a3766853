import { useSearchParams } from 'react-router';
import {
  chartViewSettingsToParams,
  LABEL_SETTINGS,
  type ChartViewSettings,
  type LabelSetting,
} from '@/lib/chart-view-settings';

const LABEL_NAMES: Record<LabelSetting | 'auto', string> = {
  auto: 'Auto',
  all: 'All',
  key: 'Key figures',
  none: 'None',
};

/**
 * How the charts are annotated, kept in the URL (so a shared link and a saved slide keep it):
 * which claims carry a label, whether each source's own figures are joined by a line, and whether
 * repeats of one origin are folded into one mark.
 */
export function ChartViewControls({ view }: { view: ChartViewSettings }) {
  const [, setSearchParams] = useSearchParams();
  const change = (next: ChartViewSettings) =>
    setSearchParams((current) => chartViewSettingsToParams(next, new URLSearchParams(current)));
  return (
    <div className="chart-view-controls" role="group" aria-label="Chart annotations">
      <fieldset className="segmented">
        <legend>Labels</legend>
        {(['auto', ...LABEL_SETTINGS] as const).map((setting) => (
          <label
            key={setting}
            className="segmented__option"
            title={setting === 'auto' ? 'All labels up to 40 claims a chart, else key figures' : undefined}
          >
            <input
              type="radio"
              name="chart-labels"
              value={setting}
              checked={view.labels === setting}
              onChange={() => change({ ...view, labels: setting })}
            />
            {LABEL_NAMES[setting]}
          </label>
        ))}
      </fieldset>
      <label className="chart-view-controls__lines">
        <input
          type="checkbox"
          checked={view.sourceLines}
          onChange={(event) => change({ ...view, sourceLines: event.currentTarget.checked })}
        />
        Line per source
      </label>
      <label
        className="chart-view-controls__lines"
        title="Claims of one origin giving the same figure become one mark (×N); its other figures are joined by a dashed line"
      >
        <input
          type="checkbox"
          checked={view.foldOrigins}
          onChange={(event) => change({ ...view, foldOrigins: event.currentTarget.checked })}
        />
        Fold repeats of one origin
      </label>
    </div>
  );
}
