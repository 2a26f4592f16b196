#!/usr/bin/env node
/*
 * Writes src/schema.generated.ts, the wire types, from the backend's OpenAPI
 * spec (plugins/solo-trek-backend/src/schema/openapi.yaml), with
 * openapi-typescript. The spec is the one source: api.ts and aggregates.ts
 * name these types for the frontend and the backend, and
 * src/schema.generated.test.ts fails when this file is behind the spec.
 *
 *   node scripts/generate-wire-types.mjs          write the file
 *   node scripts/generate-wire-types.mjs --check  exit 1 when it is out of date
 */
/* eslint-disable no-console */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const specPath = path.resolve(
  here,
  '../../solo-trek-backend/src/schema/openapi.yaml',
);
const outPath = path.resolve(here, '../src/schema.generated.ts');

const HEADER = [
  '// Generated from plugins/solo-trek-backend/src/schema/openapi.yaml by',
  '// scripts/generate-wire-types.mjs (openapi-typescript). Do not edit: change the',
  '// spec, then run `yarn workspace @internal/plugin-solo-trek-backend generate:spec`.',
  '/* eslint-disable */',
  '',
].join('\n');

const ast = await openapiTS(pathToFileURL(specPath), {
  // Plain `T | null` for nullable fields, and no `?:` on required keys.
  exportType: true,
  alphabetize: false,
});
// The two types the package's public names are derived from carry a release
// tag, so API Extractor (yarn build:api-reports) can report them.
const TAGGED = {
  'export type components = {':
    "/**\n * The Solo Trek API's schemas, from openapi.yaml; exported as SoloTrekWireComponents.\n * @public\n */\nexport type components = {",
  'export interface operations {':
    "/**\n * The Solo Trek API's operations, from openapi.yaml; exported as SoloTrekWireOperations.\n * @public\n */\nexport interface operations {",
};
// openapi-typescript writes JSDoc (@description, @enum {string}); API
// Extractor reads TSDoc, which knows neither: the description stays as the
// comment's text, and the enum's values are in the type itself.
let text = `${HEADER}${astToString(ast)}`
  .replace(/^\s*\/\*\* @enum \{[^}]*\} \*\/\n/gm, '')
  .replace(/^\s*\* @enum \{[^}]*\}\n/gm, '')
  .replace(/\/\*\* @description /g, '/** ')
  .replace(/\* @description /g, '* ');
for (const [line, tagged] of Object.entries(TAGGED)) {
  if (!text.includes(line)) {
    throw new Error(
      `openapi-typescript no longer writes "${line}"; update TAGGED`,
    );
  }
  text = text.replace(line, tagged);
}

if (process.argv.includes('--check')) {
  const current = fs.existsSync(outPath)
    ? fs.readFileSync(outPath, 'utf8')
    : '';
  if (current !== text) {
    console.error(
      `${path.relative(process.cwd(), outPath)} is behind openapi.yaml: run ` +
        '`yarn workspace @internal/plugin-solo-trek-backend generate:spec`',
    );
    process.exit(1);
  }
  console.log('Wire types are up to date with openapi.yaml');
} else {
  fs.writeFileSync(outPath, text);
  console.log(`Wrote ${path.relative(process.cwd(), outPath)}`);
}
