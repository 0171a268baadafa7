/**
 * `che workflows`: the example tier-change workflows and the custom workflow
 * action "Recalculate customer health".
 *   che workflows                       print the request bodies, create nothing
 *   che workflows --create [--enable]   create both workflows (Automation v4 flows; HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL)
 *   che workflows --create-action       create the action definition (Automation v4 actions; HUBSPOT_DEVELOPER_API_KEY,
 *                                       --app-id or HUBSPOT_APP_ID, --action-url or CHE_PUBLIC_URL)
 */
import { z } from 'zod';
import { createHubSpotConnection } from '../../hubspot/connection';
import type { HubSpotConnection } from '../../hubspot/contracts';
import { hubSpotConfigFromEnv, HubSpotEnvError, type HubSpotConfig } from '../../hubspot/env';
import { WORKFLOW_ACTION_PATH } from '../../server/app';
import { actionDefinition, createActionDefinition, createExampleFlows, exampleFlows } from '../../server/workflows';
import { UsageError, type Io } from '../io';

const optionsSchema = z.object({
  create: z.boolean().default(false),
  enable: z.boolean().default(false),
  createAction: z.boolean().default(false),
  actionUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  appId: z.string().trim().regex(/^\d+$/, 'must be the app id (digits)').optional(),
  publish: z.boolean().default(false),
});

const FLAG: Record<string, string> = {
  create: '--create', enable: '--enable', createAction: '--create-action', actionUrl: '--action-url', appId: '--app-id', publish: '--publish',
};

export interface WorkflowsDeps {
  env: Record<string, string | undefined>;
  connect?: (config: HubSpotConfig) => HubSpotConnection;
}

function connect(deps: WorkflowsDeps): HubSpotConnection {
  try {
    return (deps.connect ?? createHubSpotConnection)(hubSpotConfigFromEnv(deps.env));
  } catch (err) {
    if (err instanceof HubSpotEnvError) throw new UsageError(err.message);
    throw err;
  }
}

function actionSettings(opts: z.infer<typeof optionsSchema>, env: WorkflowsDeps['env']) {
  const problems: string[] = [];
  const key = env.HUBSPOT_DEVELOPER_API_KEY?.trim();
  if (!key) problems.push('HUBSPOT_DEVELOPER_API_KEY is not set (the developer account\'s API key: HubSpot authenticates action definitions with it)');
  const appId = opts.appId ?? env.HUBSPOT_APP_ID?.trim();
  if (!appId || !/^\d+$/.test(appId)) problems.push('--app-id (or HUBSPOT_APP_ID): the app id (digits) is required');
  const publicUrl = env.CHE_PUBLIC_URL?.trim().replace(/\/+$/, '');
  const actionUrl = opts.actionUrl ?? (publicUrl ? `${publicUrl}${WORKFLOW_ACTION_PATH}` : undefined);
  if (!actionUrl) problems.push(`--action-url (or CHE_PUBLIC_URL): where HubSpot sends the action, e.g. https://che.example.com${WORKFLOW_ACTION_PATH}`);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { developerApiKey: key!, appId: Number(appId), actionUrl: actionUrl! };
}

export async function runWorkflows(raw: Record<string, unknown>, io: Io, deps: WorkflowsDeps): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${FLAG[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const opts = parsed.data;
  if (!opts.create && !opts.createAction) {
    const url = opts.actionUrl ?? `https://che.example.com${WORKFLOW_ACTION_PATH}`;
    io.stdout(`${JSON.stringify({ flows: exampleFlows({ enabled: opts.enable }), actionDefinition: actionDefinition(url) }, null, 2)}\n`);
    io.stdout('Nothing was created: --create creates the workflows, --create-action the workflow action.\n');
    return 0;
  }
  const action = opts.createAction ? actionSettings(opts, deps.env) : undefined;
  const conn = connect(deps);
  if (opts.create) {
    for (const f of await createExampleFlows(conn, { enabled: opts.enable })) {
      io.stdout(`created workflow ${f.id}: ${f.name}${opts.enable ? '' : ' (off: turn it on in HubSpot once reviewed)'}\n`);
    }
  }
  if (action) {
    const id = await createActionDefinition(conn, { ...action, published: opts.publish });
    io.stdout(`created workflow action ${id} "Recalculate customer health" → ${action.actionUrl}${opts.publish ? '' : ' (unpublished: --publish to offer it in workflows)'}\n`);
  }
  return 0;
}
