/** The preview's command-line flags: defaults, both spellings, and errors that name the flag. */
import { parseFlags } from './main';

describe('preview flags', () => {
  it('defaults to a 300-company sandbox of seed 3 on port 8790', () => {
    expect(parseFlags([])).toEqual({ port: 8790, companies: 300, seed: 3 });
  });

  it('reads --name value and --name=value', () => {
    expect(parseFlags(['--port', '0', '--companies=50', '--seed', '7', '--company', '30000000012', '--screenshots=docs/images']))
      .toEqual({ port: 0, companies: 50, seed: 7, company: '30000000012', screenshots: 'docs/images' });
  });

  it('names the bad flag', () => {
    expect(() => parseFlags(['--port', 'eighty'])).toThrow('--port must be a whole number');
    expect(() => parseFlags(['--companies', '0'])).toThrow('--companies must be at least 1');
    expect(() => parseFlags(['--company', 'acme'])).toThrow('--company must be a HubSpot record id');
    expect(() => parseFlags(['--colour', 'red'])).toThrow('unknown flag --colour');
    expect(() => parseFlags(['8790'])).toThrow('unexpected argument "8790"');
  });
});
