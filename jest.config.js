/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is done once by `tsc --noEmit` in `npm test`; ts-jest only transpiles.
    '^.+\\.ts$': 'ts-jest',
  },
  testTimeout: 30000,
  // Every core: jest's default leaves one idle (cores - 1), which on the 2-core CI machine runs the
  // suites one at a time. The suites share nothing (each has its own temporary folders, ports and
  // servers on 127.0.0.1), and the deadline tests allow for a loaded machine: 2 workers take npm test's
  // jest from about 110 s to about 78 s there.
  maxWorkers: '100%',
};
