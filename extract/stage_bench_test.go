package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chiso/extract/clean"
	"chiso/extract/facts"
	"chiso/extract/lexicon"
	"chiso/extract/meta"
	"chiso/extract/normalize"
	"chiso/extract/number"
	"chiso/extract/period"
	"chiso/extract/place"
	"chiso/extract/segment"
)

func goldenTexts(b *testing.B) ([]string, int) {
	inputs, _ := filepath.Glob("testdata/golden/*.txt")
	var out []string
	n := 0
	for _, p := range inputs {
		d, _ := os.ReadFile(p)
		s, _, _ := normalize.Decode(d)
		out = append(out, s)
		n += len(d)
	}
	return out, n
}

func BenchmarkStages(b *testing.B) {
	texts, n := goldenTexts(b)
	var bodies []string
	var lines [][]clean.Line
	for _, t := range texts {
		bodies = append(bodies, clean.Split(t).Body())
		lines = append(lines, clean.Classify(t))
	}
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				f()
			}
		})
	}
	run("decode", func() {
		for _, t := range texts {
			normalize.Decode([]byte(t))
		}
	})
	run("clean", func() {
		for _, t := range texts {
			clean.Split(t)
		}
	})
	run("meta", func() {
		for _, ls := range lines {
			meta.Read(slices.Clone(ls)) // it marks the lines' roles
		}
	})
	run("facts", func() {
		for _, t := range bodies {
			facts.Build(facts.Input{Body: t})
		}
	})
	run("tokens", func() {
		for _, t := range bodies {
			segment.Tokens(normalize.Lower(t))
		}
	})
	run("lexicon", func() {
		for _, t := range bodies {
			lexicon.Default.Find(segment.Tokens(normalize.Lower(t)))
		}
	})
	run("number", func() {
		for _, t := range bodies {
			number.FindAll(t, nil)
		}
	})
	run("period", func() {
		for _, t := range bodies {
			period.FindAll(t, 2024)
		}
	})
	run("place", func() {
		for _, t := range bodies {
			place.Default.FindAll(t, "")
		}
	})
}

// BenchmarkBaseline lower-cases the same bytes with strings.ToLower: the
// yardstick `make bench` divides by, so figures compare across machines.
func BenchmarkBaseline(b *testing.B) {
	texts, n := goldenTexts(b)
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			_ = strings.ToLower(t)
		}
	}
}
