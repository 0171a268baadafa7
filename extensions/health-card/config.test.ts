import { canUserWrite, displayName, parseCardConfig } from './config';
import rawConfig from './card-config.json';

describe('parseCardConfig', () => {
  it('accepts the shipped card-config.json (app functions by default)', () => {
    expect(parseCardConfig(rawConfig)).toEqual({ success: true, config: { mode: 'serverless' }, errors: [] });
  });

  it('defaults to app functions when empty', () => {
    expect(parseCardConfig({})).toMatchObject({ success: true, config: { mode: 'serverless' } });
  });

  it('accepts fetch mode with a base URL, dropping a trailing slash', () => {
    expect(parseCardConfig({ mode: 'fetch', baseUrl: 'https://che.example.com/' }))
      .toMatchObject({ success: true, config: { mode: 'fetch', baseUrl: 'https://che.example.com' } });
  });

  it('names each bad field', () => {
    const result = parseCardConfig({ mode: 'fetch', writerTeamIds: ['cs'], extra: true });
    expect(result.success).toBe(false);
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^writerTeamIds\.0: /),
      expect.stringContaining('extra'),
    ]));
  });

  it('requires a base URL in fetch mode', () => {
    expect(parseCardConfig({ mode: 'fetch' })).toEqual({ success: false, errors: ['baseUrl: is required when mode is "fetch"'] });
  });

  it('rejects a base URL that is not http(s)', () => {
    expect(parseCardConfig({ mode: 'fetch', baseUrl: 'ftp://che.example.com' }))
      .toEqual({ success: false, errors: ['baseUrl: must be an http(s) address'] });
  });

  it('rejects an unknown operation in functionNames', () => {
    const result = parseCardConfig({ functionNames: { 'delete-company': 'x' } });
    expect(result.success).toBe(false);
    expect(result.errors.join()).toContain('functionNames');
  });
});

describe('canUserWrite', () => {
  const config = (writerTeamIds?: number[]) => ({ mode: 'serverless' as const, ...(writerTeamIds && { writerTeamIds }) });

  it('lets everyone write without writerTeamIds', () => {
    expect(canUserWrite(config(), { teams: [] })).toBe(true);
  });

  it('lets only members of a writer team write', () => {
    expect(canUserWrite(config([7]), { teams: [{ id: 3 }, { id: 7 }] })).toBe(true);
    expect(canUserWrite(config([7]), { teams: [{ id: 3 }] })).toBe(false);
    expect(canUserWrite(config([7]), undefined)).toBe(false);
  });
});

describe('displayName', () => {
  it('prefers the name, then the email', () => {
    expect(displayName({ firstName: 'Dana', lastName: 'Scully', email: 'dana@example.com' })).toBe('Dana Scully');
    expect(displayName({ firstName: '', lastName: '', email: 'dana@example.com' })).toBe('dana@example.com');
    expect(displayName(undefined)).toBeUndefined();
  });
});
