import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <main id="main" className="dashboard__main">
      <h2>This page does not exist</h2>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </main>
  );
}
