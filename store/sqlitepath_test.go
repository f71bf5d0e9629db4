package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"contestbot/store"
)

// A plain path with "#" or "%" names that very file (s11-d found two
// script stores shared through a name cut at "#").
func TestOpenSQLitePathWithHash(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a#1.db", "a#2.db", "b%41.db"} {
		path := filepath.Join(dir, name)
		db, err := store.Open(context.Background(), "sqlite", path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		db.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: no file at the path given: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a")); err == nil {
		t.Errorf("a file named by the path cut at # exists")
	}
}
