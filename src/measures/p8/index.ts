export { meanP8WithCi, p8HalfWidth, type MeanP8 } from './mean-p8.js';
export { p8Band, type P8Band } from './p8-band.js';
export { A8_APPROXIMATE_LABEL, P8_UNADJUSTED_LABEL, a8ApproximateNote, figureBasisLabel, figureBasisWhy, p8UnadjustedNote } from './unadjusted-note.js';
