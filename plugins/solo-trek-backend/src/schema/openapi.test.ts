import fs from 'node:fs';

// eslint-disable-next-line @backstage/no-relative-monorepo-imports
const generator = require('../../scripts/generate-openapi-spec');

describe('openapi.generated.ts', () => {
  it('is up to date with openapi.yaml', () => {
    const expected = generator.renderSpecModule(
      fs.readFileSync(generator.yamlPath, 'utf8'),
    );
    const actual = fs.readFileSync(generator.modulePath, 'utf8');
    // On failure: yarn workspace @internal/plugin-solo-trek-backend generate:spec
    expect(actual).toBe(expected);
  });
});
