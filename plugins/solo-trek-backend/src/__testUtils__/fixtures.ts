import { Entity } from '@backstage/catalog-model';

/** The example config, as tests and the demo use it. */
export const nimbusConfig = {
  schedule: { frequency: { minutes: 10 }, timeout: { minutes: 5 } },
  stageReporters: ['ci-pipeline'],
  factReporters: ['ci-pipeline'],
  migrations: [
    {
      id: 'nimbus',
      title: 'Move to the Nimbus platform',
      description: 'Free text shown on the dashboard.',
      from: 'legacy-dc',
      to: 'nimbus',
      window: { start: '2026-01-01', sunset: '2027-12-31' },
      scope: { kind: 'Component', 'spec.type': 'service' },
      liveWhen: { annotation: 'nimbus.io/cluster', exists: true },
      creed: [
        {
          id: 'prometheus-metrics',
          title: 'Emits Prometheus metrics',
          description:
            'Every service exposes /metrics in Prometheus text format.',
          severity: 'must',
          waivable: false,
          rule: { annotation: 'prometheus.io/scrape', equals: 'true' },
          remediation: {
            text: 'Add the scrape annotation and the metrics middleware',
            url: 'https://example.com/golden-path/metrics',
          },
        },
        {
          id: 'cost-center',
          title: 'Cost-centre tag',
          severity: 'must',
          rule: { label: 'cost-center', matches: '^cc-[0-9]{4}$' },
        },
        {
          id: 'encryption-at-rest',
          title: 'Data encrypted at rest',
          severity: 'should',
          waivable: true,
          rule: {
            any: [
              { annotation: 'nimbus.io/encryption', in: ['kms', 'hsm'] },
              { tag: 'stateless' },
            ],
          },
        },
      ],
      // The Caravan's wave plan (issue 16); tests put services in these.
      waves: [
        {
          id: 'wave-1',
          title: 'Wave 1',
          plannedStart: '2026-09-01',
          plannedEnd: '2027-03-31',
        },
        {
          id: 'wave-2',
          title: 'Wave 2',
          plannedStart: '2027-04-01',
          plannedEnd: '2027-09-30',
        },
      ],
    },
  ],
};

let uid = 0;

/** A service component as the catalog would return it, relations included. */
export function service(
  name: string,
  options: {
    owner?: string;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
    tags?: string[];
    type?: string;
    dependsOn?: string[];
  } = {},
): Entity {
  const owner = options.owner ?? 'group:default/payments';
  uid += 1;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}-${uid}`,
      annotations: options.annotations ?? {},
      labels: options.labels ?? {},
      tags: options.tags ?? [],
    },
    spec: { type: options.type ?? 'service', lifecycle: 'production', owner },
    relations: [
      { type: 'ownedBy', targetRef: owner },
      ...(options.dependsOn ?? []).map(targetRef => ({
        type: 'dependsOn',
        targetRef,
      })),
    ],
  };
}
