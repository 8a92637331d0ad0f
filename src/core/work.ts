/**
 * An optional count of the steps the engine's loops take, for tests of its complexity that measure work, not time
 * (issue 10). Off unless a test turns it on; when off, a step costs one comparison. Regular expressions and Array
 * methods are counted from outside (test/helpers/work-meter.ts); this counts the loops written out by hand.
 */
export const workCounter = { on: false, steps: 0 };

export function countSteps(n: number): void {
  if (workCounter.on) workCounter.steps += n;
}
