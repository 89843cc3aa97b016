// Package api is chiso's HTTP interface: plain net/http handlers that the
// Cloudflare Worker (wasm/worker) serves and that tests drive natively.
//
//	POST /api/extract   text/plain, text/html, JSON {"text", "url", "name"} or
//	                    multipart/form-data files → the contract JSON
//	                    (?format=csv: the facts as CSV; ?format=ndjson: one
//	                    extract.FactRow per line; ?explain=1: each fact's "why")
//	GET  /api/health    version and build (HEAD: the status alone)
//
// Errors are JSON {"error": "...", "status": N}. Responses are never cached
// (Cache-Control: no-store) and nothing of a request's text is logged or kept.
//
// What one request may cost is bounded: its body (MaxBytes, refused by its
// Content-Length before it is read; BodyIdle and BodyTimeout for one that
// arrives slowly), its files (MaxFiles: near-duplicates are found between
// every pair) and its answer (MaxOutput, estimated before it is written).
package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"chiso/extract"
	"chiso/extract/normalize"
)

// Options configure the handlers.
type Options struct {
	// MaxBytes is the largest request body accepted; 5 MB when zero.
	MaxBytes int64
	// AllowOrigin is sent as Access-Control-Allow-Origin ("*" or an origin);
	// empty means no cross-origin access.
	AllowOrigin string
	// Version names the build in /api/health.
	Version string
	// BodyIdle is how long the body may stop arriving; 10 s when zero.
	BodyIdle time.Duration
	// BodyTimeout is how long the whole body may take; 60 s when zero.
	BodyTimeout time.Duration
	// MaxFiles is the most files one multipart request may hold; 100 when zero.
	MaxFiles int
	// MaxOutput is the largest answer, in bytes as estimated before it is
	// written (see outputSize); 32 MB when zero.
	MaxOutput int64
}

// Defaults of Options. 5 MB is several long articles, and 32 MB the answer
// to 5 MB of ordinary articles several times over; 100 files keep the
// near-duplicate pairs (every file against every other) under 5,000.
// Ten seconds of silence is longer than any upload that is still moving.
const (
	DefaultMaxBytes    = 5_000_000
	DefaultBodyIdle    = 10 * time.Second
	DefaultBodyTimeout = 60 * time.Second
	DefaultMaxFiles    = 100
	DefaultMaxOutput   = 32_000_000
)

// Routes returns the API's handler.
func Routes(o Options) http.Handler {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.BodyIdle <= 0 {
		o.BodyIdle = DefaultBodyIdle
	}
	if o.BodyTimeout <= 0 {
		o.BodyTimeout = DefaultBodyTimeout
	}
	if o.MaxFiles <= 0 {
		o.MaxFiles = DefaultMaxFiles
	}
	if o.MaxOutput <= 0 {
		o.MaxOutput = DefaultMaxOutput
	}
	var served atomic.Int64 // requests this handler has answered
	mux := http.NewServeMux()
	mux.HandleFunc("/api/extract", method(http.MethodPost, o, extractHandler(o)))
	mux.HandleFunc("/api/health", method(http.MethodGet, o, healthHandler(o, &served)))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		fail(w, o, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	return recoverer(o, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		mux.ServeHTTP(w, r)
	}))
}

// apiError is a failure with the status it answers with.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func fail(w http.ResponseWriter, o Options, status int, msg string) {
	headers(w, o)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": msg, "status": status})
}

func headers(w http.ResponseWriter, o Options) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	// an answer is data, never a page: nothing in it runs, nobody frames it
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	if o.AllowOrigin != "" {
		h.Set("Access-Control-Allow-Origin", o.AllowOrigin)
		h.Set("Vary", "Origin")
	}
}

// method answers other methods with 405 (and CORS preflights with 204). A
// GET route answers HEAD too, as net/http's servers do: monitors ask
// "HEAD /api/health" and want the status alone.
func method(want string, o Options, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodOptions && o.AllowOrigin != "" {
			headers(w, o)
			w.Header().Set("Access-Control-Allow-Methods", want+", OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Method != want && !(want == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", want)
			fail(w, o, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: use %s", r.Method, r.URL.Path, want))
			return
		}
		h(w, r)
	}
}

// recoverer turns a panic into a 500: one bad request never takes the
// isolate down with it, and the panic's value (never the request) is all
// that is reported.
func recoverer(o Options, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				fail(w, o, http.StatusInternalServerError, fmt.Sprintf("internal error: %v", v))
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// healthHandler reports the build and how many requests this instance has
// answered, this one included: on Workers, whether Go is started once per
// isolate (worker.mjs) or, as syumai/workers does, for every request.
func healthHandler(o Options, served *atomic.Int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		info := map[string]any{"status": "ok", "version": o.Version, "go": runtime.Version(),
			"max_bytes": o.MaxBytes, "served": served.Load()}
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" || s.Key == "vcs.time" || s.Key == "GOOS" || s.Key == "GOARCH" {
					info[s.Key] = s.Value
				}
			}
		}
		headers(w, o)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		json.NewEncoder(w).Encode(info)
	}
}

// result is the contract's output, with the inputs that could not be read.
type result struct {
	extract.Output
	Errors []fileError `json:"errors,omitempty"`
}

