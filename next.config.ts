import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { mdxPluginNames } from './mdx.config.mjs';
import { commonSecurityHeaders, contentSecurityPolicy } from './security.config.mjs';

const nextConfig: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` in the test command, not again in every build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    // Pages get their Content-Security-Policy (with their inline scripts' hashes) from proxy.ts;
    // everything else gets the asset policy here, which is also what a worker started from a
    // script runs under.
    const assetPolicy = { key: 'Content-Security-Policy', value: contentSecurityPolicy() };
    return [
      { source: '/:path*', headers: commonSecurityHeaders },
      { source: '/_next/:path*', headers: [assetPolicy] },
      { source: '/tfjs/:path*', headers: [assetPolicy] },
      { source: '/data/:path*', headers: [assetPolicy] },
      {
        source: '/:path*.wasm',
        headers: [{ key: 'Content-Type', value: 'application/wasm' }],
      },
    ];
  },
};

// Turbopack (the default in Next 16) needs the plugins named as strings.
const withMDX = createMDX({ options: mdxPluginNames });

export default withMDX(nextConfig);
