import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the views show comes from the messages (t(), tCount(), tRich()):
 * no English typed into JSX text, into a string inside `{…}` in JSX, or into
 * the attributes people read or hear (aria-label, title, placeholder, alt,
 * label). Text without letters (symbols, punctuation, numbers) is fine, and
 * so is what sits in <code> or <kbd>: commands and keys, typed as they are.
 */
const ROOTS = ['components', 'entrypoints'];
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Letters, once HTML entities (`&nbsp;`) are set aside. */
const hasWords = (text: string) => /[A-Za-z]/.test(text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, ''));
const VERBATIM = new Set(['code', 'kbd']);
const inVerbatim = (node: ts.Node): boolean => ts.isJsxElement(node.parent) && VERBATIM.has(node.parent.openingElement.tagName.getText());

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** The strings an expression can evaluate to directly; a call (t(), a helper) is not looked into. */
function literals(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return literals(node.expression);
  if (ts.isConditionalExpression(node)) return [...literals(node.whenTrue), ...literals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literals(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) return [...literals(node.left), ...literals(node.right)];
  }
  return [];
}

/** `file:line  text` for each hard-coded piece of English. */
export function hardCodedText(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (hasWords(text)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}  ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (!inVerbatim(node)) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && !inVerbatim(node)) {
      for (const text of literals(node.expression)) report(node, text);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(node, init.text);
      else if (ts.isJsxExpression(init) && init.expression) for (const text of literals(init.expression)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no hard-coded English in the views', () => {
  it('finds English where it is typed in, and lets messages and symbols through (the check checks)', () => {
    const sample = `
      export const A = () => (
        <div title="Close" aria-label={open ? 'Hide' : t('x')} placeholder={t('y')} className="not-read">
          Hello {'world'} {n} · {'—'} &nbsp; {\`\${n} items\`} <img alt="" /> {t('ok')} × <kbd>Alt</kbd> <code>{'npm test'}</code>
        </div>
      );`;
    expect(hardCodedText('sample.tsx', sample).map((line) => line.split('  ')[1])).toEqual(['"Close"', '"Hide"', '"Hello"', '"world"', '"items"']);
  });

  it('every .tsx under components/ and entrypoints/ takes its words from the messages', () => {
    expect(ROOTS.flatMap(tsxFiles).flatMap((file) => hardCodedText(file))).toEqual([]);
  });
});
