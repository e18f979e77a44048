package pipeline

import "errors"

// ErrNeedsRebuild means the warehouse is missing, empty, unreadable or
// does not know every return in archive/ (replaced, or restored from an
// older copy) while archive/ holds returns: the pass must not start an
// empty warehouse over them; `countylines rebuild` restores it from the
// archive. (Exit 5 in the command line's exit-code table.)
var ErrNeedsRebuild = errors.New("the warehouse needs a rebuild from archive/: run countylines rebuild")

// needsRebuild is an ErrNeedsRebuild in its own words (what is wrong
// with the warehouse and the command to run), so the message does not
// end by saying it again in the sentinel's.
type needsRebuild string

func (e needsRebuild) Error() string        { return string(e) }
func (e needsRebuild) Is(target error) bool { return target == ErrNeedsRebuild }
