/**
 * Where adapters look: the document, open shadow roots (web-component UIs)
 * and same-origin frames, all with fixed bounds so a 50,000-node page or a
 * deep component tree costs the same as a small one. Read-only.
 */

/** Bounds for the shadow-root walk: web-component UIs, not whole-page scans. */
const SHADOW_WALK_NODES = 5_000;
const MAX_SHADOW_ROOTS = 100;
const MAX_SHADOW_DEPTH = 4;
const MAX_FRAMES = 5;

export type Root = Document | ShadowRoot;

/** Open shadow roots under `root`, found by a bounded walk (closed roots are invisible by design). */
export function openShadowRoots(root: Root): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  let budget = SHADOW_WALK_NODES;
  const visit = (scope: Root, depth: number): void => {
    const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
    if (!doc) return;
    const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node && budget > 0; node = walker.nextNode()) {
      budget -= 1;
      const shadow = (node as Element).shadowRoot;
      if (!shadow || found.length >= MAX_SHADOW_ROOTS) continue;
      found.push(shadow);
      if (depth < MAX_SHADOW_DEPTH) visit(shadow, depth + 1);
    }
  };
  visit(root, 1);
  return found;
}

/** Documents of same-origin child frames; cross-origin frames are skipped without error. */
export function frameDocuments(doc: Document): Document[] {
  const docs: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame')).slice(0, MAX_FRAMES)) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // Cross-origin: that frame runs its own content script.
    }
  }
  return docs;
}

/** Up to `limit` matches across roots, in order; an unsupported selector matches nothing. */
export function queryAll(roots: readonly ParentNode[], selector: string, limit: number): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    let matches: NodeListOf<Element>;
    try {
      matches = root.querySelectorAll(selector);
    } catch {
      return out; // a selector this engine does not support: treat as no match
    }
    for (let i = 0; i < matches.length && out.length < limit; i += 1) out.push(matches[i] as Element);
    if (out.length >= limit) break;
  }
  return out;
}

/** Inside `container`, also through shadow boundaries (host chain, bounded). */
export function isInside(el: Element, container: Element): boolean {
  let node: Node | null = el;
  for (let hops = 0; node && hops <= MAX_SHADOW_DEPTH; hops += 1) {
    if (container.contains(node)) return true;
    const root = node.getRootNode() as Node & { host?: Element };
    node = root.host ?? null;
  }
  return false;
}

/** Rendered for the user: not hidden, not inside a template. */
export function isShown(el: Element): boolean {
  return !el.closest('[hidden], template');
}

/** Shown and not part of a skeleton still loading (`aria-busy`). */
export function isReady(el: Element): boolean {
  return !el.closest('[hidden], template, [aria-busy="true"]');
}

