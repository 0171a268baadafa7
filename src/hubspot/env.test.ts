import { DEFAULT_BASE_URL, HubSpotEnvError, hubSpotConfigFromEnv } from './env';

const TOKEN = 'pat-na1-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function errorOf(env: Record<string, string | undefined>): HubSpotEnvError {
  try {
    hubSpotConfigFromEnv(env);
  } catch (e) {
    if (e instanceof HubSpotEnvError) return e;
    throw e;
  }
  throw new Error('expected a HubSpotEnvError');
}

describe('hubSpotConfigFromEnv', () => {
  it('uses the documented defaults with only a token', () => {
    expect(hubSpotConfigFromEnv({ HUBSPOT_ACCESS_TOKEN: TOKEN })).toEqual({
      token: TOKEN, baseUrl: DEFAULT_BASE_URL, perTenSeconds: 100, searchPerSecond: 4, maxRetries: 5,
    });
  });

  it('reads every variable, trims the base URL\'s trailing slash', () => {
    expect(hubSpotConfigFromEnv({
      HUBSPOT_ACCESS_TOKEN: TOKEN, HUBSPOT_BASE_URL: 'http://127.0.0.1:8787/', HUBSPOT_RATE_LIMIT: '190',
      HUBSPOT_SEARCH_RATE: '5', HUBSPOT_MAX_RETRIES: '0',
    })).toEqual({ token: TOKEN, baseUrl: 'http://127.0.0.1:8787', perTenSeconds: 190, searchPerSecond: 5, maxRetries: 0 });
  });

  it('takes the app function\'s PRIVATE_APP_ACCESS_TOKEN, and prefers HUBSPOT_ACCESS_TOKEN when both are set', () => {
    expect(hubSpotConfigFromEnv({ PRIVATE_APP_ACCESS_TOKEN: 'fn-token' }).token).toBe('fn-token');
    expect(hubSpotConfigFromEnv({ PRIVATE_APP_ACCESS_TOKEN: 'fn-token', HUBSPOT_ACCESS_TOKEN: TOKEN }).token).toBe(TOKEN);
  });

  it('treats empty optional variables as unset', () => {
    expect(hubSpotConfigFromEnv({ HUBSPOT_ACCESS_TOKEN: TOKEN, HUBSPOT_BASE_URL: '', HUBSPOT_RATE_LIMIT: ' ' }).perTenSeconds).toBe(100);
  });

  it('names a missing token', () => {
    const e = errorOf({});
    expect(e.variables).toEqual(['HUBSPOT_ACCESS_TOKEN']);
    expect(e.message).toContain('HUBSPOT_ACCESS_TOKEN is not set');
  });

  it('names every bad variable at once, without echoing values', () => {
    const e = errorOf({
      HUBSPOT_ACCESS_TOKEN: 'has a space', HUBSPOT_BASE_URL: 'ftp://example.com', HUBSPOT_RATE_LIMIT: 'N/A',
      HUBSPOT_SEARCH_RATE: '9', HUBSPOT_MAX_RETRIES: '-1',
    });
    expect(e.variables.sort()).toEqual(['HUBSPOT_ACCESS_TOKEN', 'HUBSPOT_BASE_URL', 'HUBSPOT_MAX_RETRIES', 'HUBSPOT_RATE_LIMIT', 'HUBSPOT_SEARCH_RATE']);
    expect(e.message).toContain('HUBSPOT_SEARCH_RATE must be at most 5');
    expect(e.message).toContain('HUBSPOT_RATE_LIMIT must be a whole number');
    expect(e.message).not.toContain('has a space');
    expect(e.message).not.toContain('N/A');
  });

  it('never puts the token in a message when another variable is bad', () => {
    const e = errorOf({ HUBSPOT_ACCESS_TOKEN: TOKEN, HUBSPOT_MAX_RETRIES: 'lots' });
    expect(e.variables).toEqual(['HUBSPOT_MAX_RETRIES']);
    expect(e.message).not.toContain(TOKEN);
  });
});
