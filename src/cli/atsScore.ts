#!/usr/bin/env node
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assertFileSize } from '../extract/extractDocument.ts';
import { ExtractError, type ExtractedDocument } from '../extract/types.ts';
import { nodePdfjs } from '../extract/pdfjsNode.ts';
import { exportCopy, type CopyResult } from '../export/exportCopy.ts';
import { nodeFonts } from '../export/fontSourceNode.ts';
import { describeDifferences, describeReadBack } from '../export/readBackCopy.ts';
import { COPY_FILE_TYPES, COPY_FORMATS, type CopyFormat } from '../export/types.ts';
import { monthOfDate } from '../scorer/dateRanges.ts';
import { extractJobKeywords } from '../scorer/extractJobKeywords.ts';
import { guideSpec } from '../library/guideSpec.ts';
import { customKeywordSpecs, mergeKeywordSpecs } from '../scorer/keywordSpecs.ts';
import { scoreResume } from '../scorer/scoreResume.ts';
import { termMatchers } from '../scorer/termMatchers.ts';
import type { KeywordSpec, ScoreInput } from '../scorer/types.ts';
import { readTaxonomy } from '../taxonomy/readTaxonomy.ts';
import { extractInWorker } from './extractInWorker.ts';
import { formatReport } from './formatReport.ts';
import { readGuide } from '../schemas/readGuide.ts';
import { readRole } from '../schemas/readRole.ts';

const USAGE = `Usage: ats-score <resume.pdf|.docx|.txt> [--guide <company>/<role>] [--jd <file>] [--keywords "A,B,C"] [--export <copy.docx|.pdf|.txt>] [--json]

Scores a resume the way an applicant tracking system reads it, on this machine.
  --guide     score against a guide's keywords and common mistakes, e.g. stripe/backend-developer
  --jd        a job description file (text, PDF or DOCX): its skills are added to the keywords
  --keywords  a comma-separated list of skills or phrases to score against
  --export    also write an ATS-safe copy (one column, standard headings, real bullets, contact in the body)
              as DOCX, PDF or plain text by the file's extension, read it back and report what it read
  --json      print one JSON object instead of the report

Exit status: 0 scored, 1 the file could not be read as a resume, 2 bad usage,
3 the ATS-safe copy was written but did not read back the same (what differs is printed).`;

/** The copy's format by the extension of the path it is written to. */
const EXPORT_FORMATS: ReadonlyMap<string, CopyFormat> = new Map(COPY_FORMATS.map((format) => [`.${COPY_FILE_TYPES[format].extension}`, format]));

const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

class UsageError extends Error {}

/** Reads and extracts a file; `role` names it in messages when it is not the resume. */
async function readInput(path: string, role?: string): Promise<ExtractedDocument> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UsageError(`${role ?? 'resume'}: no such file: ${path}`);
  }
  try {
    // Refused before a huge file is read into memory.
    assertFileSize(size, basename(path));
    return await extractInWorker(new Uint8Array(await readFile(path)), basename(path));
  } catch (error) {
    if (role && error instanceof ExtractError) throw new ExtractError(error.kind, `${role} (${basename(path)}): ${error.message}`);
    throw error;
  }
}

interface Options {
  file: string;
  guide: string | undefined;
  jd: string | undefined;
  keywords: string | undefined;
  export: { path: string; format: CopyFormat } | undefined;
  json: boolean;
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        guide: { type: 'string' },
        jd: { type: 'string' },
        keywords: { type: 'string' },
        export: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) throw new UsageError('');
  if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length === 0 ? 'Give one resume file.' : 'Give only one resume file.');
  const { guide, jd, keywords, json } = parsed.values;
  const exportPath = parsed.values.export;
  const format = exportPath === undefined ? undefined : EXPORT_FORMATS.get(extname(exportPath).toLowerCase());
  if (exportPath !== undefined && format === undefined) throw new UsageError(`--export: "${exportPath}" must end in .docx, .pdf or .txt, the copy's format.`);
  return { file: parsed.positionals[0]!, guide, jd, keywords, export: exportPath === undefined || format === undefined ? undefined : { path: exportPath, format }, json: json ?? false };
}

