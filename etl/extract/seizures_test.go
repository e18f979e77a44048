package extract_test

import (
	"fmt"
	"testing"
)

// probe11 W7: a count of seizures is not an amount. "Number of cash
// seizures │ 7", "Cash seizures │ 7", "Drug seizure events │ 7", "Times
// cash was seized │ 7" say how many seizures there were: never £7 or 7 g.
// Each is refused with a message naming the cell; the phones row below
// loads. The same labels with the amount's unit in the cell or label
// ("Value of cash seizures │ £12,500") are amounts, and stay loaded.
func TestProbe11SeizureCountLaw(t *testing.T) {
	t.Parallel()
	things := []string{"cash", "Cash", "drug", "drugs", "Class A", "cocaine", "heroin", "cannabis", "crack", "criminal cash"}
	forms := []string{"Number of %s seizures", "%s seizures", "No. of %s seizures", "Count of %s seizures", "%s seizure events", "Total number of %s seizures", "Number of times %s was seized", "%s seizures (number)"}
	var labels []string
	for _, th := range things {
		for _, f := range forms {
			labels = append(labels, fmt.Sprintf(f, th))
		}
	}
	values := []string{"7", "12"}
	ps, cases := valueLaw(t, labels, values)
	failed := refusedBeside(t, ps, cases)
	t.Logf("%d of %d seizure counts read wrong", failed, len(cases))
	// The amounts stay amounts.
	amounts := [][2]string{{"Value of cash seizures", "£12,500"}, {"Cash seizures", "£12,500"}, {"Cash seizures (£)", "12500"}, {"Cash seized", "12500"}}
	for _, a := range amounts {
		aps, _ := valueLaw(t, []string{a[0]}, []string{a[1]})
		if f := aps[0].value("cash_seized"); f == nil || *f.Value != 12500 {
			t.Errorf("%q │ %q: the amount is not loaded\n%s", a[0], a[1], aps[0].dump())
		}
	}
}
