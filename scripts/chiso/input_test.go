//go:build unix

package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"chiso/extract"
)

// zeros is an endless reader, as standard input can be (`chiso extract < /dev/zero`).
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += int64(len(p))
	return len(p), nil
}

// Every input is read through one bounded reader: a device, a FIFO and
// standard input with no size to check are stopped just past the limit,
// and a FIFO nobody writes to is given up on.
func TestReadInputBounded(t *testing.T) {
	fifoWait = 300 * time.Millisecond
	dir := t.TempDir()
	fifo := func(name string) string {
		p := filepath.Join(dir, name)
		if err := syscall.Mkfifo(p, 0o600); err != nil {
			t.Skip("no FIFOs here:", err)
		}
		return p
	}
	within := func(t *testing.T, d time.Duration, f func()) {
		t.Helper()
		done := make(chan struct{})
		go func() { f(); close(done) }()
		select {
		case <-done:
		case <-time.After(d):
			t.Fatalf("still reading after %v", d)
		}
	}

	t.Run("/dev/zero", func(t *testing.T) {
		if _, err := os.Stat("/dev/zero"); err != nil {
			t.Skip(err)
		}
		within(t, 10*time.Second, func() {
			if _, err := readInput("/dev/zero", nil); !errors.Is(err, extract.ErrTooLarge) {
				t.Errorf("got %v; want %v", err, extract.ErrTooLarge)
			}
		})
	})

	t.Run("endless standard input", func(t *testing.T) {
		z := &zeros{}
		within(t, 10*time.Second, func() {
			if _, err := readInput("-", z); !errors.Is(err, extract.ErrTooLarge) {
				t.Errorf("got %v; want %v", err, extract.ErrTooLarge)
			}
		})
		if z.n > extract.MaxBytes+64<<10 {
			t.Errorf("read %d bytes of standard input; want at most the limit and a buffer", z.n)
		}
	})

	t.Run("FIFO with no writer", func(t *testing.T) {
		p := fifo("nobody")
		within(t, 5*time.Second, func() {
			if _, err := readInput(p, nil); err == nil || !strings.Contains(err.Error(), "no program opened for writing") {
				t.Errorf("got %v; want the FIFO refused", err)
			}
		})
	})

	t.Run("FIFO with a writer", func(t *testing.T) {
		p := fifo("article")
		go func() {
			w, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err == nil {
				w.WriteString(good)
				w.Close()
			}
		}()
		b, err := readInput(p, nil)
		if err != nil || string(b) != good {
			t.Fatalf("got %q, %v; want the article", b, err)
		}
	})

	// 64 MiB offered through a FIFO: chiso stops reading at the limit, so
	// the writer gets "broken pipe" long before it has written them all
	t.Run("FIFO over the limit", func(t *testing.T) {
		p := fifo("huge")
		written := make(chan int64, 1)
		go func() {
			w, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err != nil {
				written <- -1
				return
			}
			n := int64(0)
			chunk := bytes.Repeat([]byte("Kim ngạch xuất khẩu tăng 5%. "), 2048)
			for n < 64<<20 {
				k, err := w.Write(chunk)
				n += int64(k)
				if err != nil {
					break
				}
			}
			w.Close()
			written <- n
		}()
		within(t, 20*time.Second, func() {
			if _, err := readInput(p, nil); !errors.Is(err, extract.ErrTooLarge) {
				t.Errorf("got %v; want %v", err, extract.ErrTooLarge)
			}
		})
		if n := <-written; n >= 64<<20 {
			t.Errorf("the writer wrote all %d bytes: the FIFO was read past the limit", n)
		}
	})
}

// An extraction error names the file as the user gave it: two a.txt in two
// folders are told apart.
func TestErrorsNameThePathGiven(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "2024-03"), 0o755)
	p := write(t, filepath.Join(dir, "2024-03"), "a.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'})
	var stdout, stderr bytes.Buffer
	run([]string{"extract", p}, strings.NewReader(""), &stdout, &stderr)
	if want := "chiso: " + p + ": binary data"; !strings.HasPrefix(stderr.String(), want) {
		t.Fatalf("got %q; want it to start %q", stderr.String(), want)
	}
}

// Text saved as UTF-16 (Windows Notepad's "Unicode") is read, with its byte
// order mark or without one.
func TestUTF16(t *testing.T) {
	encode := func(s string, order binary.AppendByteOrder, bom bool) []byte {
		u := utf16.Encode([]rune(s))
		if bom {
			u = append([]uint16{0xfeff}, u...)
		}
		var b []byte
		for _, c := range u {
			b = order.AppendUint16(b, c)
		}
		return b
	}
	dir := t.TempDir()
	for _, c := range []struct {
		name  string
		order binary.AppendByteOrder
		bom   bool
		want  string
	}{
		{"le-bom.txt", binary.LittleEndian, true, "UTF-16LE"},
		{"be-bom.txt", binary.BigEndian, true, "UTF-16BE"},
		{"le.txt", binary.LittleEndian, false, "UTF-16LE"},
		{"be.txt", binary.BigEndian, false, "UTF-16BE"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := write(t, dir, c.name, encode(good, c.order, c.bom))
			var stdout, stderr bytes.Buffer
			if code := run([]string{"extract", p}, nil, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			var out extract.Output
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			a := out.Articles[0]
			if a.Body != good || a.Encoding != c.want || len(a.Facts) != 2 {
				t.Fatalf("got body %q, encoding %q, %d facts; want the article, %s, 2 facts", a.Body, a.Encoding, len(a.Facts), c.want)
			}
		})
	}
}
