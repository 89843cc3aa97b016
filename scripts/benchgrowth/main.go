// Command benchgrowth checks that extraction grows linearly with its input.
// For each shape of hostile or odd text (a run-on with no full stop, numbers
// in words, provinces over and over, many short lines, many numbers, and
// ordinary prose as the reference) it extracts N and 8N bytes, each in a
// fresh child process, and reports the 8N/N ratio of CPU time and of peak
// memory (max RSS). Linear work gives about 8; a square gives 64. It exits 1
// when a ratio passes -max (10 by default), so `make bench-growth` fails on
// a stage that went quadratic.
//
//	benchgrowth [-n 262144] [-max 10]      every shape at n and 8n bytes
//	benchgrowth -child SHAPE -size BYTES   one extraction (what the parent runs)
//
// The child does what the command line does with an article: extract it and
// encode the result as JSON, so output that grows as facts × length (a quote
// that is the whole run-on) counts in both time and memory.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"chiso/extract"
)

// shapes are repeated to the size asked; each one once blew up a stage
// (issue 12): cues × numbers in one sentence, number words read again from
// every word, the body lower-cased again for each province, the nearest body
// line looked for from every short line.
// A "%d" in a unit counts up, so that figures differ and every repeat is a
// fact of its own rather than a duplicate dropped early.
var shapes = []struct{ name, unit string }{
	{"prose", "Chỉ số sản xuất công nghiệp tháng 8 năm 2024 của tỉnh Bắc Ninh tăng %d,2% so với cùng kỳ năm trước. "},
	{"run-on", "xuất khẩu của tỉnh Bắc Ninh tăng %d,2% so với cùng kỳ năm 2023 đạt 12,5 tỷ USD "},
	{"number-words", "một trăm "},
	{"provinces", "sản xuất của Hà Nội tăng %d%, Hà Nội "},
	{"short-lines", "Xuất khẩu tăng %d%.\n"},
	{"numbers", "Kim ngạch xuất khẩu của các tỉnh: Bắc Ninh %d,5 tỷ USD, Thái Nguyên 3,4 tỷ USD, Hải Phòng 2,1 tỷ USD; "},
}

// repeat writes unit over and over, counting up its "%d", to size bytes
// (cut back to whole runes).
func repeat(unit string, size int) string {
	var b strings.Builder
	for k := 1; b.Len() < size; k++ {
		b.WriteString(strings.Replace(unit, "%d", strconv.Itoa(k%1000), 1))
	}
	return strings.ToValidUTF8(b.String()[:size], "")
}

func main() {
	n := flag.Int("n", 256<<10, "the smaller size in bytes; the larger is 8 times it")
	most := flag.Float64("max", 10, "the largest 8N/N ratio that passes")
	child := flag.String("child", "", "run one extraction of this shape (internal)")
	size := flag.Int("size", 0, "bytes of text for -child")
	flag.Parse()
	if *child != "" {
		os.Exit(runChild(*child, *size))
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchgrowth:", err)
		os.Exit(2)
	}
	fmt.Printf("extract at N = %d KB and 8N, each in a fresh process; 8N/N ratios (linear ≈ 8, square ≈ 64; pass ≤ %.0f)\n", *n>>10, *most)
	fmt.Printf("%-13s %10s %10s %7s   %9s %9s %7s   %s\n", "shape", "cpu N", "cpu 8N", "ratio", "rss N", "rss 8N", "ratio", "read at 8N")
	failed := false
	for _, sh := range shapes {
		a, err := measure(self, sh.name, *n)
		if err == nil {
			var b run
			b, err = measure(self, sh.name, 8**n)
			if err == nil {
				tr, mr := b.cpu.Seconds()/a.cpu.Seconds(), float64(b.rss)/float64(a.rss)
				mark := ""
				if tr > *most || mr > *most {
					mark, failed = "  ← grows faster than linear", true
				}
				fmt.Printf("%-13s %9.3fs %9.3fs %7.1f   %6d KB %6d KB %7.1f   %s%s\n", sh.name, a.cpu.Seconds(), b.cpu.Seconds(), tr, a.rss>>10, b.rss>>10, mr, b.said, mark)
				continue
			}
		}
		fmt.Printf("%-13s %v\n", sh.name, err)
		failed = true
	}
	if failed {
		os.Exit(1)
	}
}

type run struct {
	cpu  time.Duration // user + system time of the child
	rss  int64         // its peak resident memory, in bytes
	said string        // what it read: "12 facts", "refused"
}

// measure runs one child and reads its resource use from the kernel.
func measure(self, shape string, size int) (run, error) {
	cmd := exec.Command(self, "-child", shape, "-size", fmt.Sprint(size))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return run{}, fmt.Errorf("%s at %d bytes: %w", shape, size, err)
	}
	st := cmd.ProcessState
	ru, ok := st.SysUsage().(*syscall.Rusage)
	if !ok {
		return run{}, fmt.Errorf("no resource usage on this system")
	}
	return run{cpu: st.UserTime() + st.SystemTime(), rss: ru.Maxrss << 10, said: string(out)}, nil // Linux gives KB
}

func runChild(shape string, size int) int {
	for _, sh := range shapes {
		if sh.name != shape {
			continue
		}
		text := repeat(sh.unit, size)
		// a refusal ("everything in it reads as page furniture") is an
		// answer too, reached by the same stages, and timed the same
		res, err := extract.Extract(extract.Input{File: shape, Data: []byte(text)})
		if err := json.NewEncoder(io.Discard).Encode(res); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if err != nil {
			fmt.Print("refused")
		} else {
			fmt.Printf("%d facts", len(res.Facts))
		}
		return 0
	}
	fmt.Fprintln(os.Stderr, "benchgrowth: no shape", shape)
	return 2
}
