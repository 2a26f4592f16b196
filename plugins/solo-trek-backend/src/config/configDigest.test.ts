import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { configDigest } from './configDigest';
import { readSoloTrekConfig } from './readSoloTrekConfig';

const read = (soloTrek: object) =>
  readSoloTrekConfig(new ConfigReader({ soloTrek }));

describe('configDigest', () => {
  it('is stable for the same config and changes with any shaping key', () => {
    const base = configDigest(read(nimbusConfig));
    expect(configDigest(read(nimbusConfig))).toBe(base);
    expect(
      configDigest(
        read({ ...nimbusConfig, leaderboard: { earlinessWeight: 3 } }),
      ),
    ).not.toBe(base);
    const [m] = nimbusConfig.migrations;
    const nonWaivable = {
      ...nimbusConfig,
      migrations: [
        {
          ...m,
          creed: m.creed.map(c =>
            c.id === 'encryption-at-rest' ? { ...c, waivable: false } : c,
          ),
        },
      ],
    };
    expect(configDigest(read(nonWaivable))).not.toBe(base);
    const otherRule = {
      ...nimbusConfig,
      migrations: [
        {
          ...m,
          creed: m.creed.map(c =>
            c.id === 'cost-center'
              ? {
                  ...c,
                  rule: { label: 'cost-center', matches: '^cc-[0-9]{5}$' },
                }
              : c,
          ),
        },
      ],
    };
    expect(configDigest(read(otherRule))).not.toBe(base);
  });
});
