import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commonSecurityHeaders, contentSecurityPolicy, inlineScriptHashes, isFrameable, pageKey } from '@/security.config.mjs';

const sha = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('security.config', () => {
  it('inlineScriptHashes hashes each inline script once, byte for byte, and skips scripts with src', () => {
    const html = '<head><script>var a = 1;</script><script src="/x.js" async=""></script></head><body><script id="p">self.__next_f.push([1,"é"])</script><script>var a = 1;</script><script type="module">\n</script></body>';
    expect(inlineScriptHashes(html)).toEqual([sha('var a = 1;'), sha('self.__next_f.push([1,"é"])'), sha('\n')]);
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([]);
  });

  it('contentSecurityPolicy never allows inline or eval’d script, and lists the page’s hashes', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ['sha256-abc=', 'sha256-def='] });
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=' 'sha256-def='");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "worker-src 'self'", "style-src 'self'", "style-src-attr 'unsafe-inline'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(contentSecurityPolicy({ frameable: true })).toContain('frame-ancestors *');
  });

  it('only /lab/<demo> pages are frameable', () => {
    expect(isFrameable('/lab/bias')).toBe(true);
    expect(isFrameable('/lab/bias/')).toBe(true);
    expect(isFrameable('/lab')).toBe(false);
    expect(isFrameable('/questions/why-biases')).toBe(false);
    expect(isFrameable('/lab/bias/../../questions')).toBe(false);
  });

  it('pageKey maps prerendered files to their paths', () => {
    expect(pageKey('index.html')).toBe('/');
    expect(pageKey('questions/why-layers.html')).toBe('/questions/why-layers');
    expect(pageKey('_not-found.html')).toBe('/_not-found');
  });

  it('every response gets HSTS, nosniff, a referrer policy and a permissions policy', () => {
    expect(commonSecurityHeaders.map((header) => header.key)).toEqual(['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
  });
});
