import { useId, type ReactNode } from 'react';
import { useLocale } from '@/i18n/locale-store';
import { useT } from '@/i18n/translate';
import { formatNumber } from '@/lib/format';

interface Option {
  value: string;
  label: string;
  count?: number;
  icon?: ReactNode;
  /** A small muted line under the label ("also: …"), read as the checkbox's description. */
  detail?: string;
}

interface CheckboxGroupProps {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (next: string[]) => void;
  scroll?: boolean;
  /** Shown between the legend and the options (a search box that narrows them). */
  children?: ReactNode;
}

/** A labelled group of checkboxes for one repeatable filter; nothing checked means "any". */
export function CheckboxGroup({ legend, options, selected, onChange, scroll = false, children }: CheckboxGroupProps) {
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {selected.length ? (
          <span className="filter-group__count">{` ${t('filters.selectedCount', { count: selected.length })}`}</span>
        ) : null}
      </legend>
      {children}
      <div
        className={scroll ? 'filter-group__options filter-group__options--scroll' : 'filter-group__options'}
        hidden={options.length === 0}
      >
        {options.map((option, index) => (
          <label key={option.value} className="filter-option">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
              aria-label={
                option.count !== undefined
                  ? t('filters.optionWithCount', { label: option.label, count: option.count })
                  : option.label
              }
              aria-describedby={option.detail ? `${id}-detail-${index}` : undefined}
            />
            {option.icon}
            <span className="filter-option__label">
              {option.label}
              {option.detail ? (
                <span id={`${id}-detail-${index}`} className="filter-option__detail">
                  {option.detail}
                </span>
              ) : null}
            </span>
            {option.count !== undefined ? (
              <span className="filter-option__count" aria-hidden="true">
                {formatNumber(option.count)}
              </span>
            ) : null}
          </label>
        ))}
      </div>
      {selected.length ? (
        <button type="button" className="link-button filter-group__clear" onClick={() => onChange([])}>
          {t('filters.clearGroup', { group: legend.toLocaleLowerCase(locale) })}
        </button>
      ) : null}
    </fieldset>
  );
}
