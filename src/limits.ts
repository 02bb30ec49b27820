/*
 * How much work any input may cost, in one place: extraction, the browser worker and the CLI enforce these,
 * and every message that refuses an input quotes them. Each cap sits far above what a real resume or
 * posting needs and far below what makes the page or the CLI wait.
 */

/** A text PDF resume is well under 1 MB; one with a photo a few MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Characters of resume text, after extraction. One page of resume runs 3,000–5,000 characters, so this is a
 * 20-page academic CV with room to spare; a 3-page resume is about 15,000.
 */
export const MAX_RESUME_CHARS = 100_000;

/** Characters of a pasted job description: the longest real postings run to about 15,000. */
export const MAX_JOB_DESCRIPTION_CHARS = 30_000;

/** A resume has 1–3 pages; reading more only keeps the reader waiting on the wrong file. */
export const MAX_PDF_PAGES = 20;

/**
 * Text items pdf.js may produce for one page. A dense resume page prints 300–3,000 items (5,000 where each
 * glyph is its own item); a page of nested drawing instructions can produce millions.
 */
export const MAX_PDF_TEXT_ITEMS_PER_PAGE = 20_000;

/** Reading one PDF (every page) stops after this long: a resume reads in well under a second. */
export const PDF_TIME_BUDGET_MS = 15_000;

/**
 * One XML part of a DOCX, inflated. A resume's document.xml is 20–500 KB; the cap is checked while
 * inflating, whatever sizes the archive declares.
 */
export const MAX_DOCX_PART_BYTES = 10 * 1024 * 1024;

/** All XML parts of a DOCX together, inflated (images are never inflated). */
export const MAX_DOCX_XML_BYTES = 25 * 1024 * 1024;

/** Paragraphs in a DOCX body: a 20-page CV has about 1,000. */
export const MAX_DOCX_PARAGRAPHS = 20_000;

/**
 * XML elements in the parts mammoth parses. mammoth builds two trees of every element (xmldom's, then its
 * own) at 10–20 µs an element in Node, more in a browser: this cap is 3–5 s of its time. Word writes about
 * one element for every three characters of text, so a 20-page CV with its styles stays well under 50,000.
 * MAX_DOCX_PARAGRAPHS alone does not bound the work: one paragraph of 400,000 runs fits in a 10 MB part and
 * keeps mammoth busy for 15 s.
 */
export const MAX_DOCX_XML_ELEMENTS = 250_000;

/** Header and footer parts: Word writes at most three of each per section. */
export const MAX_DOCX_HEADER_FOOTER_PARTS = 64;

/**
 * The whole of reading and scoring one file, in the browser worker and in the CLI. Past it the worker is
 * ended (and with it whatever it was stuck on) and the reader is told why.
 */
export const FILE_TIME_BUDGET_MS = 20_000;

/** Memory the CLI's extraction thread may use before it is stopped (V8 old generation, MB). */
export const CLI_EXTRACTION_HEAP_MB = 512;
