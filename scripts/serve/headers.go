package main

import (
	"fmt"
	"net/http"
	"strings"
)

// rule is one block of a _headers file: a path pattern and what it sets
// and removes.
type rule struct {
	pattern string
	set     [][2]string // name, value, in file order
	unset   []string
}

// parseHeaders reads a _headers file, the format Cloudflare's static assets
// read (https://developers.cloudflare.com/workers/static-assets/headers/),
// so that `make serve` sends what the Worker sends from the same file:
//
//	# a comment
//	/*
//	  X-Content-Type-Options: nosniff
//	/vendor/*
//	  ! Cache-Control
//
// A line starting with "/" opens a rule; "Name: value" adds a header to it,
// "! Name" removes one that an earlier rule set. Patterns are paths with at
// most one "*", which matches any run of characters; absolute URLs and
// ":placeholders" are refused rather than ignored, so the two servers never
// read the file differently.
func parseHeaders(text string) ([]rule, error) {
	var rules []rule
	for k, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "/"):
			if strings.Count(line, "*") > 1 || strings.Contains(line, "/:") {
				return nil, fmt.Errorf("line %d: %q: serve reads paths with at most one * and no :placeholder", k+1, line)
			}
			rules = append(rules, rule{pattern: line})
		case len(rules) == 0:
			return nil, fmt.Errorf("line %d: %q: a header before any path", k+1, line)
		case strings.HasPrefix(line, "!"):
			r := &rules[len(rules)-1]
			r.unset = append(r.unset, strings.TrimSpace(line[1:]))
		default:
			name, value, ok := strings.Cut(line, ":")
			if !ok || strings.TrimSpace(name) == "" {
				return nil, fmt.Errorf("line %d: %q: want Name: value", k+1, line)
			}
			r := &rules[len(rules)-1]
			r.set = append(r.set, [2]string{strings.TrimSpace(name), strings.TrimSpace(value)})
		}
	}
	return rules, nil
}

// match: pattern "/vendor/*" matches "/vendor/chart.umd.min.js"; "/" only "/".
func (r rule) match(path string) bool {
	before, after, splat := strings.Cut(r.pattern, "*")
	if !splat {
		return path == r.pattern
	}
	return len(path) >= len(before)+len(after) && strings.HasPrefix(path, before) && strings.HasSuffix(path, after)
}

// apply sets on h the headers of every rule that matches path, in file
// order: a header two rules set is sent once with both values joined by
// ", ", as Cloudflare does.
func apply(rules []rule, path string, h http.Header) {
	seen := map[string]bool{}
	for _, r := range rules {
		if !r.match(path) {
			continue
		}
		for _, nv := range r.set {
			if seen[http.CanonicalHeaderKey(nv[0])] {
				h.Set(nv[0], h.Get(nv[0])+", "+nv[1])
			} else {
				h.Set(nv[0], nv[1])
				seen[http.CanonicalHeaderKey(nv[0])] = true
			}
		}
		for _, name := range r.unset {
			h.Del(name)
			delete(seen, http.CanonicalHeaderKey(name))
		}
	}
}
