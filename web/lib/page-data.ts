/**
 * API answers a prerendered page was rendered with, embedded in it as JSON (not a script: CSP allows no
 * inline script) under their request path, so the first render in the browser matches the HTML.
 */
export function pageData(): Map<string, unknown> {
  if (typeof document === 'undefined') return new Map();
  const element = document.getElementById('page-data');
  if (!element?.textContent) return new Map();
  return new Map(Object.entries(JSON.parse(element.textContent) as Record<string, unknown>));
}
