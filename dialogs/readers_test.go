package dialogs

import "testing"

// readerCase is one of the dialog's readers (a predicate over a message)
// with the messages it must accept and those it must reject.
type readerCase struct {
	name           string
	fn             func(string) bool
	accept, reject []string
}

// checkReaders runs each reader over its accept and reject lists.
func checkReaders(t *testing.T, cases []readerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, s := range tc.accept {
				if !tc.fn(s) {
					t.Errorf("rejects %q", s)
				}
			}
			for _, s := range tc.reject {
				if tc.fn(s) {
					t.Errorf("accepts %q", s)
				}
			}
		})
	}
}
