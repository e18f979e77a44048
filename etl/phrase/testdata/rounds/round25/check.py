#!/usr/bin/env python3
"""Round 25 overlap check (round 24's method, plus round 24's own phrases).

Compares each round-25 phrase with the phrasebook (its rows OUTSIDE the
held-out slice only: rows whose id number is divisible by 5 are skipped
before their text is looked at) and with found.csv + found_pending.csv and /work/tools/round14/round14_week.csv and
/work/tools/round15/round15_week.csv and
/work/tools/round16/round16_week.csv and
/work/tools/round17/round17_week.csv and
/work/tools/round18/round18_week.csv and
/work/tools/round19/round19_week.csv and
/work/tools/round20/round20_week.csv and
/work/tools/round21/round21_week.csv and
/work/tools/round22/round22_week.csv and
/work/tools/round23/round23_week.csv and
/work/tools/round24/round24_week.csv.
Numbers and number words are masked.  A round-25 phrase is flagged when,
against some other phrase, it
  - is equal,
  - stands whole inside it (as a run of words, any length), or it stands
    whole inside ours when it is a phrase of 6 words or more or at least
    half our length (a 3-5 word fragment such as "# arrests were made"
    inside a long sentence does not flag it),
  - or shares 70% or more of its words with it (word sets: shared words
    over the larger of the two sets, so both phrases are mostly the same
    words).
Within the round, a phrase equal (masked) to an earlier one is flagged.
Prints ONLY round-25 ids and the reason (and which file matched), never
any other phrase's text or id.  Writes dropped_phrases.txt (our own
phrases) for make_round25.py.
"""
import csv, re, sys
sys.path.insert(0, '.')
import make_round25 as m

NUMWORDS = set('''a an one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred hundreds thousand thousands million millions billion dozen dozens half
quarter third thirds first second'''.split())


def toks(s):
    s = s.lower().replace('’', "'").replace('‘', "'")
    s = re.sub(r'[£€$]?\d[\d,]*(\.\d+)?(k|m|kg|g|kgs|ml|bn|m\b)?\+?', ' # ', s)
    ws = re.findall(r"[a-z#]+(?:'[a-z]+)?", s)
    out = []
    for w in ws:
        w = '#' if (w in NUMWORDS or w == '#') else w
        if w == '#' and out and out[-1] == '#':
            continue
        out.append(w)
    return out


def inside(a, b):
    """a stands whole inside b (as a run of tokens)."""
    if not a or len(a) > len(b):
        return False
    sa = ' ' + ' '.join(a) + ' '
    sb = ' ' + ' '.join(b) + ' '
    return sa in sb


def load_others():
    others = []  # (source label, tokens)
    with open('/work/shared/phrasebook/phrasebook.csv', newline='', encoding='utf-8') as fh:
        for r in csv.DictReader(fh):
            num = re.sub(r'\D', '', r['id'])
            if not num or int(num) % 5 == 0:
                continue  # held out: never looked at
            others.append(('phrasebook', toks(r['phrase'])))
    for f in ('/work/main/etl/phrase/testdata/found.csv',
              '/work/main/etl/phrase/testdata/found_pending.csv',
              '/work/tools/round14/round14_week.csv',
              '/work/tools/round15/round15_week.csv',
              '/work/tools/round16/round16_week.csv',
              '/work/tools/round17/round17_week.csv',
              '/work/tools/round18/round18_week.csv',
              '/work/tools/round19/round19_week.csv',
              '/work/tools/round20/round20_week.csv',
              '/work/tools/round21/round21_week.csv',
              '/work/tools/round22/round22_week.csv',
              '/work/tools/round23/round23_week.csv',
              '/work/tools/round24/round24_week.csv'):
        with open(f, newline='', encoding='utf-8') as fh:
            for r in csv.DictReader(fh):
                others.append((f.split('/')[-1], toks(r['phrase'])))
    # dedupe
    seen, out = set(), []
    for src, t in others:
        k = (src, tuple(t))
        if k not in seen:
            seen.add(k)
            out.append((src, t))
    return out


def main():
    others = load_others()
    dropped = []
    n = 2800
    kept = 0
    # within the round too: a later phrase equal to an earlier one
    mine_seen = []
    for phrase, url, week, force, facts in m.P:
        t = toks(phrase)
        ts = set(t)
        reason = None
        for src, o in others:
            if t == o:
                reason = 'equal (numbers masked) to a phrase of ' + src
            elif inside(t, o):
                reason = 'stands whole inside a phrase of ' + src
            elif inside(o, t) and (len(o) >= 6 or 2 * len(o) >= len(t)):
                reason = 'a phrase of %s (%d words) stands whole inside it' % (src, len(o))
            elif ts and len(ts & set(o)) / max(len(ts), len(set(o))) >= 0.7:
                reason = 'shares %.0f%% of its words with a phrase of %s' % (
                    100 * len(ts & set(o)) / max(len(ts), len(set(o))), src)
            if reason:
                break
        if not reason:
            for pid, o in mine_seen:
                if t == o:
                    reason = 'repeats round-25 phrase (pre-numbering) #%d' % pid
                    break
        pre = 'p%03d' % (len(mine_seen) + 1)
        mine_seen.append((len(mine_seen) + 1, t))
        if reason:
            print('%s (draft %s) DROP: %s' % (pre, url.split('/')[2], reason))
            dropped.append(phrase)
        else:
            kept += 1
    with open('dropped_phrases.txt', 'w', encoding='utf-8') as fh:
        for p in dropped:
            fh.write(p + '\n')
    print('kept %d, dropped %d of %d' % (kept, len(dropped), len(m.P)))


if __name__ == '__main__':
    main()
