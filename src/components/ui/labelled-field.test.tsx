import { render, screen } from '@testing-library/react';
import { LabelledField } from './labelled-field';

const field = (props: { error?: string; hint?: string }) =>
  render(
    <LabelledField id="f" label="Outlet" error={props.error} hint={props.hint}>
      {(control) => <input {...control} />}
    </LabelledField>,
  );

describe('LabelledField', () => {
  it('labels its control and, while valid, marks nothing', () => {
    field({});
    const input = screen.getByRole('textbox', { name: 'Outlet' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('ties the hint to the control', () => {
    field({ hint: 'As the article names it' });
    expect(screen.getByRole('textbox', { name: 'Outlet' })).toHaveAccessibleDescription('As the article names it');
  });

  it('marks an invalid control and says why, after the hint', () => {
    field({ hint: 'As the article names it', error: 'Must not be empty' });
    const input = screen.getByRole('textbox', { name: 'Outlet' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('As the article names it Must not be empty');
    expect(screen.getByText('Must not be empty')).toHaveClass('form-field__error');
  });
});
