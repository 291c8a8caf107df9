// The script files a page's HTML loads in the browsers the site supports: every <script src>,
// once each, except `noModule` ones (Next's legacy polyfills, which module-capable browsers skip).
// The first-load gate and the site benchmark both count these.
export function loadedScriptSources(html) {
  const tags = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((match) => !/nomodule/i.test(match[1] + match[3]));
  return [...new Set(tags.map((match) => match[2]))];
}
