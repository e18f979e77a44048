package pipeline

import "errors"

// ErrNeedsRebuild means the warehouse is missing, empty or unreadable
// while archive/ holds returns: the pass must not start an empty
// warehouse over them; `countylines rebuild` restores it from the archive.
// (Declared here by the command line's exit-code table, exit 5; the
// lifecycle work returns it.)
var ErrNeedsRebuild = errors.New("the warehouse needs a rebuild from archive/: run countylines rebuild")
