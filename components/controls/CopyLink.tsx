'use client';

import { useState } from 'react';

interface CopyLinkProps {
  /** What the button names itself for screen readers ("Copy link to this section"). */
  label: string;
  /** Text shown on the button; defaults to "Copy link". */
  text?: string;
  /** Builds the link at click time (so it carries the state of that moment). */
  href: () => string;
  className?: string;
}

/** Copies a link to the clipboard and says so; falls back to a prompt where the clipboard is blocked. */
export function CopyLink({ label, text = 'Copy link', href, className }: CopyLinkProps) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    const link = new URL(href(), window.location.href).toString();
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
      window.prompt('Copy this link:', link);
    }
    window.setTimeout(() => setCopied('idle'), 2000);
  }

  return (
    <button type="button" className={className} aria-label={label} onClick={copy} data-copied={copied}>
      {copied === 'copied' ? 'Copied' : text}
      <span className="visually-hidden" aria-live="polite">
        {copied === 'copied' ? 'Link copied' : ''}
      </span>
    </button>
  );
}
