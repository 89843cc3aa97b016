package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"

	"chiso/extract"
)

// batch is how many files stream reads and extracts at a time: enough to
// keep every core busy (ExtractAll works on them in parallel), few enough
// that memory stays flat however many files are named. 100,000 files are
// read 64 at a time, and only the 64 articles in hand are ever kept.
const batch = 64

// rowGroup is how many facts a Parquet row group holds before it is written
// out: the writer holds one group (about 40 MB of facts with their quotes),
// and DuckDB and Spark read groups of this size well.
const rowGroup = 25_000

// stream extracts the named inputs a batch at a time and writes their facts
// as they come: format "ndjson" (one extract.FactRow per line) or "parquet"
// (the same rows, typed columns). Near-duplicates are not looked for (they
// need every article at once), nor are the articles' bodies kept. With
// progress it says on stderr how far it is, on one line it rewrites. The
// status is 1 when any input failed (each said on stderr), 0 otherwise.
func stream(names []string, format string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	w := bufio.NewWriterSize(stdout, 1<<16)
	var write func([]extract.FactRow) error
	var finish func() error
	switch format {
	case "parquet":
		pw := parquet.NewGenericWriter[extract.FactRow](w, parquet.Compression(&parquet.Zstd), parquet.MaxRowsPerRowGroup(rowGroup))
		write = func(rows []extract.FactRow) error { _, err := pw.Write(rows); return err }
		finish = pw.Close
	default:
		write = func(rows []extract.FactRow) error { return extract.WriteRows(w, rows) }
		finish = func() error { return nil }
	}
	status, facts := 0, 0
	for start := 0; start < len(names); start += batch {
		part := names[start:min(start+batch, len(names))]
		articles, st := readAll(part, stdin, stderr, false)
		status = max(status, st)
		for _, a := range articles {
			rows := extract.Rows(a)
			facts += len(rows)
			if err := write(rows); err != nil {
				fmt.Fprintf(stderr, "chiso: writing %s: %v\n", format, err)
				return 1
			}
		}
		if progress {
			fmt.Fprintf(stderr, "\rchiso: %d of %d files, %d facts", start+len(part), len(names), facts)
		}
	}
	if progress {
		fmt.Fprintln(stderr)
	}
	if err := finish(); err != nil {
		fmt.Fprintf(stderr, "chiso: writing %s: %v\n", format, err)
		return 1
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "chiso: writing %s: %v\n", format, err)
		return 1
	}
	return status
}
