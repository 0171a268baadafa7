/**
 * Qualitative flags from what people wrote: CSM notes, inbound emails and
 * ticket text inside the flags window. A flag is set when one of its phrases
 * appears (case-insensitive); unset flags stay absent (no evidence ≠ false).
 */
import type { AccountSnapshot } from '../../core/contract';
import type { FlagName, Mapping } from '../mapping/schema';

export interface DatedText {
  date: string;
  text: string;
}

export function flagsOf(texts: DatedText[], m: Mapping, asOf: string): AccountSnapshot['flags'] {
  const since = new Date(Date.parse(asOf) - m.flags.windowDays * 86_400_000).toISOString();
  const recent = texts.filter((t) => t.date >= since && t.date <= asOf).map((t) => t.text.toLowerCase());
  const flags: Partial<Record<FlagName, boolean>> = {};
  for (const [flag, phrases] of Object.entries(m.flags.phrases) as [FlagName, string[] | undefined][]) {
    if (!phrases) continue;
    const lowered = phrases.map((p) => p.toLowerCase());
    if (recent.some((t) => lowered.some((p) => t.includes(p)))) flags[flag] = true;
  }
  return Object.keys(flags).length > 0 ? flags : undefined;
}
