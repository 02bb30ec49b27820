/*
 * Text boxes float where the designer put them (a sidebar beside the page's text), but their text is stored
 * in the paragraph they are anchored to, often the name at the very top. Read in place, a sidebar of skills
 * would split the name from the contact line under it. A reader reads the page's running text first and
 * the boxes beside it after, so their paragraphs move to the end of the body before mammoth reads it.
 */

const OPEN = '<w:txbxContent';
const CLOSE = '</w:txbxContent>';
/** A text box with this many paragraphs is a column of its own, not a caption or a badge. */
const SIDEBAR_PARAGRAPHS = 3;

export interface MovedTextBoxes {
  xml: string;
  /** Text boxes that hold a column of text (a sidebar): the page is laid out in columns. */
  sidebars: number;
}

/** The ranges of `<mc:Choice>` elements: the copy of a drawing that mammoth skips for its fallback. */
function choiceRanges(xml: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = xml.indexOf('<mc:Choice'); at !== -1; at = xml.indexOf('<mc:Choice', at + 1)) {
    const end = xml.indexOf('</mc:Choice>', at);
    if (end === -1) break;
    ranges.push([at, end]);
    at = end;
  }
  return ranges;
}

/** Moves each text box's paragraphs after the body's last paragraph, in order; one pass over the part. */
export function moveTextBoxesToEnd(xml: string): MovedTextBoxes {
  const choices = choiceRanges(xml);
  const kept: string[] = [];
  const moved: string[] = [];
  let sidebars = 0;
  let copied = 0;
  let choice = 0;
  for (let at = xml.indexOf(OPEN); at !== -1; at = xml.indexOf(OPEN, at)) {
    const start = xml.indexOf('>', at) + 1;
    const end = xml.indexOf(CLOSE, start);
    if (start === 0 || end === -1) break;
    while (choice < choices.length && choices[choice]![1] < at) choice += 1;
    const inChoice = choice < choices.length && choices[choice]![0] < at;
    const content = xml.slice(start, end);
    kept.push(xml.slice(copied, start));
    copied = end;
    if (!inChoice) {
      moved.push(content);
      if (content.split('<w:p>').length + content.split('<w:p ').length - 2 >= SIDEBAR_PARAGRAPHS) sidebars += 1;
    }
    at = end + CLOSE.length;
  }
  if (moved.length === 0) return { xml, sidebars: 0 };
  kept.push(xml.slice(copied));
  const rest = kept.join('');
  // Before the body's own section properties, which must stay its last child.
  const bodyEnd = rest.lastIndexOf('</w:body>');
  const sectionProperties = rest.lastIndexOf('<w:sectPr', bodyEnd);
  const insertAt = sectionProperties !== -1 && sectionProperties > rest.lastIndexOf('</w:p>', bodyEnd) ? sectionProperties : bodyEnd;
  if (insertAt === -1) return { xml, sidebars: 0 };
  return { xml: rest.slice(0, insertAt) + moved.join('') + rest.slice(insertAt), sidebars };
}
