package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"chiso/extract"
)

const good = "Kim ngạch xuất khẩu tháng 1/2024 ước đạt 33,57 tỷ USD, tăng 42% so với cùng kỳ."

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Every kind of bad input gets one line on standard error and a non-zero
// exit, and the good file in the same run is still extracted.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, _ := os.Create(huge)
	f.Truncate(50 << 20) // a 50 MB file, sparse
	f.Close()
	files := []string{
		write(t, dir, "empty.txt", nil),
		write(t, dir, "binary.bin", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
		write(t, dir, "invalid.txt", []byte("Kim ngạch \xff\xfe tăng \xc3\x28 5%")),
		huge,
		dir, // a directory
		filepath.Join(dir, "missing.txt"),
		write(t, dir, "good.txt", []byte(good)),
	}
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"extract"}, files...), strings.NewReader(""), &stdout, &stderr)
	if code == 0 {
		t.Fatal("exit status 0 with bad inputs")
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("want one line per bad input (6), got %d:\n%s", len(lines), stderr.String())
	}
	for _, want := range []string{"empty.txt: empty input", "binary.bin: binary data", "invalid.txt: invalid UTF-8 at byte", "huge.txt: larger than", "is a directory", "missing.txt: no such file"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	var out extract.Output
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Articles) != 1 || out.Articles[0].File != "good.txt" || len(out.Articles[0].Facts) != 2 {
		t.Fatalf("the good file: %+v", out.Articles)
	}
}

func TestStdinAndCSV(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"extract", "--format", "csv"}, strings.NewReader(good), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	s := stdout.String()
	if !strings.HasPrefix(s, "\ufefffile,") || !strings.Contains(s, "exports,all,Việt Nam,,2024-01,level,,33570000000,USD,true") {
		t.Fatalf("csv:\n%s", s)
	}
	if code := run([]string{"extract", "--format", "xml"}, strings.NewReader(good), &stdout, &stderr); code != 2 {
		t.Fatalf("bad --format: exit %d", code)
	}
}

