/**
 * `npm run test:full` sets FULL=1: the rendering suites then draw every screen and render every step
 * of every routine in every locale. `npm test` renders a sample that still reaches every routine,
 * locale and screen type (see the header of each suite).
 */
export const FULL = process.env.FULL === '1';
