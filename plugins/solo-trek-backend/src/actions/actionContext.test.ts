import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from '../config/readSoloTrekConfig';
import { migrationIdOf, serviceRefOf } from './actionContext';

function configWith(ids: string[]) {
  const [nimbus] = JSON.parse(JSON.stringify(nimbusConfig)).migrations;
  return readSoloTrekConfig(
    new ConfigReader({
      soloTrek: {
        ...nimbusConfig,
        migrations: ids.map(id => ({ ...nimbus, id })),
      },
    }),
  );
}

describe('the actions’ inputs', () => {
  it('default to the only migration and ask which one when there are several', () => {
    expect(migrationIdOf(configWith(['nimbus']), undefined)).toBe('nimbus');
    expect(migrationIdOf(configWith(['nimbus', 'kube']), 'kube')).toBe('kube');
    expect(() => migrationIdOf(configWith(['nimbus', 'kube']), undefined)).toThrow(
      'Solo Trek runs 2 migrations (nimbus, kube); say which one with migrationId',
    );
    expect(() => migrationIdOf(configWith([]), undefined)).toThrow(
      'Solo Trek has no migrations configured',
    );
  });

  it.each([
    ['payments-api', 'component:default/payments-api'],
    ['default/payments-api', 'component:default/payments-api'],
    ['Component:default/payments-api', 'component:default/payments-api'],
    ['api:default/payments', 'api:default/payments'],
  ])('reads the entity ref %s as %s', (input, ref) => {
    expect(serviceRefOf(input)).toBe(ref);
  });

  it.each([
    ['component:', /is not an entity ref; write component:default\/payments-api/],
    ['component:default/pay ments', /is not a valid entity name/],
  ])('refuses %s with what to write', (input, message) => {
    expect(() => serviceRefOf(input)).toThrow(message);
  });
});
