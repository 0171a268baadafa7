/** The run summary: counts, tier moves, ARR by tier, the attention list, and its rendering. */
import { assess } from '../../src/core/assess';
import type { HealthAssessment } from '../../src/core/contract';
import { builtInModel } from '../../src/core/models';
import { rankByUrgency } from '../../src/core/portfolio/ranking';
import { renderBar, terminalProgress } from '../../src/jobs/progress';
import { renderSummary } from '../../src/jobs/render';
import { SummaryBuilder } from '../../src/jobs/summary';
import { anAccount } from '../builders/account';

const model = builtInModel('renewal-7');
const STATS = { byEndpoint: { 'POST /crm/v3/objects/companies/batch/update': 2 }, total: 2, retries: 1, throttled: 1, waitedMs: 1500 };

/** An account whose score in force is `score` (a CSM override), so its tier is known. */
function scored(id: string, score: number, arr: number, renewalDays: number): HealthAssessment {
  return assess(anAccount(id, `Account ${id}`).thriving().arr(arr).renewingInDays(renewalDays).withOverride(score, 'set for the test', 60).build(), model);
}

const builder = (dryRun = false) =>
  new SummaryBuilder('full', { dryRun, model: model.ref, asOf: '2026-11-22', startedAt: new Date('2026-11-22T03:00:00Z') });

describe('SummaryBuilder', () => {
  it('counts companies and ARR per tier, and tier moves up and down by from→to', () => {
    const b = builder();
    b.scored(scored('1', 90, 120_000, 200), 'healthy');
    b.scored(scored('2', 30, 50_000, 200), 'healthy');
    b.scored(scored('3', 30, 70_000, 200), 'at_risk');
    b.scored(scored('4', 65, 10_000, 200), null);
    b.scored(scored('5', 65, 10_000, 200), 'healthy');
    const s = b.finish(new Date('2026-11-22T03:01:00Z'), 60_000, STATS);
    expect(s.scored).toBe(5);
    expect(s.tiers).toEqual({
      thriving: { companies: 1, arr: 120_000 },
      healthy: { companies: 2, arr: 20_000 },
      at_risk: { companies: 0, arr: 0 },
      critical: { companies: 2, arr: 120_000 },
    });
    expect(s.tierMoves).toEqual({ up: 1, down: 2, moves: { 'healthy→thriving': 1, 'healthy→critical': 1, 'at_risk→critical': 1 } });
    expect(s.api).toEqual(STATS);
    expect(s.durationMs).toBe(60_000);
  });

  it('keeps the five most urgent accounts, in the portfolio ranking\'s order, whatever order they arrive in', () => {
    const all = [
      scored('a', 35, 400_000, 300), scored('b', 55, 90_000, 20), scored('c', 85, 30_000, 100), scored('d', 45, 250_000, 45),
      scored('e', 20, 10_000, 400), scored('f', 62, 500_000, 60), scored('g', 38, 150_000, 80), scored('h', 70, 20_000, 10),
    ];
    const b = builder();
    for (const a of all) b.scored(a, null);
    const s = b.finish(new Date(), 1, STATS);
    const expected = rankByUrgency(all.filter((a) => a.play !== null)).slice(0, 5).map((a) => a.accountId);
    expect(expected).toHaveLength(5);
    expect(s.attention.map((a) => a.companyId)).toEqual(expected);
    expect(s.attention[0]!.play).toBeDefined();
  });

  it('counts unchanged companies, and a dry run keeps the planned changes', () => {
    const b = builder(true);
    b.planned(null);
    b.planned({ companyId: '9', properties: { che_health_score: '41', che_scored_at: '2026-11-22T03:00:00.000Z' } });
    const s = b.finish(new Date(), 1, STATS);
    expect(s).toMatchObject({ unchanged: 1, changed: 1, written: 0, dryRun: true });
    expect(s.plannedChanges).toEqual([{ companyId: '9', properties: { che_health_score: '41', che_scored_at: '2026-11-22T03:00:00.000Z' } }]);
    expect(builder(false).finish(new Date(), 1, STATS).plannedChanges).toBeUndefined();
  });
});

describe('renderSummary', () => {
  it('shows the counts, tiers, attention list, planned changes, failures and API calls', () => {
    const b = builder(true);
    b.selected(3);
    b.scored(scored('7', 30, 80_000, 30), 'healthy');
    b.planned({ companyId: '7', properties: { che_health_score: '30' } });
    b.fail({ companyId: '8', name: 'Broken Co', stage: 'load', reason: 'company 8: no name' });
    const text = renderSummary(b.finish(new Date(), 2_500, STATS));
    expect(text).toContain('full run (dry run: nothing written)');
    expect(text).toMatch(/selected 3 +scored 1 +unchanged 0 +would change 1 +failed 1/);
    expect(text).toMatch(/Critical +1 +\$80,000/);
    expect(text).toContain('Tier moves  up 0   down 1   (Healthy → Critical: 1)');
    expect(text).toMatch(/1\. Account 7 \(company 7\) — score 30 Critical/);
    expect(text).toContain('company 7: che_health_score=30');
    expect(text).toContain('company 8 Broken Co [load]: company 8: no name');
    expect(text).toMatch(/API calls 2 \(retries 1, throttled 1, waited 1\.5 s\)\n +2 +POST \/crm\/v3\/objects\/companies\/batch\/update/);
  });
});

describe('progress', () => {
  it('draws a bar on a terminal and clears the line when done', () => {
    let out = '';
    const p = terminalProgress({ isTTY: true, columns: 70, write: (t: string) => { out += t; } });
    p.start(200);
    p.advance(100);
    p.done();
    expect(out).toContain(`\r${renderBar(100, 200, 40)}`);
    expect(renderBar(100, 200, 10)).toBe('[#####.....] 100/200 companies');
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes nothing when the stream is not a terminal', () => {
    let out = '';
    const p = terminalProgress({ isTTY: false, write: (t: string) => { out += t; } });
    p.start(10);
    p.advance(10);
    p.done();
    expect(out).toBe('');
  });
});