func TestScanLines(t *testing.T) {
	var stdout, stderr bytes.Buffer
	in := "64,22 tỷ USD và 42%\nquý I/2024\nhai mươi lăm"
	if code := run([]string{"scan", "--lines"}, strings.NewReader(in), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var m extract.Mention
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		v := ""
		if m.Value != nil {
			v = strings.TrimSuffix(strings.TrimSuffix(json.Number(jsonNum(*m.Value)).String(), ".0"), "")
		}
		got = append(got, strings.Join([]string{itoa(m.Line), m.Type, v, m.Unit, m.Period}, ","))
	}
	want := "1,money,64220000000,USD,|1,percent,42,%,|2,period,,,2024-Q1|3,number,25,,"
	if strings.Join(got, "|") != want {
		t.Fatalf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func jsonNum(v float64) string { b, _ := json.Marshal(v); return string(b) }
func itoa(n int) string        { b, _ := json.Marshal(n); return string(b) }

func TestSearch(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", []byte("Bắc Giang: xuất khẩu tăng\n\nKim ngạch xuất khẩu của tỉnh Bắc Giang quý I/2024 đạt 6,4 tỷ USD, tăng 35%."))
	b := write(t, dir, "b.txt", []byte("Giá lúa gạo\n\nGiá lúa tại Đồng bằng sông Cửu Long tăng nhẹ trong tuần."))
	var stdout, stderr bytes.Buffer
	if code := run([]string{"search", "--json", "xuat khau bac giang", a, b}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var res struct {
		Total int
		Hits  []struct {
			File     string
			Snippets []string
		}
		Facets map[string][]struct {
			Value string
			Count int
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].File != "a.txt" || !strings.Contains(res.Hits[0].Snippets[0], "<mark>Bắc Giang</mark>") {
		t.Fatalf("got %+v", res)
	}
	if len(res.Facets["province"]) != 1 || res.Facets["province"][0].Value != "Bắc Giang" {
		t.Fatalf("facets %+v", res.Facets)
	}
	stdout.Reset()
	if code := run([]string{"search", "tăng", a, b}, strings.NewReader(""), &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "2 hits") {
		t.Fatalf("text output: %s", stdout.String())
	}
}

// scan --explain says which words gave each field, and where from: the
// province of "của tỉnh" is the one the article's office names.
func TestScanExplain(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", []byte("Thu ngân sách 10 tháng\n01/11/2023\nCục Thống kê tỉnh Sóc Trăng cho biết, tổng thu ngân sách nhà nước toàn tỉnh 10 tháng năm 2023 ước đạt 4.215 tỷ đồng, đạt 83,2% dự toán.\n"))
	var out, errb bytes.Buffer
	if code := run([]string{"scan", "--explain", p}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	for _, want := range []string{
		`"4.215 tỷ đồng" → budget_revenue level 4215000000000 VND, Sóc Trăng, 2023-01..2023-10, estimate`,
		`region     "toàn tỉnh"`, "article province",
		`period     "10 tháng năm 2023"`,
		`"83,2%" → budget_revenue plan_progress 83.2 %`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	// without --explain the contract's JSON carries no "why"
	out.Reset()
	run([]string{"extract", p}, nil, &out, &errb)
	if strings.Contains(out.String(), `"why"`) {
		t.Errorf("extract without --explain printed why")
	}
	out.Reset()
	run([]string{"extract", "--explain", p}, nil, &out, &errb)
	if !strings.Contains(out.String(), `"from": "article province"`) {
		t.Errorf("extract --explain: no why in\n%s", out.String())
	}
}

// The command line's conventions: flags after the files, --help on stdout
// with exit 0, values outside those accepted refused with the list, the
// text on standard input for search too, errors naming the path as given.
func TestConventions(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", []byte("Xuất khẩu Bắc Giang\n\n"+good))
	for _, c := range []struct {
		args      []string
		stdin     string
		code      int
		out, errs string // substrings of stdout and stderr
		notOut    string
	}{
		{[]string{"extract", a, "--format", "csv"}, "", 0, "\ufefffile,", "", `"articles"`},
		{[]string{"extract", a, "--format=ndjson"}, "", 0, `"indicator":"exports"`, "", ""},
		{[]string{"extract", "--help"}, "", 0, "standard input", "", ""},
		{[]string{"extract", "-h"}, "", 0, "--format", "", ""},
		{[]string{"search", "--help"}, "", 0, "QUERY [FILE...]", "", ""},
		{[]string{"--help"}, "", 0, "with no FILE, or with -", "", ""},
		{[]string{"extract", "--format", "xml", a}, "", 2, "", `--format "xml" is not one of json, csv, ndjson, parquet`, ""},
		{[]string{"search", "--sort", "foo", "x", a}, "", 2, "", `--sort "foo" is not one of relevance, date`, ""},
		{[]string{"search", "--size", "0", "x", a}, "", 2, "", "--size 0", ""},
		{[]string{"extract", "--bogus", a}, "", 2, "", "unknown flag: --bogus", ""},
		{[]string{"search", "xuat khau"}, good, 0, "1 hits", "", ""},
		{[]string{"search", "--facts", "+value:>abc", a}, "", 2, "", "value:>NUMBER", ""},
		{[]string{"extract", filepath.Join(dir, "sub", "missing.txt")}, "", 1, "", filepath.Join(dir, "sub", "missing.txt") + ": no such file", ""},
		{[]string{"extract", "--format", "ndjson", "--files-from", "-"}, a + "\n\n" + a + "\n", 0, `"file":"a.txt"`, "", ""},
	} {
		var stdout, stderr bytes.Buffer
		code := run(c.args, strings.NewReader(c.stdin), &stdout, &stderr)
		if code != c.code || !strings.Contains(stdout.String(), c.out) || !strings.Contains(stderr.String(), c.errs) || c.notOut != "" && strings.Contains(stdout.String(), c.notOut) {
			t.Errorf("%q: exit %d (want %d)\nstdout: %.300s\nstderr: %.300s", c.args, code, c.code, stdout.String(), stderr.String())
		}
	}
}

// --format ndjson and parquet carry the same facts as the JSON, one row
// each with its article's fields, in the same order; the Parquet file is
// read back by the library's own reader with its columns typed.
func TestNDJSONAndParquet(t *testing.T) {
	files, _ := filepath.Glob("../../extract/testdata/golden/seed-*.txt")
	if len(files) < 5 {
		t.Fatalf("seeds: %v", files)
	}
	var js, nd, pq, errs bytes.Buffer
	if run(append([]string{"extract"}, files...), nil, &js, &errs) != 0 ||
		run(append([]string{"extract", "--format", "ndjson"}, files...), nil, &nd, &errs) != 0 ||
		run(append([]string{"extract", "--format", "parquet"}, files...), nil, &pq, &errs) != 0 {
		t.Fatal(errs.String())
	}
	var out extract.Output
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	var want []extract.FactRow
	for _, a := range out.Articles {
		want = append(want, extract.Rows(a)...)
	}
	lines := strings.Split(strings.TrimSuffix(nd.String(), "\n"), "\n")
	if len(lines) != len(want) || len(want) < 50 {
		t.Fatalf("%d ndjson lines, %d facts in the JSON", len(lines), len(want))
	}
	for k, l := range lines {
		var r extract.FactRow
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r, want[k]) {
			t.Fatalf("line %d: %+v\nwant %+v", k+1, r, want[k])
		}
		if k == 0 && !strings.HasPrefix(l, `{"article_id":`) || !strings.Contains(l, `"region_2025":`) || !strings.HasSuffix(l, "}") {
			t.Fatalf("line %d: fields out of order or missing: %s", k+1, l)
		}
	}
	rows, err := parquet.Read[extract.FactRow](bytes.NewReader(pq.Bytes()), int64(pq.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows, want) {
		t.Fatalf("parquet: %d rows, first %+v\nwant %d, first %+v", len(rows), rows[0], len(want), want[0])
	}
	file, err := parquet.OpenFile(bytes.NewReader(pq.Bytes()), int64(pq.Len()))
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, f := range file.Schema().Fields() {
		types[f.Name()] = f.Type().String()
	}
	if types["value"] != "DOUBLE" || types["estimate"] != "BOOLEAN" || types["start"] != "INT(64,true)" || types["period"] != "STRING" || types["region"] != "STRING" {
		t.Fatalf("column types %v", types)
	}
}
