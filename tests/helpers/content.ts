import type { Problem } from '../../src/lib/content-check/problem.ts';

/**
 * False for the site settings' reminder of what a government site must still fill in
 * (a warning that stays until the office has its codes), so tests over the published
 * content can ask for "no other problem" whatever the settings hold.
 */
export function isNotSettingsReminder(p: Problem): boolean {
  return !(p.severity === 'warning' && p.file.endsWith('/site.yaml'));
}
