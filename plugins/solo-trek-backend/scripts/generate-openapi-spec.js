#!/usr/bin/env node
/*
 * Turns src/schema/openapi.yaml into src/schema/openapi.generated.ts, an
 * `as const` module that createValidatedOpenApiRouter types routes from.
 * (The repo tools' --server generator needs a Java jar we cannot fetch.)
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

const schemaDir = path.resolve(__dirname, '..', 'src', 'schema');
const yamlPath = path.join(schemaDir, 'openapi.yaml');
const modulePath = path.join(schemaDir, 'openapi.generated.ts');

function renderSpecModule(yamlText) {
  const spec = yaml.load(yamlText);
  return [
    '// Generated from openapi.yaml by scripts/generate-openapi-spec.js. Do not edit;',
    '// run `yarn workspace @internal/plugin-solo-trek-backend generate:spec`.',
    '/* eslint-disable */',
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;`,
    '',
  ].join('\n');
}

if (require.main === module) {
  fs.writeFileSync(
    modulePath,
    renderSpecModule(fs.readFileSync(yamlPath, 'utf8')),
  );
  console.log(`Wrote ${path.relative(process.cwd(), modulePath)}`);
}

module.exports = { renderSpecModule, yamlPath, modulePath };
