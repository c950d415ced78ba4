/** Episodes of each child within one return, in DECOM order, with the next episode alongside. */
export const EPISODES_IN_ORDER = `SELECT _file, _line, _path, _la, _year, CHILD, DECOM, DEC, REC,
  lead(DECOM) OVER w AS next_decom, row_number() OVER w AS k, count(*) OVER (PARTITION BY _la, _year, CHILD) AS n
  FROM p_Episodes WHERE NOT _reject AND (DEC IS NULL OR DEC >= DECOM)
  WINDOW w AS (PARTITION BY _la, _year, CHILD ORDER BY DECOM, _file, _line)`;
