/**
 * Small DOM helpers shared by adapters. They only read; they never write to
 * the host page.
 */
import { cleanText } from '@/domain/text';

/** First element matching any selector, in priority order. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Cleaned text of the first matching element that has any text. */
export function firstText(root: ParentNode, selectors: readonly string[], maxLength: number): string {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).slice(0, 5)) {
      const text = cleanText(el.textContent, maxLength);
      if (text) return text;
    }
  }
  return '';
}

/** Content of a `<meta name|property=…>` tag. */
export function metaContent(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`);
  return el?.getAttribute('content') ?? '';
}

/** Every JSON-LD object on the page, flattened through `@graph`; bad JSON is skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const items = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of items) {
        if (!item || typeof item !== 'object') continue;
        const graph = (item as Record<string, unknown>)['@graph'];
        if (Array.isArray(graph)) out.push(...graph.filter((g): g is Record<string, unknown> => !!g && typeof g === 'object'));
        else out.push(item as Record<string, unknown>);
      }
    } catch {
      // Hostile or truncated JSON-LD: ignore it, other layers still work.
    }
  }
  return out;
}
