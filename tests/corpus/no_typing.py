#!/usr/bin/env python3
"""Drafts a manager can approve without typing: runs `BIN preview --json` on every question email of
tests/corpus/*/questions and the shared sample, and counts drafts where no question has
"needs_answer": true.

Usage: python3 tests/corpus/no_typing.py [BIN] [SHARED_CORPUS]"""
import json, glob, subprocess
from concurrent.futures import ThreadPoolExecutor
import os, sys
ROOT=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN=sys.argv[1] if len(sys.argv)>1 else os.path.join(ROOT,'target/release/fiveminute')
SHARED=sys.argv[2] if len(sys.argv)>2 else os.path.join(os.path.dirname(ROOT),'shared/corpus')
files=sorted(glob.glob(os.path.join(ROOT,'tests/corpus/*/questions/*.eml'))+glob.glob(os.path.join(SHARED,'questions/*.eml')))
files=sorted(set(files))
def one(f):
    p=subprocess.run([BIN,'preview','--json',f],capture_output=True,text=True)
    try: d=json.loads(p.stdout)
    except Exception: return None
    return d
with ThreadPoolExecutor(4) as ex: res=[r for r in ex.map(one,files) if r]
drafts=[d for d in res if d.get('draft') and d.get('questions')]
qs=[q for d in drafts for q in d['questions']]
ok=[d for d in drafts if not any(q.get('needs_answer') for q in d['questions'])]
print(len(files),'emails;',len(drafts),'drafts;',len(ok),'approvable without typing (%.1f %%)'%(100*len(ok)/len(drafts)), '; questions answered', sum(not q.get('needs_answer') for q in qs),'of',len(qs),'(%.1f %%)'%(100*sum(not q.get('needs_answer') for q in qs)/len(qs)))
