/** Name corpora: people, companies, places and job titles. */
import type { Rng } from './prng';

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Oliver', 'Sophia', 'Elijah', 'Isabella', 'James', 'Mia', 'William',
  'Amelia', 'Benjamin', 'Harper', 'Lucas', 'Evelyn', 'Henry', 'Abigail', 'Alexander', 'Emily', 'Daniel', 'Ella',
  'Matthew', 'Grace', 'Samuel', 'Chloe', 'David', 'Priya', 'Arjun', 'Mei', 'Wei', 'Yuki', 'Hiroshi', 'Fatima',
  'Omar', 'Sofia', 'Mateo', 'Lena', 'Jonas', 'Chiara', 'Luca', 'Ingrid', 'Lars', 'Aisha', 'Kwame', 'Nia', 'Diego',
  'Camila', 'Rafael', 'Zoe', 'Ethan', 'Hannah', 'Ryan', 'Nora', 'Owen', 'Leah', 'Jack', 'Maya', 'Aaron', 'Sara',
  'Tomás', 'Anika', 'Ravi', 'Elena', 'Marco', 'Julia', 'Felix', 'Clara', 'Hugo', 'Alice', 'Victor', 'Rosa',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson',
  'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Patel',
  'Shah', 'Nguyen', 'Chen', 'Wang', 'Kim', 'Tanaka', 'Sato', 'Müller', 'Schmidt', 'Rossi', 'Bianchi', 'Dubois',
  'Laurent', 'Jensen', 'Nielsen', 'Okafor', 'Mensah', 'Haddad', 'Khan', 'Silva', 'Santos', 'Costa', 'Novak',
  'Kowalski', 'Ivanova', 'Byrne', "O'Connor", 'Murphy', 'Fischer', 'Weber', 'Hoffmann', 'Andersson', 'Berg',
];

const COMPANY_HEADS = [
  'Acme', 'Northwind', 'Bluebird', 'Summit', 'Ironclad', 'Brightline', 'Cobalt', 'Evergreen', 'Harbor', 'Keystone',
  'Lumen', 'Meridian', 'Nimbus', 'Orchard', 'Pinnacle', 'Quarry', 'Redwood', 'Sable', 'Tidewater', 'Umbra',
  'Vantage', 'Willow', 'Yellowstone', 'Zephyr', 'Atlas', 'Beacon', 'Cascade', 'Driftwood', 'Ember', 'Falcon',
  'Granite', 'Helix', 'Indigo', 'Juniper', 'Kestrel', 'Lighthouse', 'Maple', 'Nova', 'Oakridge', 'Polaris',
  'Quantum', 'Riverstone', 'Silverline', 'Trident', 'Upland', 'Vertex', 'Westbrook', 'Aurora', 'Boreal', 'Cinder',
  'Delta', 'Echo', 'Fjord', 'Glacier', 'Horizon', 'Ivy', 'Jade', 'Kite', 'Lark', 'Mosaic', 'Nexus', 'Onyx',
  'Prairie', 'Radiant', 'Sierra', 'Tundra', 'Unity', 'Velvet', 'Wren', 'Apex', 'Bright', 'Coral', 'Dune',
];

const COMPANY_TAILS = [
  'Labs', 'Systems', 'Logistics', 'Health', 'Partners', 'Analytics', 'Foods', 'Financial', 'Retail', 'Studios',
  'Networks', 'Robotics', 'Energy', 'Learning', 'Media', 'Software', 'Group', 'Works', 'Dynamics', 'Capital',
  'Biotech', 'Consulting', 'Supply', 'Mobility', 'Insurance', 'Legal', 'Clinics', 'Brands', 'Telecom', 'Freight',
];

const LEGAL_FORMS = ['', '', '', ' Inc.', ' LLC', ' Ltd', ' GmbH', ' Co.', ' Corp.'];

export const CITIES: [string, string][] = [
  ['Boston', 'United States'], ['New York', 'United States'], ['Austin', 'United States'], ['Chicago', 'United States'],
  ['Denver', 'United States'], ['Seattle', 'United States'], ['San Francisco', 'United States'], ['Atlanta', 'United States'],
  ['Toronto', 'Canada'], ['Vancouver', 'Canada'], ['London', 'United Kingdom'], ['Manchester', 'United Kingdom'],
  ['Dublin', 'Ireland'], ['Berlin', 'Germany'], ['Munich', 'Germany'], ['Paris', 'France'], ['Amsterdam', 'Netherlands'],
  ['Stockholm', 'Sweden'], ['Copenhagen', 'Denmark'], ['Madrid', 'Spain'], ['Milan', 'Italy'], ['Sydney', 'Australia'],
  ['Melbourne', 'Australia'], ['Singapore', 'Singapore'], ['Tokyo', 'Japan'], ['São Paulo', 'Brazil'], ['Mexico City', 'Mexico'],
];

/** A unique company name (the index breaks ties so two companies never share a name or a domain). */
export function companyName(rng: Rng, index: number, taken: Set<string>): { name: string; domain: string } {
  for (let attempt = 0; ; attempt++) {
    const head = rng.pick(COMPANY_HEADS);
    const tail = rng.pick(COMPANY_TAILS);
    const base = attempt < 4 ? `${head} ${tail}` : `${head} ${tail} ${index}`;
    const domain = `${base.toLowerCase().replace(/[^a-z0-9]+/g, '')}.${rng.pick(['com', 'com', 'com', 'io', 'co', 'net'])}`;
    if (taken.has(base) || taken.has(domain)) continue;
    taken.add(base);
    taken.add(domain);
    return { name: `${base}${rng.pick(LEGAL_FORMS)}`, domain };
  }
}

export function personName(rng: Rng): { first: string; last: string } {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES) };
}

/** An email address at a domain, made unique by the caller's set. */
export function emailFor(first: string, last: string, domain: string, taken: Set<string>): string {
  const clean = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const base = `${clean(first)}.${clean(last)}`;
  let email = `${base}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${base}${n}@${domain}`;
  taken.add(email);
  return email;
}

export const DEPARTMENTS = ['Operations', 'Marketing', 'Sales', 'Finance', 'Customer Support', 'Engineering', 'IT', 'HR', 'Product'];

/** Job titles by the role a contact plays for the account; promotions move one step up. */
export const TITLES = {
  champion: ['Operations Manager', 'Director of Operations', 'Head of Customer Support', 'Marketing Operations Manager', 'Director of Sales Operations', 'Senior Product Manager'],
  executive_sponsor: ['VP of Operations', 'Chief Operating Officer', 'VP of Customer Experience', 'Chief Revenue Officer', 'VP of Marketing', 'Chief Technology Officer'],
  decision_maker: ['Director of IT', 'Head of Procurement', 'VP of Finance', 'Director of Business Systems', 'Chief Financial Officer'],
  admin: ['Systems Administrator', 'Business Systems Analyst', 'CRM Administrator', 'IT Manager'],
  user: ['Account Executive', 'Support Specialist', 'Marketing Specialist', 'Data Analyst', 'Project Coordinator', 'Sales Development Rep', 'Customer Success Associate', 'Operations Analyst'],
} as const;

/** The title a promoted champion gets. */
export function promotedTitle(title: string): string {
  if (/^Director of (.+)$/.test(title)) return title.replace(/^Director of/, 'VP of');
  if (/^Head of (.+)$/.test(title)) return title.replace(/^Head of/, 'VP of');
  if (/Manager$/.test(title)) return `Director of ${title.replace(/ Manager$/, '').replace(/^Senior /, '')}`;
  return `Senior ${title}`;
}
