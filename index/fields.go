package index

import (
	"net/url"
	"strings"
	"time"

	"chiso/extract"
	"chiso/extract/place"
)

// source names where an article came from: the host of its URL without
// "www.", or "" when the text did not say.
func source(a extract.Article) string {
	if a.SourceURL == nil {
		return ""
	}
	u, err := url.Parse(*a.SourceURL)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
}

func successor(name string) string { return place.Default.Successor2025(name) }

// yearOfArticle is the year an article reports on: its publication year,
// else the year its facts name most.
func yearOfArticle(a extract.Article) string {
	if a.Published != nil && len(*a.Published) >= 4 {
		return (*a.Published)[:4]
	}
	count := map[string]int{}
	best := ""
	for _, f := range a.Facts {
		if f.Period != nil && len(*f.Period) >= 4 {
			y := (*f.Period)[:4]
			count[y]++
			if count[y] > count[best] || count[y] == count[best] && y > best {
				best = y
			}
		}
	}
	return best
}

func publishedTime(a extract.Article) (time.Time, bool) {
	if a.Published == nil {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, *a.Published); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
