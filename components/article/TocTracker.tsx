'use client';

import { useEffect } from 'react';

/** Marks the contents entry of the section being read with aria-current. */
export function TocTracker({ ids }: { ids: string[] }) {
  useEffect(() => {
    const sections = ids.map((id) => document.getElementById(id)).filter((node): node is HTMLElement => node !== null);
    const links = new Map(ids.map((id) => [id, document.querySelector<HTMLAnchorElement>(`.toc a[href="#${CSS.escape(id)}"]`)]));
    function update() {
      let current: string | null = null;
      for (const section of sections) if (section.getBoundingClientRect().top < 120) current = section.id;
      for (const [id, link] of links) {
        if (!link) continue;
        if (id === current) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    }
    let frame = 0;
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [ids]);
  return null;
}
