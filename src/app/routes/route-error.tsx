import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) {
    // A view's code is loaded on first use; offline or after a new release that load can fail.
    if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)) {
      return 'Its code could not be downloaded. Check your connection, then reload the page.';
    }
    return error.message;
  }
  return 'An unknown error happened.';
}

/** Shown in place of a view (or the whole page) that failed to load or render: never a blank page. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div className="status status--error route-error" role="alert">
      <p className="status__title">This view could not be shown</p>
      <p className="status__detail">{describe(error)}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        <Link to="/">Go to the charts</Link>
      </p>
    </div>
  );
}
