/**
 * What a failing HubSpot answers. 502 and 504 come from HubSpot's edge (its CDN) as
 * HTML pages, not JSON (clients have reported raw "502 Bad Gateway" / "504 Gateway
 * Time-out" HTML from api.hubapi.com); a 503 comes from the API itself with its JSON
 * error envelope. Clients must cope with both, so the sandbox sends both.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';

export const SERVER_ERROR_STATUSES = [502, 503, 504] as const;
export type ServerErrorStatus = (typeof SERVER_ERROR_STATUSES)[number];

const EDGE_PAGES: Record<502 | 504, string> = {
  502: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n',
  504: '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n',
};

export function sendServerError(res: Response, status: ServerErrorStatus): void {
  if (status === 503) {
    const correlationId = randomUUID();
    res.setHeader('x-hubspot-correlation-id', correlationId);
    res.status(503).json({
      status: 'error',
      message: 'Service Unavailable',
      correlationId,
      category: 'SERVICE_UNAVAILABLE',
    });
    return;
  }
  res.status(status).type('text/html').send(EDGE_PAGES[status]);
}
