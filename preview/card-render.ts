/**
 * Renders the real health card (HealthCardApp) with HubSpot's own
 * ui-extensions renderer, waits until it has left its loading state, and —
 * when asked — presses one of its buttons and waits until what the button
 * started has answered. The result is the rendered component tree, which
 * render-html maps to HTML.
 */
import { createElement } from 'react';
import { Button, LoadingSpinner } from '@hubspot/ui-extensions';
import { createRenderer, type RenderedRootNode } from '@hubspot/ui-extensions/testing';
import { HealthCardApp } from '../extensions/health-card/HealthCardApp';
import type { CardTransport } from '../extensions/health-card/transport';

export interface CardRenderRequest {
  companyId: string;
  transport: CardTransport;
  canWrite: boolean;
  userName?: string;
  /** The testId of a button to press once the card has loaded. */
  press?: string;
  /** How long to wait for the card's answers (a slow portal is slow). */
  timeoutMs?: number;
}

export class ButtonNotFound extends Error {}

/** Wraps a transport to know when every call it started has answered. */
function tracked(transport: CardTransport): { transport: CardTransport; started(): number; inFlight(): number } {
  let started = 0;
  let inFlight = 0;
  const wrapped: CardTransport = async (op, params) => {
    started++;
    inFlight++;
    try {
      return await transport(op, params);
    } finally {
      inFlight--;
    }
  };
  return { transport: wrapped, started: () => started, inFlight: () => inFlight };
}

export async function renderCardTree(req: CardRenderRequest): Promise<RenderedRootNode> {
  const timeoutInMs = req.timeoutMs ?? 30_000;
  const calls = tracked(req.transport);
  const renderer = createRenderer('crm.record.tab');
  renderer.render(createElement(HealthCardApp, {
    companyId: req.companyId,
    transport: calls.transport,
    canWrite: req.canWrite,
    ...(req.userName && { userName: req.userName }),
  }));
  const settled = () => {
    if (calls.inFlight() > 0 || renderer.maybeFind(LoadingSpinner)) throw new Error('still loading');
  };
  await renderer.waitFor(settled, { timeoutInMs });

  if (req.press) {
    const button = renderer.maybeFindByTestId(Button, req.press);
    if (!button) throw new ButtonNotFound(`The card shows no button "${req.press}" for company ${req.companyId}`);
    const onClick = button.props.onClick;
    if (typeof onClick !== 'function') throw new ButtonNotFound(`The card's "${req.press}" button has no click handler`);
    const before = calls.started();
    // Called directly, not through the renderer's trigger(): that wraps it in React's act(), which is for tests
    // (production React refuses it); here the card's state updates are scheduled as in HubSpot.
    (onClick as () => void)();
    await renderer.waitFor(() => {
      if (calls.started() === before) throw new Error('the button started nothing yet');
      settled();
    }, { timeoutInMs });
  }
  return renderer.getRootNode();
}
