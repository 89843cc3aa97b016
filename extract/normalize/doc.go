// Package normalize turns text as a user pastes it into the one form the
// later stages read, and gives the folded keys they match on.
//
// Text is NFC with one newline convention, plain spaces and no invisible
// characters; it keeps tone-mark placement, quotes and the ellipsis as
// printed, because quotes must be verbatim. Lower lower-cases without moving a single byte offset, so a
// match found in the lower-cased text is a span of the original. Fold drops
// every diacritic (đ → d) for matching text typed without them.
//
// Decode accepts bytes in UTF-8 (with or without BOM), UTF-16 (with a BOM,
// or without one when its zero bytes show the byte order) or Windows-1258, and
// refuses text in the VNI or TCVN3 font encodings and invalid UTF-8 with an
// error that names what it saw, rather than mangling it.
package normalize
