import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The demo catalog, so scenarios pick services by what they are, not by name. */
export type DemoComponent = {
  name: string;
  owner: string;
  type: string;
  annotations: Record<string, string>;
  labels: Record<string, string>;
};

export function demoComponents(): DemoComponent[] {
  const file = path.resolve(__dirname, '..', 'examples', 'components.yaml');
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => doc.toJSON())
    .filter(e => e?.kind === 'Component')
    .map(e => ({
      name: e.metadata.name,
      owner: e.spec.owner,
      type: e.spec.type,
      annotations: e.metadata.annotations ?? {},
      labels: e.metadata.labels ?? {},
    }));
}

/** A service of the team that is not yet live and fails the cost-centre item. */
export function pickService(
  filter: (c: DemoComponent) => boolean,
): DemoComponent {
  const found = demoComponents().find(c => c.type === 'service' && filter(c));
  if (!found)
    throw new Error('The demo catalog has no service matching the scenario');
  return found;
}
