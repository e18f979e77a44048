package extract

import (
	"fmt"
	"testing"
)

func TestZZRet26(t *testing.T) {
	for _, s := range []string{"at most 1", "1 plus", "1+", "1 +", "1 or more", "1 less", "less 1", "1 (less)", "1 at most", "1 (partly)", "1 part", "1 in part", "1 (plus)", "1 (or more)", "up to 1", "1 or less", "1 max", "max 1"} {
		v, err := ParseText(s)
		q := ""
		n := -1.0
		if err == nil {
			q = string(v.Qualifier)
			if v.Num != nil {
				n = *v.Num
			}
		}
		fmt.Printf("%-14q err=%v q=%q n=%v unit=%q\n", s, err, q, n, v.Unit)
	}
}
