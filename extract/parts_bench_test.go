package extract

import (
	"os"
	"path/filepath"
	"testing"

	"chiso/extract/clean"
	"chiso/extract/meta"
	"chiso/extract/normalize"
)

func BenchmarkParts(b *testing.B) {
	inputs, _ := filepath.Glob("testdata/golden/*.txt")
	var texts []string
	n := 0
	for _, p := range inputs {
		d, _ := os.ReadFile(p)
		s, _, _ := normalize.Decode(d)
		texts = append(texts, s)
		n += len(d)
	}
	b.Run("classify", func(b *testing.B) {
		b.SetBytes(int64(n))
		for i := 0; i < b.N; i++ {
			for _, t := range texts {
				clean.Classify(t)
			}
		}
	})
	var ls [][]clean.Line
	for _, t := range texts {
		ls = append(ls, clean.Classify(t))
	}
	b.Run("meta", func(b *testing.B) {
		b.SetBytes(int64(n))
		for i := 0; i < b.N; i++ {
			for _, l := range ls {
				meta.Read(l)
			}
		}
	})
}
