import './styles.css';
import './lib/i18n';
import { Component, type ReactNode, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
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
    </BrowserRouter>
  </StrictMode>,
);
