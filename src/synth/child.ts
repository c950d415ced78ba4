/**
 * A simulated child of a 903 return: identity, the full simulated care history and the few latent
 * traits the pupil side needs. Held in memory per LA only (a few hundred children).
 */
export interface SynthEpisode {
  decom: number;
  dec: number | null;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  provider: string;
  rec: string | null;
  reasonPlaceChange: string;
  homePost: string;
  plPost: string;
  urn: string;
  /** LA where the placement is: differs from the child's LA for out-of-area placements. */
  placementLa: string;
}

export type ChildKind = 'regular' | 'uasc' | 'respite';

export interface SynthChild {
  la: string;
  /** CHILD id, unique within the LA (6 digits, leading zeros kept). */
  child: string;
  /** Stream index of the child within its LA (for seeding per-year extras). */
  index: number;
  kind: ChildKind;
  sex: 'M' | 'F';
  dob: number;
  ethnic: string;
  /** The child's school UPN: permanent, or temporary (final letter) for a few. */
  upn: string;
  /** The UPN the pupil files use: equal to `upn`, or a permanent UPN whose census row has FormerUPN = upn. */
  pupilUpn: string;
  /** False for the few children with no English school record (educated outside England, etc.). */
  inSchoolFiles: boolean;
  /**
   * Set when some written return's Header carries the child's UPN (not a UN placeholder): only then
   * can the tool link the child to its pupil records, so only then does the truth link it.
   */
  upnRecorded?: boolean;
  /** Latent prior attainment (standard normal scale; children in care lower on average). */
  ability: number;
  episodes: SynthEpisode[];
  /** Day of the decision that the child should be placed for adoption, if any. */
  adoptionDecision: number | null;
  /** Day the child was matched with adopters, if any. */
  adoptionMatch: number | null;
}
