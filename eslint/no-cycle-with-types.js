import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { moduleVisitor, relative, resolve } from 'eslint-plugin-import-x/utils';

/**
 * `import-x/no-cycle` skips type-only imports, with no option to count them: `import type` from a module that imports
 * you back passes. This rule counts every import: value, type-only and dynamic, resolved by import-x's resolver (the
 * same settings as the zones). A type-only cycle is still two modules that cannot be read alone; the fix is a
 * types-only module both import.
 *
 * Speed: import-x parses every reachable module and walks the graph again for each linted file. Here the imports of a
 * file are read by TypeScript's scanner (`preProcessFile`, no parse) and kept until the file changes, and the strongly
 * connected components (Tarjan) are found once for every file of a run: an import is a cycle when its target is in
 * the importer's component. The components are recomputed after CACHE_MS, so an editor session sees changes.
 */
const CACHE_MS = 5_000;
const isSource = (file) => /\.(ts|tsx|js)$/.test(file) && !file.split(path.sep).includes('node_modules');
/** File -> its mtime and the source files it imports. */
const edgesOf = new Map();
let graph = newGraph();

function newGraph() {
  return { created: Date.now(), counter: 0, index: new Map(), low: new Map(), component: new Map() };
}

function importsOf(file, context) {
  const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (mtime === undefined) return [];
  const cached = edgesOf.get(file);
  if (cached?.mtime === mtime) return cached.edges;
  const edges = [];
  for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
    let target = null;
    try {
      target = relative(fileName, file, context.settings, context);
    } catch {
      // unresolvable: the zones and TypeScript report it
    }
    if (target && isSource(target)) edges.push(target);
  }
  edgesOf.set(file, { mtime, edges });
  return edges;
}

/** Tarjan's algorithm from one module; modules whose component is known are finished and not walked again. */
function connect(id, context, stack = [], onStack = new Set()) {
  const { index, low, component } = graph;
  index.set(id, graph.counter);
  low.set(id, graph.counter);
  graph.counter += 1;
  stack.push(id);
  onStack.add(id);
  for (const next of importsOf(id, context)) {
    if (component.has(next)) continue;
    if (!index.has(next)) {
      connect(next, context, stack, onStack);
      low.set(id, Math.min(low.get(id), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(id, Math.min(low.get(id), index.get(next)));
    }
  }
  if (low.get(id) === index.get(id)) {
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.set(member, id);
    } while (member !== id);
  }
}

/** A shortest route from `from` back to `to` inside their component, for the message. */
function routeBack(from, to, context) {
  const component = graph.component.get(to);
  const previous = new Map([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length && !previous.has(to); i++) {
    for (const next of importsOf(queue[i], context)) {
      if (previous.has(next) || graph.component.get(next) !== component) continue;
      previous.set(next, queue[i]);
      queue.push(next);
    }
  }
  const route = [];
  for (let at = to; at != null; at = previous.get(at)) route.unshift(at);
  return route;
}

export const noCycleWithTypes = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included.' },
    schema: [],
    messages: {
      cycle: 'Dependency cycle (type-only imports count): {{route}}. Move the shared types into a types-only module.',
    },
  },
  create(context) {
    const filename = context.physicalFilename;
    if (Date.now() - graph.created > CACHE_MS) graph = newGraph();
    return moduleVisitor((source, importer) => {
      const target = resolve(source.value, context);
      if (target == null || target === filename || !isSource(target)) return;
      if (!graph.component.has(target)) connect(target, context);
      const own = graph.component.get(filename);
      if (own === undefined || own !== graph.component.get(target)) return;
      const names = [filename, ...routeBack(target, filename, context)].map((p) => path.basename(p));
      context.report({ node: importer, messageId: 'cycle', data: { route: names.join(' → ') } });
    });
  },
};
