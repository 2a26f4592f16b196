/** The outcome of {@link parsePrometheusText}. */
export interface PrometheusTextResult {
  /** True when every line is well-formed and there is at least one sample. */
  valid: boolean;
  /** Sample lines seen; 0 when the body is not valid. */
  samples: number;
  /** Why the body is not valid, with the 1-based line number where it applies. */
  error?: string;
}

const METRIC_TYPES = new Set([
  'counter',
  'gauge',
  'histogram',
  'summary',
  'untyped',
]);
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const METRIC_NAME_START = /[a-zA-Z_:]/;
const METRIC_NAME_CHAR = /[a-zA-Z0-9_:]/;
const LABEL_NAME_START = /[a-zA-Z_]/;
const LABEL_NAME_CHAR = /[a-zA-Z0-9_]/;
// Decimal floats and Inf as exporters write them; NaN is checked apart.
const FLOAT =
  /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Inf)$/;
const TIMESTAMP = /^-?\d+$/;
const BLANK_EDGES = /^[ \t]+|[ \t]+$/g;

class LineError extends Error {}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Validates a body against the Prometheus text exposition format 0.0.4.
 * Strict on syntax (names, label quoting, escapes, numbers) but does not
 * check type semantics such as histogram `le` labels.
 */
export function parsePrometheusText(body: string): PrometheusTextResult {
  const lines = body.split('\n');
  const helped = new Set<string>();
  const typed = new Set<string>();
  let samples = 0;

  for (let i = 0; i < lines.length; i++) {
    // Tolerate CRLF line ends; any other CR fails the grammar.
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    try {
      const trimmed = line.replace(/^[ \t]+/, '');
      if (trimmed === '') continue;
      if (trimmed.startsWith('#')) {
        parseComment(trimmed, helped, typed);
      } else {
        parseSample(trimmed);
        samples++;
      }
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      return { valid: false, samples: 0, error: `line ${i + 1}: ${e.message}` };
    }
  }

  if (samples === 0) {
    return { valid: false, samples: 0, error: 'no samples found' };
  }
  return { valid: true, samples };
}

function parseComment(line: string, helped: Set<string>, typed: Set<string>) {
  const afterHash = line.slice(1).replace(/^[ \t]+/, '');
  const keyword = afterHash.split(/[ \t]/)[0];
  // Any other comment is free text.
  if (keyword !== 'HELP' && keyword !== 'TYPE') return;

  const rest = afterHash.slice(keyword.length);
  const match = /^[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(rest);
  if (!match) throw new LineError(`# ${keyword} needs a metric name`);
  const [, name, text = ''] = match;
  if (!METRIC_NAME.test(name)) {
    throw new LineError(`invalid metric name "${name}" in # ${keyword}`);
  }

  if (keyword === 'HELP') {
    if (helped.has(name)) throw new LineError(`second # HELP for ${name}`);
    helped.add(name);
    if (text.replace(/\\[\\n]/g, '').includes('\\')) {
      throw new LineError('invalid escape in # HELP text');
    }
    return;
  }

  if (typed.has(name)) throw new LineError(`second # TYPE for ${name}`);
  typed.add(name);
  const type = text.replace(BLANK_EDGES, '');
  if (!METRIC_TYPES.has(type)) {
    throw new LineError(`unknown metric type "${type}" for ${name}`);
  }
}

function parseSample(line: string) {
  let pos = 0;
  const skipBlanks = () => {
    while (isBlank(line[pos])) pos++;
  };

  if (!METRIC_NAME_START.test(line[pos])) {
    throw new LineError('expected a metric name');
  }
  while (pos < line.length && METRIC_NAME_CHAR.test(line[pos])) pos++;
  const nameEnd = pos;
  skipBlanks();

  if (line[pos] === '{') {
    pos++;
    const seen = new Set<string>();
    for (;;) {
      skipBlanks();
      if (line[pos] === '}') break;
      if (!LABEL_NAME_START.test(line[pos] ?? '')) {
        throw new LineError('expected a label name or }');
      }
      const start = pos;
      while (pos < line.length && LABEL_NAME_CHAR.test(line[pos])) pos++;
      const label = line.slice(start, pos);
      if (seen.has(label)) throw new LineError(`duplicate label "${label}"`);
      seen.add(label);
      skipBlanks();
      if (line[pos] !== '=') throw new LineError(`expected = after ${label}`);
      pos++;
      skipBlanks();
      if (line[pos] !== '"') {
        throw new LineError(`expected a quoted value for ${label}`);
      }
      pos++;
      for (;;) {
        const c = line[pos];
        if (c === undefined) {
          throw new LineError(`unterminated value for ${label}`);
        }
        pos++;
        if (c === '"') break;
        if (c === '\\') {
          if (!['\\', '"', 'n'].includes(line[pos])) {
            throw new LineError(`invalid escape in value for ${label}`);
          }
          pos++;
        }
      }
      skipBlanks();
      if (line[pos] === ',') {
        pos++;
        continue;
      }
      if (line[pos] !== '}') throw new LineError('expected , or } after label');
    }
    pos++;
  } else if (pos === nameEnd && pos < line.length) {
    throw new LineError('invalid character in metric name');
  }

  const tokens = line
    .slice(pos)
    .replace(BLANK_EDGES, '')
    .split(/[ \t]+/);
  if (tokens[0] === '') throw new LineError('missing value');
  if (tokens.length > 2) throw new LineError('unexpected text after timestamp');
  const [value, timestamp] = tokens;
  if (value !== 'NaN' && !FLOAT.test(value)) {
    throw new LineError(`invalid value "${value}"`);
  }
  if (timestamp !== undefined && !TIMESTAMP.test(timestamp)) {
    throw new LineError(`invalid timestamp "${timestamp}"`);
  }
}
