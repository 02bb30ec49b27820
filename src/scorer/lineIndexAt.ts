import type { ResumeLine } from './types.ts';

/**
 * The index of the line a character offset stands in (-1 between lines), found by halving: a hostile resume
 * holds thousands of lines and mentions, and each mention asks.
 */
export function lineIndexAt(lines: readonly Pick<ResumeLine, 'start' | 'end'>[]): (at: number) => number {
  return (at) => {
    let low = 0;
    let high = lines.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const line = lines[mid]!;
      if (at < line.start) high = mid - 1;
      else if (at >= line.end) low = mid + 1;
      else return mid;
    }
    return -1;
  };
}
