package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"chiso/index"
)

// runSearch extracts the files, indexes them in memory with the code the
// browser uses, and prints the ranked hits and the facet counts.
func runSearch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := newCommand("search", "search [--json] [--facts] [--sort relevance|date] [--size N] QUERY [FILE...]",
		"Reads the files (- or none: standard input), indexes them in memory with the code the browser uses,\n"+
			"and prints the hits for QUERY, best first, with the facets. QUERY is words (with or without\n"+
			"diacritics), \"quoted phrases\", provinces by any name (TP.HCM), an indicator's code (exports), and\n"+
			"clauses on fields: +indicator:exports, +province:\"Bắc Giang\", +year:2024, value:>1e9.")
	asJSON := fl.Bool("json", false, "print the result as JSON")
	factHits := fl.Bool("facts", false, "search facts rather than articles")
	sort := fl.String("sort", "relevance", "relevance or date")
	size := fl.Int("size", 10, "how many hits")
	if code, ok := fl.parse(args, stdout, stderr); !ok {
		return code
	}
	if err := oneOf("search", "sort", *sort, "relevance", "date"); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if *size < 1 {
		fmt.Fprintf(stderr, "chiso search: --size %d: give a number of hits from 1 up\n", *size)
		return 2
	}
	if fl.NArg() < 1 {
		fmt.Fprintln(stderr, "chiso search: give a query (and files, or the text on standard input)\n"+usage)
		return 2
	}
	names := fl.Args()[1:]
	if len(names) == 0 {
		names = []string{"-"}
	}
	articles, status := readAll(names, stdin, stderr, false)
	x, err := index.New()
	if err != nil {
		fmt.Fprintf(stderr, "chiso: %v\n", err)
		return 1
	}
	defer x.Close()
	if err := x.Add(articles...); err != nil {
		fmt.Fprintf(stderr, "chiso: %v\n", err)
		return 1
	}
	req := index.Request{Query: fl.Arg(0), Sort: *sort, Size: *size}
	if *factHits {
		req.Type = "fact"
	}
	res, err := x.Search(req)
	if err != nil {
		fmt.Fprintf(stderr, "chiso search: %v\n", err)
		return 2
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		enc.Encode(res)
		return status
	}
	fmt.Fprintf(w, "%d hits for %q\n", res.Total, fl.Arg(0))
	for k, h := range res.Hits {
		fmt.Fprintf(w, "\n%2d. %s  %s  (score %.3f)\n", k+1, h.File, h.Title, h.Score)
		if h.Fact != nil {
			f := h.Fact
			fmt.Fprintf(w, "    %s %s %s %s %s %s %s\n", f.Indicator, f.Sector, f.Region, deref(f.Period), f.Kind, strconv.FormatFloat(f.Value, 'f', -1, 64), f.Unit)
		}
		for _, s := range h.Snippets {
			fmt.Fprintf(w, "    %s\n", terminal(s))
		}
	}
	for _, name := range index.FacetFields {
		var parts []string
		for _, c := range res.Facets[name] {
			parts = append(parts, fmt.Sprintf("%s (%d)", c.Value, c.Count))
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "\n%s: %s", name, strings.Join(parts, ", "))
		}
	}
	fmt.Fprintln(w)
	return status
}

var markRE = regexp.MustCompile(`</?mark>`)

// terminal shows a snippet's marks as [brackets] and unescapes its text.
func terminal(s string) string {
	s = markRE.ReplaceAllStringFunc(s, func(m string) string {
		if m == "<mark>" {
			return "["
		}
		return "]"
	})
	r := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'")
	return r.Replace(s)
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
