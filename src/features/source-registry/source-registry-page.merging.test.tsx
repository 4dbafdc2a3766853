import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/testing/render-app';
import { server } from '../../../mocks/node';
import { mockRegistry, table } from './source-registry-page.test-helpers';

const registry = mockRegistry(server);

describe('the Sources page', () => {
  it('checks the merge form before anything is sent', async () => {
    const user = userEvent.setup();
    registry({ analyst: true });
    renderApp('/sources');
    const form = await screen.findByRole('form', { name: 'Merge two sources' }, { timeout: 5000 });
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    expect(within(form).getByRole('combobox', { name: 'Merge this source' })).toHaveAccessibleDescription(
      'Choose the source to merge.',
    );
    expect(within(form).getByRole('combobox', { name: 'Merge this source' })).toHaveFocus();
    expect(within(form).getByRole('combobox', { name: 'into this source' })).toHaveAccessibleDescription(
      'Choose the source to merge it into.',
    );
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Merge this source' }), 'kr-nis-korea');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'into this source' }), 'kr-nis');
    const why = within(form).getByRole('textbox', { name: /Why they are one source/ });
    await user.type(why, 'ab');
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    expect(why).toHaveAccessibleDescription(/at least 3 characters/);
    expect(why).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByRole('button', { name: 'Confirm the merge' })).not.toBeInTheDocument();
  });

  it('shows the 501 of a server that cannot merge as a notice, and the page stays', async () => {
    const user = userEvent.setup();
    registry({ analyst: true }).mergeAnswers(501);
    renderApp('/sources');
    await user.click(within(await table()).getByRole('button', { name: 'Merge… NIS Korea into another source' }));
    const form = screen.getByRole('form', { name: 'Merge two sources' });
    expect(within(form).getByRole('combobox', { name: 'Merge this source' })).toHaveValue('kr-nis-korea');
    expect(within(form).getByRole('combobox', { name: 'into this source' })).toHaveFocus();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'into this source' }), 'kr-nis');
    await user.type(within(form).getByRole('textbox', { name: /Why they are one source/ }), 'Same agency');
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    expect(within(form).getByText('Merge “NIS Korea” into “National Intelligence Service (NIS)”?')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Confirm the merge' }));
    expect(await within(form).findByText('This server cannot merge sources')).toBeInTheDocument();
    expect(within(form).getByText(/Merging sources needs the real server/)).toBeInTheDocument();
    expect(within(await table()).getAllByRole('row')).toHaveLength(4);
  });

  it('merges on confirmation and shows the registry as the server now has it', async () => {
    const user = userEvent.setup();
    registry({ analyst: true }).mergeAnswers(200);
    renderApp('/sources');
    const form = await screen.findByRole('form', { name: 'Merge two sources' }, { timeout: 5000 });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Merge this source' }), 'kr-nis-korea');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'into this source' }), 'kr-nis');
    await user.type(within(form).getByRole('textbox', { name: /Why they are one source/ }), 'Same agency');
    await user.click(within(form).getByRole('button', { name: 'Review the merge' }));
    await user.click(within(form).getByRole('button', { name: 'Confirm the merge' }));
    expect(
      await within(form).findByText('Merged “NIS Korea” into “National Intelligence Service (NIS)”.'),
    ).toBeInTheDocument();
    await waitFor(async () => expect(within(await table()).getAllByRole('row')).toHaveLength(3));
    expect(
      within(await table()).getByRole('link', { name: '14 claims by National Intelligence Service (NIS)' }),
    ).toBeInTheDocument();
  });
});
