import type { SyncMessages } from './id';

type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

// English for the sources a national deployment mirrors.
const sync: Translations<SyncMessages> = {
  nav: 'Province sync',
  title: 'Sync from provinces',
  intro:
    'Province deployments whose data is mirrored here through their change feeds: targets and realizations with their verification state, and the programs and indicators this deployment lacks.',
  empty:
    'No sources yet. The server administrator configures them (MONEV_SYNC_SOURCES_<NAME>_URL, _CLIENT_ID, _CLIENT_SECRET, _REGION); see the README.',
  columns: {
    lastSuccess: 'Last complete',
    lag: 'Behind by',
    progress: 'Changes read / records written',
    lastError: 'Last error',
  },
  states: {
    NEVER_RUN: 'Never run',
    RUNNING: 'Running',
    OK: 'Up to date',
    FAILING: 'Failing',
  },
  province: 'Province {{code}}',
  scheduleOff: 'not scheduled',
  never: 'never',
  none: 'none',
  errorAt: 'at {{time}}',
  run: 'Sync now',
  running: 'Syncing…',
  fromStart: 'Read again from the start',
  ran: '{{name}}: {{state}}.',
};

export default sync;
