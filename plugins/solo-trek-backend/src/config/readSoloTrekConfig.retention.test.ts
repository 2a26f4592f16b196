import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from './readSoloTrekConfig';

const read = (extra: object) =>
  readSoloTrekConfig(
    new ConfigReader({ soloTrek: { ...nimbusConfig, ...extra } }),
  );

describe('soloTrek.retention', () => {
  it('keeps what removed entities and migrations leave for 90 days by default', () => {
    expect(read({}).retention).toEqual({ removedEntityDays: 90 });
    expect(readSoloTrekConfig(new ConfigReader({})).retention).toEqual({
      removedEntityDays: 90,
    });
  });

  it('reads removedEntityDays', () => {
    expect(read({ retention: { removedEntityDays: 14 } }).retention).toEqual({
      removedEntityDays: 14,
    });
  });

  it.each([
    [0, 'soloTrek.retention.removedEntityDays', 'Too small'],
    [1.5, 'soloTrek.retention.removedEntityDays', 'expected int'],
    ['30', 'soloTrek.retention.removedEntityDays', 'expected number'],
    [5000, 'soloTrek.retention.removedEntityDays', 'Too big'],
  ])('refuses %p, naming the key path', (value, keyPath, problem) => {
    expect(() => read({ retention: { removedEntityDays: value } })).toThrow(
      new RegExp(`^Invalid config at ${keyPath}: .*${problem}`, 'i'),
    );
  });

  it('refuses unknown keys under retention', () => {
    expect(() =>
      read({ retention: { removedEntityDays: 30, keepForever: true } }),
    ).toThrow(
      'Invalid config at soloTrek.retention.keepForever: unknown key "keepForever"',
    );
  });
});
