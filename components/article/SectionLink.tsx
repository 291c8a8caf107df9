'use client';

import { CopyLink } from '@/components/controls/CopyLink';

/** The "copy link to this section" button beside a heading's permalink. */
export function SectionLink({ id, title }: { id: string; title: string }) {
  return (
    <CopyLink
      label={`Copy link to section “${title}”`}
      text="Copy"
      className="button-quiet"
      href={() => `${window.location.pathname}${window.location.search}#${id}`}
    />
  );
}

/** The "copy link" button for the whole page (without any section anchor). */
export function PageLink() {
  return (
    <CopyLink
      label="Copy link to this page"
      className="button-quiet"
      href={() => `${window.location.pathname}${window.location.search}`}
    />
  );
}
