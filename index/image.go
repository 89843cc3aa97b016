package index

// An index image is the index's articles and bleve segments as bytes, so
// that a reader who reloads the page opens the index in a moment instead
// of analysing every stored article again (10,000 articles in wasm: 0.15 s
// against 33 s; make bench-index, reload_ms and rebuild_ms). The articles
// kept by the caller stay the source of truth: an image is a cache of
// them. One saved before the caller's last changes is brought up to date
// (Holds says what it has), and one saved by another build is refused as
// stale and the caller rebuilds.
//
// Scorch keeps an in-memory index as a list of zap segments (one per batch;
// in memory it never merges them), each with the documents later batches
// replaced or deleted. Save writes each segment in zap's own file format
// (SegmentBase.WriteTo); Open hands them back to a new scorch one batch at
// a time, through a segment plugin that returns the saved segment instead
// of building one (see restorer). Each restore batch also names the ids
// whose older copies its segment replaced, so scorch marks them deleted
// exactly as it did when they were first indexed.
//
// Layout (integers little-endian):
//
//	"chiso-index\n"  magic
//	u64              stamp: this build's format, mappings and analysis
//	u32              articles, then per article in the order of their ids:
//	                   its id (as ids below), u32 facts, u64 length, its JSON
//	u8               parts: 1 (articles) or 2 (and facts)
//	per part:        u32 segments, then per segment:
//	                   ids (the ids it replaces in older segments)
//	                   u64 length, zap segment bytes (their footer CRC is checked)
//	                 ids deleted outright, after the last segment
//	ids:             u32 count, then per id u32 length and bytes

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"

	"chiso/extract"
	"chiso/extract/facts"
)

// ErrStale is returned by Open for an image saved by another build of
// chiso (other mappings or analysis): the caller rebuilds the index from
// its articles.
var ErrStale = errors.New("index: the saved index is stale")

const imageMagic = "chiso-index\n"

// imageFormat is the layout's version, part of the stamp.
const imageFormat = 1

// Save writes the index as an image for Open: its articles as JSON and
// its bleve segments. Buffered changes are applied first. The facts' part
// is saved only if it has been built (see Index). An article's JSON is
// written once and kept for the next save.
func (x *Index) Save(w io.Writer) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(imageMagic)
	put64(bw, buildStamp())
	ids := make([]string, 0, len(x.stored))
	for id := range x.stored {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	put32(bw, uint32(len(ids)))
	for _, id := range ids {
		s := x.stored[id]
		if s.raw == nil {
			a, err := s.article()
			if err == nil {
				s.raw, err = json.Marshal(a)
			}
			if err != nil {
				return fmt.Errorf("index: saving %s: %w", id, err)
			}
		}
		putIDs(bw, []string{id})
		put32(bw, uint32(s.nFacts))
		put64(bw, uint64(len(s.raw)))
		bw.Write(s.raw)
	}
	parts := []*part{x.articles}
	if x.facts != nil {
		parts = append(parts, x.facts)
	}
	bw.WriteByte(byte(len(parts)))
	for _, p := range parts {
		if err := p.flush(); err != nil {
			return err
		}
		if err := p.save(bw); err != nil {
			return fmt.Errorf("index: saving: %w", err)
		}
	}
	return bw.Flush()
}

// Held names the articles an index holds, or is expected to hold, by id,
// with their number of facts.
func Held(articles []extract.Article) map[string]int {
	out := make(map[string]int, len(articles))
	for _, a := range articles {
		out[a.ID] = len(a.Facts)
	}
	return out
}

// Holds names the articles the index holds, by id, with their number of
// facts: what a caller compares with the articles it keeps, to add those
// an opened image lacks and delete those it should not have.
func (x *Index) Holds() map[string]int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string]int, len(x.stored))
	for id, s := range x.stored {
		out[id] = s.nFacts
	}
	return out
}

