import type { ReactNode } from 'react';

interface Option {
  value: string;
  label: string;
  count?: number;
  icon?: ReactNode;
}

interface CheckboxGroupProps {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (next: string[]) => void;
  scroll?: boolean;
}

/** A labelled group of checkboxes for one repeatable filter; nothing checked means "any". */
export function CheckboxGroup({ legend, options, selected, onChange, scroll = false }: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {selected.length ? <span className="filter-group__count"> ({selected.length} selected)</span> : null}
      </legend>
      <div className={scroll ? 'filter-group__options filter-group__options--scroll' : 'filter-group__options'}>
        {options.map((option) => (
          <label key={option.value} className="filter-option">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
              aria-label={option.count !== undefined ? `${option.label} (${option.count} claims)` : undefined}
            />
            {option.icon}
            <span className="filter-option__label">{option.label}</span>
            {option.count !== undefined ? (
              <span className="filter-option__count" aria-hidden="true">
                {option.count}
              </span>
            ) : null}
          </label>
        ))}
      </div>
      {selected.length ? (
        <button type="button" className="link-button filter-group__clear" onClick={() => onChange([])}>
          Clear {legend.toLowerCase()}
        </button>
      ) : null}
    </fieldset>
  );
}
