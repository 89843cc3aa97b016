package api

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

func utf16Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
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

// The charset a Content-Type names is the one read; a BOM before JSON is
// skipped; a charset the API does not know is refused, not guessed at.
func TestCharset(t *testing.T) {
	h := Routes(Options{})
	j, _ := json.Marshal(map[string]string{"text": article})
	// "Đồng" in Windows-1258 (Đ, ô and a combining grave) is the only word
	// with marks: too little for the extractor to guess the encoding
	dongNai := []byte("Kim ngach xuat khau tinh \xd0\xf4\xccng Nai thang 1/2024 dat 2,1 ty USD, tang 12% so voi cung ky.")
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	part, _ := mw.CreatePart(textproto.MIMEHeader{
		"Content-Disposition": {`form-data; name="files"; filename="dong-nai.txt"`},
		"Content-Type":        {"text/plain; charset=windows-1258"},
	})
	part.Write(dongNai)
	mw.Close()
	for _, c := range []struct {
		name, ct string
		body     []byte
		status   int
		says     string
	}{
		{"utf-16le", "text/plain; charset=utf-16le", utf16Bytes(article, binary.LittleEndian, false), 200, "33,57 tỷ USD"},
		{"utf-16be", "text/plain; charset=UTF-16BE", utf16Bytes(article, binary.BigEndian, false), 200, "33,57 tỷ USD"},
		{"utf-16 with a little-endian BOM", "text/plain; charset=utf-16", utf16Bytes(article, binary.LittleEndian, true), 200, "33,57 tỷ USD"},
		{"windows-1258", "text/plain; charset=windows-1258", dongNai, 200, "Đồng Nai"},
		{"windows-1258 in a form part", mw.FormDataContentType(), form.Bytes(), 200, "Đồng Nai"},
		{"windows-1258 undeclared", "text/plain", dongNai, 422, "invalid UTF-8"},
		{"JSON with a BOM", "application/json", append([]byte("\xef\xbb\xbf"), j...), 200, "33,57 tỷ USD"},
		{"JSON in UTF-16 with a BOM", "application/json; charset=utf-16", utf16Bytes(string(j), binary.BigEndian, true), 200, "33,57 tỷ USD"},
		{"utf-8", "text/plain; charset=utf-8", []byte(article), 200, "33,57 tỷ USD"},
		{"koi8-r", "text/plain; charset=koi8-r", []byte(article), 415, "charset koi8-r is not supported"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := do(t, h, "POST", "/api/extract", c.ct, c.body)
			if w.Code != c.status || !strings.Contains(w.Body.String(), c.says) {
				t.Fatalf("got %d %s; want %d with %q", w.Code, w.Body.String(), c.status, c.says)
			}
		})
	}
}

// never is a body whose bytes never come: every read waits for good.
type never struct{ reads int }

func (n *never) Read([]byte) (int, error) { n.reads++; select {} }

// A declared Content-Length over the limit is refused before a byte is read.
func TestContentLengthRefusedUnread(t *testing.T) {
	body := &never{}
	r := httptest.NewRequest("POST", "/api/extract", body)
	r.Header.Set("Content-Type", "text/plain")
	r.ContentLength = 6_000_000
	w := httptest.NewRecorder()
	Routes(Options{}).ServeHTTP(w, r)
	if w.Code != 413 || !strings.Contains(w.Body.String(), "Content-Length 6000000 is over the limit of 5000000 bytes") || body.reads != 0 {
		t.Fatalf("got %d %s after %d reads; want 413 naming the Content-Length, no read", w.Code, w.Body.String(), body.reads)
	}
}

