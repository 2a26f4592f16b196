import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from './readSoloTrekConfig';

const clone = () => JSON.parse(JSON.stringify(nimbusConfig));

function errorFor(mutate: (c: any) => void): Error & { keyPath?: string } {
  const config = clone();
  mutate(config);
  try {
    readSoloTrekConfig(new ConfigReader({ soloTrek: config }));
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the config to be refused');
}

describe('readSoloTrekConfig', () => {
  it('reads the example config and compiles its rules', () => {
    const config = readSoloTrekConfig(new ConfigReader({ soloTrek: clone() }));
    const [nimbus] = config.migrations;
    expect(nimbus.id).toBe('nimbus');
    expect(nimbus.window.start.toISODate()).toBe('2026-01-01');
    expect(nimbus.window.sunset.toISODate()).toBe('2027-12-31');
    expect(nimbus.creed.map(c => [c.id, c.severity, c.waivable])).toEqual([
      ['prometheus-metrics', 'must', false],
      ['cost-center', 'must', false],
      ['encryption-at-rest', 'should', true],
    ]);
    expect(nimbus.liveWhen.description).toBe(
      'annotation nimbus.io/cluster exists',
    );
    expect(config.stageReporters).toEqual(['ci-pipeline']);
    expect(config.waivers.maxDays).toBe(180);
    expect(nimbus.segmentation.complexityThreshold).toBe(4);
  });

  it.each([
    ['template:default/add-prometheus-metrics'],
    ['default/add-prometheus-metrics'],
    ['add-prometheus-metrics'],
    ['Template:default/add-prometheus-metrics'],
  ])('reads the remediation template %s as a full ref', template => {
    const config = clone();
    config.migrations[0].creed[0].remediation.template = template;
    const [nimbus] = readSoloTrekConfig(
      new ConfigReader({ soloTrek: config }),
    ).migrations;
    expect(nimbus.creed[0].remediation).toEqual({
      text: 'Add the scrape annotation and the metrics middleware',
      url: 'https://example.com/golden-path/metrics',
      template: 'template:default/add-prometheus-metrics',
    });
  });

  it('reads the time zone of the calendar, UTC by default, and names a zone that does not exist', () => {
    expect(
      readSoloTrekConfig(new ConfigReader({ soloTrek: clone() })).timeZone,
    ).toBe('UTC');
    expect(
      readSoloTrekConfig(
        new ConfigReader({
          soloTrek: { ...clone(), timeZone: 'Europe/Berlin' },
        }),
      ).timeZone,
    ).toBe('Europe/Berlin');
    const error = errorFor(c => {
      c.timeZone = 'Europe/Atlantis';
    });
    expect(error.message).toMatch(
      /soloTrek\.timeZone: not an IANA time zone; use a name such as Europe\/Berlin or UTC/,
    );
  });

  it('reads the forecast’s minimum history, at most the weeks it fits', () => {
    expect(
      readSoloTrekConfig(new ConfigReader({ soloTrek: clone() })).forecast,
    ).toEqual({ weeks: 8, minWeeks: 3, atRiskMarginDays: 30 });
    const error = errorFor(c => {
      c.forecast = { weeks: 4, minWeeks: 6 };
    });
    expect(error.message).toMatch(
      /soloTrek\.forecast\.minWeeks: must not exceed forecast\.weeks/,
    );
  });

  it('runs with no soloTrek config at all', () => {
    expect(readSoloTrekConfig(new ConfigReader({})).migrations).toEqual([]);
  });

  it('runs more than one migration', () => {
    const config = clone();
    config.migrations.push({
      ...clone().migrations[0],
      id: 'kube',
      title: 'VMs to Kubernetes',
    });
    expect(
      readSoloTrekConfig(new ConfigReader({ soloTrek: config })).migrations.map(
        m => m.id,
      ),
    ).toEqual(['nimbus', 'kube']);
  });

  it.each([
    [
      'an unknown operator',
      (c: any) =>
        (c.migrations[0].creed[0].rule = { annotation: 'x', equal: 'true' }),
      'soloTrek.migrations[0].creed[0].rule.equal',
      /unknown key "equal"/,
    ],
    [
      'a bad regex',
      (c: any) => (c.migrations[0].creed[1].rule.matches = '^cc-[0-9{4}$'),
      'soloTrek.migrations[0].creed[1].rule.matches',
      /bad regular expression/,
    ],
    [
      'a regex that backtracks for seconds on a 27-character label',
      (c: any) =>
        (c.migrations[0].creed[0].rule = {
          label: 'team-slug',
          matches: '^([a-z0-9]+-?)+$',
        }),
      'soloTrek.migrations[0].creed[0].rule.matches',
      /the regular expression "\^\(\[a-z0-9\]\+-\?\)\+\$" can backtrack for exponential time/,
    ],
    [
      'a catastrophic regex in liveWhen',
      (c: any) =>
        (c.migrations[0].liveWhen = {
          any: [
            { annotation: 'nimbus.io/cluster', exists: true },
            { path: 'metadata.description', matches: '(x+x+)+y' },
          ],
        }),
      'soloTrek.migrations[0].liveWhen.any[1].matches',
      /can backtrack for exponential time/,
    ],
    [
      'an unknown severity',
      (c: any) => (c.migrations[0].creed[2].severity = 'could'),
      'soloTrek.migrations[0].creed[2].severity',
      /unknown severity; use must or should/,
    ],
    [
      'a sunset before the start',
      (c: any) =>
        (c.migrations[0].window = {
          start: '2027-01-01',
          sunset: '2026-06-30',
        }),
      'soloTrek.migrations[0].window.sunset',
      /must come after the start/,
    ],
    [
      'a duplicate Creed id',
      (c: any) => (c.migrations[0].creed[1].id = 'prometheus-metrics'),
      'soloTrek.migrations[0].creed[1].id',
      /duplicate Creed item id "prometheus-metrics"/,
    ],
    [
      'a duplicate migration id',
      (c: any) => c.migrations.push(clone().migrations[0]),
      'soloTrek.migrations[1].id',
      /duplicate migration id "nimbus"/,
    ],
    [
      'a date that is not a date',
      (c: any) => (c.migrations[0].window.start = '2026-02-30'),
      'soloTrek.migrations[0].window.start',
      /not a real calendar date/,
    ],
    [
      'a missing liveWhen',
      (c: any) => delete c.migrations[0].liveWhen,
      'soloTrek.migrations[0].liveWhen',
      /required/,
    ],
    [
      'a missing title',
      (c: any) => delete c.migrations[0].creed[0].title,
      'soloTrek.migrations[0].creed[0].title',
      /required/,
    ],
    [
      'an unknown key',
      (c: any) => (c.migrations[0].sunset = '2027-01-01'),
      'soloTrek.migrations[0].sunset',
      /unknown key "sunset"/,
    ],
    [
      'a waivable must item',
      (c: any) => (c.migrations[0].creed[0].waivable = true),
      'soloTrek.migrations[0].creed[0].waivable',
      /a must item is never waived/,
    ],
    [
      'an empty scope',
      (c: any) => (c.migrations[0].scope = {}),
      'soloTrek.migrations[0].scope',
      /at least one filter key/,
    ],
    [
      'a bad liveWhen rule',
      (c: any) =>
        (c.migrations[0].liveWhen = { annotation: 'x', exists: 'yes' }),
      'soloTrek.migrations[0].liveWhen.exists',
      /true or false/,
    ],
    [
      'a remediation template that is not a template',
      (c: any) =>
        (c.migrations[0].creed[0].remediation.template =
          'component:default/add-prometheus-metrics'),
      'soloTrek.migrations[0].creed[0].remediation.template',
      /is a component, not a scaffolder template/,
    ],
    [
      'a remediation template that is not a ref',
      (c: any) =>
        (c.migrations[0].creed[0].remediation.template = 'add metrics!'),
      'soloTrek.migrations[0].creed[0].remediation.template',
      /"add metrics!" is not a template ref/,
    ],
  ])('refuses %s, naming the key path', (_what, mutate, keyPath, message) => {
    const error = errorFor(mutate);
    expect(error.message).toContain(`Invalid config at ${keyPath}:`);
    expect(error.message).toMatch(message);
  });
});
