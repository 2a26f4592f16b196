import { parsePrometheusText } from './prometheusText';

describe('parsePrometheusText', () => {
  it('accepts a typical exposition and counts its samples', () => {
    const body = [
      '# HELP http_requests_total The total number of HTTP requests.',
      '# TYPE http_requests_total counter',
      'http_requests_total{method="post",code="200"} 1027 1395066363000',
      'http_requests_total{method="post",code="400"}    3 1395066363000',
      '',
      '# Escaping in label values:',
      'msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9',
      '',
      '# Minimalistic line:',
      'metric_without_timestamp_and_labels 12.47',
      '',
      '# A weird metric from before the epoch:',
      'something_weird{problem="division by zero"} +Inf -3982045',
      '',
      '# HELP http_request_duration_seconds A histogram of the request duration.',
      '# TYPE http_request_duration_seconds histogram',
      'http_request_duration_seconds_bucket{le="0.05"} 24054',
      'http_request_duration_seconds_bucket{le="+Inf"} 144320',
      'http_request_duration_seconds_sum 53423',
      'http_request_duration_seconds_count 144320',
      '',
      '# TYPE rpc_duration_seconds summary',
      'rpc_duration_seconds{quantile="0.5"} NaN',
      'rpc_duration_seconds{quantile="0.99"} -Inf',
      '',
    ].join('\n');
    expect(parsePrometheusText(body)).toEqual({ valid: true, samples: 11 });
  });

  it('accepts what prom-client style exporters write, with CRLF too', () => {
    const body =
      '# HELP up Whether the target is up\r\n# TYPE up gauge\r\nup 1\r\n';
    expect(parsePrometheusText(body)).toEqual({ valid: true, samples: 1 });
  });

  it.each([
    ['colons in metric names', 'job:request_rate:5m 0.5'],
    ['empty label sets', 'up{} 1'],
    ['a trailing comma in labels', 'up{job="a",} 1'],
    ['blanks inside braces', 'up{ job = "a" , instance="b" } 1'],
    ['a blank before the braces', 'up {job="a"} 1'],
    ['no blank after the braces', 'up{job="a"}1'],
    ['empty label values', 'up{job=""} 1'],
    ['any UTF-8 in label values', 'up{job="façade } { ,"} 1'],
    ['exponents', 'x 1.5E-3'],
    ['leading dots', 'x .5'],
    ['signed values', 'x -12'],
    ['bare Inf', 'x Inf'],
    ['negative timestamps', 'x 1 -5'],
    ['leading blanks on a line', '   x 1'],
    ['free-form comments', '#comment\n# HELPER foo\n#\nx 1'],
    ['HELP with no text', '# HELP x\nx 1'],
    ['HELP with escapes', '# HELP x a \\\\ b \\n c\nx 1'],
    ['untyped metrics', '# TYPE x untyped\nx 1'],
    ['an OpenMetrics EOF marker', 'x 1\n# EOF'],
  ])('accepts %s', (_, body) => {
    expect(parsePrometheusText(body)).toMatchObject({ valid: true });
  });

  it.each([
    ['an empty body', '', 'no samples found'],
    ['only comments', '# HELP x y\n# TYPE x gauge\n', 'no samples found'],
    ['a JSON body', '{"status":"ok","metrics":{"up":1}}', 'line 1:'],
    [
      'an HTML page',
      '<!DOCTYPE html>\n<html><body><h1>Metrics</h1></body></html>',
      'line 1:',
    ],
    ['a name starting with a digit', '1up 1', 'line 1: expected a metric name'],
    ['a dash in a name', 'up-time 1', 'line 1: invalid character'],
    ['a missing value', 'x 1\nup', 'line 2: missing value'],
    ['a missing value after labels', 'up{a="b"}', 'line 1: missing value'],
    ['a non-numeric value', 'up yes', 'line 1: invalid value "yes"'],
    ['lowercase nan', 'up nan', 'line 1: invalid value'],
    ['a float timestamp', 'up 1 1.5', 'line 1: invalid timestamp'],
    ['extra text', 'up 1 2 3', 'line 1: unexpected text'],
    ['an unquoted label value', 'up{job=a} 1', 'line 1: expected a quoted'],
    [
      'single-quoted label values',
      "up{job='a'} 1",
      'line 1: expected a quoted',
    ],
    ['an unterminated label value', 'up{job="a} 1', 'line 1: unterminated'],
    ['an unknown escape', 'up{job="a\\tb"} 1', 'line 1: invalid escape'],
    ['a bad label name', 'up{1job="a"} 1', 'line 1: expected a label name'],
    ['a label name with a colon', 'up{a:b="a"} 1', 'line 1: expected ='],
    ['a missing comma', 'up{a="1" b="2"} 1', 'line 1: expected , or }'],
    ['a duplicate label', 'up{a="1",a="2"} 1', 'line 1: duplicate label'],
    ['an unknown type', '# TYPE x widget\nx 1', 'line 1: unknown metric type'],
    ['a TYPE without a type', '# TYPE x\nx 1', 'line 1: unknown metric type'],
    ['a TYPE without a name', '# TYPE\nx 1', 'line 1: # TYPE needs'],
    [
      'a bad name in HELP',
      '# HELP 9x help\nx 1',
      'line 1: invalid metric name',
    ],
    ['a bad escape in HELP', '# HELP x a\\tb\nx 1', 'line 1: invalid escape'],
    ['a second TYPE', '# TYPE x gauge\n# TYPE x gauge\nx 1', 'line 2: second'],
    ['a second HELP', '# HELP x a\n# HELP x b\nx 1', 'line 2: second'],
    ['a valid start then garbage', 'x 1\ny 2\n\nnot metrics', 'line 4:'],
    ['a stray carriage return', 'x 1\r\r\ny 2', 'line 1:'],
  ])('rejects %s', (_, body, error) => {
    const result = parsePrometheusText(body);
    expect(result.valid).toBe(false);
    expect(result.samples).toBe(0);
    expect(result.error).toContain(error);
  });
});
