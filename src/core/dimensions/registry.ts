/** Every dimension scorer a model file may name, by id. */
import type { DimensionScorer } from './rubric';
import { adoption } from './renewal-7/adoption';
import { billing } from './renewal-7/billing';
import { engagement } from './renewal-7/engagement';
import { sentiment } from './renewal-7/sentiment';
import { stakeholders } from './renewal-7/stakeholders';
import { support } from './renewal-7/support';
import { usageTrend } from './renewal-7/usage-trend';
import { engagement as engine5Engagement } from './engine-5/engagement';
import { financial } from './engine-5/financial';
import { outcomes } from './engine-5/outcomes';
import { productUsage } from './engine-5/product-usage';
import { relationship } from './engine-5/relationship';

// Each scorer is typed by its own params; the registry erases them, and the
// model compiler parses a scorer's params with that scorer's own schema.
const all = [
  engagement, support, adoption, sentiment, billing, stakeholders, usageTrend,
  productUsage, engine5Engagement, relationship, outcomes, financial,
] as unknown as ReadonlyArray<DimensionScorer<unknown>>;

export const scorers: Readonly<Record<string, DimensionScorer<unknown>>> = Object.fromEntries(all.map((s) => [s.id, s]));
