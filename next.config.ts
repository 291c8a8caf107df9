import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { mdxPluginNames } from './mdx.config.mjs';

const nextConfig: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` in the test command, not again in every build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
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
