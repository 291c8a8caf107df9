'use client';

import { startTransition, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { CopyLink } from '@/components/controls/CopyLink';
import { useInView } from '@/components/hooks/useInView';
import { widgetLoaders, type WidgetProps } from './loaders';
import type { WidgetId } from './registry';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';
import { dataAttributes, WidgetReportContext, type WidgetReport } from './report';

interface Props {
  id: WidgetId;
  title: string;
  /** In the lab the demo stands alone; in an article it links out to the lab. */
  mode: 'article' | 'lab';
  /** The static poster, rendered on the server: what readers without JavaScript see. */
  children: ReactNode;
}

/** Shows a demo's poster, loads its code near the viewport, and owns its root element and contract. */
export function WidgetMount({ id, title, mode, children }: Props) {
  const { ref, near } = useInView<HTMLDivElement>();
  const [Widget, setWidget] = useState<ComponentType<WidgetProps> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // 'loading' until the loaded widget reports its own status for the first time.
  const [report, setReport] = useState<WidgetReport>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!near || Widget) return;
    let cancelled = false;
    widgetLoaders[id]()
      // A transition: React renders the demo's first frame in slices that yield to the page
      // (the poster stays until it commits) instead of one long task on arrival.
      .then((component) => !cancelled && startTransition(() => setWidget(() => component)))
      .catch((error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [near, Widget, id, attempt]);

  // For the leak tests: `window.dispatchEvent(new CustomEvent('demo-remount', { detail: id }))`
  // unmounts the demo (its workers end) and mounts a fresh one, as leaving and coming back would.
  useEffect(() => {
    const remount = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail !== id) return;
      setReport({ status: 'loading' });
      setAttempt((count) => count + 1);
    };
    window.addEventListener('demo-remount', remount);
    return () => window.removeEventListener('demo-remount', remount);
  }, [id]);

  const onError = useCallback((error: Error) => setFailure(error.message || 'unknown error'), []);
  const onRetry = useCallback(() => {
    setFailure(null);
    setReport({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  const status = failure ? 'error' : Widget ? report.status : near ? 'loading' : 'idle';
  const shareHref = () => `${window.location.pathname}${window.location.search}${mode === 'article' ? `#${id}` : ''}`;

  return (
    <div
      ref={ref}
      className="widget"
      data-widget={id}
      data-status={status}
      data-backend={report.backend}
      aria-busy={status === 'loading'}
      {...dataAttributes(report.numbers)}
    >
      <WidgetErrorBoundary key={attempt} title={title} onError={onError} onRetry={onRetry}>
        <WidgetReportContext.Provider value={setReport}>
          {failure && !Widget ? (
            <LoadFailure title={title} message={failure} onRetry={onRetry} />
          ) : Widget ? (
            <>
              <CrashSwitch id={id} />
              <Widget id={id} />
            </>
          ) : (
            children
          )}
        </WidgetReportContext.Provider>
      </WidgetErrorBoundary>
      <div className="figure-toolbar">
        <CopyLink label="Copy link to this demo" text="Copy link to this demo" className="button-quiet" href={shareHref} />
        {mode === 'article' ? (
          <a href={`/lab/${id}`} onClick={(event) => (event.currentTarget.href = `/lab/${id}${window.location.search}`)}>
            Open in the lab
          </a>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The test-only way to make a demo crash: an end-to-end test sets
 * `window.__forceWidgetCrash = ['<id>']` before the page loads; readers never do.
 */
function CrashSwitch({ id }: { id: string }) {
  const forced = (globalThis as { __forceWidgetCrash?: unknown }).__forceWidgetCrash;
  if (Array.isArray(forced) && forced.includes(id)) throw new Error('forced crash for testing');
  return null;
}

function LoadFailure({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  return (
    <div className="widget-error" role="alert">
      <p>
        <strong>{title}</strong> could not load: {message}. The rest of the page is unaffected.
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
