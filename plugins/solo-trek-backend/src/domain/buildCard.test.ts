import { ConfigReader } from '@backstage/config';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { buildCard } from './buildCard';
import { evaluateEntity } from './evaluateEntity';
import { nextResult } from './nextResult';

const [nimbus] = readSoloTrekConfig(
  new ConfigReader({ soloTrek: nimbusConfig }),
).migrations;
const now = new Date('2026-11-24T12:00:00Z');

const entity = service('ledger', {
  annotations: { 'prometheus.io/scrape': 'true' },
  labels: { 'cost-center': 'nope' },
});
const { result } = nextResult({
  migrationId: 'nimbus',
  evaluation: evaluateEntity(nimbus, entity),
  previous: undefined,
  state: undefined,
  now,
})!;

const waiver = (expiresAt: string, creedId = 'encryption-at-rest') => ({
  id: '00000000-0000-4000-8000-000000000001',
  migrationId: 'nimbus',
  entityRef: 'component:default/ledger',
  creedId,
  reason: 'HSM rollout in Q1',
  expiresAt: new Date(expiresAt),
  createdBy: 'user:default/ada',
  createdAt: now,
});

function card(waivers = [] as ReturnType<typeof waiver>[]) {
  return buildCard({
    migration: nimbus,
    result,
    state: undefined,
    waivers,
    history: [],
    trackHistory: [],
    scan: undefined,
    now,
  });
}

describe('buildCard', () => {
  it('reports each Creed item with evidence and counts compliance', () => {
    const c = card();
    expect(c.checks.map(x => [x.id, x.status])).toEqual([
      ['prometheus-metrics', 'pass'],
      ['cost-center', 'fail'],
      ['encryption-at-rest', 'fail'],
    ]);
    expect(c.checks[1].evidence).toEqual([
      {
        rule: 'label cost-center matches /^cc-[0-9]{4}$/',
        actual: 'nope',
        outcome: 'fail',
      },
    ]);
    expect(c.compliance).toEqual({
      passed: 1,
      failed: 2,
      waived: 0,
      unknown: 0,
      total: 3,
    });
    expect(c.daysToSunset).toBe(402);
    expect(c.checks[0].remediation?.url).toBe(
      'https://example.com/golden-path/metrics',
    );
  });

  it('counts a waived item as waived, not pass', () => {
    const c = card([waiver('2027-01-31T00:00:00Z')]);
    expect(c.checks[2].status).toBe('waived');
    expect(c.checks[2].waiver?.reason).toBe('HSM rollout in Q1');
    expect(c.compliance).toMatchObject({ passed: 1, failed: 1, waived: 1 });
  });

  it('stops counting an expired waiver by itself', () => {
    const c = card([waiver('2026-11-24T11:59:59Z')]);
    expect(c.checks[2].status).toBe('fail');
    expect(c.waivers).toEqual([]);
  });

  it('never waives an item that is not waivable', () => {
    const c = card([waiver('2027-01-31T00:00:00Z', 'cost-center')]);
    expect(c.checks[1].status).toBe('fail');
  });
});
