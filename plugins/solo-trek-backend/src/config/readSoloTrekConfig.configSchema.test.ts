import { ConfigReader } from '@backstage/config';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// A devDependency of the repo root (the compiler `yarn tsc` runs), not of
// this package.
// eslint-disable-next-line @backstage/no-undeclared-imports
import * as ts from 'typescript';
import { z } from 'zod';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig, soloTrekConfigSchema } from './readSoloTrekConfig';

/**
 * config.d.ts (what Backstage validates and documents) and the reader's zod
 * schema list the same keys under soloTrek, each required or optional alike.
 * Keys are written `migrations[].scope.*` (an array's items, a map's values),
 * an optional one ends in `?`, and a rule (compiled by compileRule, whose
 * keys are compared on their own) ends in `: rule`.
 */

const CONFIG_DTS = resolve(__dirname, '../../config.d.ts');
const OPTIONS: ts.CompilerOptions = {
  noEmit: true,
  strict: true,
  skipLibCheck: true,
  types: [],
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
};
// Parsing the Backstage types config.d.ts imports takes seconds; do it once.
const sourceFiles = new Map<string, ts.SourceFile | undefined>();

/** config.d.ts, or `text` in its place, with its type checker. */
function compileConfigDts(text?: string) {
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    if (text !== undefined && resolve(fileName) === CONFIG_DTS) {
      return ts.createSourceFile(fileName, text, language);
    }
    if (!sourceFiles.has(fileName)) {
      sourceFiles.set(fileName, getSourceFile(fileName, language, ...rest));
    }
    return sourceFiles.get(fileName);
  };
  const program = ts.createProgram([CONFIG_DTS], OPTIONS, host);
  const source = program.getSourceFile(CONFIG_DTS)!;
  // An import that does not resolve would leave its keys out unnoticed.
  const problems = [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ].map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(problems).toEqual([]);
  const checker = program.getTypeChecker();
  const declared = (name: string) => {
    const node = source.statements.find(
      (s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
        (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) &&
        s.name.text === name,
    );
    if (!node) throw new Error(`config.d.ts declares no ${name}`);
    return checker.getTypeAtLocation(node.name);
  };
  return { checker, declared };
}

/** The keys under soloTrek in config.d.ts. */
function keysOfConfigDts(text?: string): string[] {
  const { checker, declared } = compileConfigDts(text);
  const keys: string[] = [];
  const walk = (type: ts.Type, path: string): void => {
    if (type.isUnion()) {
      type.types.forEach(member => walk(member, path));
    } else if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      walk(item, `${path}[]`);
    } else if (type.flags & ts.TypeFlags.Object) {
      const values = type.getStringIndexType();
      if (values) {
        keys.push(`${path}.*`);
        walk(values, `${path}.*`);
      }
      for (const property of type.getProperties()) {
        const key = path ? `${path}.${property.name}` : property.name;
        const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
        const value = checker.getNonNullableType(
          checker.getTypeOfSymbol(property),
        );
        if (value.aliasSymbol?.name === 'SoloTrekRule') {
          keys.push(`${key}${optional}: rule`);
        } else {
          keys.push(`${key}${optional}`);
          walk(value, key);
        }
      }
    }
  };
  const soloTrek = declared('Config').getProperty('soloTrek');
  walk(checker.getNonNullableType(checker.getTypeOfSymbol(soloTrek!)), '');
  return [...new Set(keys)].sort();
}

/** The keys of a zod schema, as keysOfConfigDts writes them. */
function keysOfZod(schema: z.ZodType): string[] {
  const keys: string[] = [];
  const walk = (node: z.ZodType, path: string): void => {
    if (node instanceof z.ZodOptional) walk(node.unwrap() as z.ZodType, path);
    else if (node instanceof z.ZodUnion || node instanceof z.ZodXor) {
      node.options.forEach(option => walk(option as z.ZodType, path));
    } else if (node instanceof z.ZodArray) {
      walk(node.element as z.ZodType, `${path}[]`);
    } else if (node instanceof z.ZodRecord) {
      keys.push(`${path}.*`);
      walk(node.valueType as z.ZodType, `${path}.*`);
    } else if (node instanceof z.ZodPipe) {
      walk(node.out as z.ZodType, path);
    } else if (node instanceof z.ZodObject) {
      for (const [name, child] of Object.entries(node.shape)) {
        const key = path ? `${path}.${name}` : name;
        const optional = child instanceof z.ZodOptional ? '?' : '';
        // The reader hands rules, as they are, to compileRule.
        const inner =
          child instanceof z.ZodOptional ? (child.unwrap() as z.ZodType) : child;
        if (inner instanceof z.ZodUnknown) keys.push(`${key}${optional}: rule`);
        else {
          keys.push(`${key}${optional}`);
          walk(child as z.ZodType, key);
        }
      }
    }
  };
  walk(schema, '');
  return [...new Set(keys)].sort();
}

