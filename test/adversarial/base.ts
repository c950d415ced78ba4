/** The small synthetic folder every adversarial case and fuzz run starts from (no real data). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
export const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

export const BASE_FILES: Record<string, string> = {
  '903/855/2024/header.csv': [HEADER,
    '101,1,01/09/2007,WBRI,P000000000001,,',
    '102,2,15/03/2008,BAFR,D000000000002,,',
    '103,1,20/12/2007,MWBC,T000000000003,,',
    '104,2,05/01/2009,WBRI,G000000000004,,', ''].join('\n'),
  '903/855/2024/episodes.csv': [EPISODES,
    '101,01/04/2021,S,C2,N1,U4,PR1,01/09/2023,X1,,AB1,AB2,',
    '101,01/09/2023,P,C2,N1,U5,PR1,,,,AB1,AB2,',
    '102,01/04/2022,S,C2,N1,U4,PR1,,,,AB1,AB2,',
    '103,01/04/2022,S,V2,N1,U1,PR1,,,,AB1,AB2,',
    '104,01/06/2023,L,C2,N1,U4,PR1,,,,AB1,AB2,', ''].join('\n'),
};

/** A new temporary folder holding the base files (plus `extra`, or without the files set to null). */
export function makeFolder(extra: Record<string, string | Buffer | null> = {}, root?: string): string {
  const dir = root ?? mkdtempSync(join(tmpdir(), 'adv-'));
  for (const [rel, content] of Object.entries({ ...BASE_FILES, ...extra })) {
    if (content === null) continue;
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}