async function run(options: Options): Promise<{ output: string; exitCode: number }> {
  const taxonomy = readTaxonomy(`${CONTENT_DIR}/skills.yaml`);
  const matchers = termMatchers(taxonomy);
  let guide;
  try {
    guide = options.guide === undefined ? undefined : readGuide(CONTENT_DIR, options.guide);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const jobDescription = options.jd === undefined ? undefined : (await readInput(options.jd, 'Job description')).text;

  // The guide's keywords as its page scores them: the same spec, core skills and all.
  const spec = guide && options.guide ? guideSpec(options.guide, guide, readRole(CONTENT_DIR, guide.role), taxonomy) : undefined;
  let keywords: KeywordSpec[] = spec?.keywords ?? [];
  if (jobDescription !== undefined) keywords = mergeKeywordSpecs(keywords, extractJobKeywords(jobDescription, taxonomy));
  if (options.keywords !== undefined) keywords = mergeKeywordSpecs(keywords, customKeywordSpecs(options.keywords.split(','), matchers));

  const document = await readInput(options.file);
  const input: ScoreInput = {
    text: document.text,
    taxonomy,
    keywords,
    mistakes: spec?.mistakes ?? [],
    pages: document.pages,
    layout: document.layout,
    lines: document.lines,
    region: guide?.region ?? 'US',
    ...(guide?.maxPages === undefined ? {} : { maxPages: guide.maxPages }),
    ...(jobDescription === undefined ? {} : { jobDescription }),
    asOf: monthOfDate(new Date()),
  };
  const report = scoreResume(input);
  const copy = options.export ? await writeCopy(input, document, options.export) : undefined;
  const exitCode = copy && !copy.exported.readBack.passed ? 3 : 0;
  const file = basename(options.file);
  if (options.json) {
    const { scoringVersion, score, breakdown, keywords: results, checks, contact, sections, pages, words, bullets, warnings, posting } = report;
    const json = {
      file,
      ok: true,
      error: null,
      scoringVersion,
      score,
      breakdown,
      keywords: results,
      checks,
      contact,
      sections,
      pages,
      words,
      text: document.text,
      bullets,
      warnings,
      ...(posting === undefined ? {} : { posting }),
      ...(copy && options.export
        ? { export: { path: options.export.path, format: copy.exported.format, readBack: copy.exported.readBack, changes: copy.copy.changes, dropped: copy.copy.dropped } }
        : {}),
    };
    return { output: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  const against = [guide?.title, jobDescription === undefined ? undefined : 'the job description', options.keywords === undefined ? undefined : 'your keywords']
    .filter(Boolean)
    .join(' + ');
  const output = formatReport(file, against || 'general checks (no keyword list: use --guide, --jd or --keywords)', document, report);
  return { output: copy && options.export ? `${output}\n${formatCopy(options.export.path, copy)}` : output, exitCode };
}

/** Writes the ATS-safe copy where asked, after reading it back. */
async function writeCopy(input: ScoreInput, document: ExtractedDocument, target: { path: string; format: CopyFormat }): Promise<CopyResult> {
  const copy = await exportCopy(input, { text: document.text, lines: document.lines }, target.format, { pdfjs: nodePdfjs, fonts: nodeFonts });
  try {
    await writeFile(target.path, copy.exported.bytes);
  } catch (error) {
    throw new UsageError(`--export: could not write ${target.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return copy;
}

function formatCopy(path: string, { copy, exported }: CopyResult): string {
  const { readBack } = exported;
  const lines = [`ATS-safe copy written to ${path}`, `  ${describeReadBack(readBack)}`];
  if (!readBack.passed) {
    lines.push('  It did not read back the same as your resume:', ...describeDifferences(readBack).map((difference) => `    - ${difference}`));
  }
  for (const note of copy.changes) lines.push(`  Changed: ${note.message}`);
  for (const note of copy.dropped) lines.push(`  Left out: ${note.message}`);
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  let options: Options | undefined;
  try {
    options = parseOptions(argv);
    const { output, exitCode } = await run(options);
    process.stdout.write(output);
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(error.message ? `ats-score: ${error.message}\n\n${USAGE}\n` : `${USAGE}\n`);
      return error.message ? 2 : 0;
    }
    if (error instanceof ExtractError) {
      if (options?.json) {
        const json = { file: basename(options.file), ok: false, error: { kind: error.kind, message: error.message } };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        process.stderr.write(`ats-score: ${options ? basename(options.file) : ''}: ${error.message} (${error.kind})\n`);
      }
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
