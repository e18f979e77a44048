package ingest

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/countylines/countylines/etl"
)

// ratioFloor is the inflated size above which a part's compression ratio
// is checked: small parts (a styles table, a short sheet) may compress as
// well as they like.
const ratioFloor = 1 << 20

// checkZip inflates every part of the workbook once, before excelize sees
// it, and stops at the first that breaks a limit: too many parts, a part
// or the whole declaring more than the limits, a part compressed more
// than MaxRatio times (a zip bomb), or a part inflating to more than it
// declared. Inflating is bounded by the declared sizes, so a lying
// header costs at most one byte more than it admits to. It also proves
// every part's CRC, so a damaged file is rejected here by name.
func checkZip(ctx context.Context, r io.ReaderAt, size int64, lim Limits) error {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return fmt.Errorf("%w: it is not a complete zip archive (%v)", etl.ErrNotWorkbook, err)
	}
	if len(zr.File) > lim.MaxParts {
		return fmt.Errorf("%w: it has %d parts, the limit is %d", etl.ErrTooLarge, len(zr.File), lim.MaxParts)
	}
	var total uint64
	for _, f := range zr.File {
		declared := f.UncompressedSize64
		total += declared
		switch {
		case declared > uint64(lim.MaxXMLSize):
			return fmt.Errorf("%w: its part %s inflates to %d bytes, the limit is %d", etl.ErrTooLarge, f.Name, declared, lim.MaxXMLSize)
		case total > uint64(lim.MaxUnzipSize):
			return fmt.Errorf("%w: its parts inflate to more than %d bytes, the limit", etl.ErrTooLarge, lim.MaxUnzipSize)
		case declared > ratioFloor && declared/max(f.CompressedSize64, 1) > uint64(lim.MaxRatio):
			return fmt.Errorf("%w: its part %s is compressed %d times (%d bytes inflate to %d), more than the %d a workbook needs: a zip bomb",
				etl.ErrTooLarge, f.Name, declared/max(f.CompressedSize64, 1), f.CompressedSize64, declared, lim.MaxRatio)
		}
	}
	buf := make([]byte, 32<<10)
	for _, f := range zr.File {
		if err := inflate(ctx, f, buf); err != nil {
			return err
		}
	}
	return nil
}

// inflate reads one part to its end, checking ctx as it goes, and fails
// if the part holds more than it declared or is damaged.
func inflate(ctx context.Context, f *zip.File, buf []byte) error {
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%w: its part %s cannot be opened (%v)", etl.ErrNotWorkbook, f.Name, err)
	}
	defer rc.Close()
	lr := io.LimitReader(rc, int64(min(f.UncompressedSize64, 1<<62))+1)
	var n uint64
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		k, err := lr.Read(buf)
		n += uint64(k)
		if n > f.UncompressedSize64 {
			return fmt.Errorf("%w: its part %s inflates to more than the %d bytes it declares", etl.ErrTooLarge, f.Name, f.UncompressedSize64)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if errors.Is(err, zip.ErrFormat) {
			// archive/zip's word for a part that runs past its declared size.
			return fmt.Errorf("%w: its part %s inflates to more than the %d bytes it declares", etl.ErrTooLarge, f.Name, f.UncompressedSize64)
		}
		if err != nil {
			return fmt.Errorf("%w: its part %s is damaged (%v)", etl.ErrNotWorkbook, f.Name, err)
		}
	}
}
