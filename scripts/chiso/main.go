// Command chiso reads Vietnamese economic news as data.
//
//	chiso extract [--format json|csv|ndjson|parquet] [--explain] [FILE...]
//	chiso scan [--lines] [--year YYYY] [--explain] [FILE...]
//	chiso search [--json] [--facts] [--sort relevance|date] [--size N] QUERY [FILE...]
//
// Flags go anywhere on the line, before or after the files (GNU style; "--"
// ends them). With no FILE, or with "-", the text is read from standard
// input. Every input (a file, a FIFO, a device, standard input) is read
// through one bounded reader (input.go): past 16 MiB it is refused without
// reading more. A file that cannot be read gets one line on standard error,
// naming it as given, and the exit status 1; the other files are still
// processed. Usage errors (an unknown flag or value) exit 2; --help exits 0.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"chiso/extract"
)

const usage = `usage:
  chiso extract [--format json|csv|ndjson|parquet] [--explain] [FILE...]
  chiso scan [--lines] [--year YYYY] [--explain] [FILE...]
  chiso search [--json] [--facts] [--sort relevance|date] [--size N] QUERY [FILE...]

FILE is a .txt or .html article; with no FILE, or with -, the text is read
from standard input. Flags may come before or after the files.
Run "chiso COMMAND --help" for a command's flags.`

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

// command is a subcommand's flags, GNU style (flags anywhere, "--format
// csv" and "--format=csv"), with the usage line and the text --help prints.
type command struct {
	*pflag.FlagSet
	synopsis, about string
}

func newCommand(name, synopsis, about string) *command {
	fl := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fl.SortFlags = false
	fl.SetOutput(io.Discard) // parse says what went wrong, once
	fl.Usage = func() {}
	fl.SetInterspersed(true)
	fl.BoolP("help", "h", false, "show this help and exit")
	return &command{fl, synopsis, about}
}

// parse reads args. It returns the exit status to end with and false when
// the command should not go on: 0 after --help (printed to stdout), 2 after
// a usage error (said on stderr, with the usage line).
func (c *command) parse(args []string, stdout, stderr io.Writer) (int, bool) {
	err := c.Parse(args)
	help, _ := c.GetBool("help")
	switch {
	case err == nil && !help:
		return 0, true
	case err == nil:
		fmt.Fprintf(stdout, "usage: chiso %s\n\n%s\n\nflags:\n%s", c.synopsis, c.about, c.FlagUsages())
		return 0, false
	}
	fmt.Fprintf(stderr, "chiso %s: %v\nusage: chiso %s\n(chiso %s --help says more)\n", c.Name(), err, c.synopsis, c.Name())
	return 2, false
}

// oneOf refuses a flag value outside those accepted, naming them.
func oneOf(cmd, flag, value string, accepted ...string) error {
	if slices.Contains(accepted, value) {
		return nil
	}
	return fmt.Errorf("chiso %s: --%s %q is not one of %s", cmd, flag, value, strings.Join(accepted, ", "))
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
	fl := newCommand("extract", "extract [--format json|csv|ndjson|parquet] [--explain] [FILE...]",
		"Reads each article (a .txt or .html file; - or none: standard input) and prints what it says:\n"+
			"json     the contract's JSON, every article with its facts, rankings and near-duplicates\n"+
			"csv      one row per fact, UTF-8 with a byte order mark, safe to open in a spreadsheet\n"+
			"ndjson   one fact per line with its article's id, file, title and date, streamed\n"+
			"parquet  the same rows as a Parquet file (typed columns), streamed; redirect it to a file")
	format := fl.String("format", "json", "json, csv, ndjson or parquet")
	explain := fl.Bool("explain", false, "add to each fact the words that gave each field (\"why\"; json only)")
	progress := fl.Bool("progress", false, "print a progress line on standard error (ndjson and parquet; on by itself on a terminal)")
	filesFrom := fl.String("files-from", "", "read the names of the files, one per line, from this file (- for standard input): for more files than a command line holds")
	if code, ok := fl.parse(args, stdout, stderr); !ok {
		return code
	}
	if err := oneOf("extract", "format", *format, "json", "csv", "ndjson", "parquet"); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	names := fl.Args()
	if *filesFrom != "" {
		listed, err := readNames(*filesFrom, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "chiso extract: --files-from %s: %v\n", display(*filesFrom), err)
			return 2
		}
		names = append(names, listed...)
		if *filesFrom == "-" {
			stdin = strings.NewReader("") // the names were the input
		}
	}
	if len(names) == 0 {
		names = []string{"-"}
	}
	if *format == "ndjson" || *format == "parquet" {
		return stream(names, *format, stdin, stdout, stderr, *progress || isTerminal(stderr))
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

// isTerminal: w is a terminal a person watches (a progress line is for them,
// not for a log file).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func display(name string) string {
	if name == "" || name == "-" {
		return "standard input"
	}
	return name
}

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := newCommand("scan", "scan [--lines] [--year YYYY] [--explain] [FILE...]",
		"Prints every number, amount, percentage, date and period the parsers see, one JSON object per line\n"+
			"(- or no FILE: standard input); with --explain, each article's facts and the words that gave each field.")
	lines := fl.Bool("lines", false, "treat each input line as a separate text; objects carry their 1-based line")
	year := fl.Int("year", 0, "the year a bare \"tháng 2\" falls in when the text names none")
	explain := fl.Bool("explain", false, "read each file as an article and say, for each fact, which words gave each field")
	if code, ok := fl.parse(args, stdout, stderr); !ok {
		return code
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