// A body that stops arriving, or arrives a byte at a time for too long, is
// given up with 408; one that keeps coming is read.
func TestSlowBody(t *testing.T) {
	h := Routes(Options{BodyIdle: 200 * time.Millisecond, BodyTimeout: time.Second})
	for _, c := range []struct {
		name   string
		every  time.Duration // between two pieces
		pieces int           // then silence
		status int
		says   string
	}{
		{"headers and then nothing", 0, 0, 408, "nothing for 200ms"},
		{"a piece and then nothing", 0, 1, 408, "nothing for 200ms"},
		{"a piece every 100 ms, for ever", 100 * time.Millisecond, 1000, 408, "longer than 1s"},
		{"a piece every 100 ms, then the end", 100 * time.Millisecond, -5, 200, "33,57 tỷ USD"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pr, pw := io.Pipe()
			defer pw.Close()
			go func() {
				pieces := c.pieces
				if pieces < 0 {
					pieces = -pieces
				}
				chunk := (len(article) + pieces - 1) / max(pieces, 1)
				for k := 0; k < pieces; k++ {
					from := min(k*chunk, len(article))
					if _, err := pw.Write([]byte(article[from:min(from+chunk, len(article))])); err != nil {
						return
					}
					time.Sleep(c.every)
				}
				if c.pieces < 0 {
					pw.Close()
				}
			}()
			r := httptest.NewRequest("POST", "/api/extract", pr)
			r.Header.Set("Content-Type", "text/plain")
			w := httptest.NewRecorder()
			done := make(chan struct{})
			go func() { h.ServeHTTP(w, r); close(done) }()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("no answer after 5 s")
			}
			if w.Code != c.status || !strings.Contains(w.Body.String(), c.says) {
				t.Fatalf("got %d %s; want %d with %q", w.Code, w.Body.String(), c.status, c.says)
			}
		})
	}
}

// HEAD /api/health is the status alone, as monitors ask for it.
func TestHead(t *testing.T) {
	w := do(t, Routes(Options{}), "HEAD", "/api/health", "", nil)
	if w.Code != 200 || w.Body.Len() != 0 || w.Header().Get("Cache-Control") != "no-store" {
		t.Fatalf("got %d %q %v; want 200, no body, no-store", w.Code, w.Body.String(), w.Header())
	}
}

// One request's work and answer are bounded: its files, and the size of
// what it would answer.
func TestRequestBounds(t *testing.T) {
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	for k := range 4 {
		f, _ := mw.CreateFormFile("files", fmt.Sprintf("%d.txt", k))
		f.Write([]byte(article))
	}
	mw.Close()
	w := do(t, Routes(Options{MaxFiles: 3}), "POST", "/api/extract", mw.FormDataContentType(), form.Bytes())
	if w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(w.Body.String(), "more than 3 files") {
		t.Errorf("4 files of 3: got %d %s", w.Code, w.Body.String())
	}
	w = do(t, Routes(Options{MaxOutput: 1000}), "POST", "/api/extract", "text/plain", []byte(article))
	if w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(w.Body.String(), "the answer would be about") {
		t.Errorf("an answer over 1,000 bytes: got %d %s", w.Code, w.Body.String())
	}
	if w := do(t, Routes(Options{}), "POST", "/api/extract", "text/plain", []byte(article)); w.Code != 200 {
		t.Errorf("within the bounds: got %d %s", w.Code, w.Body.String())
	}
}

// counted is a body of n bytes that counts what is read of it and whether
// it was closed.
type counted struct {
	left, read int
	closed     bool
}

func (c *counted) Read(p []byte) (int, error) {
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left)
	clear(p[:n])
	c.left -= n
	c.read += n
	return n, nil
}
func (c *counted) Close() error { c.closed = true; return nil }

// A body with no declared length that runs past the limit is refused; up to
// as much again is read and dropped (the request ends cleanly, the
// connection carries the next), beyond that the rest is left unread.
func TestOversizedBodyDrained(t *testing.T) {
	for _, c := range []struct {
		size     int
		wantRead int
		closed   bool
	}{
		{1500, 1500, false},  // read to its end
		{50_000, 2002, true}, // the limit and a byte, as much again and a byte; then closed
	} {
		t.Run(fmt.Sprint(c.size), func(t *testing.T) {
			body := &counted{left: c.size}
			r := httptest.NewRequest("POST", "/api/extract", nil)
			r.Body, r.ContentLength = body, -1
			r.Header.Set("Content-Type", "text/plain")
			w := httptest.NewRecorder()
			Routes(Options{MaxBytes: 1000}).ServeHTTP(w, r)
			if w.Code != 413 || !strings.Contains(w.Body.String(), "larger than the limit of 1000 bytes") {
				t.Fatalf("got %d %s; want 413", w.Code, w.Body.String())
			}
			if body.read != c.wantRead || body.closed != c.closed {
				t.Fatalf("read %d bytes, closed %v; want %d, %v", body.read, body.closed, c.wantRead, c.closed)
			}
		})
	}
}