function differences(declaredKeys: string[], readKeys: string[]) {
  return {
    onlyInConfigDts: declaredKeys.filter(k => !readKeys.includes(k)),
    onlyInReader: readKeys.filter(k => !declaredKeys.includes(k)),
  };
}

/** The keys of SoloTrekRule in config.d.ts. */
function ruleKeysOfConfigDts(text?: string): string[] {
  const { declared } = compileConfigDts(text);
  return declared('SoloTrekRule')
    .getProperties()
    .map(p => p.name)
    .sort();
}

function readWithLiveWhen(liveWhen: unknown): Error | undefined {
  const soloTrek = JSON.parse(JSON.stringify(nimbusConfig));
  soloTrek.migrations[0].liveWhen = liveWhen;
  try {
    readSoloTrekConfig(new ConfigReader({ soloTrek }));
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** The keys the rule compiler lists when it refuses an unknown one. */
function ruleKeysOfReader(): string[] {
  const message = readWithLiveWhen({ 'no-such-key': true })?.message ?? '';
  const lists =
    /a rule is a leaf with one of (.+) and one operator of (.+), or one of (.+)$/.exec(
      message,
    );
  if (!lists)
    throw new Error(`the rule compiler's message changed: ${message}`);
  return lists
    .slice(1)
    .flatMap(list => list.split(', '))
    .sort();
}

const configDts = readFileSync(CONFIG_DTS, 'utf8');
/** config.d.ts with `line` added after the first line that includes `after`. */
function withLine(after: string, line: string): string {
  const at = configDts.indexOf('\n', configDts.indexOf(after));
  expect(configDts.indexOf(after)).toBeGreaterThanOrEqual(0);
  return `${configDts.slice(0, at + 1)}${line}\n${configDts.slice(at + 1)}`;
}

describe('config.d.ts and readSoloTrekConfig', () => {
  jest.setTimeout(60_000);

  it('list the same keys under soloTrek, required and optional alike', () => {
    const declaredKeys = keysOfConfigDts();
    // The walk reached into the imported scheduler types and the migrations.
    expect(declaredKeys).toEqual(
      expect.arrayContaining([
        'schedule?',
        'schedule.frequency',
        'schedule.frequency.cron',
        'schedule.frequency.trigger',
        'schedule.frequency.weeks?',
        'schedule.initialDelay?',
        'schedule.initialDelay.milliseconds?',
        'migrations[].scope.*',
        'migrations[].liveWhen: rule',
        'migrations[].creed[].rule: rule',
        'migrations[].segmentation.tiers.*',
      ]),
    );
    expect(differences(declaredKeys, keysOfZod(soloTrekConfigSchema))).toEqual({
      onlyInConfigDts: [],
      onlyInReader: [],
    });
  });

  it('list the same rule keys, and the reader takes each one', () => {
    const declaredKeys = ruleKeysOfConfigDts();
    expect(declaredKeys).toEqual(ruleKeysOfReader());
    for (const key of declaredKeys) {
      expect(readWithLiveWhen({ [key]: 'x' })?.message ?? '').not.toContain(
        `unknown key "${key}"`,
      );
    }
  });

  it('tell a key added to only one of the two', () => {
    const schema = keysOfZod(soloTrekConfigSchema);
    expect(
      differences(
        keysOfConfigDts(withLine('soloTrek?: {', '    extraKey?: number;')),
        schema,
      ),
    ).toEqual({ onlyInConfigDts: ['extraKey?'], onlyInReader: [] });
    expect(
      differences(
        keysOfConfigDts(withLine('waivable?: boolean;', 'owner?: string;')),
        schema,
      ),
    ).toEqual({
      onlyInConfigDts: ['migrations[].creed[].owner?'],
      onlyInReader: [],
    });
    expect(
      differences(
        keysOfConfigDts(),
        keysOfZod(
          soloTrekConfigSchema.extend({ extraKey: z.number().optional() }),
        ),
      ),
    ).toEqual({ onlyInConfigDts: [], onlyInReader: ['extraKey?'] });
    expect(
      ruleKeysOfConfigDts(
        withLine('type SoloTrekRule', 'startsWith?: string;'),
      ),
    ).not.toEqual(ruleKeysOfReader());
  });
});
