// Paragraph blocks of normalised plain text: blank lines separate paragraphs, hard-wrapped lines are joined.

/** A candidate paragraph with the number of blank lines around it (layout hints for captions and labels). */
export interface Block {
  text: string;
  gapBefore: number; // blank lines before it (0 for the first block, or for one-line-per-paragraph text)
  gapAfter: number;
  /** Structural hint from a richer source (Markdown heading, HTML <h1>..<h6>, <figcaption>). */
  kind?: 'heading' | 'caption' | 'quote' | 'list-item';
  level?: number; // heading level when kind is 'heading'
}

/** A line longer than this is never the product of hard wrapping, so it ends its paragraph. */
const HARD_WRAP_MAX = 100;

/**
 * Blocks of `text` (already normalised: "\n" line ends, trimmed lines). Blank lines always separate paragraphs.
 * When the text is hard-wrapped (see `isHardWrapped`), consecutive lines are joined with a space unless a short line
 * ends a sentence; otherwise every line is its own paragraph (one-line-per-paragraph text copied from the web).
 */
export function splitBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const wrapped = isHardWrapped(lines);
  const out: Block[] = [];
  let blank = 0;
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    out.push({ text: current.join(' '), gapBefore: out.length === 0 ? 0 : blank, gapAfter: 0 });
    current = [];
    blank = 0;
  };
  for (const line of lines) {
    if (line === '') {
      flush();
      blank++;
      continue;
    }
    const prev = current[current.length - 1];
    if (prev !== undefined && (!wrapped || endsLikeALine(prev))) flush();
    current.push(line);
  }
  flush();
  for (let i = 0; i < out.length - 1; i++) out[i].gapAfter = out[i + 1].gapBefore;
  return out;
}

/**
 * Whether the lines look hard-wrapped: lines that continue onto a next non-blank line are nearly all of a similar,
 * bounded width, never longer than HARD_WRAP_MAX. Text with one paragraph per line has long, ragged lines instead.
 */
export function isHardWrapped(lines: string[]): boolean {
  let continued = 0;
  let long = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] === '' || lines[i + 1] === '') continue;
    continued++;
    if (lines[i].length > HARD_WRAP_MAX) long++;
  }
  return continued > 0 && long / continued < 0.1;
}

/** A short line that reads as complete on its own (a headline, a label, a sentence end) rather than a wrapped one. */
function endsLikeALine(line: string): boolean {
  return /[.!?:"')\]]$/.test(line) && line.length < HARD_WRAP_MAX * 0.6;
}