// Open returns the index saved in image. Its articles are read from the
// image, each decoded when a result first shows it; image is kept, not
// copied: the caller must not change it. The image may lag behind the
// caller's articles (saved before the last changes): compare Holds with
// them. An image saved by another build gives ErrStale, a damaged one an
// error that says so.
func Open(image []byte) (*Index, error) {
	r := &reader{b: image}
	if string(r.bytes(len(imageMagic))) != imageMagic {
		return nil, errors.New("index: not a saved chiso index")
	}
	stamp := r.u64()
	if r.err == nil && stamp != buildStamp() {
		return nil, fmt.Errorf("%w: saved by another build of chiso", ErrStale)
	}
	n := int(r.u32())
	if r.err == nil && n > len(r.b)-r.off {
		r.err = fmt.Errorf("%d articles in %d bytes", n, len(r.b)-r.off)
	}
	x := &Index{stored: make(map[string]*stored, max(0, n))}
	for k := 0; k < n && r.err == nil; k++ {
		id := r.ids()
		nFacts := int(r.u32())
		raw := r.bytes(int(r.u64()))
		if r.err == nil && len(id) != 1 {
			r.err = fmt.Errorf("article %d has %d ids", k, len(id))
		}
		if r.err != nil {
			break
		}
		x.stored[id[0]] = &stored{nFacts: nFacts, raw: raw}
		x.nFacts += nFacts
	}
	nParts := int(r.byte())
	if r.err == nil && (nParts < 1 || nParts > 2) {
		r.err = fmt.Errorf("%d parts", nParts)
	}
	for k := 0; k < nParts && r.err == nil; k++ {
		m, flushAt := articleMapping(), articlesPerSegment
		if k == 1 {
			m, flushAt = factMapping(), factsPerSegment
		}
		p, err := openPart(r, m, flushAt)
		if err != nil {
			x.Close()
			return nil, err
		}
		if k == 0 {
			x.articles = p
		} else {
			x.facts = p
		}
	}
	if r.err == nil && r.off != len(r.b) {
		r.err = fmt.Errorf("%d bytes after the end", len(r.b)-r.off)
	}
	if r.err != nil {
		x.Close()
		return nil, fmt.Errorf("index: damaged saved index: %w", r.err)
	}
	return x, nil
}

// save writes a part's segments, oldest first, with what each replaced.
func (p *part) save(w *bufio.Writer) error {
	adv, err := p.bleve.Advanced()
	if err != nil {
		return err
	}
	rd, err := adv.Reader()
	if err != nil {
		return err
	}
	defer rd.Close()
	snap, ok := rd.(*scorch.IndexSnapshot)
	if !ok {
		return fmt.Errorf("a %T is not a scorch snapshot", rd)
	}
	segs := snap.Segments()
	// Every id deleted in some segment is live in at most one later one,
	// whose batch replaced it; one live nowhere was deleted outright.
	var dead []string
	for _, s := range segs {
		if del := s.Deleted(); del != nil {
			it := del.Iterator()
			for it.HasNext() {
				id, err := s.Segment().DocID(uint64(it.Next()))
				if err != nil {
					return err
				}
				dead = append(dead, string(id))
			}
		}
	}
	replaces := make([][]string, len(segs))
	gone := map[string]bool{}
	for _, id := range dead {
		gone[id] = true
	}
	if len(dead) > 0 {
		for k, s := range segs {
			live, err := s.Segment().DocNumbers(dead)
			if err != nil {
				return err
			}
			if del := s.Deleted(); del != nil {
				live.AndNot(del)
			}
			it := live.Iterator()
			for it.HasNext() {
				id, err := s.Segment().DocID(uint64(it.Next()))
				if err != nil {
					return err
				}
				replaces[k] = append(replaces[k], string(id))
				delete(gone, string(id))
			}
		}
	}
	put32(w, uint32(len(segs)))
	for k, s := range segs {
		sb, ok := s.Segment().(*zap.SegmentBase)
		if !ok {
			return fmt.Errorf("a %T is not an in-memory zap segment", s.Segment())
		}
		putIDs(w, replaces[k])
		var seg bytes.Buffer
		if _, err := sb.WriteTo(&seg); err != nil {
			return err
		}
		put64(w, uint64(seg.Len()))
		w.Write(seg.Bytes())
	}
	deleted := make([]string, 0, len(gone))
	for id := range gone {
		deleted = append(deleted, id)
	}
	sort.Strings(deleted)
	putIDs(w, deleted)
	return nil
}

