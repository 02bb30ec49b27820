import { describe, expect, it } from 'vitest';
import { separateHiddenRuns } from '../../src/extract/pdfHiddenText.ts';
import type { PdfTextRun } from '../../src/extract/types.ts';

function run(text: string, x: number, y: number, size = 10): PdfTextRun {
  return { text, x, y, width: text.length * size * 0.5, height: size, font: 'Body' };
}

describe('separateHiddenRuns', () => {
  it.each([0.1, 1, 2, 2.4])('takes out %s pt text', (size) => {
    const planted = run('Kubernetes Terraform', 40, 400, size);
    expect(separateHiddenRuns([[run('Built REST APIs in Go', 40, 700), planted]])).toEqual({
      visible: [[run('Built REST APIs in Go', 40, 700)]],
      hiddenText: [{ kind: 'tiny-text', chars: 20, sample: 'Kubernetes Terraform' }],
    });
  });

  it.each([2.5, 4, 6, 8])('keeps %s pt small print', (size) => {
    const smallPrint = [run('References on request', 40, 40, size)];
    expect(separateHiddenRuns([smallPrint])).toEqual({ visible: [smallPrint], hiddenText: [] });
  });

  it('counts the characters taken out on every page and quotes the first 60 or so, in whole words', () => {
    const planted = (from: number) => Array.from({ length: 6 }, (_, i) => run(`keyword${from + i}`, 40, 400 - i, 1));
    const { visible, hiddenText } = separateHiddenRuns([
      [run('Built REST APIs in Go', 40, 700), ...planted(0)],
      [...planted(6), run('Ran Kafka pipelines', 40, 700)],
    ]);
    expect(visible).toEqual([[run('Built REST APIs in Go', 40, 700)], [run('Ran Kafka pipelines', 40, 700)]]);
    expect(hiddenText).toEqual([{ kind: 'tiny-text', chars: 10 * 8 + 2 * 9, sample: 'keyword0 keyword1 keyword2 keyword3 keyword4 keyword5' }]);
  });

  it('leaves whitespace of any size to the layout, which reads the gaps it leaves', () => {
    const spaces = [run(' ', 40, 400, 1), run(' ', 80, 400)];
    expect(separateHiddenRuns([spaces])).toEqual({ visible: [spaces], hiddenText: [] });
  });
});
