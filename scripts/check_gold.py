"""Check a hand-written gold file before it is used: it parses, has the keys
the first held-out set has, every quote and labelled line is in its fixture,
and every region, kind, basis, unit and period is one the conventions allow.

    python3 scripts/check_gold.py extract/testdata/heldout2
"""
import json, csv, os, re, sys
D = os.path.abspath(sys.argv[1])
g = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
ref = json.load(open(os.path.join(D, "..", "heldout", "gold.json"), encoding="utf-8"))
assert set(g) == set(ref), (set(g), set(ref))
akeys = set(ref["articles"][0])
names = {r["name"] for r in csv.DictReader(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "provinces.csv"), encoding="utf-8"))} | {"Việt Nam"}
KINDS = {"level","change","share","contribution","plan_progress","target","count_up","count_down","index","ratio"}
BASES = {None,"yoy","mom","prev_year","dec_prev_year","plan"}
UNITS = {"%","pp","USD","VND","x","count"}
per = re.compile(r"^\d{4}(-\d{2}(\.\.\d{4}-\d{2})?|-Q[1-4]|-H[12])?$")
bad = 0; tot = 0; req = 0
for a in g["articles"]:
    txt = open(os.path.join(D, a["file"]), encoding="utf-8").read()
    assert set(a) == akeys, (a["file"], set(a) ^ akeys)
    for f in a["facts"]:
        tot += 1; req += not f["optional"]
        probs = []
        if f["quote"] not in txt: probs.append("quote not in fixture")
        if f["region"] not in names: probs.append("region " + f["region"])
        if f["kind"] not in KINDS: probs.append("kind")
        if f["basis"] not in BASES: probs.append("basis")
        if f["unit"] not in UNITS: probs.append("unit")
        if not per.match(f["period"]): probs.append("period " + f["period"])
        if f["kind"] in {"level","share","contribution","plan_progress","count_up","count_down","index","ratio"} and f["basis"] is not None: probs.append("basis must be null")
        if not isinstance(f["value"], (int, float)): probs.append("value")
        if probs: bad += 1; print(a["file"], probs, f["quote"][:60])
    for s in a["must_keep"] + a["must_drop"]:
        if s not in txt: bad += 1; print(a["file"], "must_* line missing:", s[:60])
    for p in a["provinces"]:
        if p not in names or p == "Việt Nam": bad += 1; print(a["file"], "province", p)
    for r in a["rankings"]:
        for p in r["regions"]:
            if p not in names: bad += 1; print(a["file"], "ranking region", p)
        if not per.match(r["period"]): bad += 1; print("rank period")
    if not a["notes"].startswith("http"): bad += 1; print(a["file"], "notes must start with URL")
    # duplicate facts
    keys = [(f["indicator"],f["sector"],f["region"],f["period"],f["kind"],f["basis"],f["unit"],f["value"]) for f in a["facts"]]
    if len(keys) != len(set(keys)): bad += 1; print(a["file"], "duplicate fact")
    print(f'{a["file"]:40s} facts={len(a["facts"]):3d} required={sum(not f["optional"] for f in a["facts"]):3d} rankings={len(a["rankings"])}')
print("total facts", tot, "required", req, "problems", bad)
sys.exit(1 if bad else 0)
