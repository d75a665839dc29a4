import { readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';

/**
 * Dependencies flow one way in lambda/: the Alexa layer (handlers, interceptors) on the guide, the
 * guide on play-along and screens, those on the turn, storage and the lazy facade, and everything on
 * the pure layers (routine, speech, content, logging). `npm test` runs this (test/dependencies.test.ts):
 * a new import circle or an import that runs back up fails it. Type-only imports are not dependencies
 * at run time and are not counted; the lazy facade loads its chunks by computed path.
 */
export const LAYERS: readonly (readonly [string, number])[] = [
  ['lambda/index.ts', 6],
  ['lambda/skill.ts', 6],
  ['lambda/alexa/handlers/', 5],
  ['lambda/alexa/interceptors/', 5],
  ['lambda/guide/', 4],
  // The course and companion's replies (a lazy chunk), beside the guide they build on.
  ['lambda/companion/', 4],
  ['lambda/play-along/', 3],
  ['lambda/screens/', 3],
  ['lambda/render/', 3],
  ['lambda/alexa/', 2],
  ['lambda/storage/', 2],
  ['lambda/speech/', 1],
  ['lambda/content/', 1],
  // The practice log and the baby's age: rules over the routine and the profile.
  ['lambda/course/', 1],
  ['lambda/routine/', 0],
  ['lambda/logging/', 0],
  // The facade imports only types of the chunks it loads: anything may use it.
  ['lambda/lazy/', 0],
];

export function layerOf(file: string): number {
  const found = LAYERS.find(([prefix]) => file === prefix || file.startsWith(prefix));
  if (!found) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return found[1];
}

/** Every runtime import between lambda's own files: file -> files it imports (paths from the root). */
export function importGraph(root: string): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (rel.endsWith('.ts')) files.push(rel);
    }
  };
  walk('lambda');
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)';/gm)) {
      if (match[1]) continue;
      const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[2]));
      const target = [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => files.includes(candidate));
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Imports from a lower layer to a higher one. */
export function upwardImports(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) for (const target of targets) if (layerOf(target) > layerOf(file)) found.push(`${file} -> ${target}`);
  return found;
}

/** Each import circle once, as the files around it. */
export function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push(stack.slice(stack.indexOf(target)));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

if (require.main === module) {
  const graph = importGraph(path.join(__dirname, '..', '..'));
  const problems = [...upwardImports(graph).map((line) => `upward: ${line}`), ...circles(graph).map((files) => `circle: ${files.join(' -> ')}`)];
  console.log(problems.length ? problems.join('\n') : 'dependencies flow one way, no circles');
  process.exitCode = problems.length ? 1 : 0;
}
