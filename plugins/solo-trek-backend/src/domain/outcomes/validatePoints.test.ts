import fc from 'fast-check';
import { metricCatalog } from './metrics';
import {
  CLOCK_SKEW_MS,
  dayNumber,
  isProblem,
  ParsedPoint,
  parsePoint,
  pointContextProblem,
  rolledUpKey,
} from './validatePoints';

const metrics = metricCatalog({
  npsScore: { unit: 'points', aggregation: 'median', higherIsBetter: true },
});
const NOW = new Date('2026-12-02T12:00:00Z');

/** Points the validator must accept. */
const goodPoint = fc.record(
  {
    entityRef: fc.constantFrom(
      'component:default/ledger',
      'Component:Default/ledger',
      'component:payments/checkout-api',
      'resource:default/db.main_1',
    ),
    metric: fc.constantFrom(...metrics.keys()),
    value: fc.double({ min: 0, max: 1e9, noNaN: true }),
    at: fc
      .date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2028-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map(d => d.toISOString()),
    platform: fc.constantFrom('old', 'new', undefined),
  },
  { requiredKeys: ['entityRef', 'metric', 'value', 'at'] },
);

describe('parsePoint', () => {
  it('never throws, and answers a point or a message, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.nat(), (raw, index) => {
        const p = parsePoint(raw, index, metrics);
        expect(p.index).toBe(index);
        expect(isProblem(p) ? p.message.length > 0 : 'entityRef' in p).toBe(
          true,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every well-formed point, normalising the ref as the catalog writes it', () => {
    fc.assert(
      fc.property(goodPoint, raw => {
        const p = parsePoint(raw, 0, metrics);
        expect(isProblem(p)).toBe(false);
        const parsed = p as ParsedPoint;
        expect(parsed.entityRef).toBe(
          parsed.entityRef.replace(
            /^([^:]+):([^/]+)\//,
            (_, k, n) => `${k.toLowerCase()}:${n.toLowerCase()}/`,
          ),
        );
        expect(parsed.at.toISOString()).toBe(raw.at);
        expect(parsed.value).toBe(raw.value);
        expect(parsed.platform).toBe(raw.platform ?? null);
      }),
    );
  });

  it.each([
    [
      'metric',
      'deploys',
      /unknown metric "deploys"; known metrics are .*deployments/,
    ],
    ['value', Number.NaN, /value must be a finite number/],
    ['value', Number.POSITIVE_INFINITY, /value must be a finite number/],
    ['value', '3', /value must be a finite number, got "3"/],
    ['value', -1, /value -1 is below 0; .* is never negative/],
    ['at', '2026-11-03T10:00:00', /has no time zone/],
    ['at', '2026-02-30', /not a real date/],
    ['at', 'yesterday', /not an ISO 8601 time/],
    ['at', 1700000000000, /at must be an ISO 8601 time/],
    ['entityRef', 'ledger', /needs a kind/],
    ['entityRef', 'component:default/bad name', /not a valid entity ref/],
    ['entityRef', 42, /entityRef must be an entity ref/],
    ['platform', 'kubernetes', /platform must be old or new/],
    ['extra', true, /unknown field "extra"/],
  ])('refuses a bad %s (%p) and says what to fix', (field, value, message) => {
    fc.assert(
      fc.property(goodPoint, raw => {
        const bad = { ...raw, [field]: value };
        // A configured metric may be negative; the built-ins may not.
        if (field === 'value' && value === -1) bad.metric = 'deployments';
        const p = parsePoint(bad, 7, metrics);
        expect(isProblem(p)).toBe(true);
        expect((p as { message: string }).message).toMatch(message);
      }),
      { numRuns: 50 },
    );
  });

  it('accepts negative values of a configured metric and a bare date as UTC midnight', () => {
    const p = parsePoint(
      {
        entityRef: 'component:default/ledger',
        metric: 'npsScore',
        value: -40,
        at: '2026-11-03',
      },
      0,
      metrics,
    ) as ParsedPoint;
    expect(p.value).toBe(-40);
    expect(p.at.toISOString()).toBe('2026-11-03T00:00:00.000Z');
  });

  it('names every problem of a point in one message', () => {
    const p = parsePoint(
      { entityRef: 'x', metric: 'y', value: null, at: 'z' },
      3,
      metrics,
    );
    expect(isProblem(p) && p.message.split('; ').length).toBeGreaterThanOrEqual(
      4,
    );
  });
});

describe('pointContextProblem', () => {
  const window = {
    from: new Date('2025-01-01T00:00:00Z'),
    to: new Date('2028-12-31T23:59:59Z'),
  };
  const ctx = {
    windows: new Map([['component:default/ledger', window]]),
    now: NOW,
    rolledUp: new Set([
      rolledUpKey(
        'component:default/ledger',
        'deployments',
        dayNumber(new Date('2026-09-01T00:00:00Z')),
      ),
    ]),
    rawFromDay: dayNumber(NOW) - 30,
  };
  const point = (over: Partial<ParsedPoint>): ParsedPoint => ({
    index: 0,
    entityRef: 'component:default/ledger',
    metric: 'deployments',
    value: 1,
    at: new Date('2026-11-01T10:00:00Z'),
    platform: null,
    ...over,
  });

  it('accepts a point of an entity in scope, in its window, up to five minutes ahead', () => {
    expect(pointContextProblem(point({}), ctx)).toBeUndefined();
    expect(
      pointContextProblem(
        point({ at: new Date(NOW.getTime() + CLOCK_SKEW_MS) }),
        ctx,
      ),
    ).toBeUndefined();
  });

  it('refuses entities out of scope, times out of the window or ahead, and rolled-up days', () => {
    expect(
      pointContextProblem(point({ entityRef: 'component:default/other' }), ctx),
    ).toMatch(/not in the scope of any migration/);
    expect(
      pointContextProblem(
        point({ at: new Date(NOW.getTime() + 3_600_000) }),
        ctx,
      ),
    ).toMatch(/is in the future/);
    expect(
      pointContextProblem(point({ at: new Date('2024-12-31T00:00:00Z') }), ctx),
    ).toMatch(
      /outside the migration window give or take a year \(2025-01-01 to 2028-12-31\)/,
    );
    expect(
      pointContextProblem(point({ at: new Date('2026-09-01T12:00:00Z') }), ctx),
    ).toMatch(/2026-09-01 of deployments .* is already rolled up/);
    // The same old day of another metric was not rolled up: it is accepted.
    expect(
      pointContextProblem(
        point({ at: new Date('2026-09-01T12:00:00Z'), metric: 'incidents' }),
        ctx,
      ),
    ).toBeUndefined();
  });
});
