package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"chiso/extract"
)

// fifoWait is how long chiso waits for a program to open a FIFO (named pipe)
// for writing. Opening a FIFO to read blocks until a writer opens it, so
// `mkfifo p; chiso extract p` with no writer would wait forever. A user who
// starts the writer a moment later (`chiso extract p & cat a.txt > p`) gets
// it read; one who named the wrong file gets an error after 10 s.
var fifoWait = 10 * time.Second

// readInput reads one named input ("-": standard input) through readBounded,
// refusing what cannot be an article before reading it: a directory, a
// missing file, a regular file over extract.MaxBytes. FIFOs, devices and
// standard input have no size to look at; readBounded stops them at the
// limit (`chiso extract /dev/zero` stops after 16 MiB with an error).
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return readBounded(stdin)
	}
	st, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, errors.New("no such file")
	case err != nil:
		return nil, err
	case st.IsDir():
		return nil, errors.New("is a directory (give the files in it, e.g. DIR/*.txt)")
	case st.Mode().IsRegular() && st.Size() > extract.MaxBytes:
		return nil, extract.ErrTooLarge
	}
	f, err := open(name, st.Mode())
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readBounded(f)
}

// readBounded reads r to its end, or refuses it as soon as it has given more
// than extract.MaxBytes: never more than the limit and one byte is read.
func readBounded(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, extract.MaxBytes+1))
	if len(b) > extract.MaxBytes {
		return nil, extract.ErrTooLarge
	}
	return b, err
}

// open opens a file to read; a FIFO only if a writer opens it within fifoWait.
// The open that timed out stays blocked in the kernel until a writer comes
// or chiso exits; if a writer comes, that end is closed at once, so the
// writer gets "broken pipe" rather than blocking on a reader that is gone.
func open(name string, mode fs.FileMode) (*os.File, error) {
	if mode&fs.ModeNamedPipe == 0 {
		return os.Open(name)
	}
	var f *os.File
	var err error
	opened := make(chan struct{})
	go func() {
		f, err = os.Open(name)
		close(opened)
	}()
	select {
	case <-opened:
		return f, err
	case <-time.After(fifoWait):
		go func() {
			<-opened
			if f != nil {
				f.Close()
			}
		}()
		return nil, fmt.Errorf("a FIFO that no program opened for writing within %v (start the writer first, or pipe into chiso: cat a.txt | chiso extract)", fifoWait)
	}
}

// readNames reads a list of file names, one per line (blank lines and
// surrounding spaces ignored), from the named file or ("-") standard input:
// `find corpus -name '*.txt' | chiso extract --files-from - --format ndjson`
// names 100,000 files no command line could hold.
func readNames(name string, stdin io.Reader) ([]string, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var names []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if n := strings.TrimSpace(sc.Text()); n != "" {
			names = append(names, n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, errors.New("names no file")
	}
	return names, nil
}
