import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, type FormEvent } from 'react';
import { polyfillDialog } from '@/testing/polyfill-dialog';
import { FormDialog } from './form-dialog';

beforeAll(polyfillDialog);

function Harness({ onSubmit }: { onSubmit: (event: FormEvent<HTMLFormElement>) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Open
      </button>
      <FormDialog ref={dialog} title="Name the thing" submitLabel="Save" onSubmit={onSubmit}>
        <label htmlFor="thing-name">Name</label>
        <input id="thing-name" name="name" required />
      </FormDialog>
    </>
  );
}

describe('FormDialog', () => {
  it('stays closed until its owner opens it, then is a dialog named by its title', async () => {
    const user = userEvent.setup();
    render(<Harness onSubmit={(e) => e.preventDefault()} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Name the thing' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
  });

  it('hands the submitted form to its owner', async () => {
    const user = userEvent.setup();
    const submitted: string[] = [];
    render(
      <Harness
        onSubmit={(e) => {
          e.preventDefault();
          submitted.push(String(new FormData(e.currentTarget).get('name')));
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Troops');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toEqual(['Troops']);
  });

  it('closes on Cancel without submitting', async () => {
    const user = userEvent.setup();
    const submitted: unknown[] = [];
    render(<Harness onSubmit={(e) => submitted.push(e)} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(submitted).toEqual([]);
  });
});
