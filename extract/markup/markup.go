// Package markup reads an article out of HTML: its text, one block a line,
// and the metadata pages carry in <head>. The markup is parsed as data by
// golang.org/x/net/html's tokenizer; nothing in it is run or fetched, and
// script, style and navigation are skipped whole.
package markup

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what markup found in one HTML document.
type Page struct {
	Text      string // the readable text, a line per block
	Title     string
	Published string // as the page states it (ISO 8601 mostly)
	Author    string
	URL       string // canonical or og:url
}

// looksHTML matches a document or fragment that starts with markup:
// "<!DOCTYPE html>", "<html", "<div class=...>", "<p>…".
var looksHTML = regexp.MustCompile(`(?is)^\s*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>]|<section|<main|<meta|<h[1-6][\s>]|<table|<span|<!--)`)

// IsHTML reports whether s should be read as markup rather than plain text.
func IsHTML(s string) bool {
	return looksHTML.MatchString(s) && strings.Contains(s, ">")
}

// skipped elements hold no article text (or hold text a reader never sees).
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Select: true,
	atom.Head: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Math: true, atom.Textarea: true, atom.Title: true, // a <title> is never shown, wherever it stands
}

// blocks end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Main: true,
	atom.Blockquote: true, atom.Figcaption: true, atom.Figure: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Dd: true, atom.Dt: true, atom.Pre: true, atom.Hr: true,
	atom.Td: true, atom.Th: true, atom.Time: true,
}

