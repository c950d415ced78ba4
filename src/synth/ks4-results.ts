import type { Random } from './random.js';

/**
 * KS4 subject results drawn around a pupil's Attainment 8, and the KS4 pupil-file flags computed from
 * them by the rules of shared/spec/measures.md, so the two files agree.
 *
 * The pupil file's KS4_ATT8 is the outcome model's value; the results file is an independent,
 * plausible realisation with grades centred on ATT8 ÷ 10 (the average slot grade). Recomputing A8 from
 * the results gives a figure near KS4_ATT8, not equal to it: the tool uses the pupil file's A8.
 */
export interface SubjectResult {
  subject: string;
  qual: 'GCSE' | 'OTHER';
  ebacc: 'ENG_LANG' | 'ENG_LIT' | 'MATHS' | 'SCIENCE' | 'COMBINED_SCIENCE' | 'HUMANITY' | 'LANGUAGE' | 'NONE';
  /** 9–1, U, X, or `5-4` for combined science; for OTHER qualifications a BTEC-style grade. */
  grade: string;
  /** DfE point score of an OTHER qualification; blank for GCSEs. */
  points: string;
}

export interface Ks4Flags {
  l2Basics94: 0 | 1;
  l2Basics95: 0 | 1;
  ebaccEntered: 0 | 1;
  ebacc94: 0 | 1;
  ebacc95: 0 | 1;
  /** EBacc average point score: (English + maths + two science slots + humanity + language) ÷ 6. */
  ebaccAps: number;
}

function gcseGrade(rng: Random, mean: number): string {
  const g = Math.round(mean + rng.normal(0, 1.1));
  return g <= 0 ? 'U' : String(Math.min(9, g));
}

/** Grade points: 9–1 as numbers, U 0, X none. */
export function gradePoints(grade: string): number | null {
  if (grade === 'X') return null;
  if (grade === 'U') return 0;
  const n = Number(grade);
  return Number.isFinite(n) ? n : null;
}

const OTHER_GRADES = [['P', 4], ['M', 5.5], ['D', 7], ['D*', 8.5]] as const;

export function drawKs4Results(rng: Random, att8: number): SubjectResult[] {
  const mean = att8 / 10;
  const entries = att8 < 8 ? 4 : att8 < 20 ? 6 : 8;
  const out: SubjectResult[] = [];
  const gcse = (subject: string, ebacc: SubjectResult['ebacc']) => out.push({ subject, qual: 'GCSE', ebacc, grade: gcseGrade(rng, mean), points: '' });
  gcse('English Language', 'ENG_LANG');
  gcse('Mathematics', 'MATHS');
  const ebaccRoute = att8 >= 30 && rng.chance(Math.min(0.8, att8 / 80));
  if (ebaccRoute || (entries >= 6 && rng.chance(0.85))) gcse('English Literature', 'ENG_LIT');
  if (entries >= 6 || rng.chance(0.5)) {
    if (att8 > 55 && rng.chance(0.45)) {
      gcse('Biology', 'SCIENCE');
      gcse('Chemistry', 'SCIENCE');
      gcse('Physics', 'SCIENCE');
    } else {
      const a = Math.max(1, Math.min(9, Math.round(mean + rng.normal(0, 1))));
      const b = Math.max(1, Math.min(9, a - rng.int(0, 1)));
      out.push({ subject: 'Combined Science', qual: 'GCSE', ebacc: 'COMBINED_SCIENCE', grade: `${a}-${b}`, points: '' });
    }
  }
  if (ebaccRoute || rng.chance(0.6)) gcse(rng.chance(0.5) ? 'History' : 'Geography', 'HUMANITY');
  if (ebaccRoute) gcse(rng.chance(0.6) ? 'French' : 'Spanish', 'LANGUAGE');
  const open = ['Art and Design', 'Religious Studies', 'Design and Technology', 'Music', 'Physical Education', 'Drama', 'Business'];
  while (out.length < entries + (ebaccRoute ? 1 : 0)) {
    const subject = open[out.length % open.length]!;
    if (out.some((r) => r.subject === subject)) break;
    if (rng.chance(0.18)) {
      const [grade, points] = rng.pick(OTHER_GRADES);
      out.push({ subject: `${subject} (vocational)`, qual: 'OTHER', ebacc: 'NONE', grade, points: String(points) });
    } else {
      out.push({ subject, qual: 'GCSE', ebacc: 'NONE', grade: rng.chance(0.01) ? 'X' : gcseGrade(rng, mean), points: '' });
    }
  }
  return out;
}

/**
 * Flags by measures.md: English = language or literature at the threshold; EBacc entry = English,
 * maths, two sciences (or combined science), a humanity and a language entered; EBacc 4+/5+ = each
 * pillar at the threshold (combined science on both grades; single sciences: two at the threshold).
 */
export function ks4Flags(results: readonly SubjectResult[]): Ks4Flags {
  const best = (areas: string[]): number | null => {
    let b: number | null = null;
    for (const r of results) {
      if (!areas.includes(r.ebacc) || r.qual !== 'GCSE') continue;
      const p = gradePoints(r.grade);
      if (p !== null && (b === null || p > b)) b = p;
    }
    return b;
  };
  const english = best(['ENG_LANG', 'ENG_LIT']);
  const maths = best(['MATHS']);
  const humanity = best(['HUMANITY']);
  const language = best(['LANGUAGE']);
  const combined = results.find((r) => r.ebacc === 'COMBINED_SCIENCE');
  const singles = results.filter((r) => r.ebacc === 'SCIENCE').map((r) => gradePoints(r.grade)).filter((p): p is number => p !== null).sort((a, b) => b - a);
  const scienceSlots: number[] | null = combined
    ? combined.grade.split('-').map(Number)
    : singles.length >= 2 ? singles.slice(0, 2) : null;
  const entered = english !== null && maths !== null && scienceSlots !== null && humanity !== null && language !== null;
  const atLeast = (t: number) => entered && english! >= t && maths! >= t && scienceSlots!.every((s) => s >= t)
    && humanity! >= t && language! >= t;
  const slotSum = (english ?? 0) + (maths ?? 0) + (scienceSlots ? scienceSlots[0]! + scienceSlots[1]! : singles[0] ?? 0)
    + (humanity ?? 0) + (language ?? 0);
  return {
    l2Basics94: english !== null && maths !== null && english >= 4 && maths >= 4 ? 1 : 0,
    l2Basics95: english !== null && maths !== null && english >= 5 && maths >= 5 ? 1 : 0,
    ebaccEntered: entered ? 1 : 0,
    ebacc94: atLeast(4) ? 1 : 0,
    ebacc95: atLeast(5) ? 1 : 0,
    ebaccAps: Math.round((slotSum / 6) * 100) / 100,
  };
}
