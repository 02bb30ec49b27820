import { decodeXmlText, scanWordXml } from './wordXmlScanner.ts';

/**
 * The text of each `w:p` that holds any in a WordprocessingML part (the `w:t` text of its runs; tabs as tabs,
 * breaks as spaces), in the order the paragraphs end; a paragraph inside another (a text box) is its own
 * entry, and one left open at the end of the part still counts. Linear in the part's length, however the
 * paragraphs nest or fail to close.
 */
export function wordXmlParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  const open: string[][] = [];
  let textDepth = 0;
  // A `w:tab` outside a run is a tab stop in the paragraph's properties, not a tab.
  let runDepth = 0;
  scanWordXml(xml, {
    open({ name }) {
      if (name === 'w:p') open.push([]);
      else if (name === 'w:r') runDepth += 1;
      else if (name === 'w:t') textDepth += 1;
      else if ((name === 'w:tab' || name === 'w:br') && runDepth > 0) open.at(-1)?.push(name === 'w:tab' ? '\t' : ' ');
    },
    close(name) {
      if (name === 'w:t') textDepth = Math.max(0, textDepth - 1);
      else if (name === 'w:r') runDepth = Math.max(0, runDepth - 1);
      else if (name === 'w:p') {
        const paragraph = open.pop();
        if (paragraph !== undefined && paragraph.length > 0) paragraphs.push(paragraph.join(''));
      }
    },
    text(start, end) {
      if (textDepth > 0) open.at(-1)?.push(decodeXmlText(xml.slice(start, end)));
    },
  });
  for (let paragraph = open.pop(); paragraph !== undefined; paragraph = open.pop()) {
    if (paragraph.length > 0) paragraphs.push(paragraph.join(''));
  }
  return paragraphs;
}
