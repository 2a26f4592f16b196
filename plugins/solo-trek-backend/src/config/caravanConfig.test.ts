import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from './readSoloTrekConfig';

/** The test config with the wave plan replaced. */
function withWaves(waves: unknown) {
  const data = JSON.parse(JSON.stringify(nimbusConfig));
  data.migrations[0].waves = waves;
  return () => readSoloTrekConfig(new ConfigReader({ soloTrek: data }));
}

const wave = {
  id: 'wave-1',
  title: 'Wave 1',
  plannedStart: '2027-01-04',
  plannedEnd: '2027-02-26',
};

describe('soloTrek.migrations[].waves', () => {
  it('reads the plan a migration starts with, in the order listed unless given', () => {
    const config = withWaves([
      wave,
      { ...wave, id: 'wave-2', order: 7, status: 'active' },
    ])();
    expect(config.migrations[0].waves).toEqual([
      { ...wave, order: 1, status: 'planned' },
      { ...wave, id: 'wave-2', order: 7, status: 'active' },
    ]);
  });

  it.each([
    [
      [wave, wave],
      'soloTrek.migrations[0].waves[1].id: duplicate wave id "wave-1"',
    ],
    [
      [{ ...wave, plannedStart: '2027-02-30' }],
      'soloTrek.migrations[0].waves[0].plannedStart: not a real calendar date',
    ],
    [
      [{ ...wave, plannedEnd: '2027-01-01' }],
      'soloTrek.migrations[0].waves[0].plannedEnd: the planned end 2027-01-01 comes before the planned start 2027-01-04',
    ],
    [
      [{ ...wave, status: 'finished' }],
      'soloTrek.migrations[0].waves[0].status: unknown status; use planned, active, done or rolled-back',
    ],
    [
      [{ ...wave, id: 'Wave 1' }],
      'soloTrek.migrations[0].waves[0].id: use lowercase letters, digits and dashes',
    ],
    [
      [{ ...wave, plannedEnd: undefined }],
      'soloTrek.migrations[0].waves[0].plannedEnd: required',
    ],
  ])('stops the backend with the key path: %j', (waves, message) => {
    expect(withWaves(waves)).toThrow(message);
  });
});

describe('soloTrek.migrations[].tracks', () => {
  function withTracks(tracks: unknown) {
    const data = JSON.parse(JSON.stringify(nimbusConfig));
    data.migrations[0].tracks = tracks;
    return () => readSoloTrekConfig(new ConfigReader({ soloTrek: data }));
  }

  it("reads each track's contract, the liaison as a full user or group ref", () => {
    const config = withTracks({
      soloTrek: {
        docsUrl: 'https://docs.example.com/self-service',
        officeHours: 'Thursdays 14:00',
      },
      caravan: { liaison: 'platform-team' },
    })();
    expect(config.migrations[0].tracks).toEqual({
      soloTrek: {
        docsUrl: 'https://docs.example.com/self-service',
        officeHours: 'Thursdays 14:00',
      },
      caravan: { liaison: 'group:default/platform-team' },
    });
    expect(withTracks(undefined)().migrations[0].tracks).toEqual({});
  });

  it.each([
    [
      { caravan: { liaison: 'component:default/ledger' } },
      'soloTrek.migrations[0].tracks.caravan.liaison: the liaison must be a user or a group, not a component',
    ],
    [
      { soloTrek: { docsUrl: 'ftp://docs.example.com/self-service' } },
      'soloTrek.migrations[0].tracks.soloTrek.docsUrl',
    ],
    [
      { convoy: {} },
      'soloTrek.migrations[0].tracks.convoy: unknown key "convoy"',
    ],
  ])('stops the backend with the key path: %j', (tracks, message) => {
    expect(withTracks(tracks)).toThrow(message);
  });
});
