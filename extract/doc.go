// Package extract turns Vietnamese economic news, as a user pastes or
// uploads it, into the JSON of shared/CONTRACT.md. It is the one
// implementation behind the command line, the browser (WebAssembly) and the
// Worker, so it does no I/O and never imports syscall/js.
//
// The data moves one way through named stages, each a package of its own:
//
//	bytes ─ normalize.Decode ─▶ text (UTF-8, NFC, plain spaces)
//	      ─ markup.Read ──────▶ text + head metadata     (HTML input only)
//	      ─ clean.Classify ───▶ lines: good / near-good / short / bad, and why
//	      ─ meta.Read ────────▶ title, dateline, byline, source (roles on lines)
//	      ─ clean.Assemble ───▶ body: the good lines no role took
//	      ─ segment ──────────▶ sentences, tokens        (spans of the body)
//	      ─ number, period, place, lexicon ─▶ mentions   (spans of a sentence)
//	      ─ facts.Build ──────▶ facts, rankings, provinces
//	      ─ dedup ────────────▶ near-duplicates across the articles of a run
//
// Invariants, checked by tests and fuzzing: the body holds only text from
// the input (normalised); every fact's quote is a substring of the body and
// its Start/End locate its number there; every value is finite; the same
// input always gives the same article, id included.
package extract
