package extract

import (
	"net/url"
	"strings"

	"chiso/extract/clean"
	"chiso/extract/facts"
)

// Output is the document the contract describes.
type Output struct {
	Articles []Article `json:"articles"`
}

// Article is one extracted article; JSON names follow shared/CONTRACT.md.
type Article struct {
	ID             string          `json:"id"`
	File           string          `json:"file,omitempty"`
	Title          *string         `json:"title"`
	Published      *string         `json:"published"`
	Author         *string         `json:"author"`
	SourceURL      *string         `json:"source_url"`
	Body           string          `json:"body"`
	Provinces      []string        `json:"provinces"`
	Facts          []facts.Fact    `json:"facts"`
	Rankings       []facts.Ranking `json:"rankings"`
	NearDuplicates []Duplicate     `json:"near_duplicates"`
	// Encoding names the encoding the input arrived in when it was not UTF-8.
	Encoding string `json:"encoding,omitempty"`
	// Lines are the paste's lines with their class and why (with Explain):
	// what `chiso scan --explain` prints to say why a line was dropped.
	Lines []clean.Line `json:"-"`
}

// Duplicate names another article of the same run that repeats this one.
type Duplicate struct {
	ID         string  `json:"id"`
	Similarity float64 `json:"similarity"`
}

// Site names where an article came from: the host of its URL without
// "www.", or "" when the text did not say.
func (a Article) Site() string {
	if a.SourceURL == nil {
		return ""
	}
	u, err := url.Parse(*a.SourceURL)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
}
