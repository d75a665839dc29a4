import { existsSync, readFileSync, readdirSync } from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const INFRA = path.join(ROOT, 'infra');
/**
 * Paths a comment may name that are not files of this repository: the layout Alexa expects of a skill
 * package, and the S3 prefix of the play-along audio.
 */
const NOT_REPOSITORY_PATHS = ['interactionModels/custom/<locale>.json', 'audio/'];

/** Every TypeScript file under infra/, relative to the repository. */
function infraFiles(): string[] {
  return readdirSync(INFRA, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join('infra', file));
}

/** The comments of a TypeScript file: line comments and block comments. */
function commentsOf(source: string): string[] {
  return [...source.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)].map((match) => match[0]);
}

/**
 * Words in a comment that name a file or folder: names joined by slashes that end in an extension or a
 * slash, or that start at ./, ../, / or ~/ (so "read/write" is not one, "tools/build.ts" and "../shared/x" are).
 */
function pathsIn(comment: string): string[] {
  return [...comment.matchAll(/(?:\.{1,2}\/|\/|~\/)?[\w<>-][\w.<>-]*(?:\/[\w.<>*-]+)*\/?/g)]
    .map((match) => match[0].replace(/\.+$/, ''))
    .filter((word) => word.includes('/') && (/\.\w+$/.test(word) || word.endsWith('/') || /^(\.{1,2}\/|\/|~\/)/.test(word)));
}

describe('comments in infra/', () => {
  const references = infraFiles().flatMap((file) => commentsOf(readFileSync(path.join(ROOT, file), 'utf8')).flatMap((comment) => pathsIn(comment).map((reference) => ({ file, reference }))));

  it('name files, and there are some to check', () => {
    expect(references.map((r) => r.reference)).toEqual(expect.arrayContaining(['tools/build.ts', 'lambda/play-along/presign.ts', 'skill-package/skill.json']));
  });

  it('point only at files and folders inside the repository, and ones that exist', () => {
    const outside = references.filter(({ reference }) => !NOT_REPOSITORY_PATHS.includes(reference)).filter(({ reference }) => {
      if (/^(\.\.\/|\/|~\/)/.test(reference)) return true;
      const target = path.resolve(ROOT, reference.replace(/^\.\//, '').replace(/\/$/, ''));
      return !target.startsWith(`${ROOT}${path.sep}`) || !existsSync(target);
    });
    expect(outside).toEqual([]);
  });
});
