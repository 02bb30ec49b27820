import { scanWordXml } from './wordXmlScanner.ts';

export interface WordXmlCounts {
  /** Every element, whatever its name: what it costs mammoth to build its document model. */
  elements: number;
  /** `w:p` elements, empty ones included. */
  paragraphs: number;
}

/** Counts the elements of one WordprocessingML part, in one linear pass. */
export function countWordXml(xml: string): WordXmlCounts {
  const counts: WordXmlCounts = { elements: 0, paragraphs: 0 };
  scanWordXml(xml, {
    open({ name }) {
      counts.elements += 1;
      if (name === 'w:p') counts.paragraphs += 1;
    },
  });
  return counts;
}
