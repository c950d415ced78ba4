/** What a file's path says about its return year and LA (shared/spec/inputs.md). */

/**
 * The return year a path names: a folder or file name holding a 4-digit year (`903/2020/…`,
 * `SSDA903_2020_episodes.csv`); `2019-20` or `201920` mean 2020 (the year of the 31 March).
 * The deepest segment that names one wins.
 */
export function yearFromPath(relPath: string): number | null {
  const segments = relPath.split(/[\\/]/).reverse();
  for (const seg of segments) {
    const re = /(?<!\d)((?:19|20)\d{2})(?:[-_]?(\d{2}))?(?!\d)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg))) {
      const first = +m[1]!;
      if (m[2] !== undefined) {
        if (+m[2] === (first + 1) % 100) return first + 1;
        continue;
      }
      return first;
    }
  }
  return null;
}

/**
 * The LA a path names: a folder segment that is exactly a 3-digit number (`903/855/2020/header.csv`).
 * A `903` folder is the return's name (inputs.md's own example `903/2020/episodes.csv`), not an LA:
 * no DfE LA has that number.
 */
export function laFromPath(relPath: string): string | null {
  const segments = relPath.split(/[\\/]/);
  segments.pop();
  for (let i = segments.length - 1; i >= 0; i--) if (/^\d{3}$/.test(segments[i]!) && segments[i] !== '903') return segments[i]!;
  return null;
}
