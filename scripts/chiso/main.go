// Command chiso reads Vietnamese economic news as data.
//
//	chiso extract [--format json|csv] [FILE...]   articles → the contract's JSON, or facts as CSV
//	chiso scan [--lines] [FILE...]                every number, amount, date and period the parsers see
//	chiso search [--json] [--facts] QUERY FILE... extracts the files, indexes them in memory, prints ranked hits
//
// With no FILE, or with "-", it reads standard input. Every input (a file, a
// FIFO, a device, standard input) is read through one bounded reader
// (input.go): past 16 MiB it is refused without reading more. A file that
// cannot be read gets one line on standard error, naming it as given, and
// the exit status 1; the other files are still processed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"chiso/extract"
)

const usage = `usage:
  chiso extract [--format json|csv] [--explain] [FILE...]
  chiso scan [--lines] [--year YYYY] [--explain] [FILE...]
  chiso search [--json] [--facts] [--sort date] [--size N] QUERY FILE...
With no FILE, or with -, the text is read from standard input.`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdin, stdout, stderr)
	case "scan":
		return runScan(args[1:], stdin, stdout, stderr)
	case "search":
		return runSearch(args[1:], stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "chiso: unknown command %q\n%s\n", args[0], usage)
	return 2
}

// readAll reads and extracts the named inputs, reporting each that fails on
// stderr; the status is 1 when any did.
func readAll(names []string, stdin io.Reader, stderr io.Writer, explain bool) ([]extract.Article, int) {
	status := 0
	var ins []extract.Input
	var given []string // the name as the user gave it, for each input read
	for _, name := range names {
		b, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "chiso: %s: %v\n", display(name), err)
			status = 1
			continue
		}
		file := ""
		if name != "-" {
			file = filepath.Base(name) // the output names the file, as the contract's examples do
		}
		ins = append(ins, extract.Input{File: file, Data: b, Explain: explain})
		given = append(given, name)
	}
	articles := []extract.Article{}
	for k, r := range extract.ExtractAll(ins) {
		if r.Err != nil {
			// the path as given: "2024/03/a.txt" and "2024/04/a.txt" are two files
			fmt.Fprintf(stderr, "chiso: %s: %v\n", display(given[k]), r.Err)
			status = 1
			continue
		}
		articles = append(articles, r.Article)
	}
	return articles, status
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "json", "output: json (the contract) or csv (facts, one row each)")
	explain := fl.Bool("explain", false, "add to each fact the words that gave each field (\"why\")")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *format != "json" && *format != "csv" {
		fmt.Fprintf(stderr, "chiso: --format must be json or csv, not %q\n", *format)
		return 2
	}
	names := fl.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}
	articles, status := readAll(names, stdin, stderr, *explain)
	out := extract.Output{Articles: articles}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *format == "csv" {
		if err := extract.WriteCSV(w, out.Articles); err != nil {
			fmt.Fprintf(stderr, "chiso: writing CSV: %v\n", err)
			return 1
		}
		return status
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(stderr, "chiso: writing JSON: %v\n", err)
		return 1
	}
	return status
}

func display(name string) string {
	if name == "" || name == "-" {
		return "standard input"
	}
	return name
}

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("scan", flag.ContinueOnError)
	fl.SetOutput(stderr)
	lines := fl.Bool("lines", false, "treat each input line as a separate text; objects carry their 1-based line")
	year := fl.Int("year", 0, "the year a bare \"tháng 2\" falls in when the text names none")
	explain := fl.Bool("explain", false, "read each file as an article and say, for each fact, which words gave each field")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	names := fl.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}
	if *explain {
		articles, status := readAll(names, stdin, stderr, true)
		w := bufio.NewWriter(stdout)
		defer w.Flush()
		for _, a := range articles {
			writeExplain(w, a)
		}
		return status
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	status := 0
	for _, name := range names {
		b, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "chiso: %s: %v\n", display(name), err)
			status = 1
			continue
		}
		texts := []string{string(b)}
		if *lines {
			texts = strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
		}
		for k, t := range texts {
			_, ms := extract.Scan(t, *year)
			for _, m := range ms {
				if *lines {
					m.Line = k + 1
				}
				if err := enc.Encode(m); err != nil {
					return 1
				}
			}
		}
	}
	return status
}
