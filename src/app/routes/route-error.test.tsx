import { screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { render } from '@testing-library/react';
import { RouteError } from './route-error';

function renderFailing(error: Error) {
  const router = createMemoryRouter([
    {
      path: '/',
      ErrorBoundary: RouteError,
      Component: () => {
        throw error;
      },
    },
  ]);
  render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('says what failed instead of leaving the page blank', () => {
    renderFailing(new Error('chart layout exploded'));
    expect(screen.getByRole('alert')).toHaveTextContent('This view could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('chart layout exploded');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('explains a view whose code could not be downloaded', () => {
    renderFailing(new TypeError('Failed to fetch dynamically imported module: /assets/table-route.js'));
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be downloaded\. Check your connection/);
  });
});
