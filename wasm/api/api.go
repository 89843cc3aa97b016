// Package api is chiso's HTTP interface: plain net/http handlers that the
// Cloudflare Worker (wasm/worker) serves and that tests drive natively.
//
//	POST /api/extract   text/plain, text/html, JSON {"text", "url", "name"} or
//	                    multipart/form-data files → the contract JSON
//	                    (?format=csv: the facts as CSV; ?explain=1: each fact's "why")
//	GET  /api/health    version and build
//
// Errors are JSON {"error": "...", "status": N}. Responses are never cached
// (Cache-Control: no-store) and nothing of a request's text is logged or kept.
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
}

// DefaultMaxBytes is the request size limit: several long articles.
const DefaultMaxBytes = 5_000_000

// Routes returns the API's handler.
func Routes(o Options) http.Handler {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
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
	if o.AllowOrigin != "" {
		h.Set("Access-Control-Allow-Origin", o.AllowOrigin)
		h.Set("Vary", "Origin")
	}
}

// method answers other methods with 405 (and CORS preflights with 204).
func method(want string, o Options, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodOptions && o.AllowOrigin != "" {
			headers(w, o)
			w.Header().Set("Access-Control-Allow-Methods", want+", OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.Method != want {
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
		format := r.URL.Query().Get("format")
		if format != "" && format != "json" && format != "csv" {
			fail(w, o, http.StatusBadRequest, "format must be json or csv")
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
		if r.URL.Query().Get("explain") == "1" {
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
	tooBig := &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than the limit of %d bytes (%d MB)", o.MaxBytes, o.MaxBytes/1_000_000)}
	if r.ContentLength > o.MaxBytes {
		return nil, "", tooBig
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, o.MaxBytes+1))
	if err != nil {
		return nil, "", &apiError{http.StatusBadRequest, "could not read the body: " + err.Error()}
	}
	if int64(len(body)) > o.MaxBytes {
		return nil, "", tooBig
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
	switch mt {
	case "text/plain", "text/html", "application/xhtml+xml":
		return []extract.Input{{File: name, Data: body}}, "", nil
	case "application/json":
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
			data, err := io.ReadAll(p)
			if err != nil {
				return nil, "", &apiError{http.StatusBadRequest, "invalid multipart body: " + err.Error()}
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
