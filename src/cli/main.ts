/**
 * The `che` command. Each subcommand is a thin adapter: parse options → load →
 * assess → write. Exit codes: 0 success, 1 unexpected failure, 2 bad input
 * (a message on stderr names the field).
 */
import { Command, CommanderError, Option } from 'commander';
import { runAssess } from './commands/assess';
import { runBacktest } from './commands/backtest';
import { runCalibrate } from './commands/calibrate';
import { runDashboard } from './commands/dashboard';
import { runForecast } from './commands/forecast';
import { runModelShow, runModelValidate } from './commands/model';
import { runProvision } from './commands/provision';
import { runRun } from './commands/run';
import { runSandbox } from './commands/sandbox';
import { runServe } from './commands/serve';
import { runWorkflows } from './commands/workflows';
import { nodeIo, UsageError, type Io } from './io';
import { labeledLoader, portfolioLoader } from './load-hubspot';

function program(io: Io, setCode: (code: number) => void): Command {
  const cli = new Command('che')
    .description('Customer Health Engine: health scores, renewal risk, signals and plays for HubSpot companies')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });

  cli
    .command('assess')
    .description('assess AccountSnapshots: a JSON snapshot → one assessment; JSONL → JSONL')
    .requiredOption('-i, --input <file>', 'snapshot file (.json or .jsonl), or - for stdin')
    .option('-m, --model <name|path>', 'renewal-7 (default), engine-5, or a model file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md']).default('json'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (opts) => setCode(await runAssess(opts, io)));

  const model = cli.command('model').description('inspect and validate scoring models');
  model
    .command('show [model]')
    .description('print a model with every weight and threshold resolved')
    .action(async (name?: string) => setCode(await runModelShow(name, io)));
  model
    .command('validate <file>')
    .description('validate a model file: "ok" or errors naming each bad field')
    .action(async (file: string) => setCode(await runModelValidate(file, io)));

  cli
    .command('provision')
    .description('create the app\'s HubSpot properties, groups and association labels (safe to repeat; HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL)')
    .option('--dry-run', 'read only; list what would be created or updated')
    .option('--json', 'print the report as JSON')
    .action(async (opts) => setCode(await runProvision(opts, io, { env: process.env })));

  cli
    .command('run')
    .description('score customer companies in HubSpot (HUBSPOT_ACCESS_TOKEN; HUBSPOT_BASE_URL for the sandbox) and write the results back')
    .option('--full', 'every customer company (the default)')
    .option('--changed-since <iso>', 'only companies whose record or associated objects changed since this instant')
    .option('--company <id>', 'one company, by HubSpot id')
    .option('--dry-run', 'write nothing; list what would change')
    .option('--json', 'print the run summary as JSON')
    .option('-m, --model <name|path>', 'renewal-7 (default), engine-5, or a model file')
    .option('--mapping <file>', 'a mapping file (JSON laid over the default mapping)')
    .action(async (opts) => setCode(await runRun(opts, io, { env: process.env })));

  cli
    .command('sandbox')
    .description('run a local HubSpot-compatible CRM with a generated portfolio until Ctrl-C')
    .option('-p, --port <n>', 'port on 127.0.0.1 (0 = any free port)', '8787')
    .option('-c, --companies <n>', 'companies to generate', '100')
    .option('-s, --seed <n>', 'generator seed: same seed, same portfolio', '1')
    .option('-t, --token <token>', 'the Bearer token the sandbox accepts', 'sandbox-token')
    .option('--truth <file>', 'where to write the ground truth', 'sandbox-truth.json')
    .option('--seed-file <file>', 'load this SandboxSeed JSON instead of generating')
    .option('--rate-limit <n>', 'requests per rolling 10 seconds per token (HubSpot private apps: 100–190)', '190')
    .option('--search-rate <n>', 'search requests per second', '5')
    .option('--fault-429 <share>', 'share of requests answered 429 (0–1)', '0')
    .option('--fault-5xx <share>', 'share of requests answered 502/503/504 (0–1)', '0')
    .option('--fault-drop <share>', 'share of connections dropped without an answer (0–1)', '0')
    .option('--latency <ms>', 'latency added to every request', '0')
    .action(async (opts) => setCode(await runSandbox(opts, io)));

  cli
    .command('serve')
    .description('the backend: signed webhooks, the workflow action, the card API and the scheduled runs (settings: .env.example)')
    .option('-p, --port <n>', 'port (default CHE_PORT, else 3000)')
    .option('--db <file>', 'the event store SQLite file (default CHE_DB_PATH)')
    .option('--no-schedule', 'no scheduled runs (webhooks and actions only)')
    .option('-m, --model <name|path>', 'renewal-7 (default), engine-5, or a model file')
    .action(async (opts) => setCode(await runServe(opts, io, { env: process.env })));

  cli
    .command('workflows')
    .description('the example tier-change workflows and the "Recalculate customer health" action: print them, or create them')
    .option('--create', 'create both workflows through the Automation v4 flows API (HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL)')
    .option('--enable', 'create the workflows switched on (default: off, for review)')
    .option('--create-action', 'create the workflow action definition (HUBSPOT_DEVELOPER_API_KEY; --app-id; --action-url)')
    .option('--app-id <id>', 'the app id (default HUBSPOT_APP_ID)')
    .option('--action-url <url>', 'where HubSpot sends the action (default CHE_PUBLIC_URL + /hubspot/workflow-action)')
    .option('--publish', 'publish the action so workflows can use it')
    .action(async (opts) => setCode(await runWorkflows(opts, io, { env: process.env })));

  cli
    .command('forecast')
    .description('renewal-forecast.md (seed 002 structure) from snapshots or labeled records')
    .option('-i, --input <file>', 'snapshots (.json/.jsonl) or labeled records ({snapshot, outcome} lines)')
    .option('--hubspot', 'read from HubSpot instead (HUBSPOT_ACCESS_TOKEN; HUBSPOT_BASE_URL for the sandbox)')
    .option('--mapping <file>', 'with --hubspot: a mapping file (JSON laid over the default mapping)')
    .option('-m, --model <name|path>', 'renewal-7 (default), engine-5, or a model file')
    .option('-o, --out <file>', 'where to write the report', 'renewal-forecast.md')
    .option('--as-of <date>', 'generated date (default: the latest snapshot date)')
    .action(async (opts) => setCode(await runForecast(opts, io, portfolioLoader({ env: process.env }, false))));

  cli
    .command('dashboard')
    .description('weekly CS metrics (seed 000 phase 8) and cohort retention as JSON, YAML or one HTML page')
    .option('-i, --input <file>', 'snapshots (.json/.jsonl) or labeled records ({snapshot, outcome} lines)')
    .option('--hubspot', 'read from HubSpot instead (HUBSPOT_ACCESS_TOKEN; HUBSPOT_BASE_URL for the sandbox)')
    .option('--mapping <file>', 'with --hubspot: a mapping file (JSON laid over the default mapping)')
    .option('-m, --model <name|path>', 'renewal-7 (default), engine-5, or a model file')
    .addOption(new Option('-f, --format <format>', 'output format (default: from --out, else json)').choices(['json', 'yaml', 'html']))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--as-of <date>', 'date the metrics are computed at (default: the latest snapshot date)')
    .addOption(new Option('--cohort-by <period>', 'cohort grouping').choices(['quarter', 'month']).default('quarter'))
    .action(async (opts) => setCode(await runDashboard(opts, io, portfolioLoader({ env: process.env }, true))));

  cli
    .command('backtest')
    .description('how well renewal risk predicted churn: AUC, PR-AUC, lift, early warning, false alarms (bootstrap intervals) and a calibration table')
    .option('-i, --input <file>', 'labeled records ({snapshot, outcome} lines)')
    .option('--hubspot', 'learn from the portal\'s closed renewals instead (HUBSPOT_ACCESS_TOKEN; HUBSPOT_BASE_URL for the sandbox)')
    .option('--mapping <file>', 'with --hubspot: a mapping file (JSON laid over the default mapping)')
    .option('--history-lead-days <n>', 'with --hubspot: score each closed renewal as it stood this many days before (default 90)')
    .option('-m, --model <name|path>', 'renewal-7 (default), engine-5, or a model file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--resamples <n>', 'bootstrap resamples', '1000')
    .option('--seed <n>', 'bootstrap seed: same seed, same intervals', '1')
    .option('--lead-days <n>', 'warning time that counts as early, days', '60')
    .option('--as-of <date>', 'with --hubspot: renewals closed up to this day (default: today)')
    .action(async (opts) => setCode(await runBacktest(opts, io, labeledLoader({ env: process.env }))));

  cli
    .command('calibrate')
    .description('fit weights and the risk curve to labeled outcomes; write the model and report held-out before/after')
    .option('-i, --input <file>', 'labeled records ({snapshot, outcome} lines)')
    .option('--hubspot', 'learn from the portal\'s closed renewals instead (HUBSPOT_ACCESS_TOKEN; HUBSPOT_BASE_URL for the sandbox)')
    .option('--mapping <file>', 'with --hubspot: a mapping file (JSON laid over the default mapping)')
    .option('--history-lead-days <n>', 'with --hubspot: score each closed renewal as it stood this many days before (default 90)')
    .requiredOption('-o, --out <file>', 'where to write the calibrated model file')
    .option('-m, --model <name|path>', 'base model: renewal-7 (default), engine-5, or a model file')
    .option('--folds <n>', 'cross-validation folds (2-10)', '5')
    .option('--seed <n>', 'fold seed: same seed, same model', '1')
    .option('--as-of <date>', 'calibration date written to the model (default: the latest date in the data)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => setCode(await runCalibrate(opts, io, labeledLoader({ env: process.env }))));
  return cli;
}

export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message.split('\n').map((l) => `che: ${l}`).join('\n')}\n`);
      return 2;
    }
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    io.stderr(`che: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}
