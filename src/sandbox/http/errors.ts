/**
 * HubSpot's error envelope: { status: "error", message, correlationId,
 * category, subCategory?, errors?, context? }, and the middleware that turns
 * store failures, bad JSON and bad parameters into it.
 */
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { PropertyValidationError, StoreError } from '../store';

export interface ErrorDetail {
  message: string;
  code?: string;
  context?: Record<string, string[]>;
}

export interface ErrorExtra {
  subCategory?: string;
  errors?: ErrorDetail[];
  context?: Record<string, string[]>;
  links?: Record<string, string>;
}

/** An error to answer with HubSpot's body. */
export class HubSpotHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly category?: string,
    readonly extra: ErrorExtra = {},
  ) {
    super(message);
    this.name = 'HubSpotHttpError';
  }
}

export const validationError = (message: string, extra: ErrorExtra = {}) =>
  new HubSpotHttpError(400, message, 'VALIDATION_ERROR', extra);

export function sendError(res: Response, status: number, message: string, category?: string, extra: ErrorExtra = {}): void {
  const correlationId = randomUUID();
  res.setHeader('x-hubspot-correlation-id', correlationId);
  const body: Record<string, unknown> = { status: 'error', message, correlationId };
  if (category) body.category = category;
  Object.assign(body, extra);
  res.status(status).json(body);
}

/** HubSpot's 400 for property values: a JSON list in the message and one entry per property in `errors`. */
export function propertyErrorBody(e: PropertyValidationError): { message: string; extra: ErrorExtra } {
  const results = e.errors.map((x) => ({
    isValid: false, message: x.message, error: x.code, name: x.name, localizedErrorMessage: x.message, propertyValue: x.value,
  }));
  return {
    message: `Property values were not valid: ${JSON.stringify(results)}`,
    extra: { errors: e.errors.map((x) => ({ message: x.message, code: x.code, context: { propertyName: [x.name] } })) },
  };
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof HubSpotHttpError) return sendError(res, err.status, err.message, err.category, err.extra);
  if (err instanceof PropertyValidationError) {
    const { message, extra } = propertyErrorBody(err);
    return sendError(res, 400, message, 'VALIDATION_ERROR', extra);
  }
  if (err instanceof StoreError) {
    const extra: ErrorExtra = {};
    if (err.context) extra.context = err.context;
    if (err.subCategory) extra.subCategory = err.subCategory;
    if (err.kind === 'NOT_FOUND') return sendError(res, 404, err.message, 'OBJECT_NOT_FOUND', extra);
    if (err.kind === 'CONFLICT') return sendError(res, 409, err.message, 'CONFLICT', extra);
    return sendError(res, 400, err.message, 'VALIDATION_ERROR', extra);
  }
  if (err instanceof ZodError) {
    const errors = err.issues.map((i) => ({ message: `${i.path.join('.') || 'body'}: ${i.message}`, code: 'INVALID_INPUT' }));
    return sendError(res, 400, `Invalid input JSON: ${errors.map((e) => e.message).join('; ')}`, 'VALIDATION_ERROR', { errors });
  }
  const status = (err as { status?: number; type?: string }).status;
  if ((err as { type?: string }).type === 'entity.parse.failed') {
    return sendError(res, 400, `Invalid input JSON on line 1: ${(err as Error).message}`, 'VALIDATION_ERROR');
  }
  if (status && status >= 400 && status < 500) return sendError(res, status, (err as Error).message, 'VALIDATION_ERROR');
  return sendError(res, 500, 'internal error', 'INTERNAL_ERROR');
};
