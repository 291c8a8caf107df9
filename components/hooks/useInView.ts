'use client';

import { useEffect, useRef, useState } from 'react';

/** True once the element has come within `margin` of the viewport (and stays true). */
export function useInView<Element extends HTMLElement>(margin = '400px') {
  const ref = useRef<Element | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [margin, near]);
  return { ref, near };
}