// void elements have no end tag.
var void = map[atom.Atom]bool{
	atom.Br: true, atom.Hr: true, atom.Img: true, atom.Meta: true, atom.Link: true, atom.Input: true,
	atom.Area: true, atom.Base: true, atom.Col: true, atom.Embed: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// Read tokenizes s once, collecting head metadata and body text. When the
// page has an <article>, only its text is kept: the rest is site furniture.
func Read(s string) Page {
	var p Page
	z := html.NewTokenizer(strings.NewReader(s))
	var all, article, main, ldText strings.Builder
	inMain, inLD := 0, false
	var ld []ldArticle // JSON-LD NewsArticle objects, read when their script ends
	// While skipNest > 0 the reader is inside a skipped element whose tag is
	// skipTag; nested elements of the same tag are counted so the right end
	// tag closes it.
	var skipTag atom.Atom
	var skipName string
	skipNest := 0
	inArticle := 0
	inTitle, inH1 := false, false
	var titleTag, h1 strings.Builder
	var last byte // the last byte written to the text
	svg := 0      // depth of <svg> elements: their <title>s name icons, not the page
	write := func(t string) {
		if last == '<' && t != "" && (isASCIILetter(t[0]) || t[0] == '/' || t[0] == '!' || t[0] == '?') {
			// a dropped tag must not join its neighbours into a tag: "<<a>script"
			// would read "<script" once <a> is gone
			t = " " + t
		}
		if t != "" {
			last = t[len(t)-1]
		}
		all.WriteString(t)
		if inArticle > 0 {
			article.WriteString(t)
		}
		if inMain > 0 {
			main.WriteString(t)
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			p.Text = lines(all.String())
			if m := lines(main.String()); len(m) > 200 {
				p.Text = m // <main> holds the article and not the site around it
			}
			if a := lines(article.String()); len(a) > 200 {
				p.Text = a
			}
			useLD(&p, ld)
			if p.Title == "" {
				p.Title = clean(h1.String())
			}
			if p.Title == "" {
				p.Title = clean(titleTag.String())
			}
			return p
		case html.TextToken:
			txt := string(z.Text())
			if inLD {
				ldText.WriteString(txt)
			}
			if inTitle {
				titleTag.WriteString(txt)
			}
			if skipNest > 0 {
				continue
			}
			if inH1 {
				h1.WriteString(txt)
			}
			write(txt)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			if a == atom.Script && strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json") {
				inLD = true // read even inside <head>, which is skipped as text
				ldText.Reset()
			}
			switch a {
			case atom.Meta:
				meta(&p, attrs)
			case atom.Link:
				if strings.EqualFold(attrs["rel"], "canonical") && p.URL == "" {
					p.URL = attrs["href"]
				}
			case atom.Title:
				// the first <title> of the page; one inside an inline <svg>
				// (a social icon's "Facebook") is no title
				inTitle = tt == html.StartTagToken && svg == 0 && titleTag.Len() == 0
			case atom.Svg:
				if tt == html.StartTagToken {
					svg++
				}
			case atom.Time:
				if p.Published == "" && attrs["datetime"] != "" {
					p.Published = attrs["datetime"]
				}
			}
			if tt == html.SelfClosingTagToken || void[a] {
				if blocks[a] && skipNest == 0 {
					write("\n")
				}
				continue
			}
			if skipNest > 0 {
				if a == skipTag && string(name) == skipName {
					skipNest++
				}
				continue
			}
			_, hidden := attrs["hidden"]
			if skipped[a] || hidden || strings.Contains(strings.ReplaceAll(attrs["style"], " ", ""), "display:none") {
				skipTag, skipName, skipNest = a, string(name), 1
				continue
			}
			if a == atom.Article {
				inArticle++
			}
			if a == atom.Main {
				inMain++
			}
			if a == atom.H1 {
				inH1 = true
			}
			if blocks[a] {
				write("\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script && inLD {
				inLD = false
				ld = append(ld, readLD(ldText.String())...)
			}
			if a == atom.Title {
				inTitle = false
			}
			if a == atom.Svg && svg > 0 {
				svg--
			}
			if skipNest > 0 {
				if a == skipTag && string(name) == skipName {
					skipNest--
				}
				continue
			}
			if a == atom.H1 {
				inH1 = false
			}
			if blocks[a] {
				write("\n")
			}
			if a == atom.Article && inArticle > 0 {
				inArticle--
			}
			if a == atom.Main && inMain > 0 {
				inMain--
			}
		}
	}
}

func meta(p *Page, attrs map[string]string) {
	key := strings.ToLower(attrs["property"] + attrs["name"] + attrs["itemprop"])
	v := strings.TrimSpace(attrs["content"])
	if v == "" {
		return
	}
	set := func(dst *string) {
		if *dst == "" {
			*dst = v
		}
	}
	switch key {
	case "og:title", "twitter:title":
		set(&p.Title)
	case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "og:published_time", "article:published":
		set(&p.Published)
	case "author", "article:author", "dc.creator":
		if !strings.HasPrefix(v, "http") {
			set(&p.Author)
		}
	case "og:url":
		set(&p.URL)
	}
}

// lines trims every line and keeps one blank line between blocks.
func lines(s string) string {
	var out []string
	blank := false
	for _, l := range strings.Split(s, "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// ldArticle is what a JSON-LD NewsArticle says of the page (schema.org).
type ldArticle struct {
	Type          any               `json:"@type"`
	Headline      string            `json:"headline"`
	DatePublished string            `json:"datePublished"`
	Author        any               `json:"author"`
	URL           string            `json:"url"`
	Graph         []json.RawMessage `json:"@graph"`
}

// readLD reads the NewsArticle objects of one ld+json script: an object, an
// array of them, or an "@graph". Malformed JSON gives nothing (a page's
// script is never trusted, never run).
func readLD(s string) []ldArticle {
	var raw []json.RawMessage
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") {
		if json.Unmarshal([]byte(s), &raw) != nil {
			return nil
		}
	} else {
		raw = []json.RawMessage{json.RawMessage(s)}
	}
	var out []ldArticle
	for _, r := range raw {
		var a ldArticle
		if json.Unmarshal(r, &a) != nil {
			continue
		}
		if len(a.Graph) > 0 {
			for _, g := range a.Graph {
				out = append(out, readLD(string(g))...)
			}
			continue
		}
		if isArticleType(a.Type) {
			out = append(out, a)
		}
	}
	return out
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.HasSuffix(v, "Article") // NewsArticle, ReportageNewsArticle, AnalysisNewsArticle
	case []any:
		for _, x := range v {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// authorName reads schema.org's author: a name, a Person, or a list of them.
func authorName(a any) string {
	switch v := a.(type) {
	case string:
		return v
	case map[string]any:
		if n, ok := v["name"].(string); ok {
			return n
		}
	case []any:
		var names []string
		for _, x := range v {
			if n := authorName(x); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// useLD takes the headline, date, author and URL of the page's NewsArticle
// over what meta tags and <title> say: it is the one place a site states
// them for machines without an outlet's name glued on.
func useLD(p *Page, ld []ldArticle) {
	if len(ld) == 0 {
		return
	}
	a := ld[0]
	if h := clean(a.Headline); h != "" {
		p.Title = h
	}
	if a.DatePublished != "" {
		p.Published = a.DatePublished
	}
	if n := clean(authorName(a.Author)); n != "" && !strings.HasPrefix(n, "http") {
		p.Author = n
	}
	if a.URL != "" && p.URL == "" {
		p.URL = a.URL
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
