import { describe, expect, it } from 'vitest';
import { plainMarkup } from '../../src/export/plainMarkup.ts';

describe('plainMarkup', () => {
  it('takes out emphasis and code marks, and writes links out', () => {
    expect(plainMarkup('**Data Engineer, Flipkart** — 2019 – 2024')).toBe('Data Engineer, Flipkart — 2019 – 2024');
    expect(plainMarkup('Tuned `kubectl` rollouts with __Argo CD__')).toBe('Tuned kubectl rollouts with Argo CD');
    expect(plainMarkup('[LinkedIn](https://www.linkedin.com/in/ravi-k) · [github.com/ravik](https://github.com/ravik)')).toBe(
      'LinkedIn (https://www.linkedin.com/in/ravi-k) · https://github.com/ravik',
    );
  });

  it('leaves single marks that are part of words alone', () => {
    expect(plainMarkup('ravi_k@example.com · snake_case_names · 5 * 3 = 15')).toBe('ravi_k@example.com · snake_case_names · 5 * 3 = 15');
  });
});
