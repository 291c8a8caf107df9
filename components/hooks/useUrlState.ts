'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { isCanonical, parseState, writeState } from '@/lib/url/codec';
import { defaultState, type Schema, type StateOf } from '@/lib/url/schema';

/**
 * A widget's state, kept in the page's query string under its id. The URL's values are read
 * on mount and on history navigation (junk falls back, numbers clamp), and
 * every change is written back with history.replaceState so a copied link reproduces it.
 * On reading, the address bar is brought to the state as parsed: junk, unknown keys and
 * out-of-range values of this widget leave the URL, so a shared link carries only what is shown.
 */
export function useUrlState<S extends Schema>(widgetId: string, schema: S) {
  // Widgets mount on the client only (the server renders their poster), so the URL can be
  // read at once and the first frame already shows the shared state.
  const [state, setState] = useState<StateOf<S>>(() =>
    typeof window === 'undefined' ? defaultState(schema) : parseState(schema, widgetId, window.location.search),
  );
  const schemaRef = useRef(schema);

  useEffect(() => {
    const read = () => {
      const parsed = parseState(schemaRef.current, widgetId, window.location.search);
      if (!isCanonical(schemaRef.current, widgetId, parsed, window.location.search)) {
        const query = writeState(schemaRef.current, widgetId, parsed, window.location.search);
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
      }
      setState(parsed);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [widgetId]);

  const update = useCallback(
    (changes: Partial<StateOf<S>>) => {
      setState((previous) => {
        const next = parseState(schemaRef.current, widgetId, writeState(schemaRef.current, widgetId, { ...previous, ...changes }, ''));
        const query = writeState(schemaRef.current, widgetId, next, window.location.search);
        const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
        window.history.replaceState(window.history.state, '', url);
        return next;
      });
    },
    [widgetId],
  );

  const reset = useCallback(() => update(defaultState(schemaRef.current)), [update]);
  return [state, update, reset] as const;
}
