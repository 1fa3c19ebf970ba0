import { type Builder } from '../../builders/types.js';
import { type BuildPlan } from '../../builders/plan.js';
import type { Summary } from '../../host/io.js';
import type { BuildRegistries } from './registries.js';
import { describePulls } from './plan.js';

export function buildSummary(
  builder: Builder,
  registries: BuildRegistries,
  plan: BuildPlan,
  digest: string,
  imageId: string,
): Summary {
  const facts: [string, string][] = [
    ['Builder', builder.kind],
    ['Images', plan.tags.join(', ')],
  ];
  if (digest) facts.push(['Digest', `\`${digest}\``]);
  if (imageId) facts.push(['Image ID', `\`${imageId}\``]);
  if (plan.platforms.length) facts.push(['Platforms', plan.platforms.join(', ')]);
  facts.push(['Pulls', describePulls(registries)]);
  facts.push([
    'Pushed to',
    registries.target ? registries.target.endpoint.label : 'not pushed (disable_push)',
  ]);
  return {
    title: registries.target ? 'Image built and pushed' : 'Image built',
    facts,
    tables: [{ header: ['Label', 'Value'], rows: Object.entries(plan.labels) }],
  };
}

/** The post step: removes the auth files should the main step have died before it could. */
