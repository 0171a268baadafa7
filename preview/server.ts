/**
 * The preview's web server (express):
 *   GET  /                          customer companies with score and tier, most urgent first
 *   GET  /company/:id               the health card of one company, rendered from the real components
 *   POST /company/:id/press/:button presses one of the card's buttons (recalculate, create task,
 *                                   clear override, score now, retry), then redirects back to the card
 * The card talks to the portal through an in-process transport over
 * handleCardOperation, so what the page shows is what the card shows.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { JobDeps } from '../src/jobs';
import { ButtonNotFound, renderCardTree } from './card-render';
import type { CompanyRow } from './companies';
import { companyPage, companyPath, errorPage, indexPage } from './pages';
import { treeToHtml } from './render-html';
import { inProcessTransport } from './transport';

/** The buttons the preview can press: those that call an operation. The override form needs HubSpot. */
export const PRESSABLE_BUTTONS = ['recalculate', 'create-task', 'clear-override', 'score-now', 'retry'] as const;
const Pressable = z.enum(PRESSABLE_BUTTONS);
const CompanyIdParam = z.string().regex(/^[1-9]\d{0,18}$/, 'the company id must be a HubSpot record id (digits)');

export interface PreviewBackend {
  deps: JobDeps;
  /** Customer companies with their stored score and tier. */
  listCompanies(): Promise<CompanyRow[]>;
  /** Where the data comes from, shown on the pages ("local sandbox, 300 companies, seed 1"). */
  source: string;
  /** Shown as the override author; the preview user may write unless told otherwise. */
  userName?: string;
  canWrite?: boolean;
  timeoutMs?: number;
}

export function createPreviewApp(backend: PreviewBackend): express.Express {
  const app = express();
  const transport = inProcessTransport(backend.deps);
  const canWrite = backend.canWrite ?? true;
  // The page after a button press, shown once by the redirect that follows it (post/redirect/get).
  const afterPress = new Map<string, string>();
  let rows: CompanyRow[] | null = null;
  const companies = async (fresh = false) => {
    if (fresh || !rows) rows = await backend.listCompanies();
    return rows;
  };

  const buttonAction = (companyId: string) => ({ testId }: { testId: string | undefined }) =>
    Pressable.safeParse(testId).success ? `${companyPath(companyId)}/press/${testId}` : null;

  const renderCompany = async (companyId: string, press?: string) => {
    const tree = await renderCardTree({
      companyId, transport, canWrite,
      ...(backend.userName && { userName: backend.userName }),
      ...(press && { press }),
      ...(backend.timeoutMs && { timeoutMs: backend.timeoutMs }),
    });
    const row = (await companies(press !== undefined)).find((r) => r.id === companyId);
    return companyPage({ row, companyId, cardHtml: treeToHtml(tree, { buttonAction: buttonAction(companyId) }), source: backend.source });
  };

  const fail = (res: Response, status: number, err: unknown) => {
    res.status(status).type('html').send(errorPage(status, err instanceof Error ? err.message : String(err)));
  };
  const companyIdOf = (req: Request, res: Response): string | null => {
    const id = CompanyIdParam.safeParse(req.params.id);
    if (id.success) return id.data;
    fail(res, 400, new Error(id.error.issues[0]?.message ?? 'bad company id'));
    return null;
  };

  app.get('/', async (_req, res) => {
    try {
      res.type('html').send(indexPage(await companies(true), backend.source));
    } catch (err) {
      fail(res, 502, err);
    }
  });

  app.get('/company/:id', async (req, res) => {
    const id = companyIdOf(req, res);
    if (!id) return;
    const stored = afterPress.get(id);
    afterPress.delete(id);
    try {
      res.type('html').send(stored ?? await renderCompany(id));
    } catch (err) {
      fail(res, 500, err);
    }
  });

  app.post('/company/:id/press/:button', async (req, res) => {
    const id = companyIdOf(req, res);
    if (!id) return;
    const button = Pressable.safeParse(req.params.button);
    if (!button.success) return fail(res, 400, new Error(`button must be one of ${PRESSABLE_BUTTONS.join(', ')}`));
    try {
      afterPress.set(id, await renderCompany(id, button.data));
      res.redirect(303, companyPath(id));
    } catch (err) {
      fail(res, err instanceof ButtonNotFound ? 409 : 500, err);
    }
  });

  return app;
}

export interface RunningPreview {
  url: string;
  close(): Promise<void>;
}

export async function startPreviewServer(backend: PreviewBackend, opts: { port?: number; host?: string } = {}): Promise<RunningPreview> {
  const app = createPreviewApp(backend);
  const host = opts.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(opts.port ?? 0, host, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
