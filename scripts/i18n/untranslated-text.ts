import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/*
 * Finds UI text written in components rather than taken from the message catalogue: JSX text with letters, and
 * string literals with letters in the attributes a reader sees or hears (aria-label, title, placeholder, alt, label,
 * legend, …). Text in plain .ts files (labels built in functions) is not seen here: review those by hand.
 */

export interface UntranslatedText {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value a reader sees or a screen reader says. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'caption',
  'summary',
  'heading',
  'description',
  'emptyText',
  'fallbackText',
]);

/** Words that are the same in every language here: names, formats, units of the trade. */
const SAME_IN_EVERY_LANGUAGE =
  /^(Claimwatch|CSV|JSON|PNG|SVG|PDF|OpenAPI|API|SHA-256|URL|ID|ISO 8601|oEmbed|[A-F]|[1-6])$/;

const hasLetters = (text: string) => /\p{L}/u.test(text);

function check(file: string, source: ts.SourceFile, found: UntranslatedText[]) {
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!hasLetters(trimmed) || SAME_IN_EVERY_LANGUAGE.test(trimmed)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, text: trimmed });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      const init = node.initializer;
      if (READ_ATTRIBUTES.has(name)) {
        if (ts.isStringLiteral(init)) report(init, init.text);
        else if (ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression))
          report(init, init.expression.text);
      }
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      ts.isJsxElement(node.parent)
    )
      report(node, node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

/** Every piece of UI text under `root`'s src/ that does not come from the catalogue. */
export function untranslatedText(root: string): UntranslatedText[] {
  const found: UntranslatedText[] = [];
  for (const path of tsxFiles(join(root, 'src'))) {
    if (path.includes(`${join('src', 'testing')}`)) continue;
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    check(relative(root, path), source, found);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = untranslatedText(process.cwd());
  const byFile = new Map<string, number>();
  for (const f of found) byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
  for (const f of found) console.log(`${f.file}:${f.line}  ${f.text}`);
  console.log(`\n${found.length} untranslated texts in ${byFile.size} files`);
}
