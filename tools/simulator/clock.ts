/**
 * The simulator's clock: the process's `Date`, set to a chosen time and moved on by "[later 3d]", so
 * the built skill (which reads the time as Lambda would, from `new Date()`) steps through the course
 * across weeks. Timers are untouched: only what the time of day reads as changes.
 */
export class SimulatedClock {
  private offset = 0;

  constructor(start?: number) {
    const RealDate = Date;
    if (start !== undefined) this.offset = start - RealDate.now();
    const clock = () => this.offset;
    class SimulatedDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(RealDate.now() + clock());
        else super(...(args as ConstructorParameters<DateConstructor>));
      }

      static override now(): number {
        return RealDate.now() + clock();
      }
    }
    globalThis.Date = SimulatedDate as DateConstructor;
  }

  now(): Date {
    return new Date();
  }

  advance(ms: number): void {
    this.offset += ms;
  }
}