// openPart gives a new scorch index the segments read from r.
func openPart(r *reader, m mapping.IndexMapping, flushAt int) (*part, error) {
	p, err := newPart(m, flushAt)
	if err != nil {
		return nil, err
	}
	n := int(r.u32())
	for k := 0; k < n && r.err == nil; k++ {
		replaces := r.ids()
		seg := r.bytes(int(r.u64()))
		if r.err != nil {
			break
		}
		sb, err := segmentFrom(seg)
		if err != nil {
			r.err = err
			break
		}
		if err := p.restore(sb, replaces); err != nil {
			p.bleve.Close()
			return nil, err
		}
	}
	for _, id := range r.ids() {
		p.delete(id)
	}
	if r.err != nil {
		p.bleve.Close()
		return nil, fmt.Errorf("index: damaged saved index: %w", r.err)
	}
	if err := p.flush(); err != nil {
		p.bleve.Close()
		return nil, err
	}
	return p, nil
}

// segmentFrom reads a zap segment's bytes as SegmentBase.WriteTo wrote
// them: the data, then a footer of the writer's id, its length, the number
// of documents, two offsets, the chunk mode, zap's version and a CRC of all
// that comes before it (zap's Segment.loadConfig reads the same).
func segmentFrom(b []byte) (*zap.SegmentBase, error) {
	if len(b) < zap.FooterSize {
		return nil, errors.New("a segment shorter than its footer")
	}
	end := len(b)
	crc := binary.BigEndian.Uint32(b[end-4:])
	version := binary.BigEndian.Uint32(b[end-8:])
	chunkMode := binary.BigEndian.Uint32(b[end-12:])
	sections := binary.BigEndian.Uint64(b[end-20:])
	storedAt := binary.BigEndian.Uint64(b[end-28:])
	numDocs := binary.BigEndian.Uint64(b[end-36:])
	idLen := int(binary.BigEndian.Uint32(b[end-40:]))
	if version != zap.Version {
		return nil, fmt.Errorf("a zap segment of version %d, not %d", version, zap.Version)
	}
	if idLen > end-zap.FooterSize {
		return nil, errors.New("a segment's footer is damaged")
	}
	mem := b[:end-zap.FooterSize-idLen]
	memCRC := crc32.ChecksumIEEE(mem)
	if crc32.Update(memCRC, crc32.IEEETable, b[len(mem):end-4]) != crc {
		return nil, errors.New("a segment's checksum does not match")
	}
	if sections >= uint64(len(mem)) || storedAt >= uint64(len(mem)) {
		return nil, errors.New("a segment's offsets are out of range")
	}
	return zap.InitSegmentBase(mem, memCRC, chunkMode, numDocs, storedAt, sections, nil, new(segment.Stats))
}

