export { meanP8WithCi, p8HalfWidth, type MeanP8 } from './mean-p8.js';
export { p8Band, type P8Band } from './p8-band.js';
export { P8_UNADJUSTED_LABEL, p8UnadjustedNote } from './unadjusted-note.js';
