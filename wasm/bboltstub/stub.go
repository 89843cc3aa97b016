// Package bbolt stands in for go.etcd.io/bbolt in chiso's js/wasm builds,
// where bbolt does not compile (it needs mmap and flock). bleve imports it
// for on-disk indexes only; chiso's indexes live in memory, so every Open
// fails and the rest exists only so bleve compiles. It is wired in by
// wasm.work (GOWORK) and never used by native builds.
package bbolt

import (
	"errors"
	"io"
	"os"
	"time"
)

// ErrUnsupported is what every operation that would touch a file returns.
var ErrUnsupported = errors.New("bbolt: no on-disk index in the browser build")

// The errors bleve compares against.
var (
	ErrBucketNotFound    = errors.New("bucket not found")
	ErrBucketExists      = errors.New("bucket already exists")
	ErrTxNotWritable     = errors.New("tx not writable")
	ErrDatabaseNotOpen   = errors.New("database not open")
	ErrTimeout           = errors.New("timeout")
	ErrIncompatibleValue = errors.New("incompatible value")
)

const DefaultFillPercent = 0.5

type FreelistType string

const (
	FreelistArrayType FreelistType = "array"
	FreelistMapType   FreelistType = "hashmap"
)

type Options struct {
	Timeout         time.Duration
	NoGrowSync      bool
	NoFreelistSync  bool
	PreLoadFreelist bool
	FreelistType    FreelistType
	ReadOnly        bool
	MmapFlags       int
	InitialMmapSize int
	PageSize        int
	NoSync          bool
	OpenFile        func(string, int, os.FileMode) (*os.File, error)
	Mlock           bool
}

var DefaultOptions = &Options{FreelistType: FreelistArrayType}

type (
	Stats       struct{}
	TxStats     struct{}
	BucketStats struct{}
)

type DB struct{ NoSync bool }

func Open(string, os.FileMode, *Options) (*DB, error) { return nil, ErrUnsupported }

func (*DB) Path() string                 { return "" }
func (*DB) Close() error                 { return nil }
func (*DB) Begin(bool) (*Tx, error)      { return nil, ErrUnsupported }
func (*DB) View(func(*Tx) error) error   { return ErrUnsupported }
func (*DB) Update(func(*Tx) error) error { return ErrUnsupported }
func (*DB) Batch(func(*Tx) error) error  { return ErrUnsupported }
func (*DB) Sync() error                  { return ErrUnsupported }
func (*DB) Stats() Stats                 { return Stats{} }
func (*DB) IsReadOnly() bool             { return true }

type Tx struct{}

func (*Tx) DB() *DB                                         { return nil }
func (*Tx) Size() int64                                     { return 0 }
func (*Tx) Writable() bool                                  { return false }
func (*Tx) Cursor() *Cursor                                 { return &Cursor{} }
func (*Tx) Stats() TxStats                                  { return TxStats{} }
func (*Tx) Bucket([]byte) *Bucket                           { return nil }
func (*Tx) CreateBucket([]byte) (*Bucket, error)            { return nil, ErrUnsupported }
func (*Tx) CreateBucketIfNotExists([]byte) (*Bucket, error) { return nil, ErrUnsupported }
func (*Tx) DeleteBucket([]byte) error                       { return ErrUnsupported }
func (*Tx) ForEach(func([]byte, *Bucket) error) error       { return nil }
func (*Tx) Commit() error                                   { return ErrUnsupported }
func (*Tx) Rollback() error                                 { return nil }
func (*Tx) WriteTo(io.Writer) (int64, error)                { return 0, ErrUnsupported }
func (*Tx) CopyFile(string, os.FileMode) error              { return ErrUnsupported }

type Bucket struct{ FillPercent float64 }

func (*Bucket) Tx() *Tx                                         { return nil }
func (*Bucket) Writable() bool                                  { return false }
func (*Bucket) Cursor() *Cursor                                 { return &Cursor{} }
func (*Bucket) Bucket([]byte) *Bucket                           { return nil }
func (*Bucket) CreateBucket([]byte) (*Bucket, error)            { return nil, ErrUnsupported }
func (*Bucket) CreateBucketIfNotExists([]byte) (*Bucket, error) { return nil, ErrUnsupported }
func (*Bucket) DeleteBucket([]byte) error                       { return ErrUnsupported }
func (*Bucket) Get([]byte) []byte                               { return nil }
func (*Bucket) Put([]byte, []byte) error                        { return ErrUnsupported }
func (*Bucket) Delete([]byte) error                             { return ErrUnsupported }
func (*Bucket) Sequence() uint64                                { return 0 }
func (*Bucket) NextSequence() (uint64, error)                   { return 0, ErrUnsupported }
func (*Bucket) ForEach(func([]byte, []byte) error) error        { return nil }
func (*Bucket) ForEachBucket(func([]byte) error) error          { return nil }
func (*Bucket) Stats() BucketStats                              { return BucketStats{} }

type Cursor struct{}

func (*Cursor) Bucket() *Bucket                 { return nil }
func (*Cursor) First() (key, value []byte)      { return nil, nil }
func (*Cursor) Last() (key, value []byte)       { return nil, nil }
func (*Cursor) Next() (key, value []byte)       { return nil, nil }
func (*Cursor) Prev() (key, value []byte)       { return nil, nil }
func (*Cursor) Seek([]byte) (key, value []byte) { return nil, nil }
func (*Cursor) Delete() error                   { return ErrUnsupported }
