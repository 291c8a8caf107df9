import type { ReactNode } from 'react';
import { Figure, type FigureWidth } from '@/components/article/Figure';
import { posters } from './posters';
import { findWidget, type WidgetId } from './registry';
import { WidgetMount } from './WidgetMount';

/** A live demo in its figure; the MDX children are the caption. */
export function Demo({ id, width = 'wide', children }: { id: string; width?: FigureWidth; children?: ReactNode }) {
  const info = findWidget(id);
  if (!info) throw new Error(`<Demo id="${id}"> names no widget of components/widgets/registry.ts`);
  return (
    <Figure id={id} width={width} caption={children}>
      <WidgetMount id={info.id as WidgetId} title={info.title} mode="article">
        {posters[info.id as WidgetId]()}
      </WidgetMount>
    </Figure>
  );
}
