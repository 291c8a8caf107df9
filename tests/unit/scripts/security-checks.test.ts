import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM scripts without type declarations
import { ADVISORY_FLOORS, compareVersions, missingFixes } from '@/scripts/audit.mjs';
// @ts-expect-error plain ESM scripts without type declarations
import { checkProject, findSinks } from '@/scripts/check-html-sinks.mjs';

/** A throwaway project with the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sinks-'));
  for (const folder of ['app', 'components', 'lib']) mkdirSync(join(root, folder), { recursive: true });
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), source);
  }
  return root;
}

describe('check-html-sinks', () => {
  it('finds every kind of HTML sink', () => {
    const source = ['<div dangerouslySetInnerHTML={{ __html: x }} />', 'select(node).html(label)', 'node.innerHTML = s', 'node.outerHTML = s', "node.insertAdjacentHTML('beforeend', s)", 'document.write(s)', 'node.textContent = s'].join('\n');
    expect(findSinks(source).map((sink: { line: number }) => sink.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('fails a widget that feeds state into .html(), and passes the allow-listed files', () => {
    const clean = { 'app/layout.tsx': '<script dangerouslySetInnerHTML={{ __html: themeScript }} />', 'components/article/MathHtml.tsx': 'a dangerouslySetInnerHTML\nb dangerouslySetInnerHTML' };
    expect(checkProject(project(clean))).toEqual([]);
    const bad = project({ ...clean, 'components/widgets/X/draw.ts': "svg.select('text').html(state.label);" });
    expect(checkProject(bad)).toEqual(["components/widgets/X/draw.ts:1: HTML sink: svg.select('text').html(state.label);"]);
    const extra = project({ ...clean, 'app/layout.tsx': 'dangerouslySetInnerHTML\ndangerouslySetInnerHTML' });
    expect(checkProject(extra)).toHaveLength(2);
  });

  it('the real project has no sink outside the allow-list', () => {
    expect(checkProject(process.cwd())).toEqual([]);
  });
});

describe('audit', () => {
  it('compareVersions orders x.y.z numerically', () => {
    expect(compareVersions('16.4.6', '16.2.11')).toBe(1);
    expect(compareVersions('16.2.9', '16.2.11')).toBe(-1);
    expect(compareVersions('19.3.1', '19.3.1')).toBe(0);
  });

  it('missingFixes lists the advisories fixed after the installed version', () => {
    expect(missingFixes('16.4.6', ADVISORY_FLOORS.next)).toEqual([]);
    const old = missingFixes('16.1.0', ADVISORY_FLOORS.next);
    expect(old).toHaveLength(3);
    expect(old[0]).toMatch(/CVE-2026-23864.*fixed in 16\.1\.5/);
    expect(missingFixes('19.2.3', ADVISORY_FLOORS.react)).toHaveLength(1);
  });
});
