#!/usr/bin/env python3
"""Is a page already used? (scheme, www., query and trailing slash ignored; as check.py / round 18)."""
import sys, re
def norm(u):
    u = u.strip()
    u = re.sub(r'^[a-z]+://', '', u, flags=re.I)
    u = re.sub(r'^www\.', '', u, flags=re.I)
    u = u.split('#')[0].split('?')[0]
    return u.rstrip('/').lower()
used = set(norm(l) for l in open('/work/tools/round25/used_urls.txt') if l.strip())
try:
    mine = set(norm(l) for l in open('/work/tools/round25/round25_pages.txt') if l.strip())
except FileNotFoundError:
    mine = set()
for u in sys.argv[1:]:
    n = norm(u)
    print(('USED ' if n in used else ('MINE ' if n in mine else 'NEW  ')) + u)
