/** App function `create-play-task`: Creates a HubSpot task for the play (company owner, the play's due date); returns the open task instead when one already exists. */
import { runCardFunction } from '../shared/card-function';

export async function main(context: unknown) {
  return runCardFunction('create-play-task', context);
}
