package extract

import (
	"os"
	"testing"
)

func BenchmarkSmall(b *testing.B) {
	d, _ := os.ReadFile(os.Getenv("F"))
	for i := 0; i < b.N; i++ {
		Extract(Input{File: "x", Data: d})
	}
}
