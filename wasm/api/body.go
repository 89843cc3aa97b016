package api

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// readBody reads a request's body, refusing before the first byte a body
// whose declared Content-Length is over the limit, and stopping one byte past
// the limit whatever it declared. A body that stops arriving for BodyIdle
// (a client that sent its headers and then nothing, or a byte a minute) is
// given up with 408, as is one still arriving after BodyTimeout: one slow
// client never holds a request open for good.
func readBody(r *http.Request, o Options) ([]byte, error) {
	if r.ContentLength > o.MaxBytes {
		return nil, &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("Content-Length %d is over the limit of %d bytes (%d MB): the body was not read",
			r.ContentLength, o.MaxBytes, o.MaxBytes/1_000_000)}
	}
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	arrived := make(chan struct{}, 1)
	go func() {
		body := progress{r.Body, arrived}
		b, err := io.ReadAll(io.LimitReader(body, o.MaxBytes+1))
		if err == nil && int64(len(b)) > o.MaxBytes {
			// over the limit: read on, up to as much again, and drop it, so
			// the request ends as HTTP/1.1 expects and the connection can
			// carry the next one (a 6 MB upload); past that, cancel the rest
			if n, _ := io.Copy(io.Discard, io.LimitReader(body, o.MaxBytes+1)); n > o.MaxBytes {
				r.Body.Close()
			}
		}
		done <- result{b, err}
	}()
	idle, total := time.NewTimer(o.BodyIdle), time.NewTimer(o.BodyTimeout)
	defer idle.Stop()
	defer total.Stop()
	for {
		select {
		case res := <-done:
			if res.err != nil {
				return nil, &apiError{http.StatusBadRequest, "could not read the body: " + res.err.Error()}
			}
			if int64(len(res.b)) > o.MaxBytes {
				return nil, &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than the limit of %d bytes (%d MB)", o.MaxBytes, o.MaxBytes/1_000_000)}
			}
			return res.b, nil
		case <-arrived:
			idle.Reset(o.BodyIdle)
		case <-idle.C:
			go r.Body.Close() // on Workers this cancels the stream, and the reader above returns
			return nil, &apiError{http.StatusRequestTimeout, fmt.Sprintf("the request body stopped arriving: nothing for %v (send the whole body at once)", o.BodyIdle)}
		case <-total.C:
			go r.Body.Close()
			return nil, &apiError{http.StatusRequestTimeout, fmt.Sprintf("the request body took longer than %v to arrive", o.BodyTimeout)}
		}
	}
}

// progress tells on arrived (without waiting) each time bytes come in.
type progress struct {
	r       io.Reader
	arrived chan<- struct{}
}

func (p progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		select {
		case p.arrived <- struct{}{}:
		default:
		}
	}
	return n, err
}

// charsets the API reads besides UTF-8, by the names a Content-Type's
// charset= gives them (lower case). UTF-16 without a byte order mark is big
// endian (RFC 2781); with one, the mark decides. Windows-1258 is what
// Vietnamese Windows saves as "ANSI". Any other charset is refused rather
// than read as something it is not.
var charsets = map[string]encoding.Encoding{
	"utf-16":       unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
	"utf-16le":     unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
	"utf-16be":     unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
	"windows-1258": charmap.Windows1258,
	"cp1258":       charmap.Windows1258,
	"x-cp1258":     charmap.Windows1258,
}

// toUTF8 decodes b from the charset a Content-Type names. Without a charset,
// or with UTF-8 or US-ASCII, the bytes are passed on as they are and the
// extractor finds their encoding itself (UTF-8, UTF-16, Windows-1258, TCVN3).
//
//	Content-Type: text/plain; charset=utf-16le    "K\x00i\x00m\x00 \x00…" → "Kim …"
//	Content-Type: text/plain; charset=windows-1258 "Tha\xeci Nguy\xean"    → "Thái Nguyên"
func toUTF8(b []byte, charset string) ([]byte, error) {
	switch cs := strings.ToLower(strings.Trim(charset, `" `)); cs {
	case "", "utf-8", "utf8", "us-ascii":
		return b, nil
	default:
		enc, ok := charsets[cs]
		if !ok {
			return nil, &apiError{http.StatusUnsupportedMediaType, fmt.Sprintf("charset %s is not supported: use utf-8, utf-16, utf-16le, utf-16be or windows-1258", charset)}
		}
		u, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return nil, &apiError{http.StatusUnprocessableEntity, fmt.Sprintf("the body is not %s: %v", cs, err)}
		}
		return u, nil
	}
}

// utf8BOM is what Notepad writes before UTF-8 text, and so before JSON
// saved from it: `\xef\xbb\xbf{"text": …}` would be "invalid character 'ï'".
var utf8BOM = []byte("\xef\xbb\xbf")

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, utf8BOM) }
