/** Types of security.config.mjs (plain ESM, so that Node scripts can import it too). */
export declare const CSP_HASHES_FILE: string;
export declare const NOT_FOUND_KEY: string;
export declare const commonSecurityHeaders: { key: string; value: string }[];
export declare function contentSecurityPolicy(options?: { scriptHashes?: readonly string[]; frameable?: boolean }): string;
export declare function isFrameable(path: string): boolean;
export declare function inlineScriptHashes(html: string): string[];
export declare function pageKey(relativePath: string): string;