type fileError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func extractHandler(o Options) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		format, explain := r.URL.Query().Get("format"), r.URL.Query().Get("explain") == "1"
		if format != "" && format != "json" && format != "csv" && format != "ndjson" {
			fail(w, o, http.StatusBadRequest, "format must be json, csv or ndjson")
			return
		}
		ins, url, err := inputs(r, o)
		if err != nil {
			var ae *apiError
			if errors.As(err, &ae) {
				fail(w, o, ae.status, ae.msg)
			} else {
				fail(w, o, http.StatusBadRequest, err.Error())
			}
			return
		}
		if explain {
			for k := range ins {
				ins[k].Explain = true
			}
		}
		var res result
		res.Articles = []extract.Article{}
		for _, x := range extract.ExtractAll(ins) {
			if x.Err != nil {
				res.Errors = append(res.Errors, fileError{x.Input.File, x.Err.Error()})
				continue
			}
			if !vietnameseNews(x.Article) {
				res.Errors = append(res.Errors, fileError{x.Input.File, "does not read as Vietnamese news: no Vietnamese letters, figures or provinces"})
				continue
			}
			if url != "" && x.Article.SourceURL == nil {
				x.Article.SourceURL = &url
			}
			res.Articles = append(res.Articles, x.Article)
		}
		if size := outputSize(res.Articles, explain); size > o.MaxOutput {
			fail(w, o, http.StatusRequestEntityTooLarge, fmt.Sprintf("the answer would be about %d MB, over the %d MB this API sends: send fewer or shorter texts per request",
				size/1_000_000, o.MaxOutput/1_000_000))
			return
		}
		if len(res.Articles) == 0 {
			// nothing readable: not Vietnamese text, or not decodable
			msg := "no article could be read"
			if len(res.Errors) > 0 {
				msg = res.Errors[0].Error
			}
			fail(w, o, http.StatusUnprocessableEntity, msg)
			return
		}
		headers(w, o)
		if format == "csv" {
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
			extract.WriteCSV(w, res.Articles)
			return
		}
		if format == "ndjson" {
			w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
			extract.WriteNDJSON(w, res.Articles)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.Encode(res)
	}
}

// vietnameseNews: text with Vietnamese letters, or else with at least a
// figure or a province (news typed without diacritics still has those).
func vietnameseNews(a extract.Article) bool {
	return normalize.HasDiacritics(a.Body) || len(a.Facts) > 0 || len(a.Provinces) > 0
}

// inputs reads the request body as one or more articles.
func inputs(r *http.Request, o Options) ([]extract.Input, string, error) {
	body, err := readBody(r, o)
	if err != nil {
		return nil, "", err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, "", &apiError{http.StatusBadRequest, "empty body: send the article's text"}
	}
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "input"
	}
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if ct == "" || err != nil {
		return nil, "", &apiError{http.StatusUnsupportedMediaType, "set Content-Type: text/plain, text/html, application/json or multipart/form-data"}
	}
	if mt != "multipart/form-data" { // each part of a form names its own charset
		if body, err = toUTF8(body, params["charset"]); err != nil {
			return nil, "", err
		}
	}
	switch mt {
	case "text/plain", "text/html", "application/xhtml+xml":
		return []extract.Input{{File: name, Data: body}}, "", nil
	case "application/json":
		body = trimBOM(body)
		var req struct {
			Text string `json:"text"`
			URL  string `json:"url"`
			Name string `json:"name"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			return nil, "", &apiError{http.StatusBadRequest, "invalid JSON: " + err.Error()}
		}
		if strings.TrimSpace(req.Text) == "" {
			return nil, "", &apiError{http.StatusBadRequest, `JSON needs a non-empty "text"`}
		}
		if req.Name != "" {
			name = req.Name
		}
		return []extract.Input{{File: name, Data: []byte(req.Text)}}, req.URL, nil
	case "multipart/form-data":
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		var ins []extract.Input
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, "", &apiError{http.StatusBadRequest, "invalid multipart body: " + err.Error()}
			}
			if len(ins) == o.MaxFiles {
				return nil, "", &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("more than %d files in one request: send them in several", o.MaxFiles)}
			}
			data, err := io.ReadAll(p)
			if err != nil {
				return nil, "", &apiError{http.StatusBadRequest, "invalid multipart body: " + err.Error()}
			}
			if _, params, err := mime.ParseMediaType(p.Header.Get("Content-Type")); err == nil {
				if data, err = toUTF8(data, params["charset"]); err != nil {
					return nil, "", err
				}
			}
			file := p.FileName()
			if file == "" {
				file = p.FormName()
			}
			ins = append(ins, extract.Input{File: file, Data: data})
		}
		if len(ins) == 0 {
			return nil, "", &apiError{http.StatusBadRequest, "multipart body without files"}
		}
		return ins, "", nil
	}
	return nil, "", &apiError{http.StatusUnsupportedMediaType, "unsupported Content-Type " + mt + ": use text/plain, text/html, application/json or multipart/form-data"}
}

// outputSize estimates the bytes of the JSON answer before it is built: the
// bodies and quotes as they are, and for each fact its other fields (about
// 350 bytes), with its "why" (about 500 more) under ?explain=1. It errs on
// the large side: seed 000 is 10,184 bytes written, 12,122 estimated. A
// 256 KB run-on line of figures answers 5.1 MB (each of its 5,900 facts
// quotes 600 bytes around its figure); 4.8 MB of such lines in 1,466 small
// files would answer 118 MB, which a Worker's 128 MB cannot build.
func outputSize(articles []extract.Article, explain bool) int64 {
	perFact := int64(350)
	if explain {
		perFact += 500
	}
	n := int64(20)
	for _, a := range articles {
		n += 300 + int64(len(a.Body)) + int64(len(a.File)) + 40*int64(len(a.NearDuplicates))
		for _, p := range []*string{a.Title, a.Author, a.SourceURL} {
			if p != nil {
				n += int64(len(*p))
			}
		}
		for _, f := range a.Facts {
			n += perFact + int64(len(f.Quote))
		}
		for _, k := range a.Rankings {
			n += 200 + int64(len(k.Quote)) + 30*int64(len(k.Regions))
		}
	}
	return n
}
