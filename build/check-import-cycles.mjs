#!/usr/bin/env node
/**
 * Fails when the renderer's source has an import cycle (run by `npm run lint`).
 *
 * Builds the import graph of renderer/src with the TypeScript compiler's own module resolution
 * (static imports, re-exports and `import type` alike: a type-only cycle still tangles the
 * layering) and reports every strongly connected component of more than one file (Tarjan).
 * A cycle makes module evaluation order matter and usually means a constant or a helper sits
 * in the wrong file: move it into a small file both sides import.
 *
 * Usage: node build/check-import-cycles.mjs [folder ...]   (default: renderer/src)
 * Why not eslint-plugin-import-x's no-cycle: it finds the same cycles but adds ~40 % to the lint.
 */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import ts from 'typescript';

const root = process.cwd();
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['renderer/src'];

const files = [];
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
}
for (const folder of folders) walk(path.resolve(root, folder));

const options = { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.ReactJSX, allowImportingTsExtensions: true };
const host = ts.createCompilerHost(options);
const inScope = new Set(files);
const graph = new Map();
for (const file of files) {
  const imported = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles;
  const targets = new Set();
  for (const { fileName } of imported) {
    const resolved = ts.resolveModuleName(fileName, file, options, host).resolvedModule;
    if (resolved && !resolved.isExternalLibraryImport) {
      const target = path.resolve(resolved.resolvedFileName);
      if (inScope.has(target)) targets.add(target);
    }
  }
  graph.set(file, [...targets]);
}

// Tarjan's strongly connected components, iterative (deep import chains would overflow the stack).
let counter = 0;
const index = new Map();
const low = new Map();
const onStack = new Set();
const stack = [];
const cycles = [];
for (const start of graph.keys()) {
  if (index.has(start)) continue;
  const work = [[start, 0]];
  index.set(start, counter); low.set(start, counter); counter += 1; stack.push(start); onStack.add(start);
  while (work.length > 0) {
    const frame = work[work.length - 1];
    const [node, next] = frame;
    const targets = graph.get(node);
    if (next < targets.length) {
      frame[1] += 1;
      const target = targets[next];
      if (!index.has(target)) {
        index.set(target, counter); low.set(target, counter); counter += 1; stack.push(target); onStack.add(target);
        work.push([target, 0]);
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node), index.get(target)));
      }
      continue;
    }
    work.pop();
    if (work.length > 0) {
      const parent = work[work.length - 1][0];
      low.set(parent, Math.min(low.get(parent), low.get(node)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== node);
      if (component.length > 1 || graph.get(node).includes(node)) cycles.push(component);
    }
  }
}

const rel = (file) => path.relative(root, file).split(path.sep).join('/');
if (cycles.length === 0) {
  console.log(`check-import-cycles: no import cycles in ${folders.join(', ')} (${graph.size} files).`);
} else {
  console.error(`check-import-cycles: ${cycles.length} import cycle(s) in ${folders.join(', ')}:`);
  for (const component of cycles) {
    const members = new Set(component);
    console.error(`\n  ${component.length} files import each other:`);
    for (const file of component.sort()) {
      const inside = graph.get(file).filter((target) => members.has(target)).map(rel);
      console.error(`    ${rel(file)}  ->  ${inside.join(', ')}`);
    }
  }
  console.error('\nMove what both sides need into a small module of its own (see docs/ARCHITECTURE-NOTES.md).');
  process.exitCode = 1;
}
