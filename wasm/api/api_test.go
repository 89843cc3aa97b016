package api

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

const article = "Kim ngạch xuất khẩu tháng 1/2024 ước đạt 33,57 tỷ USD, tăng 42% so với cùng kỳ."

func do(t *testing.T, h http.Handler, method, path, ct string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, path, bytes.NewReader(body))
	if ct != "" {
		r.Header.Set("Content-Type", ct)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func facts(t *testing.T, w *httptest.ResponseRecorder) int {
	t.Helper()
	var out struct{ Articles []struct{ Facts []any } }
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil || len(out.Articles) == 0 {
		t.Fatalf("body %s: %v", w.Body.String(), err)
	}
	return len(out.Articles[0].Facts)
}

func TestExtract(t *testing.T) {
	h := Routes(Options{Version: "test"})
	w := do(t, h, "POST", "/api/extract", "text/plain; charset=utf-8", []byte(article))
	if w.Code != 200 || facts(t, w) != 2 || w.Header().Get("Cache-Control") != "no-store" {
		t.Fatalf("%d %s", w.Code, w.Body.String())
	}
	j, _ := json.Marshal(map[string]string{"text": article, "url": "https://bao.example/a.html"})
	w = do(t, h, "POST", "/api/extract", "application/json", j)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"source_url":"https://bao.example/a.html"`) {
		t.Fatalf("json: %d %s", w.Code, w.Body.String())
	}
	w = do(t, h, "POST", "/api/extract", "text/html", []byte("<html><body><article><p>"+article+"</p><script>alert(1)</script></article></body></html>"))
	if w.Code != 200 || facts(t, w) != 2 || strings.Contains(w.Body.String(), "alert") {
		t.Fatalf("html: %d %s", w.Code, w.Body.String())
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, name := range []string{"a.txt", "b.txt"} {
		f, _ := mw.CreateFormFile("files", name)
		f.Write([]byte(article))
	}
	mw.Close()
	w = do(t, h, "POST", "/api/extract", mw.FormDataContentType(), buf.Bytes())
	if w.Code != 200 || strings.Count(w.Body.String(), `"file":"`) != 2 {
		t.Fatalf("multipart: %d %s", w.Code, w.Body.String())
	}
	w = do(t, h, "POST", "/api/extract?format=ndjson", "text/plain", []byte(article))
	if lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n"); w.Code != 200 || w.Header().Get("Content-Type") != "application/x-ndjson; charset=utf-8" ||
		len(lines) < 2 || !strings.HasPrefix(lines[0], `{"article_id":`) || !strings.Contains(lines[0], `"indicator":`) {
		t.Fatalf("ndjson: %d %q", w.Code, w.Body.String())
	}
	w = do(t, h, "POST", "/api/extract?format=csv", "text/plain", []byte(article))
	if w.Code != 200 || !strings.HasPrefix(w.Body.String(), "\ufefffile,") || w.Header().Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Fatalf("csv: %d %q", w.Code, w.Body.String())
	}
	if strings.Contains(do(t, h, "POST", "/api/extract", "text/plain", []byte(article)).Body.String(), `"why"`) {
		t.Fatalf("why without ?explain=1")
	}
	w = do(t, h, "POST", "/api/extract?explain=1", "text/plain", []byte(article))
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"why":{`) {
		t.Fatalf("explain: %d %s", w.Code, w.Body.String())
	}
}

func TestErrors(t *testing.T) {
	h := Routes(Options{MaxBytes: 1000})
	for _, c := range []struct {
		method, path, ct string
		body             []byte
		status           int
		says             string
	}{
		{"GET", "/api/extract", "", nil, 405, "use POST"},
		{"POST", "/api/health", "", nil, 405, "use GET"},
		{"POST", "/api/extract", "text/plain", nil, 400, "empty body"},
		{"POST", "/api/extract", "application/json", []byte("{"), 400, "invalid JSON"},
		{"POST", "/api/extract", "application/json", []byte(`{"url":"x"}`), 400, `"text"`},
		{"POST", "/api/extract?format=xml", "text/plain", []byte(article), 400, "format"},
		{"POST", "/api/extract", "image/png", []byte("\x89PNG"), 415, "unsupported Content-Type"},
		{"POST", "/api/extract", "", []byte(article), 415, "Content-Type"},
		{"POST", "/api/extract", "text/plain", bytes.Repeat([]byte("a"), 1001), 413, "1000 bytes"},
		{"POST", "/api/extract", "text/plain", []byte("\x00\x01\x02binary\x00"), 422, "binary"},
		{"POST", "/api/extract", "text/plain", []byte("Gia\xf9 tr\xf2 sa\xfbn xua\xe1t co\xe2ng nghie\xe4p t\xf6nh Tha\xf9i Nguye\xe2n \xf1a\xefi"), 422, "VNI"},
		{"GET", "/api/nothing", "", nil, 404, "no such endpoint"},
		{"POST", "/api/extract", "text/plain", []byte("The quick brown fox jumps over the lazy dog."), 422, "Vietnamese"},
	} {
		w := do(t, h, c.method, c.path, c.ct, c.body)
		var e struct {
			Error  string
			Status int
		}
		json.Unmarshal(w.Body.Bytes(), &e)
		if w.Code != c.status || e.Status != c.status || !strings.Contains(e.Error, c.says) {
			t.Errorf("%s %s %q: got %d %s; want %d %q", c.method, c.path, c.ct, w.Code, w.Body.String(), c.status, c.says)
		}
	}
}

func TestHealthAndCORS(t *testing.T) {
	h := Routes(Options{Version: "v1", AllowOrigin: "https://chiso.example"})
	w := do(t, h, "GET", "/api/health", "", nil)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"version":"v1"`) || w.Header().Get("Access-Control-Allow-Origin") != "https://chiso.example" {
		t.Fatalf("%d %s %v", w.Code, w.Body.String(), w.Header())
	}
	w = do(t, h, "OPTIONS", "/api/extract", "", nil)
	if w.Code != 204 || !strings.Contains(w.Header().Get("Access-Control-Allow-Methods"), "POST") {
		t.Fatalf("preflight: %d %v", w.Code, w.Header())
	}
	if w := do(t, Routes(Options{}), "GET", "/api/health", "", nil); w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Fatal("CORS is off unless configured")
	}
	// health, preflight, health: the third request answered
	if w := do(t, h, "GET", "/api/health", "", nil); !strings.Contains(w.Body.String(), `"served":3`) {
		t.Fatalf("served: %s", w.Body.String())
	}
}