// restore introduces a saved segment as a batch of its own: a batch of one
// empty marker document, which the restorer plugin answers with the saved
// segment, and deletes of the ids the segment replaced (they mark older
// copies deleted, as the segment's own batch did).
func (p *part) restore(sb *zap.SegmentBase, replaces []string) error {
	if err := p.flush(); err != nil {
		return err
	}
	token := restoreMarker + strconv.FormatUint(restoreSeq.Add(1), 10)
	restoring.Store(token, sb)
	defer restoring.Delete(token)
	b := p.bleve.NewBatch()
	for _, id := range replaces {
		b.Delete(id)
	}
	if err := b.IndexAdvanced(document.NewDocument(token)); err != nil {
		return err
	}
	if err := p.bleve.Batch(b); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// ---- the segment plugin ----------------------------------------------------

// restorer is zap (v17, scorch's default) with one difference: a batch of
// a single document whose id is a restore token becomes the segment saved
// under that token, not a segment built from the document.
type restorer struct{ zap.ZapPlugin }

const (
	restorerType  = "chiso-zap"
	restoreMarker = "\x00chiso-restore\x00"
)

var (
	restoring  sync.Map // token → *zap.SegmentBase
	restoreSeq atomic.Uint64
)

func (restorer) Type() string { return restorerType }

func (r *restorer) New(results []index.Document) (segment.Segment, uint64, error) {
	return r.NewUsing(results, nil)
}

func (r *restorer) NewUsing(results []index.Document, config map[string]interface{}) (segment.Segment, uint64, error) {
	if len(results) == 1 {
		if sb, ok := restoring.Load(results[0].ID()); ok {
			return sb.(*zap.SegmentBase), 0, nil
		}
	}
	return r.ZapPlugin.NewUsing(results, config)
}

func init() { scorch.RegisterSegmentPlugin(&restorer{}, false) }

// scorchConfig makes a new in-memory scorch use the restorer.
func scorchConfig() map[string]interface{} {
	return map[string]interface{}{"forceSegmentType": restorerType, "forceSegmentVersion": int(zap.Version)}
}

// ---- stamps ------------------------------------------------------------------

// buildStamp names what an image depends on besides its articles: the
// layout, zap's version, both mappings, and the analysis, seen through a
// canary article and fact (a change to the analyzers changes the terms).
var buildStamp = sync.OnceValue(func() uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d/%d/", imageFormat, zap.Version)
	for _, m := range []mapping.IndexMapping{articleMapping(), factMapping()} {
		j, _ := json.Marshal(m)
		h.Write(j)
	}
	title := "TP.HCM: Xuất khẩu 8 tháng tăng 12,5% so với cùng kỳ"
	published := "2025-09-06"
	period := "2025-01..2025-08"
	a := extract.Article{ID: "canary", Title: &title, Published: &published,
		Body:      "Kim ngạch xuất khẩu của Thành phố Hồ Chí Minh ước đạt 26,35 tỷ USD, tăng 12,5%. Bắc Ninh, Hà Nội.",
		Provinces: []string{"Thành phố Hồ Chí Minh"},
		Facts: []facts.Fact{{Indicator: "exports", Region: "Thành phố Hồ Chí Minh", Period: &period,
			Kind: "level", Value: 26.35e9, Unit: "USD", Quote: "ước đạt 26,35 tỷ USD"}}}
	if doc, err := articleDoc(articleMapping(), a); err == nil {
		hashDoc(h, doc)
	}
	fdoc := document.NewDocument("canary/0")
	if err := factMapping().MapDocument(fdoc, factDoc(a, a.Facts[0])); err == nil {
		hashDoc(h, fdoc)
	}
	return h.Sum64()
})

// hashDoc adds a document's analysed terms and positions to h, field by
// field in the order of their names (a mapped document's fields come in
// the random order of the map they were mapped from).
func hashDoc(h io.Writer, doc index.Document) {
	var fields []string
	doc.VisitFields(func(f index.Field) {
		f.Analyze()
		var b bytes.Buffer
		fmt.Fprintf(&b, "%s:", f.Name())
		freqs := f.AnalyzedTokenFrequencies()
		terms := make([]string, 0, len(freqs))
		for t := range freqs {
			terms = append(terms, t)
		}
		sort.Strings(terms)
		for _, t := range terms {
			fmt.Fprintf(&b, "%q", t)
			for _, l := range freqs[t].Locations {
				fmt.Fprintf(&b, "%d,%d,%d;", l.Position, l.Start, l.End)
			}
		}
		fields = append(fields, b.String())
	})
	sort.Strings(fields)
	for _, f := range fields {
		io.WriteString(h, f)
	}
}

// ---- bytes -------------------------------------------------------------------

func put32(w *bufio.Writer, v uint32) { w.Write(binary.LittleEndian.AppendUint32(nil, v)) }
func put64(w *bufio.Writer, v uint64) { w.Write(binary.LittleEndian.AppendUint64(nil, v)) }

func putIDs(w *bufio.Writer, ids []string) {
	put32(w, uint32(len(ids)))
	for _, id := range ids {
		put32(w, uint32(len(id)))
		w.WriteString(id)
	}
}

// reader reads an image; its first error stops it (later reads give zero
// values) and is kept in err.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.off {
		r.err = fmt.Errorf("cut short at byte %d", r.off)
		return nil
	}
	out := r.b[r.off : r.off+n : r.off+n]
	r.off += n
	return out
}

func (r *reader) byte() byte {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (r *reader) ids() []string {
	n := int(r.u32())
	if n > len(r.b)-r.off { // each id takes four bytes at least
		r.err = fmt.Errorf("cut short at byte %d", r.off)
		return nil
	}
	out := make([]string, 0, n)
	for k := 0; k < n && r.err == nil; k++ {
		out = append(out, string(r.bytes(int(r.u32()))))
	}
	return out
}
