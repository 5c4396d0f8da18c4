import { Component, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { ErrorState, Loading } from './components/Status';
import { SessionProvider } from './lib/session';
import { routes } from './routes/index';
import { NotFound } from './routes/NotFound';

class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error) return <ErrorState error={this.state.error} onRetry={() => location.reload()} />;
    return this.props.children;
  }
}

/** The whole app inside a router: main.tsx gives it the browser's, the build's prerender a static one. */
export function App() {
  return (
    <SessionProvider>
      <Layout>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <Routes>
              {routes.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </Layout>
    </SessionProvider>
  );
}
