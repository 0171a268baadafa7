/**
 * The CSM's override: a score (0-100), why, and optionally until when. Checked
 * here with the same rules as the set-override function, so a mistake is
 * named on its field before anything is sent; field errors the function
 * returns are shown on the same fields.
 */
import { useState } from 'react';
import { Button, DateInput, Flex, Form, NumberInput, TextArea } from '@hubspot/ui-extensions';
// A namespace import lets the bundler drop the zod parts (locales) the card never uses.
import * as z from 'zod';
import type { OverrideInput } from '../hooks/useCardHealth';
import { baseDateToIso, isoToBaseDate } from '../format';

const OverrideFields = z.object({
  score: z.number({ error: 'score is required' }).int('score must be a whole number')
    .min(0, 'score must be between 0 and 100').max(100, 'score must be between 0 and 100'),
  reason: z.string().trim().min(3, 'reason must say why (3 characters or more)').max(1000, 'reason must be 1000 characters or fewer'),
  expiresAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expiry must be a date like 2026-12-31').optional(),
});

export type OverrideField = 'score' | 'reason' | 'expiresAt';
export type FieldErrors = Partial<Record<OverrideField, string>>;

export function validateOverride(values: { score?: number; reason: string; expiresAt?: string }):
  { ok: true; input: OverrideInput } | { ok: false; errors: FieldErrors } {
  const parsed = OverrideFields.safeParse(values);
  if (parsed.success) {
    const { score, reason, expiresAt } = parsed.data;
    return { ok: true, input: { score, reason, ...(expiresAt && { expiresAt }) } };
  }
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as OverrideField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

export interface OverrideFormProps {
  initial?: { score?: number; reason?: string; expiresAt?: string | null };
  /** Field errors from the server's bad_request answer. */
  serverErrors?: FieldErrors;
  busy: boolean;
  onSubmit: (input: OverrideInput) => void;
  onCancel: () => void;
}

export function OverrideForm({ initial, serverErrors = {}, busy, onSubmit, onCancel }: OverrideFormProps) {
  const [score, setScore] = useState<number | undefined>(initial?.score);
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [expiresAt, setExpiresAt] = useState<string | undefined>(initial?.expiresAt ?? undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown: FieldErrors = { ...serverErrors, ...errors };

  const submit = () => {
    const result = validateOverride({ ...(score !== undefined && { score }), reason, ...(expiresAt && { expiresAt }) });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSubmit(result.input);
  };
  const expiryValue = isoToBaseDate(expiresAt);

  return (
    <Form onSubmit={submit} preventDefault testId="override-form">
      <Flex direction="column" gap="sm">
        <NumberInput
          label="Override score"
          name="score"
          description="The score you believe is right (0-100); it replaces the computed score until it expires."
          min={0}
          max={100}
          precision={0}
          required
          {...(score !== undefined && { value: score })}
          error={Boolean(shown.score)}
          {...(shown.score && { validationMessage: shown.score })}
          onChange={(value) => setScore(Number.isFinite(value) ? value : undefined)}
        />
        <TextArea
          label="Reason"
          name="reason"
          description="What the data does not show (kept on the company as che_override_reason)."
          required
          value={reason}
          error={Boolean(shown.reason)}
          {...(shown.reason && { validationMessage: shown.reason })}
          onChange={(value) => setReason(value)}
        />
        <DateInput
          label="Expires"
          name="expiresAt"
          description="Optional: after this date the computed score is back in force."
          format="YYYY-MM-DD"
          {...(expiryValue && { value: expiryValue })}
          error={Boolean(shown.expiresAt)}
          {...(shown.expiresAt && { validationMessage: shown.expiresAt })}
          onChange={(value) => setExpiresAt(value ? baseDateToIso(value) : undefined)}
        />
        <Flex direction="row" gap="xs">
          <Button type="submit" variant="primary" disabled={busy} testId="override-save">
            {busy ? 'Saving…' : 'Save override'}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={busy} testId="override-cancel">Cancel</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
